import os
from dataclasses import dataclass, fields

from .coerce import coerce

PREFIX = "SHOP_"


class ConfigError(ValueError):
    pass


@dataclass(frozen=True)
class Settings:
    debug: bool = False
    port: int = 8000
    workers: int = 2
    enable_signups: bool = True
    maintenance_mode: bool = False
    log_level: str = "info"
    allowed_hosts: tuple = ("localhost",)
    request_timeout: float = 30.0


def env_name(setting: str) -> str:
    return PREFIX + setting.upper()


def load_settings(environ=None) -> Settings:
    """Defaults from Settings, overridden by SHOP_* variables from `environ`."""
    environ = os.environ if environ is None else environ
    overrides = {}
    for setting in fields(Settings):
        raw = environ.get(env_name(setting.name))
        if raw is None:
            continue
        try:
            overrides[setting.name] = coerce(raw, setting.default)
        except ValueError as exc:
            raise ConfigError(f"{env_name(setting.name)}={raw!r}: {exc}") from exc
    return Settings(**overrides)
