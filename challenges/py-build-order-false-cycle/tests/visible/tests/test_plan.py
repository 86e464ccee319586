from buildplan import build_plan, format_plan


def test_a_chain_is_built_from_the_bottom_up():
    manifest = """
    app: api
    api: core
    core:
    """
    assert build_plan(manifest) == ["core", "api", "app"]


def test_two_packages_sharing_a_dependency_is_not_a_cycle():
    manifest = """
    # the storefront and the admin both use the shared UI kit
    storefront: ui-kit
    admin: ui-kit
    ui-kit:
    """
    assert format_plan(build_plan(manifest)) == "1. ui-kit\n2. admin\n3. storefront"
