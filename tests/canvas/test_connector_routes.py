"""Connectors on the canvas run through the gutters (issue 13, point 9): what
the items draw is the layout's route, and it stays one after a card is dragged
with the mouse (dropped, or let go where nothing can be dropped)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPainterPath

from tests.canvas.conftest import make_canvas
from tests.layout.test_routing import check_no_overlap, check_routes
from tools.salon_example import build as salon


def _axis_aligned_runs(path: QPainterPath) -> int:
    """The straight runs of a drawn connector; each is horizontal or vertical."""
    runs = 0
    prev = None
    for i in range(path.elementCount()):
        e = path.elementAt(i)
        if e.isLineTo():
            assert abs(e.x - prev.x) < 1e-6 or abs(e.y - prev.y) < 1e-6, (prev.x, prev.y, e.x, e.y)
            runs += 1
        prev = e
    return runs


def _check_items(canvas) -> None:
    layout = canvas.scene.layout
    routes = {k.connector_id: k for k in layout.connectors}
    items = canvas.scene.items_by_id.connectors
    assert items and set(items) == set(routes)
    for cid, item in items.items():
        assert item.geometry == routes[cid]  # drawn as routed, not a preview
        drawn = item.scene_path()
        assert _axis_aligned_runs(drawn) >= 1
        start, end = drawn.elementAt(0), drawn.elementAt(drawn.elementCount() - 1)
        # drawn where the layout routed it (the line stops short of the arrow's tip)
        assert (start.x, start.y) == pytest.approx(routes[cid].start)
        assert abs(end.x - routes[cid].end[0]) + abs(end.y - routes[cid].end[1]) < 8
    check_routes(canvas.map, layout)
    check_no_overlap(layout)


def test_the_salon_example_on_the_canvas_draws_its_connectors_through_the_gutters(qtbot):
    canvas = make_canvas(qtbot, salon("vi"))
    _check_items(canvas)


def test_a_dragged_card_keeps_its_connector_in_the_gutters(canvas):
    m = canvas.map
    b0 = m.cards[3]
    link = canvas.scene.items_by_id.connectors[m.connectors[0].id]
    assert len(link.geometry.channels) == 1  # A0 -> B0: neighbouring columns, one gutter
    target = canvas.scene.layout.cells[(m.stages[2].id, m.lanes[0].id)]
    canvas.drag(canvas.card_center(b0.id), canvas.at(target.x + target.w / 2, target.y + 30))
    assert b0.stage_id == m.stages[2].id
    assert len(link.geometry.channels) == 3  # across a column: along the lane's bottom
    _check_items(canvas)
    canvas.doc.undo_stack.undo()
    assert len(link.geometry.channels) == 1
    _check_items(canvas)


def test_a_drag_let_go_off_the_cells_puts_the_connector_back_on_its_route(canvas):
    m = canvas.map
    link = canvas.scene.items_by_id.connectors[m.connectors[0].id]
    routed = link.geometry
    start = canvas.card_center(m.cards[0].id)
    header = canvas.scene.layout.lane_headers[m.lanes[0].id]
    canvas.drag(start, canvas.at(header.x + 20, header.y + 20))
    assert canvas.doc.undo_stack.count() == 0
    assert link.geometry == routed
    _check_items(canvas)
    # while the mouse is down, the connector follows the card as an orthogonal preview
    vp = canvas.view.viewport()
    canvas.qtbot.mousePress(vp, Qt.LeftButton, Qt.NoModifier, start)
    try:
        canvas.qtbot.mouseMove(vp, start + QPoint(40, 60))
        canvas.qtbot.mouseMove(vp, start + QPoint(80, 120))
        assert link.geometry != routed
        assert _axis_aligned_runs(link.scene_path()) >= 1
    finally:
        canvas.qtbot.mouseRelease(vp, Qt.LeftButton, Qt.NoModifier, canvas.at(header.x + 20, header.y + 20))
    assert link.geometry == routed


@pytest.mark.parametrize("zoom", [1.0, 0.45])
def test_the_view_draws_a_connector_s_pieces_it_shows_and_looks_the_same(qtbot, monkeypatch, zoom):
    """A connector item paints only the pieces of its line that reach into what
    the view shows: the view looks as if it painted every piece."""
    from cjm_desktop.render import qt_connectors as qc
    from cjm_desktop.templates.generated import generate_map

    canvas = make_canvas(qtbot, generate_map(cards=600, stages=8, lanes=6, personas=1, connectors=60, seed=4),
                         size=(700, 500))
    canvas.view.set_zoom(zoom)
    lay = canvas.scene.layout
    canvas.view.centerOn(lay.width / 2, lay.height / 2)
    culled = canvas.view.viewport().grab().toImage()
    every = qc.paint_connector_pieces
    drawn = []

    def everything(p, pieces, colour=qc.decor.CONNECTOR_COLOUR, shown=qc.EVERYWHERE):
        drawn.append(shown)
        every(p, pieces, colour)

    monkeypatch.setattr(qc, "paint_connector_pieces", everything)
    whole = canvas.view.viewport().grab().toImage()
    assert drawn and all(s != qc.EVERYWHERE for s in drawn)  # the items tell what is shown
    assert culled == whole
