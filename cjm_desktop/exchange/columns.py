"""The Cards table: one row per card, every field of a card, shared by XLSX and CSV. No Qt.

The header names the columns (English keys, any order, any case on import; a
table made by hand may also name them as the map prints them, in Vietnamese or
English: "Giai đoạn", "Làn", "Tiêu đề", "Nội dung", "Người phụ trách" ...).
Values are written as the .cjm file holds them (``positive``, ``todo``,
``2024-06-30``); tags one per line. On import a choice may also be the word
printed on the map in either language ("Tích cực", "Done"). The stage and lane
are named by title and by id, so a table whose ids were lost still imports.
"""

from __future__ import annotations

import datetime as dt
import typing
from typing import Any, Callable, Optional

from ..io import texts as io_texts
from ..layout.words import label
from ..message import Message
from ..model import ActionStatus, Card, EvidenceLevel, Importance, JourneyMap, Sentiment
from .lane_names import name_key
from .texts import NOT_CHOICE

#: The columns, in the order they are written.
COLUMNS = (
    "id", "stage", "lane", "order", "title", "body", "tags", "channel", "sentiment", "importance", "owner",
    "due", "measure", "status", "evidence", "source", "colour", "lane kind", "stage id", "lane id",
)
#: What a header must name for a table to be read as the Cards table.
REQUIRED = ("title",)
TEXT_FIELDS = ("title", "body", "channel", "owner", "measure", "source")
CHOICES: dict[str, tuple[str, ...]] = {
    "sentiment": typing.get_args(Sentiment), "importance": typing.get_args(Importance),
    "status": typing.get_args(ActionStatus), "evidence": typing.get_args(EvidenceLevel),
}


def card_row(m: JourneyMap, card: Card, stages: dict, lanes: dict) -> list[Any]:
    """The values of ``card``'s row, in :data:`COLUMNS` order (``due`` a date, ``order`` a number)."""
    stage, lane = stages[card.stage_id], lanes[card.lane_id]
    return [
        card.id, stage.title, lane.title, card.order, card.title, card.body, "\n".join(card.tags),
        card.channel, card.sentiment or "", card.importance or "", card.owner, card.due, card.measure,
        card.status or "", card.evidence or "", card.source, card.colour or "", lane.kind.value,
        stage.id, lane.id,
    ]


def table_rows(m: JourneyMap) -> list[list[Any]]:
    """Every card's row, in reading order (stage, lane, stack)."""
    stages = {s.id: s for s in m.stages}
    lanes = {lane.id: lane for lane in m.lanes}
    return [card_row(m, c, stages, lanes) for c in m.reading_order()]


#: Names of columns besides their keys and the words the map prints for them (``col_*``).
_OTHER_NAMES = {"importance": ("Mức độ quan trọng", "Tầm quan trọng"), "evidence": ("Bằng chứng",),
                "order": ("Thứ tự",), "colour": ("Màu", "Color"), "lane kind": ("Loại làn",)}


def _column_names() -> dict[str, str]:
    """Every name a column is known by (:func:`~.lane_names.name_key` form) -> its key."""
    names: dict[str, str] = {}
    for key in COLUMNS:
        words = [key, *_OTHER_NAMES.get(key, ())]
        try:
            words += [label(f"col_{key}", "vi"), label(f"col_{key}", "en")]
        except KeyError:  # (no printed word: the key and the names above)
            pass
        for word in words:
            names.setdefault(name_key(word), key)
    return names


_COLUMN_NAMES = _column_names()


def header_index(header: list[Any]) -> Optional[dict[str, int]]:
    """Column name -> index when ``header`` is a Cards table's header row, else None."""
    index: dict[str, int] = {}
    for i, cell in enumerate(header):
        key = _COLUMN_NAMES.get(name_key(str(cell or "").replace("_", " ")))
        if key is not None and key not in index:
            index[key] = i
    if all(name in index for name in REQUIRED) and ("stage" in index or "stage id" in index):
        return index
    return None


def _words(field: str, value: str) -> set[str]:
    return {value.casefold(), label(value, "vi").casefold(), label(value, "en").casefold()}


_CHOICE_WORDS = {field: {w: v for v in values for w in _words(field, v)} for field, values in CHOICES.items()}


def choice(field: str, value: str) -> Optional[str]:
    """The value of a choice column (the file's value or a printed word); ValueError when unknown."""
    text = " ".join(value.split())
    if not text:
        return None
    found = _CHOICE_WORDS[field].get(text.casefold())
    if found is None:
        raise ValueError(Message(NOT_CHOICE, text, ", ".join(CHOICES[field])))
    return found


def date_value(value: Any, from_serial: Callable[[float], Any] | None = None) -> Optional[dt.date]:
    """A due date from a cell: a date, a date-time, ISO text or (with ``from_serial``) a spreadsheet day number."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)) and from_serial is not None and not isinstance(value, bool):
        return date_value(from_serial(value))
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10] if len(text) > 10 and text[10] in "T " else text)
    except ValueError:
        raise ValueError(Message(io_texts.NOT_DATE, text)) from None


def order_value(value: Any) -> Optional[int]:
    """A card's order from a cell: a whole number (``3``, ``3.0``, ``"3"``), or None when empty."""
    if value is None or value == "":
        return None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    text = str(value).strip()
    if text.isdigit():
        return int(text)
    raise ValueError(Message(io_texts.NOT_WHOLE, text))


def tags_value(value: Any, exact: bool) -> list[str]:
    """Tags from a cell, one per line; a table not written by cjm-desktop (not ``exact``) may
    also separate them with commas, and spaces around them go."""
    text = "" if value is None else str(value)
    if exact:
        return text.split("\n") if text else []
    parts = text.splitlines() if "\n" in text or "\r" in text else text.split(",")
    return [p.strip() for p in parts if p.strip()]
