class ManifestError(ValueError):
    def __init__(self, line_number, message):
        super().__init__(f"line {line_number}: {message}")
        self.line_number = line_number


class UnknownPackageError(LookupError):
    def __init__(self, package, dependency):
        super().__init__(f"{package} depends on unknown package {dependency}")
        self.package = package
        self.dependency = dependency


class CycleError(ValueError):
    def __init__(self, cycle):
        super().__init__("dependency cycle: " + " -> ".join(cycle))
        self.cycle = cycle
