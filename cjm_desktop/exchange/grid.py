"""A grid written by hand (first row: stages; first column: lanes; one card per line in a cell) as a map. No Qt.

The first cell is the corner and is not read. Empty rows and trailing empty
columns are dropped; a lane's kind comes from its name
(:func:`~.lane_names.lane_kind`), anything unknown is a custom lane. The
Map sheet of an exported workbook is such a grid too.
"""

from __future__ import annotations

from typing import Any, Optional

from pydantic import ValidationError

from ..io.messages import describe_validation_error
from ..message import placed
from ..model import LIMITS, Card, JourneyMap, Lane, Stage, next_stage_colour
from .lane_names import lane_kind
from .table import cell_text, guess_language
from .texts import NO_CONTENT, NO_STAGE_ROW, ExchangeError, problem


def _lines(value: Any) -> list[str]:
    return [line.strip() for line in cell_text(value).splitlines() if line.strip()]


def map_from_grid(rows: list[list[Any]], name: str, title: str, language: Optional[str] = None) -> JourneyMap:
    """The map a grid describes; :class:`~.texts.ExchangeError` for an empty grid or one without a stage row."""
    rows = [row for row in rows if any(cell_text(cell, False) for cell in row)]
    if not rows:
        raise problem(name, NO_CONTENT)
    header = [cell_text(cell, False) for cell in rows[0]]
    last = max((i for i, text in enumerate(header) if text and i > 0), default=0)
    if last == 0:
        raise problem(name, NO_STAGE_ROW)
    stages: list[Stage] = []
    for i in range(1, last + 1):
        stages.append(Stage(title=header[i], colour=next_stage_colour(stages[-1].colour if stages else None)))
    lanes: list[Lane] = []
    cards: list[Card] = []
    for row in rows[1:]:
        lane_title = cell_text(row[0], False) if row else ""
        lane = Lane(kind=lane_kind(lane_title), title=lane_title)
        lanes.append(lane)
        for i, stage in enumerate(stages, start=1):
            value = row[i] if i < len(row) else None
            for order, line in enumerate(_lines(value)):
                cards.append(card_from_line(line, stage.id, lane.id, order))
    texts = [s.title for s in stages] + [lane.title for lane in lanes] + [c.title for c in cards]
    try:
        return JourneyMap(title=title, language=language or guess_language(texts), stages=stages, lanes=lanes,
                          cards=cards)
    except ValidationError as exc:
        raise ExchangeError(placed(name, describe_validation_error(exc, ""))) from None


def card_from_line(line: str, stage_id: str, lane_id: str, order: int) -> Card:
    """A card titled ``line``; a line too long for a title is cut there and kept whole in the body."""
    if len(line) <= LIMITS.short_text:
        return Card(stage_id=stage_id, lane_id=lane_id, order=order, title=line)
    return Card(stage_id=stage_id, lane_id=lane_id, order=order, title=line[:LIMITS.short_text - 1] + "…",
                body=line[:LIMITS.long_text])
