"""Turn a pydantic ``ValidationError`` into one line a consultant understands.

The place is written as in the file (``map.cards[12].title``); the message
says what is wrong and, for size caps, what the cap is. The offending value is
quoted only in short (a 10 MB string is never echoed).
"""

from __future__ import annotations

import re
from typing import Any, Iterable, Sequence, Union

from pydantic import ValidationError

_PLACE_IN_MESSAGE = re.compile(r"^[A-Za-z_]\w*(\[\d+\])*(\.[A-Za-z_]\w*(\[\d+\])*)*(?=: )")
_VALUE_ERROR_PREFIX = re.compile(r"^(Value|Assertion) error, ")


def place(prefix: str, loc: Iterable[Union[str, int]]) -> str:
    """``("cards", 12, "stage_id")`` under ``"map"`` -> ``map.cards[12].stage_id``."""
    out = prefix
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif part.isidentifier():
            out += f".{part}" if out else part
        else:
            out += f'["{short(part, 40)}"]'
    return out


def short(value: Any, limit: int = 60) -> str:
    text = str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def describe(value: Any) -> str:
    """A JSON value in a few words: ``a list``, ``"abc"``, ``12``."""
    if isinstance(value, dict):
        return "an object {...}"
    if isinstance(value, (list, tuple)):
        return "a list [...]"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f'"{short(value)}"'
    return short(repr(value))


def _plural(loc: Sequence[Union[str, int]]) -> str:
    last = next((p for p in reversed(loc) if isinstance(p, str)), "")
    return last.replace("_", " ") if last else "items"


def error_message(error: dict) -> str:
    """The message part (after the place) of one pydantic error."""
    kind = error.get("type", "")
    ctx = error.get("ctx") or {}
    value = error.get("input")
    loc = error.get("loc", ())
    if kind == "missing":
        return "missing (this field is required)"
    if kind == "extra_forbidden":
        return "unknown field (not part of the .cjm format)"
    if kind == "string_too_long":
        length = len(value) if isinstance(value, str) else "?"
        return f"text too long: {length:,} characters, at most {ctx.get('max_length', '?'):,}"
    if kind == "too_long":
        actual = ctx.get("actual_length")
        found = f"{actual:,}" if isinstance(actual, int) else "more"
        return f"too many {_plural(loc)}: {found}, at most {ctx.get('max_length', 0):,}"
    if kind == "string_pattern_mismatch":
        if loc and loc[-1] == "colour":
            return f'{describe(value)} is not a colour like "#3d5a80"'
        return f"{describe(value)} does not have the expected form"
    if kind == "string_type":
        return f"expected text, found {describe(value)}"
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return f"expected a whole number, found {describe(value)}"
    if kind in ("float_type", "float_parsing"):
        return f"expected a number, found {describe(value)}"
    if kind == "finite_number":
        return "expected a finite number"
    if kind in ("bool_type", "bool_parsing"):
        return f"expected true or false, found {describe(value)}"
    if kind == "list_type":
        return f"expected a list [...], found {describe(value)}"
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return f"expected an object {{...}}, found {describe(value)}"
    if kind in ("literal_error", "enum"):
        return f"{describe(value)} is not allowed; expected {ctx.get('expected', '?')}"
    if kind in ("greater_than_equal", "greater_than"):
        return f"{describe(value)} is too small; at least {ctx.get('ge', ctx.get('gt'))}"
    if kind in ("less_than_equal", "less_than"):
        return f"{describe(value)} is too large; at most {ctx.get('le', ctx.get('lt'))}"
    if kind.startswith("datetime"):
        return f'{describe(value)} is not a date and time like "2024-05-01T09:00:00Z"'
    if kind.startswith("date"):
        return f'{describe(value)} is not a date like "2024-06-30"'
    if kind in ("value_error", "assertion_error"):
        text = str(ctx["error"]) if "error" in ctx else str(error.get("msg", ""))
        return _VALUE_ERROR_PREFIX.sub("", text)
    return _VALUE_ERROR_PREFIX.sub("", str(error.get("msg", "invalid")))


def describe_validation_error(err: ValidationError, prefix: str) -> str:
    """One line for the first problem, with the count of the others.

    An error raised by a model validator (``loc == ()``) whose message starts
    with a place (``cards[3].lane_id: ...``, as the integrity check writes it)
    is joined to the prefix: ``map.cards[3].lane_id: ...``.
    """
    errors = err.errors(include_url=False)
    if not errors:  # pragma: no cover - pydantic always lists one
        return f"{prefix}: invalid"
    first = errors[0]
    message = " ".join(error_message(first).split())
    where = place(prefix, first.get("loc", ()))
    if not first.get("loc") and _PLACE_IN_MESSAGE.match(message):
        line = f"{where}.{message}" if where else message
    else:
        line = f"{where}: {message}" if where else message
    if len(errors) > 1:
        others = len(errors) - 1
        line += f" (and {others:,} more problem{'s' if others > 1 else ''})"
    return line
