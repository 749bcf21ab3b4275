"""The Cards table (rows of cell values, from XLSX or CSV) turned back into a map. No Qt.

Stages and lanes are found by id, then by title (compared as lane names are,
:func:`~.lane_names.name_key`); one not found is added in the order met. When
the table comes with the map's other parts (the workbook's hidden ``cjm``
sheet, :mod:`.skeleton`) they are the start, so a workbook exported by
cjm-desktop comes back whole; otherwise the map has only what the table names.
A row whose id is missing, malformed or already used gets a new id; a row
without an order goes below the others of its cell.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from typing import Any, Iterable, Optional

from pydantic import ValidationError

from ..io.messages import describe_validation_error
from ..message import placed
from ..model import Card, JourneyMap, Lane, LaneKind, Stage, new_id, next_stage_colour
from ..model.fields import _CANONICAL_UUID
from .columns import CHOICES, TEXT_FIELDS, choice, date_value, order_value, tags_value
from .lane_names import lane_kind, name_key
from .skeleton import CARD_NOTES
from .texts import BAD_CELL, ExchangeError, problem


_VIETNAMESE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b")


def _vietnamese(text: str) -> bool:
    return "đ" in text.casefold() or any(ch in _VIETNAMESE_MARKS for ch in unicodedata.normalize("NFD", text))


def guess_language(texts: Iterable[str]) -> str:
    """"vi" when at least a fifth of the texts have Vietnamese letters (tone marks, đ, ơ, ư …), else "en"."""
    written = [t for t in texts if t.strip()][:2000]
    marked = sum(1 for t in written if _vietnamese(t))
    return "vi" if written and marked * 5 >= len(written) else "en"


def cell_text(value: Any, exact: bool = True) -> str:
    """A cell as text: numbers without a needless ``.0``, dates in ISO form, None as ""."""
    if value is None:
        text = ""
    elif isinstance(value, bool):
        text = "TRUE" if value else "FALSE"
    elif isinstance(value, float) and value.is_integer():
        text = str(int(value))
    elif isinstance(value, (dt.date, dt.datetime)):
        text = value.isoformat()
    else:
        text = str(value)
    return text if exact else text.strip()


class Places:
    """The stages and lanes of the map being built, found by id or title; new ones appended."""

    def __init__(self, stages: Iterable[Stage] = (), lanes: Iterable[Lane] = ()) -> None:
        self.stages, self.lanes = list(stages), list(lanes)
        self._stage_ids = {s.id: s.id for s in self.stages}
        self._stage_titles = {name_key(s.title): s.id for s in reversed(self.stages)}
        self._lane_ids = {lane.id: lane.id for lane in self.lanes}
        self._lane_titles = {name_key(lane.title): lane.id for lane in reversed(self.lanes)}

    def stage(self, stage_id: str, title: str) -> str:
        found = self._stage_ids.get(stage_id) or self._stage_titles.get(name_key(title))
        if found:
            return found
        stage = Stage(id=stage_id if _CANONICAL_UUID.fullmatch(stage_id) else new_id(), title=title,
                      colour=next_stage_colour(self.stages[-1].colour if self.stages else None))
        self.stages.append(stage)
        self._stage_ids[stage.id] = stage.id
        self._stage_titles[name_key(title)] = stage.id
        return stage.id

    def lane(self, lane_id: str, title: str, kind: str = "") -> str:
        found = self._lane_ids.get(lane_id) or self._lane_titles.get(name_key(title))
        if found:
            return found
        try:
            lane_kind_value = LaneKind(kind.strip()) if kind.strip() else lane_kind(title)
        except ValueError:
            lane_kind_value = lane_kind(title)
        lane = Lane(id=lane_id if _CANONICAL_UUID.fullmatch(lane_id) else new_id(), kind=lane_kind_value,
                    title=title)
        self.lanes.append(lane)
        self._lane_ids[lane.id] = lane.id
        self._lane_titles[name_key(title)] = lane.id
        return lane.id


class TableReader:
    """Reads the rows of one Cards table into cards (:meth:`add`), then the map (:meth:`journey_map`)."""

    def __init__(self, name: str, sheet: str, index: dict[str, int], places: Places, from_serial=None) -> None:
        self.name, self.sheet, self.index, self.places = name, sheet, index, places
        self.exact = "stage id" in index and "lane id" in index  # written by cjm-desktop: keep text as is
        self.from_serial = from_serial
        self.cards: list[Card] = []
        self._ids: set[str] = set()
        self._next_order: dict[tuple[str, str], int] = {}

    def _get(self, row: list[Any], column: str) -> Any:
        i = self.index.get(column)
        return row[i] if i is not None and i < len(row) else None

    def _text(self, row: list[Any], column: str) -> str:
        return cell_text(self._get(row, column), self.exact)

    def add(self, row: list[Any], number: int) -> None:
        """Add the card of table row ``number`` (1-based, as the spreadsheet counts); empty rows are skipped."""
        if all(cell is None or str(cell).strip() == "" for cell in row):
            return
        column = "stage"
        try:
            stage_id = self.places.stage(self._text(row, "stage id").strip(), self._text(row, "stage"))
            column = "lane"
            lane_id = self.places.lane(self._text(row, "lane id").strip(), self._text(row, "lane"),
                                       self._text(row, "lane kind"))
            column = "order"
            order = order_value(self._get(row, "order"))
        except ValueError as exc:
            raise self._bad(number, column, exc.args[0] if exc.args else str(exc)) from None
        fields = self._fields(row, number)
        cell = (stage_id, lane_id)
        if order is None:
            order = self._next_order.get(cell, 0)
        self._next_order[cell] = max(self._next_order.get(cell, 0), order + 1)
        card_id = self._text(row, "id").strip()
        if not _CANONICAL_UUID.fullmatch(card_id) or card_id in self._ids:
            card_id = new_id()
        self._ids.add(card_id)
        try:
            self.cards.append(Card(id=card_id, stage_id=stage_id, lane_id=lane_id, order=order, **fields))
        except ValidationError as exc:
            raise self._bad(number, str(exc.errors()[0]["loc"][0]), describe_validation_error(exc, "")) from None

    def _fields(self, row: list[Any], number: int) -> dict:
        fields: dict[str, Any] = {key: self._text(row, key) for key in TEXT_FIELDS}
        fields["tags"] = tags_value(self._get(row, "tags"), self.exact)
        fields["colour"] = self._text(row, "colour").strip() or None
        column = "due"
        try:
            fields["due"] = date_value(self._get(row, "due"), self.from_serial)
            for column in CHOICES:
                fields[column] = choice(column, self._text(row, column))
        except ValueError as exc:
            raise self._bad(number, column, exc.args[0] if exc.args else str(exc)) from None
        return fields

    def _bad(self, number: int, column: str, what: Any) -> ExchangeError:
        return problem(self.name, BAD_CELL, self.sheet, number, column, what)

    def journey_map(self, base: Optional[dict] = None, language: Optional[str] = None,
                    title: str = "") -> JourneyMap:
        """The map: ``base``'s fields (title, personas, emotions, connectors ...) with these stages, lanes
        and cards; connectors whose cards are gone are left out."""
        base = dict(base or {})
        self.cards = with_card_notes(self.cards, base.pop(CARD_NOTES, None))
        ids = {c.id for c in self.cards}
        base["connectors"] = [k for k in base.get("connectors", [])
                              if k.get("source_id") in ids and k.get("target_id") in ids]
        base.setdefault("title", title)
        if language:
            base["language"] = language
        elif "language" not in base:
            base["language"] = guess_language([c.title for c in self.cards] + [s.title for s in self.places.stages])
        base.update(stages=self.places.stages, lanes=self.places.lanes, cards=self.cards)
        try:
            return JourneyMap.model_validate(base)
        except ValidationError as exc:
            raise ExchangeError(placed(self.name, describe_validation_error(exc, ""))) from None


def with_card_notes(cards: list, notes) -> list:
    """The cards with the comments and votes the workbook's hidden sheet kept for them
    (skeleton.CARD_NOTES); a note that is not valid is left out, the card kept."""
    if not isinstance(notes, dict):
        return cards
    out = []
    for card in cards:
        note = notes.get(card.id)
        if isinstance(note, dict):
            try:
                card = Card.model_validate({**card.model_dump(), "comments": note.get("comments", []),
                                            "votes": note.get("votes", {})})
            except (ValidationError, TypeError, AttributeError):
                pass
        out.append(card)
    return out

