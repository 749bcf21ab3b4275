"""The one format of cards on the move: clipboard, drags between windows, palette drops.

Cards travel as JSON (:data:`CARDS_MIME`) and as plain text; a new card
dragged from the palette travels as :data:`NEW_CARD_MIME`. Every paste and
drop path reads them here, so each is checked and capped the same way. The JSON lets a consultant copy cards from one map and paste them into another
window with every field intact; the plain text lets the same copy land in an
e-mail or a chat. Pasting plain text from elsewhere makes one card per line.
"""

from __future__ import annotations

import json
import logging
from typing import Iterable, Optional

from pydantic import ValidationError
from PySide6.QtCore import QMimeData

from ..model import LIMITS, Card, LaneKind, new_id

log = logging.getLogger(__name__)

#: A new card dragged from the palette: UTF-8 JSON {"kind": "<LaneKind value>"} and
#: optionally some of :data:`NEW_CARD_FIELDS`.
NEW_CARD_MIME = "application/x-cjm-new-card"
#: Cards on the clipboard or dragged between windows: UTF-8 JSON
#: {"format": "cjm-cards", "version": 1, "cards": [...]} (Card dumps, mode="json").
CARDS_MIME = "application/x-cjm-cards+json"
#: Fields a new-card payload may set besides ``kind``.
NEW_CARD_FIELDS = ("title", "body", "colour", "tags", "channel", "sentiment", "importance", "owner",
                   "measure", "status", "evidence", "source")

FORMAT = "cjm-cards"
VERSION = 1
MAX_TEXT_CARDS = 500


def cards_to_mime(cards: Iterable[Card]) -> QMimeData:
    """A QMimeData carrying ``cards`` as CARDS_MIME JSON and as plain text."""
    cards = list(cards)
    payload = {"format": FORMAT, "version": VERSION, "cards": [c.model_dump(mode="json") for c in cards]}
    data = QMimeData()
    data.setData(CARDS_MIME, json.dumps(payload, ensure_ascii=False).encode("utf-8"))
    data.setText(cards_as_text(cards))
    return data


def cards_as_text(cards: Iterable[Card]) -> str:
    """Titles, each followed by its body indented, for pasting into other programs."""
    blocks = []
    for card in cards:
        lines = [card.title or card.body.split("\n", 1)[0]]
        if card.title and card.body:
            lines += ["    " + line for line in card.body.splitlines()]
        blocks.append("\n".join(lines))
    return "\n".join(blocks)


def cards_from_mime(data: Optional[QMimeData]) -> list[Card]:
    """The cards a QMimeData carries (JSON first, else one per line of text).

    The cards keep the ids and places they had; callers give them new ones.
    Anything unreadable gives an empty list, never an exception.
    """
    if data is None:
        return []
    if data.hasFormat(CARDS_MIME):
        cards = cards_from_json(bytes(data.data(CARDS_MIME)))
        if cards:
            return cards
    if data.hasText():
        return cards_from_text(data.text())
    return []


def _json_payload(raw: bytes, what: str):
    """The JSON value of a payload someone else may have put on the clipboard, or None:
    bounded in size, and deep nesting or huge numbers are refused, never raised."""
    if len(raw) > LIMITS.max_file_bytes:
        log.warning("%s: larger than %d bytes, ignored", what, LIMITS.max_file_bytes)
        return None
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):  # JSONDecodeError, a 5,000-digit number, nesting
        log.warning("%s: not readable JSON, ignored", what)
        return None


def cards_from_json(raw: bytes) -> list[Card]:
    """The cards of a :data:`CARDS_MIME` payload: checked, at most a map's worth,
    the unreadable ones skipped (logged), never an exception."""
    payload = _json_payload(raw, "clipboard cards")
    if not isinstance(payload, dict) or payload.get("format") != FORMAT or not isinstance(payload.get("cards"), list):
        return []
    cards = []
    for item in payload["cards"][: LIMITS.max_cards]:
        try:
            cards.append(Card.model_validate(item))
        except ValidationError as exc:
            log.warning("skipped a clipboard card: %s", exc.errors()[0].get("msg"))
    return cards


def cards_from_text(text: str) -> list[Card]:
    """One card per non-empty line; a placeholder cell that callers replace."""
    cards = []
    placeholder = new_id()
    for line in text[: LIMITS.max_file_bytes].splitlines():
        line = line.strip()
        if not line:
            continue
        title, body = line[: LIMITS.short_text], ""
        if len(line) > LIMITS.short_text:
            title, body = "", line[: LIMITS.long_text]
        cards.append(Card(stage_id=placeholder, lane_id=placeholder, title=title, body=body))
        if len(cards) >= MAX_TEXT_CARDS:
            break
    return cards


def new_card_mime(kind: LaneKind) -> QMimeData:
    """What the palette drags: a new card of ``kind``."""
    data = QMimeData()
    data.setData(NEW_CARD_MIME, json.dumps({"kind": kind.value}).encode("utf-8"))
    return data


def new_card_from_json(raw: bytes) -> Optional[tuple[Optional[LaneKind], dict]]:
    """The kind and fields a :data:`NEW_CARD_MIME` payload asks for, or None if
    it is not one (an unknown kind counts as no kind)."""
    payload = _json_payload(raw, "a dropped new card")
    if not isinstance(payload, dict):
        return None
    kind = payload.get("kind")
    kind = LaneKind(kind) if kind in LaneKind._value2member_map_ else None
    return kind, {k: v for k, v in payload.items() if k in NEW_CARD_FIELDS}
