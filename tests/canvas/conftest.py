"""Fixtures for canvas tests: a real MapView over a MapScene, shown offscreen."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QApplication

from cjm_desktop.canvas import MapScene, MapView
from cjm_desktop.commands import CjmDocument
from tests.factories import small_map


@dataclass
class Canvas:
    doc: CjmDocument
    scene: MapScene
    view: MapView
    qtbot: object

    @property
    def map(self):
        return self.doc.map

    def at(self, x: float, y: float) -> QPoint:
        """Viewport pixel of a scene point."""
        return self.view.mapFromScene(QPointF(x, y))

    def card_center(self, card_id: str) -> QPoint:
        r = self.scene.layout.rect_of(card_id)
        return self.at(r.x + r.w / 2, r.y + r.h / 2)

    def drag(self, start: QPoint, end: QPoint, steps: int = 6, button=Qt.LeftButton, modifier=Qt.NoModifier) -> None:
        """Press, move in steps, release (always), like a user would."""
        vp = self.view.viewport()
        self.qtbot.mousePress(vp, button, modifier, start)
        try:
            for i in range(1, steps + 1):
                p = start + (end - start) * (i / steps)
                self.qtbot.mouseMove(vp, QPoint(round(p.x()), round(p.y())))
        finally:
            self.qtbot.mouseRelease(vp, button, modifier, end)

    def double_click(self, pos: QPoint) -> None:
        """Press, release, double-click, release - what a mouse sends (QTest's
        mouseDClick alone sends only the double-click event)."""
        vp = self.view.viewport()
        self.qtbot.mouseClick(vp, Qt.LeftButton, Qt.NoModifier, pos)
        self.qtbot.mouseDClick(vp, Qt.LeftButton, Qt.NoModifier, pos)
        self.qtbot.mouseRelease(vp, Qt.LeftButton, Qt.NoModifier, pos)

    def click(self, pos: QPoint, modifier=Qt.NoModifier) -> None:
        self.qtbot.mouseClick(self.view.viewport(), Qt.LeftButton, modifier, pos)

    def type(self, text: str) -> None:
        """Type text as a keyboard layout delivers it (one key event per character,
        so Vietnamese letters arrive precomposed, as from a Telex/VNI input method)."""
        for ch in text:
            for kind in (QEvent.KeyPress, QEvent.KeyRelease):
                QApplication.sendEvent(self.view, QKeyEvent(kind, 0, Qt.NoModifier, ch))

    def compose(self, text: str) -> None:
        """Commit text through the input method, as an IME does."""
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(self.view, event)

    def titles(self, stage_index: int, lane_index: int) -> list[str]:
        m = self.map
        return [c.title for c in m.cards_in(m.stages[stage_index].id, m.lanes[lane_index].id)]


def drop_map(view: MapView, doc: CjmDocument) -> None:
    """As the window drops a map: the view lets go of the scene, then the document
    goes with its scene, at once (Qt deletes them, not Python's collector later)."""
    view.close_map()
    shiboken6.delete(doc)


#: every canvas a test made, kept until the test is torn down: pytest-qt holds its
#: widgets weakly, so a view whose test dropped its last reference would be deleted
#: with its wrapper, its close function (drop_map) never run, and the document and
#: scene left for Python's collector, which deletes them in some later test
_LIVE: list[Canvas] = []


@pytest.fixture(autouse=True)
def _canvases_live_until_teardown():
    yield  # pytest-qt closes the widgets (drop_map) before fixtures are torn down
    _LIVE.clear()


def make_canvas(qtbot, journey_map, size=(1400, 900)) -> Canvas:
    doc = CjmDocument(journey_map)
    scene = MapScene(doc)
    view = MapView(scene)
    view.resize(*size)
    view.show()
    qtbot.addWidget(view, before_close_func=lambda _view: drop_map(_view, doc))
    qtbot.waitExposed(view)
    view.zoom_reset()
    view.horizontalScrollBar().setValue(0)
    view.verticalScrollBar().setValue(0)
    canvas = Canvas(doc, scene, view, qtbot)
    _LIVE.append(canvas)
    return canvas


@pytest.fixture
def canvas(qtbot):
    return make_canvas(qtbot, small_map())



def big_map(n_cards: int = 5000, n_stages: int = 20):
    """The benchmark map of the templates package (deterministic)."""
    from cjm_desktop.templates.generated import generate_map

    return generate_map(cards=n_cards, stages=n_stages)
