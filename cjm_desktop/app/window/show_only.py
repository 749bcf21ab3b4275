"""View > Show Only: show one persona's cards (by tag), one lane kind's, or those with open comments or
dot votes, and say in the status bar what is hidden.

A view setting, not an edit: no undo step, the map and its file are unchanged.
The filter is not kept in the ``.cjm`` file's view state (that would change the
file format); it is remembered per map file in the user's settings instead.
Hidden cards leave a "n hidden" mark in their cell (:mod:`cjm_desktop.layout.filtered`).
Exports always show every card.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Optional

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QLabel, QMenu

from ...i18n import fill, number, tr
from ...model import LaneKind
from ...model.card_filter import MARKS, OPEN_COMMENTS, VOTED, CardFilter
from ..settings.store import app_settings
from .labels import lane_kind_name

if TYPE_CHECKING:  # pragma: no cover
    from .main_window import MainWindow


class ShowOnly:
    """The View > Show Only menu of one window and its status-bar note."""

    def __init__(self, window: "MainWindow", menu: QMenu) -> None:
        self.window = window
        self.menu = menu.addMenu(tr("Show &Only"))
        self.menu.setToolTipsVisible(True)
        self.menu.aboutToShow.connect(self._fill)
        menu.addSeparator()
        self.note = QLabel()
        self.note.setObjectName("ShowOnlyNote")
        self.note.hide()
        window.statusBar().insertPermanentWidget(0, self.note)

    @property
    def current(self) -> CardFilter:
        scene = self.window.scene
        return scene.shown.filter if scene is not None else CardFilter()

    def _fill(self) -> None:
        """All cards, each persona, each lane kind of the map: one choice at a time."""
        self.menu.clear()
        group = QActionGroup(self.menu)
        current = self.current
        m = self.window.doc.map

        def choice(text: str, card_filter: CardFilter) -> QAction:
            action = self.menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(card_filter == current)
            action.setActionGroup(group)
            action.triggered.connect(lambda _c=False, f=card_filter: self.set(f))
            return action

        everything = choice(tr("&All Cards"), CardFilter())
        everything.setToolTip(tr("Show every card again"))
        self.menu.addSeparator()
        for persona in m.personas:
            action = choice(persona.name or tr("(no name)"), CardFilter(persona_id=persona.id))
            action.setToolTip(fill(tr("Only the cards tagged with %1"), persona.name))
        self.menu.addSeparator()
        for kind in dict.fromkeys(lane.kind for lane in m.lanes):
            choice(lane_kind_name(kind), CardFilter(lane_kind=kind))
        self.menu.addSeparator()
        for marked, text in self._marks().items():
            choice(text, CardFilter(marked=marked))

    @staticmethod
    def _marks() -> dict[str, str]:
        return {OPEN_COMMENTS: tr("Cards with Open Comments"), VOTED: tr("Cards with Votes")}

    def set(self, card_filter: CardFilter) -> None:
        """Show only what ``card_filter`` lets through (CardFilter(): every card)."""
        if self.window.scene is not None:
            self.window.scene.set_card_filter(card_filter)
        self._remember(card_filter)
        self.refresh()

    def follow(self) -> None:
        """A new document: the filter this user last had on its file, if any."""
        key = self._key()
        value = app_settings().value(key, "") if key else ""
        kind, _, what = str(value or "").partition(":")
        card_filter = CardFilter()
        if kind == "persona" and any(p.id == what for p in self.window.doc.map.personas):
            card_filter = CardFilter(persona_id=what)
        elif kind == "lane" and what in {k.value for k in LaneKind}:
            card_filter = CardFilter(lane_kind=LaneKind(what))
        elif kind == "marked" and what in MARKS:
            card_filter = CardFilter(marked=what)
        if card_filter.active and self.window.scene is not None:
            self.window.scene.set_card_filter(card_filter)
        self.refresh()

    def _key(self) -> Optional[str]:
        path = self.window.doc.path if self.window.doc is not None else None
        if path is None:
            return None
        return "show_only/" + hashlib.sha1(str(path.resolve()).encode("utf-8")).hexdigest()[:20]

    def _remember(self, card_filter: CardFilter) -> None:
        key = self._key()
        if key is None:
            return
        settings = app_settings()
        if card_filter.persona_id:
            settings.setValue(key, "persona:" + card_filter.persona_id)
        elif card_filter.lane_kind is not None:
            settings.setValue(key, "lane:" + card_filter.lane_kind.value)
        elif card_filter.marked in MARKS:
            settings.setValue(key, "marked:" + card_filter.marked)
        else:
            settings.remove(key)

    def refresh(self) -> None:
        """The status-bar note: what is shown and how many cards are hidden."""
        scene = self.window.scene
        if scene is None or not scene.shown.active:
            self.note.hide()
            return
        f, m = scene.shown.filter, self.window.doc.map
        if f.persona_id:
            name = next((p.name for p in m.personas if p.id == f.persona_id), "")
        elif f.marked in MARKS:
            name = self._marks()[f.marked]
        else:
            name = lane_kind_name(f.lane_kind)
        self.note.setText(fill(tr("Showing only: %1 (%2 cards hidden)"), name, number(len(scene.shown.hidden))))
        self.note.show()
