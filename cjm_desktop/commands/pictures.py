"""SetPictureCommand: put a picture on a card, a stage, a persona or the map (logo), or take it off.

The picture goes into the map's image table under its content id (once, however
many objects show it) and the object names that id. Undo only puts the old
reference back: the table keeps the picture, so redo needs nothing else, and
saving drops pictures nothing shows (:mod:`cjm_desktop.io.writing`).
"""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ..model import ObjectKind, images
from .base import DocumentCommand, command_text, find_index
from .change import Change
from .document import CjmDocument

#: (collection or "" for the map, field) a picture can be set on
TARGETS = {
    ObjectKind.CARDS: "image",
    ObjectKind.STAGES: "image",
    ObjectKind.PERSONAS: "portrait",
    "map": "logo",
}
SET_PICTURE = QT_TRANSLATE_NOOP("Commands", "Set Picture")
REMOVE_PICTURE = QT_TRANSLATE_NOOP("Commands", "Remove Picture")


class SetPictureCommand(DocumentCommand):
    """Show ``uri`` (a checked PNG/JPEG data URI; None removes the picture) on one object.

    ``kind`` is ``ObjectKind.CARDS``, ``STAGES``, ``PERSONAS`` or ``"map"`` (the logo).
    """

    def __init__(self, doc: CjmDocument, kind, object_id: Optional[str], uri: Optional[str]) -> None:
        super().__init__(doc, command_text(SET_PICTURE if uri else REMOVE_PICTURE))
        self.kind = kind
        self.object_id = object_id
        self.field = TARGETS[kind]
        self.uri = uri
        self.new = images.image_id(uri) if uri else None
        self.old = getattr(self._target(), self.field)

    def _target(self):
        if self.kind == "map":
            return self.map
        items = getattr(self.map, str(self.kind))
        if self.kind == ObjectKind.CARDS:
            return items[self.doc.card_position(self.object_id)]
        return items[find_index(items, self.object_id)]

    def apply(self) -> None:
        if self.uri is not None:
            self.map.images.setdefault(self.new, self.uri)
        setattr(self._target(), self.field, self.new)

    def revert(self) -> None:
        setattr(self._target(), self.field, self.old)

    def touched(self) -> Change:
        if self.kind == "map":
            return Change(map_fields=True)
        return Change.of(ObjectKind(self.kind), [self.object_id])
