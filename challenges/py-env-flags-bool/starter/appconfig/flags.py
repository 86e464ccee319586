import os

from .coerce import coerce
from .loader import PREFIX, ConfigError

FLAG_PREFIX = PREFIX + "FEATURE_"


def feature_flags(environ=None) -> dict:
    """Feature switches: SHOP_FEATURE_NEW_CHECKOUT=on -> {"new_checkout": True}.
    Flags are off unless switched on."""
    environ = os.environ if environ is None else environ
    flags = {}
    for name, raw in environ.items():
        if not name.startswith(FLAG_PREFIX):
            continue
        try:
            flags[name[len(FLAG_PREFIX):].lower()] = coerce(raw, False)
        except ValueError as exc:
            raise ConfigError(f"{name}={raw!r}: {exc}") from exc
    return flags
