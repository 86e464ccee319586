from .graph import DependencyGraph
from .manifest import parse_manifest
from .order import build_order


def build_plan(manifest_text, targets=None):
    """Build order for `targets` (default: everything) from a packages.txt text."""
    graph = DependencyGraph(parse_manifest(manifest_text))
    if targets is not None:
        unknown = [t for t in targets if t not in graph]
        if unknown:
            raise KeyError(f"unknown target(s): {', '.join(unknown)}")
    return build_order(graph, targets)


def format_plan(order):
    return "\n".join(f"{step}. {name}" for step, name in enumerate(order, start=1))
