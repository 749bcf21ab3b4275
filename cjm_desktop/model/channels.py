"""The bundled channel catalogue: which channel a card's free-text channel names,
and each channel's icon as path commands. No Qt.

``resources/channels/icons.json`` (made at development time by
``tools/channel_icons.py`` from the npm packages ``simple-icons``, CC0, and
``lucide-static``, ISC; their licences lie beside it) lists every channel with
its Vietnamese and English label, a few other names people type, its colour and
its icon: one path of absolute ``M``/``L``/``C``/``Z`` commands in a 24 x 24 box,
filled (brand marks, non-zero winding) or stroked (generic glyphs: width 2,
round caps and joins). Both painters draw these same commands.

A card keeps its channel as text (``Card.channel``); :func:`match_channel`
finds the channel that text names by id, label or other name, ignoring case,
diacritics and punctuation, or None for anything else.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Optional

from ..resources import resource

#: One path command: ("M", x, y), ("L", x, y), ("C", x1, y1, x2, y2, x, y) or ("Z",).
Command = tuple
#: Width of a stroked icon's lines in its own 24 x 24 box.
ICON_STROKE_WIDTH = 2.0


@dataclass(frozen=True)
class Channel:
    id: str
    kind: str  # generic | brand
    vi: str
    en: str
    aliases: tuple[str, ...]
    paint: str  # fill | stroke
    colour: str
    path: str  # the icon as the catalogue writes it (see :attr:`commands`)
    icon_set: str

    def label(self, language: str = "vi") -> str:
        return self.vi if language == "vi" else self.en

    @cached_property
    def commands(self) -> tuple[Command, ...]:
        """The icon's path commands, parsed when first drawn (a start draws a few of
        the 31: parsing them all took ~4 ms of it)."""
        return parse_path(self.path)


@dataclass(frozen=True)
class Catalogue:
    size: float
    channels: tuple[Channel, ...]
    sets: dict
    by_key: dict[str, Channel]

    def get(self, channel_id: str) -> Optional[Channel]:
        return next((c for c in self.channels if c.id == channel_id), None)


def parse_path(d: str) -> tuple[Command, ...]:
    """The commands of a normalised path (absolute M/L/C/Z, numbers separated by spaces)."""
    tokens = d.split()
    out: list[Command] = []
    i = 0
    arity = {"M": 2, "L": 2, "C": 6, "Z": 0}
    while i < len(tokens):
        op = tokens[i]
        n = arity[op]  # a KeyError for anything else: the data file is made by our tool
        out.append((op, *(float(t) for t in tokens[i + 1: i + 1 + n])))
        i += 1 + n
    return tuple(out)


def fold(text: str) -> str:
    """``text`` for matching: lower case, no diacritics (đ as d), words separated by one space."""
    text = unicodedata.normalize("NFD", text.casefold().replace("đ", "d"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^\w]+", " ", text).replace("_", " ").split())


@lru_cache(maxsize=1)
def catalogue() -> Catalogue:
    """The bundled channels, read once."""
    data = json.loads(resource("channels", "icons.json").read_text(encoding="utf-8"))
    channels = tuple(
        Channel(e["id"], e["kind"], e["vi"], e["en"], tuple(e["aliases"]), e["paint"], e["colour"], e["d"],
                e["set"])
        for e in data["icons"]
    )
    by_key: dict[str, Channel] = {}
    for c in channels:  # labels first, so an alias never takes another channel's label
        for key in (c.id, c.vi, c.en):
            by_key.setdefault(fold(key), c)
    for c in channels:
        for key in c.aliases:
            by_key.setdefault(fold(key), c)
    return Catalogue(float(data["size"]), channels, data["sets"], by_key)


@lru_cache(maxsize=4096)
def match_channel(text: str) -> Optional[Channel]:
    """The bundled channel ``text`` names, or None (free text with no icon)."""
    if not text:
        return None
    return catalogue().by_key.get(fold(text))


def channels_used(texts) -> list[Channel]:
    """The distinct bundled channels of ``texts`` (card channels), in catalogue order."""
    found = {c.id for c in (match_channel(t) for t in set(texts)) if c is not None}
    return [c for c in catalogue().channels if c.id in found]
