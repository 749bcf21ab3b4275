"""ChangesPanel: the shared body of the Compare and Conflicts docks: a title
line, a list of one-line entries (plain text) and a row of buttons; stepping
through the list (next / previous, or a click) asks to show the entry's object."""

from __future__ import annotations

from typing import Callable, Optional

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

ID_ROLE = Qt.UserRole + 1


class ChangesDock(QDockWidget):
    """A dock listing entries; ``show_requested(object_id)`` when one is chosen."""

    show_requested = Signal(str)

    def __init__(self, title: str, object_name: str, parent: Optional[QWidget] = None) -> None:
        super().__init__(title, parent)
        self.setObjectName(object_name)
        body = QWidget()
        layout = QVBoxLayout(body)
        self.header = QLabel()
        self.header.setTextFormat(Qt.PlainText)
        self.header.setWordWrap(True)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.ElideRight)
        self.list.currentItemChanged.connect(self._chosen)
        self.buttons = QHBoxLayout()
        layout.addWidget(self.header)
        layout.addWidget(self.list, 1)
        layout.addLayout(self.buttons)
        self.setWidget(body)

    def add_button(self, text: str, tip: str, slot: Callable, shortcut: Optional[str] = None) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        if shortcut:
            button.setShortcut(shortcut)
        button.clicked.connect(lambda _checked=False: slot())
        self.buttons.addWidget(button)
        return button

    def set_entries(self, entries: list[tuple[str, str, str]]) -> None:
        """``(text, object id, entry id)`` each; the current entry is kept if it is still there."""
        current = self.current_entry()
        self.list.blockSignals(True)
        self.list.clear()
        for text, object_id, entry_id in entries:
            item = QListWidgetItem(text)  # a list item shows plain text
            item.setData(Qt.UserRole, object_id)
            item.setData(ID_ROLE, entry_id)
            item.setToolTip(text)
            self.list.addItem(item)
            if entry_id == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)

    def current_entry(self) -> Optional[str]:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def step(self, delta: int) -> None:
        """The next (+1) or previous (-1) entry, round the end."""
        n = self.list.count()
        if n:
            row = self.list.currentRow()
            self.list.setCurrentRow((row + delta) % n if row >= 0 else (0 if delta > 0 else n - 1))

    def _chosen(self, item, _previous=None) -> None:
        if item is not None and item.data(Qt.UserRole):
            self.show_requested.emit(item.data(Qt.UserRole))
