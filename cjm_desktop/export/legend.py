"""The poster's legend (PDF and the titled PNG/SVG): which groups it shows for what
the map uses (curves, markers, the channels' icons) and where each group goes
in the footer's rows. No Qt, no drawing: both title blocks draw these places.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..layout import decor
from ..layout.style import EVIDENCE_COLOURS, SENTIMENT_COLOURS, STATUS_COLOURS
from ..layout.text import text_width
from ..layout.words import EVIDENCE_LETTERS, label
from ..model import JourneyMap
from ..model.channels import channels_used

#: Legend text size in title-block units, with two rows and with three (a map with channels).
LEGEND_SIZE = {2: 6.5, 3: 6.0}


@dataclass(frozen=True)
class PlacedGroup:
    """A legend group in its row: its title at ``x`` and its (sample, word, x) items."""

    row: int
    x: float
    title: str
    items: tuple[tuple[object, str, float], ...]


def legend_groups(m: JourneyMap, layout) -> list[tuple[str, list[tuple[object, str]]]]:
    """The legend: groups of (marker or colour, word) for what the map uses."""
    lang = m.language
    letters = EVIDENCE_LETTERS.get(lang, EVIDENCE_LETTERS["en"])
    r = decor.MARKER_RADIUS
    used = {field: any(getattr(c, field) for c in m.cards) for field in ("sentiment", "importance", "evidence", "status")}
    groups: list[tuple[str, list[tuple[object, str]]]] = []
    if layout.curves:
        groups.append((label("emotion", lang), [(("line", cv.colour), m.persona(cv.persona_id).name or "?")
                                                 for cv in layout.curves]))
    if used["sentiment"]:
        groups.append((label("sentiment", lang), [
            (decor.CardMarker("sentiment", 0, 0, r, SENTIMENT_COLOURS[k], sym), label(k, lang))
            for k, sym in (("positive", "plus"), ("neutral", "dot"), ("negative", "minus"))]))
    if used["importance"]:
        groups.append((label("importance", lang), [
            (decor.CardMarker("importance", 0, 0, r, decor.IMPORTANCE_COLOUR, "bars", lvl), label(k, lang))
            for lvl, k in ((1, "low"), (2, "medium"), (3, "high"))]))
    if used["evidence"]:
        groups.append((label("evidence", lang), [
            (decor.CardMarker("evidence", 0, 0, decor.EVIDENCE_RADIUS, EVIDENCE_COLOURS[k], letters[k]),
             label(k, lang)) for k in ("assumption", "anecdote", "researched")]))
    if used["status"]:
        groups.append((label("status", lang), [
            (decor.CardMarker("status", 0, 0, r, STATUS_COLOURS[k], sym), label(k, lang))
            for k, sym in (("todo", "ring"), ("doing", "half"), ("done", "check"), ("dropped", "cross"))]))
    channels = channels_used(c.channel for c in m.cards)
    if channels:  # ("channel", id): the channel's icon
        groups.append((label("channels", lang), [(("channel", ch.id), ch.label(lang)) for ch in channels]))
    return groups



def legend_rows(groups) -> int:
    """The footer's rows: a third one when the channels' icons are listed."""
    return 3 if any(_is_channel(items[0][0]) for _, items in groups if items) else 2


def _is_channel(sample) -> bool:
    return isinstance(sample, tuple) and sample[0] == "channel"


def legend_metrics(footer_h: float, u: float, rows: int) -> tuple[float, float]:
    """(text size, row height) of a footer ``footer_h`` high with ``rows`` rows
    (two rows share the whole height; three leave the separator's 2 units above)."""
    return LEGEND_SIZE[rows] * u, footer_h / 2 if rows == 2 else (footer_h - 2 * u) / rows


def place_legend(groups, u: float, size: float, left: float, first_limit: float, right: float,
                 rows: int) -> list[PlacedGroup]:
    """Groups left to right, row after row (the first row ends at ``first_limit``,
    where the paper text starts); a group that does not fit moves to the next row,
    and when no row is left the legend stops. The channels have the last row of
    their own (see :func:`legend_rows`) and keep the icons that fit."""
    channels = [g for g in groups if g[1] and _is_channel(g[1][0][0])]
    others = [g for g in groups if not (g[1] and _is_channel(g[1][0][0]))]
    out: list[PlacedGroup] = []
    x, row, limit = left, 0, first_limit
    for title, items in others:
        widths = _widths(items, u, size)
        need = text_width(title, True, size) + 7 * u + sum(widths)
        if x + need > limit:
            if row + 2 >= rows + (0 if channels else 1):  # no row left for it
                break
            row, x, limit = row + 1, left, right
            if x + need > limit:
                break
        out.append(_placed(row, x, title, items, widths, u, size, limit))
        x += need + 12 * u
    for title, items in channels:
        out.append(_placed(rows - 1, left, title, items, _widths(items, u, size), u, size,
                           first_limit if rows == 1 else right))
    return out


def _widths(items, u: float, size: float) -> list[float]:
    return [11 * u + text_width(word, False, size) + 8 * u for _, word in items]


def _placed(row: int, x: float, title: str, items, widths, u: float, size: float, limit: float) -> PlacedGroup:
    """The group at ``x`` of ``row`` with the items that end before ``limit``."""
    placed, ix = [], x + text_width(title, True, size) + 7 * u
    for (sample, word), w in zip(items, widths):
        if ix + w - 8 * u > limit:
            break
        placed.append((sample, word, ix))
        ix += w
    return PlacedGroup(row, x, title, tuple(placed))
