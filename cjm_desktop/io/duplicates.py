"""Duplicate keys in a .cjm file: refused with one line naming the key and its place.

JSON parsers keep the last of two equal keys without a word, so a hand-edited
or crafted file could say ``"title"`` twice and show one title to one tool and
another to the next. The fast reading path proves there are none without a
second parse: every key of the text is followed by ``":`` (no space before the
colon, as any JSON writer puts it), so when the count of ``":`` in the bytes
equals the number of distinct keys pydantic saw, no key can be there twice
(a ``":`` inside a string value only makes the count larger, sending the file
to the slow path, which parses once more and finds the duplicate's place).

The bytes are scanned once for colons: ``":`` is every colon but the few that
follow something else (times in text, say), which one search finds; only when
one of those follows a space, tab or line break is the file searched for a key
written with space before its colon.
"""

from __future__ import annotations

import json
import re
from itertools import compress
from operator import attrgetter, not_
from typing import Any, Optional

from pydantic import BaseModel

_SPACE_BEFORE_COLON = re.compile(rb'"[ \t\r\n]+:')
#: a colon that does not follow a quote (the literal first: the search skips from colon to colon)
_COLON_NOT_AFTER_QUOTE = re.compile(rb':(?<=[^"]:)')
_SPACE = frozenset(b" \t\r\n")
_FIELDS_SET = attrgetter("__pydantic_fields_set__")


def _nested_fields(cls: type) -> tuple[str, ...]:
    """The fields of a model class that hold models or lists of them (cached)."""
    names = _NESTED.get(cls)
    if names is None:
        def holds_model(annotation) -> bool:
            if isinstance(annotation, type) and issubclass(annotation, BaseModel):
                return True
            return any(holds_model(arg) for arg in getattr(annotation, "__args__", ()))

        names = _NESTED[cls] = tuple(n for n, f in cls.model_fields.items() if holds_model(f.annotation))
    return names


_NESTED: dict[type, tuple[str, ...]] = {}


def _dict_fields(cls: type) -> tuple[str, ...]:
    """The fields of a model class that hold a dict of plain values (cached)."""
    names = _DICTS.get(cls)
    if names is None:
        names = _DICTS[cls] = tuple(n for n, f in cls.model_fields.items()
                                    if getattr(f.annotation, "__origin__", None) is dict)
    return names


_DICTS: dict[type, tuple[str, ...]] = {}


def _keys_seen(model: BaseModel) -> int:
    """How many distinct keys the input held for this object and all below it."""
    n = len(model.model_fields_set)
    for name in _dict_fields(type(model)):  # a table of plain values (the map's pictures): its keys
        if name in model.model_fields_set:
            n += len(getattr(model, name))
    for name in _nested_fields(type(model)):
        if name not in model.model_fields_set:
            continue
        value = getattr(model, name)
        if isinstance(value, BaseModel):
            n += _keys_seen(value)
        elif isinstance(value, list) and value:
            kind = type(value[0])
            below = frozenset(_nested_fields(kind) + _dict_fields(kind))
            # the property's set, without its call, in C (5,000 cards); leaf objects (or a
            # card without comments or votes, which the file leaves out): their keys only
            sets = list(map(_FIELDS_SET, value))
            n += sum(map(len, sets))
            if below:
                n += sum(_keys_seen(item) - len(item.__pydantic_fields_set__)
                         for item in compress(value, map(not_, map(below.isdisjoint, sets))))
    return n


def surely_no_duplicates(data: bytes, whole: BaseModel) -> bool:
    """True only when the bytes cannot hold a key twice (see the module's docstring);
    False means "not proven": the slow path then looks."""
    others = [m.start() for m in _COLON_NOT_AFTER_QUOTE.finditer(data)]
    if any(data[i - 1] in _SPACE for i in others) and _SPACE_BEFORE_COLON.search(data):
        return False
    return data.count(b":") - len(others) == _keys_seen(whole)  # every colon after a quote


class _Object(dict):
    """A parsed JSON object that remembers the first key it held twice."""

    duplicate: Optional[str] = None


def _object(pairs: list[tuple[str, Any]]) -> _Object:
    out = _Object(pairs)
    if len(out) != len(pairs):
        seen: set[str] = set()
        out.duplicate = next(k for k, _ in pairs if k in seen or seen.add(k))
    return out


def find_duplicate(text: str) -> Optional[tuple[tuple, str]]:
    """``(place, key)`` of the first object (breadth first) that holds a key twice, or None."""
    level: list[tuple[tuple, Any]] = [((), json.loads(text, object_pairs_hook=_object))]
    while level:
        below = []
        for where, node in level:
            if isinstance(node, _Object):
                if node.duplicate is not None:
                    return where, node.duplicate
                below += [(where + (k,), v) for k, v in node.items() if isinstance(v, (dict, list))]
            elif isinstance(node, list):
                below += [(where + (i,), v) for i, v in enumerate(node) if isinstance(v, (dict, list))]
        level = below
    return None
