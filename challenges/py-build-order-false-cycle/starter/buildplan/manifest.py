"""Parser for packages.txt:

    # comments and blank lines are ignored
    app: api, ui      # app depends on api and ui
    api: core
    core:             # no dependencies
"""

from .errors import ManifestError


def parse_manifest(text):
    packages = {}
    for line_number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        name, colon, deps = line.partition(":")
        name = name.strip()
        if not colon or not name:
            raise ManifestError(line_number, f"expected 'package: dependencies', got {raw.strip()!r}")
        if name in packages:
            raise ManifestError(line_number, f"package {name} is defined twice")
        packages[name] = [dep.strip() for dep in deps.split(",") if dep.strip()]
    return packages
