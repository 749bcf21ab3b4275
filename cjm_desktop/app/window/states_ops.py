"""StatesOps: the window's part for the map's states (format version 4).

It owns the tab bar above the canvas (:mod:`.state_tabs`) and the States
menu, follows the window's document and turns each request into one editor
verb (:class:`~cjm_desktop.editing.state_verbs.StateVerbs`). Each state
remembers its own zoom and scroll position in this window: the view of the
state left is kept, and the state shown again comes back where it was.
Compare With State hands the comparison to the window's :class:`~cjm_desktop.app.teams.ops.TeamOps`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from ...i18n import tr
from ...model import states as st
from ..docks.follow import DocumentFollower
from ..teams.side_by_side import SideBySide
from .actions import tooltip
from .state_tabs import CURRENT, StatesBar

if TYPE_CHECKING:  # pragma: no cover
    from .main_window import MainWindow


def _state_id(data: str) -> Optional[str]:
    return None if data == CURRENT else data


class StatesOps:
    """The tab bar, the States menu and the per-state views of one window."""

    def __init__(self, window: "MainWindow", layout) -> None:
        self.window = window
        self.bar = StatesBar(window)
        layout.addWidget(self.bar)
        self.bar.show_requested.connect(lambda data: self.show(_state_id(data)))
        self.bar.rename.connect(lambda data, name: self.window.editor.rename_state(_state_id(data), name))
        self.bar.order_dropped.connect(self._order_dropped)
        self.bar.new_requested.connect(self.new_state)
        self.bar.tabs.setContextMenuPolicy(Qt.CustomContextMenu)
        self.bar.tabs.customContextMenuRequested.connect(
            lambda pos: self._show_menu(self.tab_menu(self.bar.tabs.tabAt(pos)), self.bar.tabs.mapToGlobal(pos)))
        self._follower = DocumentFollower(self.refresh)
        self.side = SideBySide(window)  # States > Compare Side by Side
        self._shown: Optional[str] = None
        self._views: dict[Optional[str], tuple[float, float, float]] = {}
        self.menu = self._make_menu()

    def _action(self, text: str, slot, keys: str = "") -> QAction:
        action = QAction(text, self.window)
        if keys:
            action.setShortcut(QKeySequence(keys))
        action.setToolTip(tooltip(text, action.shortcut()))
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)
        return action

    def _make_menu(self) -> QMenu:
        menu = QMenu(tr("&States"), self.window)
        self.new_action = self._action(tr("&New Future State From This One"), self.new_state)
        self.rename_action = self._action(tr("&Rename State…"), self.rename_shown)
        self.next_action = self._action(tr("Ne&xt State"), lambda: self.step(1), "Ctrl+PgDown")
        self.previous_action = self._action(tr("&Previous State"), lambda: self.step(-1), "Ctrl+PgUp")
        self.left_action = self._action(tr("Move State &Left"), lambda: self.move_shown(-1))
        self.right_action = self._action(tr("Move State Ri&ght"), lambda: self.move_shown(1))
        self.delete_action = self._action(tr("&Delete State"), self.delete_shown)
        menu.addActions([self.new_action, self.rename_action])
        menu.addSeparator()
        menu.addActions([self.next_action, self.previous_action, self.left_action, self.right_action])
        menu.addSeparator()
        self.compare_menu = menu.addMenu(tr("&Compare With State"))
        self.compare_menu.aboutToShow.connect(lambda: self._fill_states(self.compare_menu, self.window.team.compare_state))
        self.side_menu = menu.addMenu(tr("Compare &Side by Side"))
        self.side_menu.aboutToShow.connect(lambda: self._fill_states(self.side_menu, self.side.show_state))
        menu.addSeparator()
        menu.addAction(self.delete_action)
        bar = self.window.menuBar()
        help_action = bar.actions()[-1] if bar.actions() else None
        bar.insertMenu(help_action, menu)
        return menu

    # -- following the document ---------------------------------------------------------------
    def follow(self, doc) -> None:
        self._follower.follow(doc)
        self.side.follow(doc)
        self._views.clear()
        saved = doc.view.states if doc.view is not None else {}
        self._views.update({sid: (v.zoom, v.scroll_x, v.scroll_y) for sid, v in saved.items()})
        self._shown = st.shown_state(doc.map)
        self.refresh()

    def refresh(self, _change=None) -> None:
        doc = self.window.doc
        if doc is None:
            return
        m = doc.map
        shown = st.shown_state(m)
        entries = [(sid or CURRENT, st.state_name(m, sid)) for sid in st.state_ids(m)]
        self.bar.set_states(entries, shown or CURRENT)
        future = shown is not None
        index = [s.id for s in m.states].index(shown) if future else -1
        self.delete_action.setEnabled(future)
        self.left_action.setEnabled(index > 0)
        self.right_action.setEnabled(future and index < len(m.states) - 1)
        self.next_action.setEnabled(len(entries) > 1)
        self.previous_action.setEnabled(len(entries) > 1)
        self.compare_menu.setEnabled(len(entries) > 1)
        self.side_menu.setEnabled(len(entries) > 1)
        if shown != self._shown:
            self._shown = shown
            saved = self._views.get(shown)
            if saved is not None:
                QTimer.singleShot(0, lambda v=self.window.view, s=saved: self._restore_view(v, s))

    # -- the verbs -------------------------------------------------------------------------------
    def show(self, state_id: Optional[str]) -> bool:
        window = self.window
        window.commit_pending_edits()
        self._remember_view()
        return window.editor.show_state(state_id)

    def new_state(self) -> Optional[str]:
        self.window.commit_pending_edits()
        self._remember_view()
        return self.window.editor.new_future_state()

    def step(self, delta: int) -> bool:
        ids = st.state_ids(self.window.doc.map)
        here = ids.index(st.shown_state(self.window.doc.map))
        return self.show(ids[(here + delta) % len(ids)]) if len(ids) > 1 else False

    def rename_shown(self) -> None:
        self.bar.start_rename(self.bar.tabs.currentIndex())

    def move_shown(self, delta: int) -> bool:
        m = self.window.doc.map
        shown = st.shown_state(m)
        if shown is None:
            return False
        index = [s.id for s in m.states].index(shown)
        return self.window.editor.move_state(shown, index + delta)

    def delete_shown(self) -> bool:
        return self.window.editor.delete_state(st.shown_state(self.window.doc.map))

    def _order_dropped(self, order: list) -> None:
        """A tab dragged to another place: one move of that state (the current state stays first)."""
        m = self.window.doc.map
        before = [s.id for s in m.states]
        after = [data for data in order if data != CURRENT]
        moved = next((sid for sid in before
                      if [x for x in before if x != sid] == [x for x in after if x != sid]), None)
        if order[:1] != [CURRENT] or moved is None or not self.window.editor.move_state(moved, after.index(moved)):
            self.bar.set_states([], "")  # put the tabs back as the map has them
            self.refresh()

    def _fill_states(self, menu: QMenu, slot) -> None:
        """One entry per state other than the one shown, calling ``slot(state id)``."""
        menu.clear()
        m = self.window.doc.map
        shown = st.shown_state(m)
        for sid in st.state_ids(m):
            if sid != shown:
                menu.addAction(st.state_name(m, sid)).triggered.connect(lambda _c=False, s=sid: slot(s))

    def tab_menu(self, index: int) -> Optional[QMenu]:
        """The context menu of a tab: rename it, compare the state shown with it, delete it."""
        if index < 0:
            return None
        sid = _state_id(self.bar.tabs.tabData(index))
        menu = QMenu(self.bar)
        menu.addAction(tr("&Rename State…")).triggered.connect(lambda _c=False: self.bar.start_rename(index))
        if sid != st.shown_state(self.window.doc.map):
            menu.addAction(tr("&Compare With State")).triggered.connect(
                lambda _c=False: self.window.team.compare_state(sid))
        if sid is not None:
            menu.addAction(tr("&Delete State")).triggered.connect(lambda _c=False: self.window.editor.delete_state(sid))
        return menu

    @staticmethod
    def _show_menu(menu: Optional[QMenu], pos) -> None:
        if menu is not None:
            menu.exec(pos)
            menu.deleteLater()

    # -- each state's view -------------------------------------------------------------------------
    def _remember_view(self) -> None:
        view = self.window.view
        if view is not None:
            top_left = view.mapToScene(0, 0)
            self._views[st.shown_state(self.window.doc.map)] = (view.zoom(), top_left.x(), top_left.y())

    def file_views(self, values: dict) -> dict:
        """The view fields to save, from ``values`` (zoom and scroll of the state shown):
        the current state's in the fields, each future state's in ``states``."""
        from ...io.view_state import ZOOM_MAX, ZOOM_MIN, StateView

        m = self.window.doc.map
        views = dict(self._views)
        views[st.shown_state(m)] = (values["zoom"], values["scroll_x"], values["scroll_y"])
        current = views.pop(None, None)
        out = dict(values)
        if current is not None:
            out.update(zoom=current[0], scroll_x=current[1], scroll_y=current[2])
        known = set(st.state_ids(m))
        out["states"] = {sid: StateView(zoom=max(ZOOM_MIN, min(ZOOM_MAX, z)), scroll_x=max(0.0, x),
                                        scroll_y=max(0.0, y))
                         for sid, (z, x, y) in views.items() if sid in known}
        return out

    def _restore_view(self, view, saved: tuple[float, float, float]) -> None:
        if view is not self.window.view:
            return
        zoom, x, y = saved
        view.set_zoom(zoom)
        top_left = view.mapToScene(0, 0)
        scale = view.transform().m11()
        hbar, vbar = view.horizontalScrollBar(), view.verticalScrollBar()
        hbar.setValue(hbar.value() + round((x - top_left.x()) * scale))
        vbar.setValue(vbar.value() + round((y - top_left.y()) * scale))
