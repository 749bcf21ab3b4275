"""Cards sit in their cell's group, inside their lane's group: a lane that grows
moves the lanes below it as wholes, a new stage moves the cells right of it as
wholes, a dragged card rises above every lane, and a card that changes cell
changes group."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt

from cjm_desktop.commands import AddStageCommand, EditCardCommand
from cjm_desktop.model import Card, Lane, LaneKind, Stage
from tests.canvas.conftest import make_canvas
from tests.factories import small_map


def three_lane_map():
    m = small_map()
    m.lanes.insert(1, Lane(title="Điểm chạm", kind=LaneKind.TOUCHPOINTS))
    m.cards.append(Card(stage_id=m.stages[0].id, lane_id=m.lanes[1].id, order=0, title="T0"))
    m.cards.append(Card(stage_id=m.stages[2].id, lane_id=m.lanes[1].id, order=0, title="T1"))
    return m


def test_a_lane_that_grows_moves_the_cards_below_without_touching_them(qtbot):
    canvas = make_canvas(qtbot, three_lane_map())
    m, scene = canvas.map, canvas.scene
    below = [c for c in m.cards if c.lane_id == m.lanes[1].id]
    items = {c.id: scene.card_item(c.id) for c in below}
    local = {cid: QPointF(item.pos()) for cid, item in items.items()}
    scene_y = {cid: item.scenePos().y() for cid, item in items.items()}

    a0 = m.cards[0]
    canvas.doc.push(EditCardCommand(canvas.doc, a0.id, {"title": "A0 " + "rất dài " * 40}))
    qtbot.wait(1)

    for cid, item in items.items():
        assert item.parentItem().parentItem() is scene.items_by_id.groups[m.lanes[1].id]
        assert item.pos() == local[cid]  # not moved within its lane...
        assert item.scenePos().y() > scene_y[cid] + 20  # ...but down with it
        assert item.scenePos() == QPointF(*scene.layout.rect_of(cid).center) - QPointF(
            scene.layout.rect_of(cid).w / 2, scene.layout.rect_of(cid).h / 2)
    canvas.doc.undo_stack.undo()
    for cid, item in items.items():
        assert item.scenePos().y() == scene_y[cid]


def test_a_dragged_card_rises_above_every_lane_and_returns_to_its_new_lane(qtbot):
    canvas = make_canvas(qtbot, three_lane_map())
    m, scene = canvas.map, canvas.scene
    a1 = m.cards[1]
    item = scene.card_item(a1.id)
    target = scene.layout.cells[(m.stages[2].id, m.lanes[1].id)]
    vp = canvas.view.viewport()
    start, end = canvas.card_center(a1.id), canvas.at(target.x + target.w / 2, target.y + 4)
    qtbot.mousePress(vp, Qt.LeftButton, Qt.NoModifier, start)
    for i in range(1, 7):
        p = start + (end - start) * (i / 6)
        qtbot.mouseMove(vp, QPoint(round(p.x()), round(p.y())))
    # while dragged, it is in the drag layer, above the other lane's cards under it
    assert item.parentItem() is scene.items_by_id.drag_layer
    t0 = scene.card_item(next(c.id for c in m.cards if c.title == "T1"))
    assert item.parentItem().zValue() > t0.parentItem().zValue()
    assert scene.items(canvas.view.mapToScene(end))[0] is item
    qtbot.mouseRelease(vp, Qt.LeftButton, Qt.NoModifier, end)

    assert a1.lane_id == m.lanes[1].id
    assert item.parentItem() is scene.items_by_id.cells[(m.stages[2].id, m.lanes[1].id)]
    assert item.parentItem().parentItem() is scene.items_by_id.groups[m.lanes[1].id]
    r = scene.layout.rect_of(a1.id)
    assert item.scenePos() == QPointF(r.x, r.y)
    canvas.doc.undo_stack.undo()
    assert item.parentItem() is scene.items_by_id.cells[(a1.stage_id, m.lanes[0].id)]
    assert item.parentItem().parentItem() is scene.items_by_id.groups[m.lanes[0].id]
    r = scene.layout.rect_of(a1.id)
    assert item.scenePos() == QPointF(r.x, r.y)


def test_a_new_stage_moves_the_cells_right_of_it_without_touching_their_cards(qtbot):
    canvas = make_canvas(qtbot, three_lane_map())
    m, scene = canvas.map, canvas.scene
    right = [c for c in m.cards if c.stage_id in {m.stages[1].id, m.stages[2].id}]
    assert right
    items = {c.id: scene.card_item(c.id) for c in right}
    local = {cid: QPointF(item.pos()) for cid, item in items.items()}
    applied = {cid: item.applied for cid, item in items.items()}
    scene_x = {cid: item.scenePos().x() for cid, item in items.items()}

    canvas.doc.push(AddStageCommand(canvas.doc, Stage(title="Giai đoạn mới"), 1))
    qtbot.wait(1)
    for cid, item in items.items():
        r = scene.layout.rect_of(cid)
        assert item.pos() == local[cid]  # not moved within its cell...
        assert item.scenePos() == QPointF(r.x, r.y) and r.x > scene_x[cid] + 100  # ...but right with it
        assert item.applied is applied[cid]  # nothing set on the card item
    canvas.doc.undo_stack.undo()
    for cid, item in items.items():
        assert item.scenePos().x() == scene_x[cid]
    assert set(sid for sid, _ in scene.items_by_id.cells) <= {s.id for s in m.stages}
