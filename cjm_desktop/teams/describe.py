"""The words of a diff and of a merge's conflicts: one line each, as Messages
(English here; the window translates the same templates). File values are
quoted safely (:func:`cjm_desktop.message.quoted_value`): control characters
escaped, long values cut, so a map from someone else cannot drive a terminal.
"""

from __future__ import annotations

import json
from typing import Any, Iterator

from ..message import QT_TR_NOOP, Message
from ..model import MergeConflict
from .diff import MapChange
from .workshop import shown_value

# A value longer than this is described as "changed", not quoted old -> new.
SHORT = 40

KIND_NAMES = {
    "map": QT_TR_NOOP("map"), "stages": QT_TR_NOOP("stage"), "lanes": QT_TR_NOOP("lane"),
    "personas": QT_TR_NOOP("persona"), "cards": QT_TR_NOOP("card"), "connectors": QT_TR_NOOP("connector"),
    "emotions": QT_TR_NOOP("emotion"), "states": QT_TR_NOOP("future state"),
}

ADDED = QT_TR_NOOP('%1 "%2" added')
ADDED_IN = QT_TR_NOOP('%1 "%2" added in %3')
ADDED_AT = QT_TR_NOOP('%1 "%2" added at position %3')
REMOVED = QT_TR_NOOP('%1 "%2" removed')
REMOVED_FROM = QT_TR_NOOP('%1 "%2" removed from %3')
MOVED = QT_TR_NOOP('%1 "%2" moved from %3 to %4')
REORDERED_IN = QT_TR_NOOP('%1 "%2" moved within %3')
REORDERED = QT_TR_NOOP('%1 "%2" moved from position %3 to %4')
EDITED = QT_TR_NOOP('%1 "%2": %3 %4 → %5')
EDITED_LONG = QT_TR_NOOP('%1 "%2": %3 changed')
MAP_EDITED = QT_TR_NOOP("map: %1 %2 → %3")
MAP_EDITED_LONG = QT_TR_NOOP("map: %1 changed")
PICTURE_ADDED = QT_TR_NOOP('%1 "%2": picture added')
PICTURE_REPLACED = QT_TR_NOOP('%1 "%2": picture replaced')
PICTURE_REMOVED = QT_TR_NOOP('%1 "%2": picture removed')
LOGO_ADDED = QT_TR_NOOP("map: logo added")
LOGO_REPLACED = QT_TR_NOOP("map: logo replaced")
LOGO_REMOVED = QT_TR_NOOP("map: logo removed")
CONFLICT_FIELD = QT_TR_NOOP('conflict: %1 "%2" %3: ours %4, theirs %5')
CONFLICT_DELETED_OURS = QT_TR_NOOP('conflict: %1 "%2" deleted here, edited in theirs (their version is kept in the file)')
CONFLICT_DELETED_THEIRS = QT_TR_NOOP('conflict: %1 "%2" edited here, deleted in theirs (ours stands)')
CONFLICT_ORDER = QT_TR_NOOP('conflict: %1 reordered differently on both sides (our order stands)')

_OPS = {"added": (ADDED, ADDED_IN, ADDED_AT), "removed": (REMOVED, REMOVED_FROM)}


#: Fields that name a picture of the map's image table (a card's or stage's, a portrait, the logo).
PICTURE_FIELDS = {"image", "portrait", "logo"}
#: How much of a picture's content id is shown (enough to tell two pictures apart).
PICTURE_ID_SHOWN = 8

#: Fields whose values are words of a fixed set, shown without quotes.
_NAMED_VALUES = {"sentiment", "importance", "status", "evidence", "kind", "language", "colour", "due"}


def shown(value: Any, field: str = "") -> str:
    """A field value as a consultant reads it: text in quotes, lists joined, none as —."""
    workshop = shown_value(field, value)
    if workshop is not None:
        return workshop
    if value is None or value == "":
        return "—"
    if field in PICTURE_FIELDS and isinstance(value, str):  # a content id: its first characters
        return value[:PICTURE_ID_SHOWN]
    if isinstance(value, str):
        return value if field in _NAMED_VALUES else f'"{value}"'
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "—"
    return str(value)


def _is_short(value: Any, field: str = "") -> bool:
    text = shown(value, field)
    return len(text) <= SHORT and "\n" not in text


def change_lines(change: MapChange) -> Iterator[Message]:
    """The lines of one change: one per edited field, one otherwise."""
    kind = Message(KIND_NAMES.get(change.kind, change.kind))
    if change.op == "edited":
        for f in change.fields:
            # a future state's stages, cards ... are compared as a whole
            short = (_is_short(f.old, f.field) and _is_short(f.new, f.field)
                     and (change.kind != "states" or f.field == "name"))
            if f.field in PICTURE_FIELDS:
                yield _picture_line(change, kind, f.old, f.new)
            elif change.kind == "map":
                yield Message(MAP_EDITED, f.field, shown(f.old, f.field), shown(f.new, f.field)) if short else Message(
                    MAP_EDITED_LONG, f.field)
            elif short:
                yield Message(EDITED, kind, change.label, f.field, shown(f.old, f.field), shown(f.new, f.field))
            else:
                yield Message(EDITED_LONG, kind, change.label, f.field)
        return
    if change.op == "moved":
        yield Message(MOVED, kind, change.label, *change.where[:2])
    elif change.op == "reordered":
        if change.kind == "cards":
            yield Message(REORDERED_IN, kind, change.label, change.where[0])
        else:
            yield Message(REORDERED, kind, change.label, *change.where[:2])
    else:
        plain, in_cell, *at = _OPS[change.op]
        if not change.where:
            yield Message(plain, kind, change.label)
        elif change.kind == "cards":
            yield Message(in_cell, kind, change.label, change.where[0])
        else:
            yield Message(at[0] if at else plain, kind, change.label, change.where[0])


def _picture_line(change: MapChange, kind: Message, old: Any, new: Any) -> Message:
    """A picture put on, swapped for another or taken off (the logo: of the map)."""
    step = 0 if old is None else (2 if new is None else 1)
    if change.kind == "map":
        return Message((LOGO_ADDED, LOGO_REPLACED, LOGO_REMOVED)[step])
    return Message((PICTURE_ADDED, PICTURE_REPLACED, PICTURE_REMOVED)[step], kind, change.label)


def conflict_line(conflict: MergeConflict) -> Message:
    kind = Message(KIND_NAMES.get(conflict.kind, conflict.kind))
    if conflict.field == "order":
        return Message(CONFLICT_ORDER, conflict.label or kind)
    if conflict.field == "":
        template = CONFLICT_DELETED_OURS if conflict.ours is None else CONFLICT_DELETED_THEIRS
        return Message(template, kind, conflict.label)
    ours = shown(json.loads(conflict.ours), conflict.field) if conflict.ours is not None else "—"
    theirs = shown(json.loads(conflict.theirs), conflict.field) if conflict.theirs is not None else "—"
    return Message(CONFLICT_FIELD, kind, conflict.label, conflict.field, ours, theirs)
