"""Turning environment strings into typed values.

Environment variables are always strings. The target type is taken from the
setting's default value:

* str    -> the string, surrounding whitespace removed
* int    -> int("8080")
* float  -> float("2.5")
* bool   -> 1/0, true/false, yes/no, on/off (any letter case); anything else is an error
* tuple  -> comma separated list, blanks dropped: "a, b,," -> ("a", "b")

Invalid values raise ValueError.
"""

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


def parse_bool(raw: str) -> bool:
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ValueError(f"not a boolean: {raw!r}")


def coerce(raw: str, default):
    if isinstance(default, tuple):
        return tuple(part.strip() for part in raw.split(",") if part.strip())
    if isinstance(default, bool):
        return parse_bool(raw)
    return type(default)(raw.strip())
