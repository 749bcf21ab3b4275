"""The parts of a map that are not its cards, as JSON text for the workbook's hidden ``cjm`` sheet. No Qt.

The Cards sheet holds the cards; everything else a map has (its title,
description, language, dates, stages, lanes, personas, emotion points,
connectors, the future states with their cards) travels as the .cjm file writes it, cut into cells of at most
:data:`CHUNK` characters; the cards' comments and dot votes travel there too,
under :data:`CARD_NOTES` by card id (the CSV table has no place for them). Pictures are left out (they do not travel through a
spreadsheet: the image table, the logo, stage pictures and persona portraits),
and so are unresolved merge conflicts.
"""

from __future__ import annotations

import json
from typing import Iterable, Optional

from ..model import JourneyMap

#: Characters per cell (a spreadsheet cell holds at most 32,767).
CHUNK = 30_000
#: The longest skeleton read back (a map's parts other than cards stay far below).
MAX_CHARS = 16 * 1024 * 1024
SHEET = "cjm"
#: The key of the cards' comments and votes: card id -> {"comments": [...], "votes": {...}}.
CARD_NOTES = "card_notes"
NOTE = ("cjm-desktop: the map's stages, lanes, personas, emotions and connectors (JSON); "
        "the cards are on the Cards sheet")


def skeleton_chunks(m: JourneyMap) -> list[str]:
    """The map without cards, conflicts and pictures, as JSON cut into cells."""
    data = m.model_dump(mode="json", exclude={"cards", "conflicts", "images", "logo"})
    for persona in data["personas"]:
        persona["portrait"] = None
    for stage in data["stages"]:
        stage.pop("image", None)
    notes = {c.id: c.model_dump(mode="json", include={"comments", "votes"}) for c in m.cards if c.comments or c.votes}
    if notes:
        data[CARD_NOTES] = notes
    for state in data.get("states", []):  # the future states travel whole, their cards too
        for item in state["stages"] + state["cards"]:
            item.pop("image", None)
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return [text[i:i + CHUNK] for i in range(0, len(text), CHUNK)] or ["{}"]


def read_skeleton(cells: Iterable[object]) -> Optional[dict]:
    """The map's parts from the cells below the note, or None when they are missing or unreadable
    (then the workbook is read like one written by hand)."""
    parts, size = [], 0
    for cell in cells:
        if not isinstance(cell, str):
            continue
        size += len(cell)
        if size > MAX_CHARS:
            return None
        parts.append(cell)
    try:
        data = json.loads("".join(parts))
    except (ValueError, RecursionError):
        return None
    if not isinstance(data, dict) or not all(isinstance(data.get(key), list) for key in ("stages", "lanes")):
        return None
    return data
