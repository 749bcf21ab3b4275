"""Voting mode: while it is on, a click on a card puts the current participant's
dot on it; a right-click or Shift+click takes one of their dots back.

An event filter on the map view's viewport takes the clicks that land on a
card before the canvas sees them (no selection, no drag); clicks elsewhere
(scrolling, panning) go on as usual. Each dot is one undo step through the
map editor; what happened, or why not, is said in the status bar.
"""

from __future__ import annotations

from typing import Callable, Optional

from PySide6.QtCore import QEvent, QObject, Qt, Signal

from ...editing.workshop_verbs import participant_label
from ...i18n import fill, tr
from ...model.votes import ANONYMOUS, dots_left


class VotingMode(QObject):
    """The clicks of voting on one window's map view."""

    # a sentence for the status bar
    message = Signal(str)
    # voting turned on or off
    toggled = Signal(bool)

    def __init__(self, editor, view: Callable[[], Optional[object]], parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self._view = view  # the window's current MapView
        self.active = False
        self.participant = ANONYMOUS
        self._viewport = None

    def follow(self) -> None:
        """Watch the view the window shows now (a new map brings a new view)."""
        if self._viewport is not None:
            try:
                self._viewport.removeEventFilter(self)
            except RuntimeError:  # the old view is gone already
                pass
        view = self._view()
        self._viewport = view.viewport() if view is not None else None
        if self._viewport is not None:
            self._viewport.installEventFilter(self)
            self._show_cursor()

    def set_active(self, on: bool) -> None:
        if on == self.active:
            return
        self.active = on
        self._show_cursor()
        self.toggled.emit(on)
        if on:
            self.message.emit(self.dots_left_text())

    def set_participant(self, name: str) -> None:
        self.participant = name
        if self.active:
            self.message.emit(self.dots_left_text())

    def dots_left_text(self) -> str:
        m = self.editor.doc.map
        return fill(tr("Voting as %1: %2 of %3 dots left. Click a card to put a dot; right-click or Shift+click takes one back."),
                    participant_label(self.participant), dots_left(m, self.participant),
                    m.workshop.dots_per_participant)

    def _show_cursor(self) -> None:
        if self._viewport is None:
            return
        try:
            if self.active:
                self._viewport.setCursor(Qt.PointingHandCursor)
            else:
                self._viewport.unsetCursor()
        except RuntimeError:  # the view closed with its map
            self._viewport = None

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if not self.active or watched is not self._viewport:
            return False
        kind = event.type()
        if kind not in (QEvent.MouseButtonPress, QEvent.MouseButtonRelease, QEvent.MouseButtonDblClick,
                        QEvent.ContextMenu):
            return False
        view = self._view()
        card_id = self._card_at(view, event.position().toPoint() if kind != QEvent.ContextMenu else event.pos())
        if card_id is None:
            return False
        if kind == QEvent.MouseButtonPress:
            take = event.button() == Qt.RightButton or bool(event.modifiers() & Qt.ShiftModifier)
            if event.button() in (Qt.LeftButton, Qt.RightButton):
                self._vote(card_id, take)
        return True  # releases, double-clicks and the context menu on a card are voting's too

    def _card_at(self, view, pos) -> Optional[str]:
        if view is None or view.scene() is None:
            return None
        item = view.scene().card_item_at(view.mapToScene(pos))
        return item.card_id if item is not None else None

    def _vote(self, card_id: str, take: bool) -> None:
        verb = self.editor.take_dot if take else self.editor.put_dot
        refused = verb(card_id, self.participant)
        self.message.emit(refused or self.dots_left_text())
