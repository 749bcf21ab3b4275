"""The scene follows the document incrementally; the view zooms, pans and pins headers."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt

from cjm_desktop.canvas import overlays
from cjm_desktop.commands import AddCardsCommand, AddStageCommand, DeleteCardsCommand, EditCardCommand, ReplaceMapCommand
from cjm_desktop.model import Card, Stage
from tests.canvas.conftest import big_map, make_canvas
from tests.factories import small_map


def card_items(canvas):
    return {cid: canvas.scene.card_item(cid) for cid in canvas.scene.layout.cards}


def test_editing_one_card_does_not_recreate_other_items(canvas):
    m = canvas.map
    before = card_items(canvas)
    headers = [canvas.scene.stage_item(s.id) for s in m.stages]
    connector = canvas.scene.connector_item(m.connectors[0].id)
    n_items = len(canvas.scene.items())
    a1 = m.cards[1]
    canvas.doc.push(EditCardCommand(canvas.doc, a1.id, {"body": "Một đoạn dài để thẻ cao hơn " * 4}))
    after = card_items(canvas)
    assert all(after[cid] is before[cid] for cid in before)
    assert [canvas.scene.stage_item(s.id) for s in m.stages] == headers
    assert canvas.scene.connector_item(m.connectors[0].id) is connector
    assert len(canvas.scene.items()) == n_items
    # the edited card grew; the card under it moved down with it
    assert after[a1.id].rect().height() > 40
    a2 = m.cards[2]
    assert after[a2.id].scenePos().y() == canvas.scene.layout.rect_of(a2.id).y
    assert after[a2.id].scenePos().y() > after[a1.id].scenePos().y() + after[a1.id].rect().height()


def test_added_and_deleted_cards_add_and_remove_items(canvas):
    m = canvas.map
    before = card_items(canvas)
    new = Card(stage_id=m.stages[2].id, lane_id=m.lanes[0].id, title="Mới")
    canvas.doc.push(AddCardsCommand(canvas.doc, [new]))
    assert canvas.scene.card_item(new.id) is not None
    assert all(canvas.scene.card_item(cid) is item for cid, item in before.items())
    victim, connector = m.cards[0].id, m.connectors[0].id
    canvas.doc.push(DeleteCardsCommand(canvas.doc, [victim]))
    assert canvas.scene.card_item(victim) is None
    assert canvas.scene.connector_item(connector) is None  # it went with its card
    assert len(canvas.scene.card_items()) == 4


def test_adding_a_stage_keeps_card_items(canvas):
    before = card_items(canvas)
    canvas.doc.push(AddStageCommand(canvas.doc, Stage(title="Đầu tiên"), 0))
    assert all(canvas.scene.card_item(cid) is item for cid, item in before.items())
    assert all(item.scenePos().x() == canvas.scene.layout.rect_of(cid).x for cid, item in before.items())


def test_replacing_the_map_rebuilds(canvas):
    other = small_map()
    canvas.doc.push(ReplaceMapCommand(canvas.doc, other))
    assert set(canvas.scene.layout.cards) == {c.id for c in other.cards}
    assert {i.card_id for i in canvas.scene.card_items()} == {c.id for c in other.cards}


def test_select_ids_and_highlight(canvas):
    m = canvas.map
    got = []
    canvas.scene.selection_ids_changed.connect(got.append)
    canvas.scene.select_ids([m.cards[0].id, m.stages[1].id, m.personas[0].id])
    assert len(got) == 1
    assert got[0]["cards"] == [m.cards[0].id]
    assert got[0]["stages"] == [m.stages[1].id]
    assert got[0]["personas"] == [m.personas[0].id]
    canvas.scene.highlight([m.cards[1].id])
    assert canvas.scene.card_item(m.cards[1].id).highlighted
    canvas.scene.clear_highlight()
    assert not canvas.scene.card_item(m.cards[1].id).highlighted


def test_card_tooltip_has_full_text_and_evidence(canvas):
    m = canvas.map
    card = m.cards[0]
    canvas.doc.push(EditCardCommand(canvas.doc, card.id, {"body": "Thấy quảng cáo", "sentiment": "negative",
                                                         "evidence": "researched", "source": "Phỏng vấn 12 khách"}))
    tip = canvas.scene.card_item(card.id).tooltip_text()
    assert "Thấy quảng cáo" in tip and "Phỏng vấn 12 khách" in tip and "Negative" in tip  # the word, not the stored value


def test_zoom_signals_and_fit(canvas):
    seen = []
    canvas.view.zoom_changed.connect(seen.append)
    canvas.view.zoom_in()
    assert seen[-1] > 1.0
    canvas.view.zoom_out()
    canvas.view.zoom_out()
    assert seen[-1] < 1.0
    canvas.view.zoom_reset()
    assert abs(seen[-1] - 1.0) < 1e-9
    canvas.view.zoom_to_fit()
    lay = canvas.scene.layout
    visible = canvas.view.mapToScene(canvas.view.viewport().rect()).boundingRect()
    assert visible.contains(QRectF(0, 0, lay.width, lay.height))


def test_ctrl_wheel_zooms(canvas):
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    vp = canvas.view.viewport()
    pos = QPointF(300, 300)
    event = QWheelEvent(pos, vp.mapToGlobal(pos), QPoint(0, 0), QPoint(0, 240), Qt.NoButton, Qt.ControlModifier,
                        Qt.NoScrollPhase, False)
    QApplication.sendEvent(vp, event)
    assert canvas.view.zoom() > 1.2


def test_zoomed_out_cards_draw_as_blocks(canvas, monkeypatch):
    calls = []
    monkeypatch.setattr(overlays.TextCache, "draw", lambda self, *a, **k: calls.append(1))
    for item in canvas.scene.card_items():  # cards keep a pixmap of their last paint: paint them afresh
        item.update()
    canvas.view.grab()
    assert calls, "cards draw text at 100 %"
    calls.clear()
    canvas.view.set_zoom(0.2)
    canvas.view.grab()
    assert not calls


def test_5000_card_map_builds_and_a_card_can_be_dragged(qtbot):
    canvas = make_canvas(qtbot, big_map(5000), size=(1600, 1000))
    m = canvas.map
    assert len(canvas.scene.card_items()) == 5000
    lane = next(lane for lane in m.lanes if m.cards_in(m.stages[0].id, lane.id))
    first = m.cards_in(m.stages[0].id, lane.id)[0]
    cell = canvas.scene.layout.cells[(m.stages[1].id, lane.id)]
    canvas.view.ensureVisible(QRectF(cell.x - 250, cell.y, 300, 50))
    canvas.drag(canvas.card_center(first.id), canvas.at(cell.x + 40, cell.y + 12))
    assert first.stage_id == m.stages[1].id
    assert first.order == 0
    assert canvas.doc.undo_stack.count() == 1


def test_headers_stay_pinned_while_scrolling(qtbot):
    canvas = make_canvas(qtbot, big_map(600, n_stages=12), size=(900, 600))
    view, scene, m = canvas.view, canvas.scene, canvas.map
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum() // 2)
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum() // 2)
    top_left = view.mapToScene(QPoint(0, 0))
    stage = m.stages[6]
    assert scene.stage_item(stage.id).scenePos().y() == top_left.y()
    lane = m.lanes[-1]
    assert scene.lane_item(lane.id).scenePos().x() == top_left.x()
    # the pinned header is on top and still answers clicks
    r = scene.layout.stage_headers[stage.id]
    x = r.x + r.w / 2
    if view.mapFromScene(QPointF(x, 0)).x() < 0 or view.mapFromScene(QPointF(x, 0)).x() > view.viewport().width():
        x = top_left.x() + scene.layout.style.lane_header_width + 30
        stage = next(s for s in m.stages if scene.layout.stage_headers[s.id].x <= x < scene.layout.stage_headers[s.id].right)
    canvas.click(view.mapFromScene(QPointF(x, top_left.y() + 20)))
    assert scene.selected_ids()["stages"] == [stage.id]
    view.verticalScrollBar().setValue(0)
    assert scene.stage_item(stage.id).scenePos().y() == scene.layout.stage_headers[stage.id].y


def test_reloading_the_same_map_with_other_text_refreshes_the_cards(canvas):
    reloaded = canvas.map.model_copy(deep=True)
    reloaded.cards[0].sentiment = "negative"
    reloaded.cards[0].title = "Đã sửa ở máy khác"
    canvas.doc.push(ReplaceMapCommand(canvas.doc, reloaded))
    item = canvas.scene.card_item(reloaded.cards[0].id)
    assert item.face.sentiment == "negative"
    assert item.geometry.content.lines[0].text == "Đã sửa ở máy khác"


def test_a_jump_back_through_many_edits_leaves_every_item_where_the_layout_says(canvas):
    from cjm_desktop.commands import MoveCardsCommand, SetEmotionCommand
    from cjm_desktop.layout import LayoutEngine

    m = canvas.map
    doc = canvas.doc
    items = card_items(canvas)
    a0, a1, b0 = m.cards[0], m.cards[1], m.cards[3]
    doc.push(EditCardCommand(doc, a1.id, {"body": "Một đoạn dài để thẻ cao hơn " * 4, "sentiment": "negative"}))
    doc.push(MoveCardsCommand(doc, [a0.id], m.stages[2].id, m.lanes[0].id, 0))
    doc.push(MoveCardsCommand(doc, [b0.id], m.stages[0].id, m.lanes[0].id, 1))
    doc.push(SetEmotionCommand(doc, m.personas[0].id, m.stages[1].id, 3))
    assert canvas.scene.card_item(a1.id).face.sentiment == "negative"

    doc.undo_stack.setIndex(0)

    fresh = LayoutEngine().layout(m)
    assert card_items(canvas) == items  # the same items, moved back, none recreated
    for cid, item in items.items():
        assert item.scenePos() == QPointF(fresh.rect_of(cid).x, fresh.rect_of(cid).y)  # Qt's equality
        assert item.rect().height() == fresh.rect_of(cid).h
    assert canvas.scene.card_item(a1.id).face.sentiment is None  # the badge went with the undo
    curve = canvas.scene.curve_item(m.personas[0].id)
    assert [p.score for p in curve.curve.points] == [p.score for p in fresh.curves[0].points]


def test_a_closed_scene_no_longer_follows_its_document(canvas):
    card = canvas.map.cards[0]
    shown = canvas.scene.layout.cards[card.id]
    canvas.view.close_map()
    canvas.doc.push(EditCardCommand(canvas.doc, card.id, {"body": "Một đoạn dài để thẻ cao hơn " * 4}))
    assert canvas.scene.layout.cards[card.id] is shown


def test_the_scene_lives_and_dies_with_its_document(qtbot):
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent

    from cjm_desktop.canvas import MapScene
    from cjm_desktop.commands import CjmDocument

    doc = CjmDocument(small_map())
    scene = MapScene(doc)
    assert scene.parent() is doc
    doc.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    assert not shiboken6.isValid(scene)
