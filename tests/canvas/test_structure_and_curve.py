"""Stage and lane headers, the emotion curve and connectors, driven with the mouse."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt

from cjm_desktop.canvas.items.lane_header import TOGGLE


def header_center(canvas, rect):
    return canvas.at(rect.x + rect.w / 2, rect.y + rect.h / 2)


def test_reorder_a_stage_by_dragging_its_header(canvas):
    m = canvas.map
    first = m.stages[0]
    lay = canvas.scene.layout
    start = header_center(canvas, lay.stage_headers[first.id])
    last = lay.stage_headers[m.stages[2].id]
    canvas.drag(start, canvas.at(last.x + last.w * 0.6, last.y + 20))
    assert [s.title for s in m.stages] == ["Tìm hiểu", "Mua hàng", "Nhận biết"]
    # cards went with their stage
    assert canvas.scene.layout.rect_of(m.cards[0].id).x > canvas.scene.layout.stage_headers[m.stages[1].id].x
    assert canvas.doc.undo_stack.undoText() == "Move Stage"
    canvas.doc.undo_stack.undo()
    assert [s.title for s in m.stages] == ["Nhận biết", "Tìm hiểu", "Mua hàng"]
    assert canvas.scene.stage_item(first.id).pos().x() == canvas.scene.layout.stage_headers[first.id].x


def test_reorder_a_lane_by_dragging_its_header(canvas):
    m = canvas.map
    lay = canvas.scene.layout
    actions = lay.lane_headers[m.lanes[0].id]
    feelings = lay.lane_headers[m.lanes[1].id]
    canvas.drag(canvas.at(actions.x + 80, actions.y + actions.h / 2), canvas.at(feelings.x + 80, feelings.bottom - 20))
    assert [lane.title for lane in m.lanes] == ["Cảm xúc", "Hành động"]
    canvas.doc.undo_stack.undo()
    assert [lane.title for lane in m.lanes] == ["Hành động", "Cảm xúc"]


def test_click_on_a_header_selects_the_stage_without_moving_it(canvas):
    m = canvas.map
    canvas.click(header_center(canvas, canvas.scene.layout.stage_headers[m.stages[1].id]))
    assert canvas.scene.selected_ids()["stages"] == [m.stages[1].id]
    assert canvas.doc.undo_stack.count() == 0


def test_resize_a_stage_by_its_right_edge(canvas):
    m = canvas.map
    r = canvas.scene.layout.stage_headers[m.stages[0].id]
    start = canvas.at(r.right - 2, r.y + r.h / 2)
    canvas.drag(start, start + QPoint(80, 0))
    assert m.stages[0].width > 240 + 40
    assert canvas.scene.layout.stage_headers[m.stages[1].id].x > r.right + 40
    assert canvas.doc.undo_stack.count() == 1
    canvas.doc.undo_stack.undo()
    assert m.stages[0].width == 240


def test_resize_a_lane_by_its_bottom_edge(canvas):
    m = canvas.map
    r = canvas.scene.layout.lane_headers[m.lanes[0].id]
    start = canvas.at(r.x + 60, r.bottom - 2)
    canvas.drag(start, start + QPoint(0, 100))
    assert canvas.scene.layout.lane_headers[m.lanes[0].id].h > r.h + 50
    canvas.doc.undo_stack.undo()
    assert canvas.scene.layout.lane_headers[m.lanes[0].id].h == r.h


def test_collapse_a_lane_with_its_toggle(canvas):
    m = canvas.map
    lane = m.lanes[0]
    r = canvas.scene.layout.lane_headers[lane.id]
    canvas.click(canvas.at(r.x + TOGGLE.center().x(), r.y + TOGGLE.center().y()))
    assert lane.collapsed
    assert canvas.scene.layout.lane_headers[lane.id].h == canvas.scene.layout.style.collapsed_lane_height
    assert all(canvas.scene.card_item(c.id) is None for c in m.cards)  # hidden with their lane
    canvas.doc.undo_stack.undo()
    assert not lane.collapsed
    assert all(canvas.scene.card_item(c.id) is not None for c in m.cards)


def test_drag_an_emotion_point_changes_the_score(canvas):
    m = canvas.map
    persona = m.personas[0]
    stage = m.stages[1]
    item = canvas.scene.curve_item(persona.id)
    point = next(p for p in item.curve.points if p.stage_id == stage.id)
    lane_id = canvas.scene.layout.feelings_lanes[0]
    target_y = canvas.scene.layout.emotion_y(lane_id, 2) + 3  # a little off: it snaps
    canvas.drag(canvas.at(point.x, point.y), canvas.at(point.x, target_y), steps=8)
    assert m.emotion(persona.id, stage.id).score == 2
    assert canvas.doc.undo_stack.count() == 1
    new_point = next(p for p in canvas.scene.curve_item(persona.id).curve.points if p.stage_id == stage.id)
    assert new_point.y == canvas.scene.layout.emotion_y(lane_id, 2)
    canvas.doc.undo_stack.undo()
    assert m.emotion(persona.id, stage.id).score == 0


def test_emotion_scores_stay_on_the_scale(canvas):
    m = canvas.map
    persona, stage = m.personas[0], m.stages[0]
    point = canvas.scene.curve_item(persona.id).curve.points[0]
    canvas.drag(canvas.at(point.x, point.y), canvas.at(point.x, point.y + 600), steps=5)
    assert m.emotion(persona.id, stage.id).score == -3


def test_create_a_connector_from_the_card_handle(canvas):
    m = canvas.map
    a2, b0 = m.cards[2], m.cards[3]
    item = canvas.scene.card_item(a2.id)
    handle = item.mapToScene(item.handle_center())
    canvas.qtbot.mouseMove(canvas.view.viewport(), canvas.card_center(a2.id))  # hover shows the handle
    canvas.drag(canvas.at(handle.x(), handle.y()), canvas.card_center(b0.id))
    new = [k for k in m.connectors if (k.source_id, k.target_id) == (a2.id, b0.id)]
    assert len(new) == 1
    assert canvas.scene.connector_item(new[0].id) is not None
    assert canvas.doc.undo_stack.undoText() == "Connect Cards"
    assert (a2.stage_id, a2.order) == (m.stages[0].id, 2)  # the card itself did not move
    canvas.doc.undo_stack.undo()
    assert canvas.scene.connector_item(new[0].id) is None


def test_the_handle_starts_a_connector_also_where_its_disc_overlaps_the_card(canvas):
    """The inner half of the handle's disc lies on the card: a press there is the
    handle's too (the card's shape once dropped that overlap from hit tests)."""
    m = canvas.map
    a2, b0 = m.cards[2], m.cards[3]
    item = canvas.scene.card_item(a2.id)
    inner = item.mapToScene(item.handle_center() - QPointF(3, 0))  # on the card and on the disc
    assert canvas.scene.card_item_at(inner) is item
    canvas.qtbot.mouseMove(canvas.view.viewport(), canvas.card_center(a2.id))  # hover shows the handle
    canvas.drag(canvas.at(inner.x(), inner.y()), canvas.card_center(b0.id))
    assert [(k.source_id, k.target_id) for k in m.connectors].count((a2.id, b0.id)) == 1
    assert (a2.stage_id, a2.order) == (m.stages[0].id, 2)  # the card itself did not move


def test_connector_follows_its_card_while_dragged(canvas):
    m = canvas.map
    k = m.connectors[0]
    conn = canvas.scene.connector_item(k.id)
    start_end = conn.geometry.start
    vp = canvas.view.viewport()
    a = canvas.card_center(m.cards[0].id)
    canvas.qtbot.mousePress(vp, Qt.LeftButton, Qt.NoModifier, a)
    try:
        canvas.qtbot.mouseMove(vp, a + QPoint(10, 0))
        canvas.qtbot.mouseMove(vp, a + QPoint(0, 120))
        assert conn.geometry.start != start_end
    finally:
        canvas.qtbot.mouseRelease(vp, Qt.LeftButton, Qt.NoModifier, a + QPoint(0, 120))


def test_context_menu_requests_name_what_was_clicked(canvas):
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication

    m = canvas.map
    got = []
    canvas.scene.card_context_requested.connect(lambda cid, pos: got.append(("card", cid)))
    canvas.scene.stage_context_requested.connect(lambda sid, pos: got.append(("stage", sid)))
    canvas.scene.lane_context_requested.connect(lambda lid, pos: got.append(("lane", lid)))
    canvas.scene.cell_context_requested.connect(lambda sid, lid, pos: got.append(("cell", sid, lid)))
    lay = canvas.scene.layout
    empty = lay.cells[(m.stages[2].id, m.lanes[0].id)]
    for pos in (canvas.card_center(m.cards[0].id), header_center(canvas, lay.stage_headers[m.stages[1].id]),
                header_center(canvas, lay.lane_headers[m.lanes[0].id]), canvas.at(empty.x + 50, empty.y + 50)):
        vp = canvas.view.viewport()
        QApplication.sendEvent(vp, QContextMenuEvent(QContextMenuEvent.Mouse, pos, vp.mapToGlobal(pos)))
    assert got == [("card", m.cards[0].id), ("stage", m.stages[1].id), ("lane", m.lanes[0].id),
                   ("cell", m.stages[2].id, m.lanes[0].id)]


def test_a_curves_box_holds_its_shape_however_its_points_move(canvas):
    """The box (what Qt repaints and hit-tests within) is worked out without the
    shape, which is made only when the mouse needs it: it must still hold it."""
    item = canvas.scene.curve_item(canvas.map.personas[0].id)
    assert item.boundingRect().contains(item.shape().boundingRect())
    lane_id = canvas.scene.layout.feelings_lanes[0]
    for index, score in ((0, 3), (1, -3), (len(item.curve.points) - 1, -3)):
        item.set_drag_preview(index, canvas.scene.layout.emotion_y(lane_id, score), score)
        shape = item.shape().boundingRect()
        assert item.boundingRect().contains(shape)
        assert item.point_at(QPointF(item.points()[index][0], item.points()[index][1])) == index
    item.set_drag_preview(None)


def test_a_curve_a_growing_lane_moves_keeps_its_pixmap_and_its_points_are_still_grabbed(canvas, monkeypatch):
    """A card title above the feelings lane gets longer: the curve moves down
    whole (its drawing is kept), and dragging a point where it now is works."""
    from PySide6.QtWidgets import QApplication

    from cjm_desktop.canvas.items.emotion_curve import EmotionCurveItem
    from cjm_desktop.commands import EditCardCommand

    m = canvas.map
    persona, stage = m.personas[0], m.stages[1]
    item = canvas.scene.curve_item(persona.id)
    lane_id = canvas.scene.layout.feelings_lanes[0]
    before = canvas.scene.layout.lane_headers[lane_id].y
    painted = []
    paint = EmotionCurveItem.paint
    monkeypatch.setattr(EmotionCurveItem, "paint", lambda self, *args: painted.append(self) or paint(self, *args))
    QApplication.processEvents()
    painted.clear()
    card = m.cards[0]  # in the lane above the feelings lane
    canvas.doc.push(EditCardCommand(canvas.doc, card.id, {"title": card.title + " – một dòng rất dài nữa" * 4}))
    QApplication.processEvents()
    moved = canvas.scene.layout.lane_headers[lane_id].y - before
    assert moved > 0 and item.pos().y() == pytest.approx(moved)
    assert item not in painted  # moved, not drawn again
    for p in item.curve.points:  # where the layout puts them now
        drawn = item.mapToScene(QPointF(*item.points()[item.curve.points.index(p)]))
        assert (drawn.x(), drawn.y()) == pytest.approx((p.x, p.y))

    point = next(p for p in item.curve.points if p.stage_id == stage.id)
    target_y = canvas.scene.layout.emotion_y(lane_id, -2) + 2
    canvas.drag(canvas.at(point.x, point.y), canvas.at(point.x, target_y), steps=8)
    assert m.emotion(persona.id, stage.id).score == -2
    assert canvas.scene.curve_item(persona.id).pos().y() == 0  # redrawn where the layout puts it
