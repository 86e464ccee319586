from .errors import CycleError


def build_order(graph, roots=None):
    """Topological order: every package comes after all of its dependencies.

    Only `roots` and what they (transitively) depend on are included; by default
    every package. The search starts from the roots in alphabetical order and
    visits dependencies alphabetically, so the order is stable.
    Raises CycleError naming the cycle, e.g. ["a", "b", "a"].
    """
    order = []
    done = set()
    path = []  # the packages on the way from the current root to the current package

    def visit(name):
        path.append(name)
        for dep in graph.dependencies(name):
            if dep in path:
                raise CycleError(path[path.index(dep):] + [dep])
            if dep not in done:
                visit(dep)
        done.add(name)
        order.append(name)

    starts = sorted(roots) if roots is not None else graph.top_level()
    for name in starts:
        if name not in done:
            visit(name)
    if roots is None:
        # Packages that no top-level package reaches can only sit on a cycle;
        # visiting them reports it.
        for name in graph.nodes():
            if name not in done:
                visit(name)
    return order
