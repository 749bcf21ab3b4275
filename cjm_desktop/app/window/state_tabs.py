"""The tab bar above the canvas: one tab per state of the map, the current state first.

A widget only: it shows the states it is given and says what the user asked
(show a state, rename one in place, a tab dropped at another place, a new
state); :mod:`.states_ops` turns the requests into editor verbs. A tab's name
is edited in place by a double-click (Enter keeps it, Esc cancels).
"""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QTabBar, QToolButton, QWidget

from ...i18n import tr

#: The tab data of the current state (a future state's is its id).
CURRENT = ""
#: The state shown is underlined in the header colour of the map, the others plain.
TAB_STYLE = """
QTabBar#StateTabs::tab { padding: 4px 14px; border: none; border-bottom: 3px solid transparent; }
QTabBar#StateTabs::tab:selected { border-bottom: 3px solid #3d5a80; color: #1d3557; }
QTabBar#StateTabs::tab:hover:!selected { background: rgba(61, 90, 128, 0.08); }
"""


class _NameEdit(QLineEdit):
    """The in-place editor of a tab's name: Enter keeps, Esc or leaving cancels nothing but itself."""

    cancelled = Signal()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key_Escape:
            self.cancelled.emit()
            return
        super().keyPressEvent(event)


class StateTabBar(QTabBar):
    """Tabs that can be dragged to another place and renamed by a double-click."""

    rename_requested = Signal(int)
    dropped = Signal()

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("StateTabs")
        self.setMovable(True)
        self.setExpanding(False)
        self.setDocumentMode(True)
        self.setDrawBase(False)
        self.setUsesScrollButtons(True)
        self.setElideMode(Qt.ElideRight)
        self.setFocusPolicy(Qt.TabFocus)
        self.setStyleSheet(TAB_STYLE)

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802 - Qt override
        index = self.tabAt(event.position().toPoint())
        if index >= 0:
            self.rename_requested.emit(index)
            return
        super().mouseDoubleClickEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().mouseReleaseEvent(event)
        self.dropped.emit()


class StatesBar(QWidget):
    """The tab bar and its "+" button (a new future state from the one shown)."""

    show_requested = Signal(str)  # the state's tab data
    rename = Signal(str, str)  # tab data, new name
    order_dropped = Signal(list)  # the future states' ids in the order the tabs show
    new_requested = Signal()

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("StatesBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 0)
        layout.setSpacing(2)
        self.tabs = StateTabBar(self)
        self.add_button = QToolButton(self)
        self.add_button.setText("+")
        self.add_button.setAutoRaise(True)
        self.add_button.setToolTip(tr("New future state, copied from the state shown"))
        self.add_button.clicked.connect(self.new_requested)
        layout.addWidget(self.tabs)
        layout.addWidget(self.add_button)
        layout.addStretch(1)
        self._filling = False
        self._entries: list[tuple[str, str]] = []
        self.editor: Optional[_NameEdit] = None
        self.tabs.currentChanged.connect(self._on_current)
        self.tabs.rename_requested.connect(self.start_rename)
        self.tabs.dropped.connect(self._on_dropped)

    def set_states(self, entries: list[tuple[str, str]], shown: str) -> None:
        """Show ``(tab data, name)`` pairs, the current state first, with ``shown`` selected."""
        self._filling = True
        try:
            if entries != self._entries or self.tabs.count() != len(entries):
                while self.tabs.count():
                    self.tabs.removeTab(0)
                for data, name in entries:
                    index = self.tabs.addTab(name)
                    self.tabs.setTabData(index, data)
                    self.tabs.setTabToolTip(index, name if data else tr("The current state (as found in research)"))
                self._entries = list(entries)
            self.tabs.setCurrentIndex(next((i for i, (data, _) in enumerate(entries) if data == shown), 0))
        finally:
            self._filling = False

    def tab_order(self) -> list[str]:
        return [self.tabs.tabData(i) for i in range(self.tabs.count())]

    def _on_current(self, index: int) -> None:
        if not self._filling and index >= 0:
            self.show_requested.emit(self.tabs.tabData(index))

    def _on_dropped(self) -> None:
        order = self.tab_order()
        if order != [data for data, _ in self._entries]:
            self.order_dropped.emit(order)

    # -- renaming in place ------------------------------------------------------------------
    def start_rename(self, index: int) -> None:
        self.finish_rename(keep=False)
        data = self.tabs.tabData(index)
        editor = self.editor = _NameEdit(self.tabs.tabText(index), self.tabs)
        editor.setGeometry(self.tabs.tabRect(index).adjusted(2, 2, -2, -2))
        editor.setMinimumWidth(120)
        editor.selectAll()
        editor.returnPressed.connect(lambda: self.finish_rename(True, data))
        editor.cancelled.connect(lambda: self.finish_rename(False))
        editor.editingFinished.connect(lambda: self.finish_rename(True, data))
        editor.show()
        editor.setFocus(Qt.OtherFocusReason)

    def finish_rename(self, keep: bool, data: Optional[str] = None) -> None:
        editor, self.editor = self.editor, None
        if editor is None:
            return
        name = editor.text()
        editor.hide()
        editor.deleteLater()
        if keep and data is not None:
            self.rename.emit(data, name)
