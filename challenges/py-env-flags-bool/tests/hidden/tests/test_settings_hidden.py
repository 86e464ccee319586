import pytest

from appconfig import ConfigError, feature_flags, load_settings


@pytest.mark.parametrize(
    "raw", ["false", "False", "FALSE", "0", "no", "off", pytest.param(" Off ", id="padded-Off")]
)
def test_false_spellings_turn_a_setting_off(raw):
    settings = load_settings({"SHOP_DEBUG": raw, "SHOP_ENABLE_SIGNUPS": raw})
    assert settings.debug is False
    assert settings.enable_signups is False


@pytest.mark.parametrize("raw", ["true", "True", "1", "yes", "on", pytest.param(" ON ", id="padded-ON")])
def test_true_spellings_turn_a_setting_on(raw):
    settings = load_settings({"SHOP_MAINTENANCE_MODE": raw})
    assert settings.maintenance_mode is True


def test_maintenance_mode_zero_keeps_the_shop_open():
    assert load_settings({"SHOP_MAINTENANCE_MODE": "0"}).maintenance_mode is False


def test_an_unrecognised_boolean_is_a_configuration_error():
    with pytest.raises(ConfigError, match="SHOP_DEBUG"):
        load_settings({"SHOP_DEBUG": "maybe"})


def test_feature_flags_can_be_switched_off():
    flags = feature_flags({"SHOP_FEATURE_NEW_CHECKOUT": "off", "SHOP_FEATURE_GIFT_CARDS": "on", "PATH": "/usr/bin"})
    assert flags == {"new_checkout": False, "gift_cards": True}


def test_integers_floats_and_strings_are_parsed():
    settings = load_settings(
        {"SHOP_WORKERS": " 4 ", "SHOP_REQUEST_TIMEOUT": "2.5", "SHOP_LOG_LEVEL": " debug "}
    )
    assert settings.workers == 4
    assert settings.request_timeout == 2.5
    assert settings.log_level == "debug"


def test_an_invalid_number_is_a_configuration_error():
    with pytest.raises(ConfigError, match="SHOP_PORT"):
        load_settings({"SHOP_PORT": "eighty"})


def test_lists_drop_blank_entries():
    assert load_settings({"SHOP_ALLOWED_HOSTS": "a.example,, b.example ,"}).allowed_hosts == ("a.example", "b.example")


def test_unrelated_variables_are_ignored():
    assert load_settings({"DEBUG": "true", "HOME": "/root"}) == load_settings({})


def test_reads_the_process_environment_by_default(monkeypatch):
    monkeypatch.setenv("SHOP_DEBUG", "off")
    monkeypatch.setenv("SHOP_PORT", "9000")
    settings = load_settings()
    assert settings.debug is False
    assert settings.port == 9000
