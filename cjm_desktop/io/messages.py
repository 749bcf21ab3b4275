"""Turn a pydantic ``ValidationError`` into one line a consultant understands.

The place is written as in the file (``map.cards[12].title``); the message
says what is wrong and, for size caps, what the cap is. The offending value is
quoted only in short (a 10 MB string is never echoed). Messages are
:class:`~cjm_desktop.message.Message` s of :mod:`cjm_desktop.io.texts`
templates, so the window can translate them.
"""

from __future__ import annotations

import re
from typing import Any, Iterable, Optional, Sequence, Union

from pydantic import ValidationError

from ..message import PLACED, Message, followed, placed
from . import texts

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


def _shown(value: Any) -> str:
    """:func:`describe`, with runs of white space as one space (one line)."""
    return " ".join(describe(value).split())


def _plural(loc: Sequence[Union[str, int]]) -> str:
    last = next((p for p in reversed(loc) if isinstance(p, str)), "")
    return last.replace("_", " ") if last else "items"


def _size_message(kind: str, value: Any, ctx: dict, loc) -> Optional[Message]:
    if kind == "string_too_long":
        length = len(value) if isinstance(value, str) else "?"
        return Message(texts.TEXT_TOO_LONG, length, ctx.get("max_length", "?"))
    if kind == "too_long":
        actual = ctx.get("actual_length")
        found = actual if isinstance(actual, int) else "more"
        return Message(texts.TOO_MANY, _plural(loc), found, ctx.get("max_length", 0))
    return None


#: pydantic error types whose message is one template filled with the value.
_VALUE_TEMPLATES = {
    "string_type": texts.NOT_TEXT,
    "int_type": texts.NOT_WHOLE, "int_parsing": texts.NOT_WHOLE, "int_from_float": texts.NOT_WHOLE,
    "float_type": texts.NOT_NUMBER, "float_parsing": texts.NOT_NUMBER,
    "bool_type": texts.NOT_BOOL, "bool_parsing": texts.NOT_BOOL,
    "list_type": texts.NOT_LIST,
    "model_type": texts.NOT_DICT, "dict_type": texts.NOT_DICT, "model_attributes_type": texts.NOT_DICT,
}


def _value_message(kind: str, value: Any, ctx: dict, loc) -> Optional[Message]:
    if kind in _VALUE_TEMPLATES:
        return Message(_VALUE_TEMPLATES[kind], _shown(value))
    if kind == "string_pattern_mismatch":
        colour = bool(loc) and loc[-1] == "colour"
        return Message(texts.NOT_COLOUR if colour else texts.WRONG_FORM, _shown(value))
    if kind in ("literal_error", "enum"):
        return Message(texts.NOT_ALLOWED, _shown(value), str(ctx.get("expected", "?")))
    if kind in ("greater_than_equal", "greater_than"):
        return Message(texts.TOO_SMALL, _shown(value), str(ctx.get("ge", ctx.get("gt"))))
    if kind in ("less_than_equal", "less_than"):
        return Message(texts.TOO_LARGE_VALUE, _shown(value), str(ctx.get("le", ctx.get("lt"))))
    if kind.startswith("datetime"):
        return Message(texts.NOT_DATETIME, _shown(value))
    if kind.startswith("date"):
        return Message(texts.NOT_DATE, _shown(value))
    return None


def error_message(error: dict) -> str:
    """The message part (after the place) of one pydantic error: a
    :class:`~cjm_desktop.message.Message` when the .cjm format knows it."""
    kind = error.get("type", "")
    ctx = error.get("ctx") or {}
    value = error.get("input")
    loc = error.get("loc", ())
    if kind == "missing":
        return Message(texts.MISSING)
    if kind == "extra_forbidden":
        return Message(texts.UNKNOWN_FIELD)
    if kind == "finite_number":
        return Message(texts.NOT_FINITE)
    known = _size_message(kind, value, ctx, loc) or _value_message(kind, value, ctx, loc)
    if known is not None:
        return known
    if kind in ("value_error", "assertion_error"):
        raised = ctx.get("error")
        said = raised.args[0] if isinstance(raised, Exception) and raised.args else None
        if isinstance(said, Message):  # the model's own (integrity, NFC length)
            return said
        text = str(raised) if "error" in ctx else str(error.get("msg", ""))
        return _VALUE_ERROR_PREFIX.sub("", text)
    return _VALUE_ERROR_PREFIX.sub("", str(error.get("msg", "invalid")))


_UNION_MEMBER = re.compile(r"^(constrained-str|function-after\[.*\])$")


def without_union_members(errors: list[dict]) -> list[dict]:
    """pydantic's errors with a union's members folded: for a value checked by
    "this pattern, else that validator" (``model.Id``) one error, the last
    member's, at the field's own place (``cards[0].id``, not ``cards[0].id.function-after[...]``)."""
    out: list[dict] = []
    at: dict[tuple, int] = {}
    for e in errors:
        loc = tuple(e.get("loc", ()))
        if loc and isinstance(loc[-1], str) and _UNION_MEMBER.match(loc[-1]):
            e = {**e, "loc": loc[:-1]}
            if loc[:-1] in at:
                out[at[loc[:-1]]] = e  # the later member speaks for the value
                continue
            at[loc[:-1]] = len(out)
        out.append(e)
    return out


def describe_validation_error(err: ValidationError, prefix: str) -> str:
    """One line for the first problem, with the count of the others.

    An error raised by a model validator (``loc == ()``) whose message starts
    with a place (``cards[3].lane_id: ...``, as the integrity check writes it)
    is joined to the prefix: ``map.cards[3].lane_id: ...``.
    """
    errors = without_union_members(err.errors(include_url=False))
    if not errors:  # pragma: no cover - pydantic always lists one
        return f"{prefix}: invalid"
    first = errors[0]
    message = error_message(first)
    if not isinstance(message, Message):
        message = " ".join(message.split())
    where = place(prefix, first.get("loc", ()))
    if not first.get("loc") and isinstance(message, Message) and message.template == PLACED:
        inner, message = message.args
        where = f"{where}.{inner}" if where else inner
    elif not first.get("loc") and _PLACE_IN_MESSAGE.match(message):
        inner, _, message = message.partition(": ")
        where = f"{where}.{inner}" if where else inner
    line = placed(where, message) if where else message
    if len(errors) > 1:
        others = len(errors) - 1
        line = followed(line, Message(texts.MORE if others > 1 else texts.MORE_ONE, others))
    return line
