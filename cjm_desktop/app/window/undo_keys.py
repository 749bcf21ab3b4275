"""Ctrl+Z and Ctrl+Shift+Z in a field of the Inspector or the Personas dock undo
the map (one step per typing burst), not the field's private history.

A line edit claims those keys for itself (it accepts their ``ShortcutOverride``);
an event filter that refuses the claim lets the window's Undo and Redo actions
have them. The filter sits on the focused field only, moving with the focus: on
every field of the docks it saw each of their events, ~3,500 in an edit that
rebuilt the Personas dock's rows.
"""

from __future__ import annotations

from typing import Optional, Sequence

import shiboken6
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QWidget


class UndoKeysToDocument(QObject):
    """Made once per window; :attr:`docks` are the docks whose fields it serves."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.docks: Sequence[QWidget] = ()
        self._on: Optional[QWidget] = None  # the field it sits on
        QApplication.instance().focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: Optional[QWidget], new: Optional[QWidget]) -> None:
        if self._on is not None and shiboken6.isValid(self._on):
            self._on.removeEventFilter(self)
        self._on = None
        if new is not None and any(dock.isAncestorOf(new) for dock in self.docks):
            new.installEventFilter(self)
            self._on = new

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.ShortcutOverride and (event.matches(QKeySequence.Undo) or event.matches(QKeySequence.Redo)):
            event.ignore()
            return True
        return False
