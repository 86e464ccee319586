import pytest

from buildplan import (
    CycleError,
    DependencyGraph,
    ManifestError,
    UnknownPackageError,
    build_order,
    build_plan,
    parse_manifest,
)

MONOREPO = """
app: api, web
api: auth, db, logging
web: auth, ui-kit
auth: db, logging
db: logging
ui-kit:
logging:
cli: db   # tooling
"""


def position(order):
    return {name: i for i, name in enumerate(order)}


def test_diamond_dependencies_are_not_a_cycle():
    graph = DependencyGraph({"app": ["left", "right"], "left": ["base"], "right": ["base"], "base": []})
    assert build_order(graph) == ["base", "left", "right", "app"]


def test_a_realistic_monorepo_builds_in_dependency_order():
    order = build_plan(MONOREPO)
    assert sorted(order) == sorted(parse_manifest(MONOREPO))
    pos = position(order)
    for package, deps in parse_manifest(MONOREPO).items():
        for dep in deps:
            assert pos[dep] < pos[package], f"{dep} must be built before {package}"


def test_the_order_is_stable():
    assert build_plan(MONOREPO) == ["logging", "db", "auth", "api", "ui-kit", "web", "app", "cli"]


def test_targets_include_only_what_they_need():
    assert build_plan(MONOREPO, ["web", "cli"]) == ["logging", "db", "cli", "auth", "ui-kit", "web"]


def test_a_real_cycle_is_reported_with_its_path():
    graph = DependencyGraph({"a": ["b"], "b": ["c"], "c": ["a"], "d": []})
    with pytest.raises(CycleError) as info:
        build_order(graph)
    assert info.value.cycle == ["a", "b", "c", "a"]


def test_a_cycle_below_shared_dependencies_is_still_found():
    graph = DependencyGraph(
        {"app": ["lib", "tools"], "tools": ["lib"], "lib": ["codegen"], "codegen": ["schema"], "schema": ["codegen"]}
    )
    with pytest.raises(CycleError) as info:
        build_order(graph)
    assert info.value.cycle == ["codegen", "schema", "codegen"]


def test_a_cycle_reached_after_a_shared_dependency_is_still_found():
    graph = DependencyGraph({"a": ["shared"], "b": ["shared", "c"], "c": ["b"], "shared": []})
    with pytest.raises(CycleError) as info:
        build_order(graph)
    assert info.value.cycle == ["b", "c", "b"]


def test_a_package_depending_on_itself_is_a_cycle():
    with pytest.raises(CycleError) as info:
        build_plan("loop: loop\n")
    assert info.value.cycle == ["loop", "loop"]


def test_unknown_dependencies_are_rejected():
    with pytest.raises(UnknownPackageError, match="api depends on unknown package dbb"):
        build_plan("api: dbb\ndb:\n")


def test_manifest_errors_carry_the_line_number():
    with pytest.raises(ManifestError, match="line 2"):
        parse_manifest("a:\nthis line has no colon\n")
    with pytest.raises(ManifestError, match="defined twice"):
        parse_manifest("a:\na: b\n")


def test_unknown_targets_are_rejected():
    with pytest.raises(KeyError):
        build_plan(MONOREPO, ["mobile"])


def test_top_level_packages_are_the_ones_nothing_depends_on():
    graph = DependencyGraph(parse_manifest(MONOREPO))
    assert graph.top_level() == ["app", "cli"]


def test_a_chain_builds_bottom_up():
    assert build_plan("c: b\nb: a\na:\n") == ["a", "b", "c"]
