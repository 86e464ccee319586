"""Works out the order in which the packages of our monorepo must be built."""

from .errors import CycleError, ManifestError, UnknownPackageError
from .graph import DependencyGraph
from .manifest import parse_manifest
from .order import build_order
from .plan import build_plan, format_plan

__all__ = [
    "CycleError",
    "ManifestError",
    "UnknownPackageError",
    "DependencyGraph",
    "parse_manifest",
    "build_order",
    "build_plan",
    "format_plan",
]
