"""Replacing the whole map in one undo step: reload from disk, restore a backup.

Undo brings back the map as it was before, so a reload over unsaved work or
a restored backup never costs the user what they had on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ..model import JourneyMap
from .base import DocumentCommand, command_text
from .change import Change
from .document import CjmDocument

RELOAD = QT_TRANSLATE_NOOP("Commands", "Reload from Disk")
RESTORE_BACKUP = QT_TRANSLATE_NOOP("Commands", "Restore Backup")


class ReplaceMapCommand(DocumentCommand):
    """Put ``journey_map`` in place of the document's map (the old one is kept for undo)."""

    def __init__(self, doc: CjmDocument, journey_map: JourneyMap, label: str = RELOAD) -> None:
        super().__init__(doc, command_text(label))
        self.new = journey_map
        self.old = doc.map

    def apply(self) -> None:
        self.doc.map = self.new

    def revert(self) -> None:
        self.doc.map = self.old

    def touched(self) -> Change:
        return Change.everything()
