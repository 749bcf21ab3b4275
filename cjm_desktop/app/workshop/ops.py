"""The workshop in one window: View > Voting Mode, View > Workshop Settings… and
the Vote Results dock, kept on the document the window shows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from ...i18n import tr
from .results_dock import ResultsDock
from .settings_dialog import edit_workshop
from .voting import VotingMode

if TYPE_CHECKING:  # pragma: no cover
    from ..window.main_window import MainWindow

STATUS_MS = 8000


class WorkshopOps:
    """Made once per window; :meth:`follow` after each new document."""

    def __init__(self, window: "MainWindow", menu: QMenu) -> None:
        self.window = window
        self.voting = VotingMode(window.editor, lambda: window.view, window)
        self.voting_action = QAction(tr("&Voting Mode"), window)
        self.voting_action.setCheckable(True)
        self.voting_action.setToolTip(tr("Click cards to put the participant's dots on them"))
        self.voting_action.toggled.connect(self._toggled)
        self.settings_action = QAction(tr("&Workshop Settings…"), window)
        self.settings_action.triggered.connect(lambda: edit_workshop(window.editor, window))
        self.dock = ResultsDock(window)
        self.dock.vote_button.setDefaultAction(self.voting_action)
        self.dock.settings_button.clicked.connect(self.settings_action.trigger)
        self.dock.clear_button.clicked.connect(lambda: window.editor.clear_votes())
        self.dock.participant_changed.connect(self.voting.set_participant)
        self.dock.card_requested.connect(self._show_card)
        self.voting.message.connect(lambda text: window.statusBar().showMessage(text, STATUS_MS))
        window.addDockWidget(Qt.RightDockWidgetArea, self.dock)
        window.tabifyDockWidget(window.personas_dock, self.dock)
        window.inspector.raise_()
        menu.addAction(self.voting_action)
        menu.addAction(self.settings_action)
        menu.addAction(self.dock.toggleViewAction())
        menu.addSeparator()

    def follow(self) -> None:
        """The window shows another document (and view)."""
        self.voting_action.setChecked(False)
        self.voting.follow()
        self.dock.set_document(self.window.doc)
        self.voting.set_participant(self.dock.current_participant)

    def _toggled(self, on: bool) -> None:
        self.voting.set_active(on)
        if on:
            self.dock.show()
            self.dock.raise_()
        else:
            self.window.statusBar().clearMessage()

    def _show_card(self, card_id: str) -> None:
        if card_id and self.window.scene is not None and self.window.scene.card_item(card_id) is not None:
            self.window.scene.select_ids({"cards": [card_id]})
            self.window.view.reveal([card_id])
