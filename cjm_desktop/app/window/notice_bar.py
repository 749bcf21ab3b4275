"""A slim, non-modal bar above the canvas that tells the user something about
the open file (changed on disk, open elsewhere) and offers what to do.

It never blocks: the map stays editable while the bar is shown.
"""

from __future__ import annotations

from typing import Callable, Optional, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from ...i18n import tr


class NoticeBar(QWidget):
    """One line of text, a few action buttons and a close button."""

    def __init__(self, name: str, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("NoticeBar")
        self.setProperty("notice", name)
        self.setAttribute(Qt.WA_StyledBackground, True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 5, 6, 5)
        layout.setSpacing(8)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.PlainText)
        layout.addWidget(self.label, 1)
        self._buttons_at = layout.count()
        self.buttons: dict[str, QPushButton] = {}
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(tr("Hide this message"))
        close.clicked.connect(self.dismiss)
        layout.addWidget(close)
        self.close_button = close
        self.hide()

    def show_notice(self, text: str, actions: Sequence[tuple[str, Callable[[], None]]] = ()) -> None:
        """Show ``text`` with one button per (label, callback); a button also hides the bar."""
        for button in self.buttons.values():
            button.setParent(None)
            button.deleteLater()
        self.buttons = {}
        self.label.setText(text)
        layout = self.layout()
        for i, (label, callback) in enumerate(actions):
            button = QPushButton(label)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, cb=callback: (self.dismiss(), cb()))
            layout.insertWidget(self._buttons_at + i, button)
            self.buttons[label.replace("&", "")] = button
        self.show()

    def dismiss(self) -> None:
        self.hide()

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""
