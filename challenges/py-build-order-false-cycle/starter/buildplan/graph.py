from .errors import UnknownPackageError


class DependencyGraph:
    def __init__(self, packages):
        """`packages` maps each package name to the names it depends on."""
        for package, deps in packages.items():
            for dep in deps:
                if dep not in packages:
                    raise UnknownPackageError(package, dep)
        self._deps = {name: sorted(set(deps)) for name, deps in packages.items()}

    def nodes(self):
        return sorted(self._deps)

    def dependencies(self, name):
        return self._deps[name]

    def top_level(self):
        """Packages that no other package depends on (the apps and tools we ship)."""
        used = {dep for deps in self._deps.values() for dep in deps}
        return [name for name in self.nodes() if name not in used]

    def __contains__(self, name):
        return name in self._deps
