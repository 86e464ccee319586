"""Twelve-factor style configuration for the shop backend: every setting can be
overridden with an environment variable named SHOP_<SETTING>."""

from .loader import ConfigError, Settings, load_settings
from .flags import feature_flags

__all__ = ["ConfigError", "Settings", "load_settings", "feature_flags"]
