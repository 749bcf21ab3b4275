"""States > Compare Side by Side: another state of the map in a dock below the canvas.

The dock shows the other state read-only in a canvas of its own (a document,
scene and view that live and die together, as the window's do), under the
window's canvas and as wide, scrolled and zoomed with it, so each stage of one
state is right above the same stage of the other. It follows the map: after every edit, switch or undo it shows the
other state as the map now holds it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QLabel

from ...canvas import MapScene, MapView
from ...commands import CjmDocument
from ...i18n import fill, tr
from ...model import states as st
from ..docks.follow import DocumentFollower

if TYPE_CHECKING:  # pragma: no cover
    from ..window.main_window import MainWindow


class SideBySide:
    """The dock with the other state, and the links that keep it beside the window's canvas."""

    def __init__(self, window: "MainWindow") -> None:
        self.window = window
        self.dock = QDockWidget(tr("Side by Side"), window)
        self.dock.setObjectName("SideBySideDock")
        self.dock.setWidget(QLabel())
        # under the canvas only (the side docks keep their corners), so both canvases line up
        window.setCorner(Qt.BottomLeftCorner, Qt.LeftDockWidgetArea)
        window.setCorner(Qt.BottomRightCorner, Qt.RightDockWidgetArea)
        window.addDockWidget(Qt.BottomDockWidgetArea, self.dock)
        self.dock.hide()
        self.dock.visibilityChanged.connect(lambda shown: None if shown else self._drop_view())
        self.state: Optional[tuple[Optional[str]]] = None  # (state id,) while shown
        self.view: Optional[MapView] = None
        self.doc: Optional[CjmDocument] = None
        self._follower = DocumentFollower(self.refresh)

    def follow(self, doc) -> None:
        """A new document in the window: nothing shown beside it."""
        self._follower.follow(doc)
        self.state = None
        self.dock.hide()
        self._drop_view()

    def show_state(self, state_id: Optional[str]) -> bool:
        if state_id not in st.state_ids(self.window.doc.map):
            return False
        self.state = (state_id,)
        self.dock.show()
        self.dock.raise_()
        self.window.resizeDocks([self.dock], [max(200, self.window.height() * 2 // 5)], Qt.Vertical)
        self.refresh()
        return True

    def refresh(self, change=None) -> None:
        """Show the other state again: after a switch, an undo of one, a reload (an edit
        changes only the state shown, so it matters only when that is the other state)."""
        m = self.window.doc.map if self.window.doc is not None else None
        if self.state is None or m is None or not self.dock.isVisible():
            return
        state_id = self.state[0]
        if change is not None and not change.reset and state_id != st.shown_state(m):
            return
        if state_id not in st.state_ids(m):  # deleted since
            self.state = None
            self.dock.hide()
            return
        self.dock.setWindowTitle(fill(tr("Side by Side: %1"), st.state_name(m, state_id)))
        self._drop_view()
        self.doc = CjmDocument(st.content_only(st.map_of_state(m, state_id)).model_copy(deep=True), parent=self.dock)
        self.view = MapView(MapScene(self.doc))
        self.view.setInteractive(False)  # to look at, not to edit
        self.view.setFocusPolicy(Qt.NoFocus)
        self.dock.setWidget(self.view)
        self._link(self.window.view, self.view)

    def _link(self, main: MapView, side: MapView) -> None:
        """Zoom and scroll the side view with the window's canvas."""
        side.set_zoom(main.zoom())
        main.zoom_changed.connect(side.set_zoom)
        for ours, theirs in ((main.horizontalScrollBar(), side.horizontalScrollBar()),
                             (main.verticalScrollBar(), side.verticalScrollBar())):
            theirs.setValue(ours.value())
            ours.valueChanged.connect(theirs.setValue)

    def _drop_view(self) -> None:
        """The side document, scene and view go together (the window's canvas keeps no link to them)."""
        view, doc, self.view, self.doc = self.view, self.doc, None, None
        if view is not None:
            main = self.window.view
            if main is not None:
                for signal, slot in ((main.zoom_changed, view.set_zoom),
                                     (main.horizontalScrollBar().valueChanged, view.horizontalScrollBar().setValue),
                                     (main.verticalScrollBar().valueChanged, view.verticalScrollBar().setValue)):
                    try:
                        signal.disconnect(slot)
                    except (RuntimeError, TypeError):  # already gone with the window's old view
                        pass
            self.dock.setWidget(QLabel())
            view.close_map()
        if doc is not None:
            doc.deleteLater()
