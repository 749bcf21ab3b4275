"""Navigation: Shift+wheel scrolls sideways; the pinned lane-title column is capped
in screen pixels when zoomed in."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from cjm_desktop.templates import build_map

from .conftest import make_canvas


def _wheel(view, delta_y: int, modifiers) -> None:
    vp = view.viewport()
    pos = QPointF(400, 300)
    event = QWheelEvent(pos, vp.mapToGlobal(pos), QPoint(0, 0), QPoint(0, delta_y), Qt.NoButton, modifiers,
                        Qt.NoScrollPhase, False)
    QApplication.sendEvent(vp, event)


def test_shift_wheel_scrolls_sideways(qtbot):
    canvas = make_canvas(qtbot, build_map("5a", "vi"), size=(900, 600))
    hbar, vbar = canvas.view.horizontalScrollBar(), canvas.view.verticalScrollBar()
    assert hbar.maximum() > 0
    _wheel(canvas.view, -240, Qt.ShiftModifier)  # two notches towards the user: to the right
    assert hbar.value() > 0 and vbar.value() == 0
    right = hbar.value()
    _wheel(canvas.view, 120, Qt.ShiftModifier)
    assert 0 <= hbar.value() < right and vbar.value() == 0
    _wheel(canvas.view, -120, Qt.NoModifier)  # the plain wheel still scrolls down
    assert vbar.value() > 0


def _shown_width_px(canvas, item) -> float:
    rect = item.mapRectToScene(item.boundingRect())
    return canvas.view.mapFromScene(rect.topRight()).x() - canvas.view.mapFromScene(rect.topLeft()).x()


def test_the_pinned_lane_column_is_capped_at_200_percent(qtbot):
    canvas = make_canvas(qtbot, build_map("5a", "vi"), size=(900, 600))
    view, scene = canvas.view, canvas.scene
    view.set_zoom(2.0)
    view.horizontalScrollBar().setValue(0)
    lane = scene.lane_item(canvas.map.lanes[0].id)
    natural = _shown_width_px(canvas, lane)
    assert natural > 0.4 * view.viewport().width()  # at the map's left edge it is whole
    for _ in range(10):
        _wheel(view, -240, Qt.ShiftModifier)
    assert view.horizontalScrollBar().value() > natural
    for lane_id in (canvas.map.lanes[0].id, canvas.map.lanes[-1].id):
        item = scene.lane_item(lane_id)
        assert _shown_width_px(canvas, item) <= 0.25 * view.viewport().width() + 1
        assert view.mapFromScene(item.scenePos()).x() <= 1  # still pinned at the left edge
    assert _shown_width_px(canvas, scene.corner) == _shown_width_px(canvas, lane)
    view.horizontalScrollBar().setValue(0)
    assert abs(_shown_width_px(canvas, lane) - natural) < 1
