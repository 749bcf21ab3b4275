"""The connectors are painted by one layer item (canvas/items/connector_layer.py):
the connector items have no contents of their own, so Qt no longer repaints
where one moves; the item asks the scene to. What the view shows after each
edit, painted bit by bit as the user sees it, is what a whole repaint paints."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QGraphicsItem

from cjm_desktop.commands import AddLaneCommand, EditCardCommand, MoveCardsCommand
from cjm_desktop.io import ViewState
from cjm_desktop.model import Lane
from cjm_desktop.templates.generated import generate_map
from tests.canvas.conftest import make_canvas

LONG = " – khách hàng phải gọi lại ba lần mới gặp được tư vấn viên, chờ hơn hai mươi phút ở quầy lễ tân"
#: a connector's line is dark grey on a light cell: a line left behind (or missing) differs by
#: far more than this; a cached card or a glyph painted again differs by a few steps at most
GHOST = 60


def _on_screen(canvas) -> QImage:
    """What the viewport shows now, as painted region by region (the window's backing store)."""
    vp = canvas.view.viewport()
    corner = vp.mapTo(canvas.view.window(), QPoint(0, 0))
    shot = canvas.view.screen().grabWindow(canvas.view.window().winId(), corner.x(), corner.y(),
                                           vp.width(), vp.height())
    return shot.toImage().convertToFormat(QImage.Format_RGB32)


def _settle(canvas) -> None:
    """Everything painted (the scroll's repaint included): what the next edit repaints is its own."""
    canvas.qtbot.wait(1)
    canvas.view.viewport().repaint()
    canvas.qtbot.wait(1)


def _worst_difference(canvas) -> int:
    """After the edit's repaint: how far the screen is from a whole repaint, at its worst pixel."""
    canvas.qtbot.wait(1)  # the edit's own repaint, region by region
    return _differ(_on_screen(canvas), _repainted(canvas))


def _repainted(canvas) -> QImage:
    return canvas.view.viewport().grab().toImage().convertToFormat(QImage.Format_RGB32)


def _differ(a: QImage, b: QImage) -> int:
    """How far two pictures of the same size are apart, at their worst pixel."""
    a_bytes, b_bytes = bytes(a.constBits()), bytes(b.constBits())  # (the images live while read)
    assert len(a_bytes) == len(b_bytes)
    return 0 if a_bytes == b_bytes else max(abs(x - y) for x, y in zip(a_bytes, b_bytes) if x != y)


def _setup(qtbot, labelled: bool = True):
    canvas = make_canvas(qtbot, generate_map(cards=600, stages=6, lanes=10, personas=1, connectors=120, seed=5),
                         size=(900, 700))
    lay = canvas.scene.layout
    below_top = set(lay.lane_order[2:])
    links = {k.id: k for k in canvas.map.connectors}
    route = next(r for r in lay.connectors
                 if bool(r.label) == labelled and {lay.cards[links[r.connector_id].source_id].lane_id,
                     lay.cards[links[r.connector_id].target_id].lane_id} <= below_top
                 and r.bounds[2] - r.bounds[0] < 600 and r.bounds[3] - r.bounds[1] < 400)
    left, top, right, bottom = route.bounds
    canvas.view.centerOn((left + right) / 2, (top + bottom) / 2)
    _settle(canvas)
    return canvas, route.connector_id


def test_connectors_are_painted_by_the_layer_and_every_edit_repaints_where_they_were(qtbot):
    canvas, cid = _setup(qtbot)
    scene, doc = canvas.scene, canvas.doc
    item, layer = scene.connector_item(cid), scene.connector_layer
    assert item in layer.members and item.flags() & QGraphicsItem.ItemHasNoContents
    assert len(layer.members) == len(canvas.map.connectors)
    assert _worst_difference(canvas) < GHOST

    top_lane = canvas.map.lanes[0].id
    tallest = max((c for c in canvas.map.cards if c.lane_id == top_lane),
                  key=lambda c: scene.layout.rect_of(c.id).bottom)
    height = scene.sceneRect().height()
    doc.push(EditCardCommand(doc, tallest.id, {"title": tallest.title + LONG}))  # every lane below moves down
    assert item.pos().y() > 0  # moved as a whole, not built again
    assert scene.sceneRect().height() > height and layer.rect().contains(scene.sceneRect())  # the map grew: so did the layer
    assert _worst_difference(canvas) < GHOST

    item.setSelected(True)  # paints itself, highlighted, above the cards
    assert item not in layer.members and not item.flags() & QGraphicsItem.ItemHasNoContents
    assert _worst_difference(canvas) < GHOST
    scene.clearSelection()
    assert item in layer.members
    assert _worst_difference(canvas) < GHOST

    source = canvas.map.card(next(k for k in canvas.map.connectors if k.id == cid).source_id)
    stages = [s.id for s in canvas.map.stages]
    other = stages[(stages.index(source.stage_id) + 1) % len(stages)]
    doc.push(MoveCardsCommand(doc, [source.id], other, source.lane_id, 0))  # a new route
    assert _worst_difference(canvas) < GHOST

    doc.view = (doc.view or ViewState()).model_copy(update={"show_connectors": False})
    scene.items_by_id.apply_view()
    assert not layer.members
    assert _worst_difference(canvas) < GHOST
    doc.view = doc.view.model_copy(update={"show_connectors": True})
    scene.items_by_id.apply_view()
    assert len(layer.members) == len(canvas.map.connectors)
    assert _worst_difference(canvas) < GHOST

    doc.undo_stack.setIndex(0)
    assert _worst_difference(canvas) < GHOST


def test_a_deleted_connector_leaves_no_line_behind(qtbot):
    from cjm_desktop.commands import DeleteConnectorsCommand

    canvas, cid = _setup(qtbot)
    item, layer = canvas.scene.connector_item(cid), canvas.scene.connector_layer
    canvas.doc.push(DeleteConnectorsCommand(canvas.doc, [cid]))
    assert item not in layer.members
    assert _worst_difference(canvas) < GHOST
    canvas.doc.undo_stack.undo()
    assert canvas.scene.connector_item(cid) in layer.members
    assert _worst_difference(canvas) < GHOST


def _moved(route, dx: float, dy: float, bend: float = 0.0):
    """``route`` moved by (dx, dy) (``bend`` != 0: its inner corners moved further across)."""
    from cjm_desktop.layout import ConnectorGeometry

    c = list(route.coords)
    for i in range(0, len(c), 2):
        inner = 0 < i < len(c) - 2
        c[i] += dx + (bend if inner else 0.0)
        c[i + 1] += dy
    label_at = None if route.label_at is None else (route.label_at[0] + dx + bend, route.label_at[1] + dy)
    return ConnectorGeometry(route.connector_id, tuple(c), route.label, route.channels, route.tracks, label_at)


@pytest.mark.parametrize("labelled", [True, False])
def test_a_connector_that_moves_alone_repaints_its_old_and_its_new_place(qtbot, labelled):
    """Nothing else on the map moves: only the item's own requests repaint its line
    (and, with a label, the label's own)."""
    canvas, cid = _setup(qtbot, labelled)
    item = canvas.scene.connector_item(cid)
    route = item.geometry
    item.set_geometry(_moved(route, 0.0, 11.0))  # (Qt may repaint the whole view for the first update)
    _settle(canvas)
    item.set_geometry(_moved(route, 0.0, 48.0))  # the same line, lower: moved, not built again
    assert item.pos().y() == 48.0
    assert _worst_difference(canvas) < GHOST
    _settle(canvas)
    item.set_geometry(_moved(route, 0.0, 0.0, bend=23.0))  # another shape, higher: built again
    assert item.pos().y() == 0.0
    assert _worst_difference(canvas) < GHOST
    _settle(canvas)
    canvas.scene.removeItem(item)  # gone: its place repainted
    assert item not in canvas.scene.connector_layer.members
    assert _worst_difference(canvas) < GHOST


def test_connectors_far_down_a_map_that_grew_are_painted(qtbot):
    """Lanes added at the top push every connector below where the map ended: the
    layer grows with the map, so they are painted as on a canvas laid out afresh."""
    canvas = make_canvas(qtbot, generate_map(cards=200, stages=4, lanes=5, personas=1, connectors=40, seed=8),
                         size=(700, 500))
    doc, scene = canvas.doc, canvas.scene
    height = scene.sceneRect().height()
    while scene.sceneRect().height() < 2 * height:
        doc.push(AddLaneCommand(doc, Lane(title="Làn mới"), 0))
    fresh = make_canvas(qtbot, canvas.map.model_copy(deep=True), size=(700, 500))
    lowest = max(fresh.scene.layout.connectors, key=lambda r: r.bounds[3])
    for c in (canvas, fresh):
        c.view.centerOn(lowest.bounds[0], lowest.bounds[3])
        _settle(c)
    assert canvas.view.verticalScrollBar().value() == fresh.view.verticalScrollBar().value()
    assert lowest.bounds[3] > height  # below where the map ended
    assert _differ(_repainted(canvas), _repainted(fresh)) < GHOST
