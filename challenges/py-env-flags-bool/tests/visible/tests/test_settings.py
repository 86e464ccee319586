from appconfig import load_settings


def test_defaults_apply_when_nothing_is_set():
    settings = load_settings({})
    assert settings.debug is False
    assert settings.port == 8000
    assert settings.allowed_hosts == ("localhost",)


def test_debug_can_be_switched_off_explicitly():
    settings = load_settings({"SHOP_DEBUG": "false"})
    assert settings.debug is False


def test_numbers_and_lists_are_parsed():
    settings = load_settings({"SHOP_PORT": "8080", "SHOP_ALLOWED_HOSTS": "shop.example, api.example"})
    assert settings.port == 8080
    assert settings.allowed_hosts == ("shop.example", "api.example")
