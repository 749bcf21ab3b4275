"""Dragging cards with the mouse, selecting, nudging and deleting with the keyboard."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt


def test_drag_card_to_another_cell_then_undo_redo(canvas):
    m = canvas.map
    a1 = m.cards[1]
    target = canvas.scene.layout.cells[(m.stages[2].id, m.lanes[0].id)]
    canvas.drag(canvas.card_center(a1.id), canvas.at(target.x + target.w / 2, target.y + 30))

    assert (a1.stage_id, a1.lane_id) == (m.stages[2].id, m.lanes[0].id)
    assert canvas.titles(0, 0) == ["A0", "A2"]
    assert canvas.titles(2, 0) == ["A1"]
    assert canvas.doc.undo_stack.count() == 1
    assert canvas.doc.undo_stack.undoText() == "Move Card"
    # the item now sits where the layout puts the card
    item = canvas.scene.card_item(a1.id)
    assert item.scenePos().x() == canvas.scene.layout.rect_of(a1.id).x

    canvas.doc.undo_stack.undo()
    assert canvas.titles(0, 0) == ["A0", "A1", "A2"]
    assert item.scenePos().x() == canvas.scene.layout.rect_of(a1.id).x
    canvas.doc.undo_stack.redo()
    assert canvas.titles(2, 0) == ["A1"]


def test_drag_within_a_cell_reorders(canvas):
    m = canvas.map
    a0, a2 = m.cards[0], m.cards[2]
    below_a2 = canvas.scene.layout.rect_of(a2.id)
    canvas.drag(canvas.card_center(a0.id), canvas.at(below_a2.x + 40, below_a2.bottom + 3))
    assert canvas.titles(0, 0) == ["A1", "A2", "A0"]
    assert canvas.doc.undo_stack.count() == 1


def test_drop_indicator_shows_during_drag_and_hides_after(canvas):
    m = canvas.map
    vp = canvas.view.viewport()
    start = canvas.card_center(m.cards[0].id)
    cell = canvas.scene.layout.cells[(m.stages[1].id, m.lanes[0].id)]
    canvas.qtbot.mousePress(vp, Qt.LeftButton, Qt.NoModifier, start)
    try:
        for p in (start + QPoint(10, 0), canvas.at(cell.x + 50, cell.y + 8)):
            canvas.qtbot.mouseMove(vp, p)
        assert canvas.scene.indicator.isVisible()
        # only items moved: the model is untouched during the gesture
        assert canvas.titles(0, 0) == ["A0", "A1", "A2"]
        assert canvas.doc.undo_stack.count() == 0
    finally:
        canvas.qtbot.mouseRelease(vp, Qt.LeftButton, Qt.NoModifier, canvas.at(cell.x + 50, cell.y + 8))
    assert not canvas.scene.indicator.isVisible()
    assert canvas.titles(1, 0) == ["A0", "B0"]


def test_dragging_a_selection_moves_all_of_it(canvas):
    m = canvas.map
    a0, a2 = m.cards[0], m.cards[2]
    canvas.click(canvas.card_center(a0.id))
    canvas.click(canvas.card_center(a2.id), Qt.ControlModifier)
    assert sorted(canvas.scene.selected_ids()["cards"]) == sorted([a0.id, a2.id])
    cell = canvas.scene.layout.cells[(m.stages[2].id, m.lanes[0].id)]
    canvas.drag(canvas.card_center(a2.id), canvas.at(cell.x + 60, cell.y + 20))
    assert canvas.titles(2, 0) == ["A0", "A2"]
    assert canvas.titles(0, 0) == ["A1"]
    assert canvas.doc.undo_stack.count() == 1
    canvas.doc.undo_stack.undo()
    assert canvas.titles(0, 0) == ["A0", "A1", "A2"]


def test_drag_dropped_outside_the_grid_changes_nothing(canvas):
    a0 = canvas.map.cards[0]
    canvas.drag(canvas.card_center(a0.id), canvas.at(40, 30))  # the persona strip
    assert canvas.doc.undo_stack.count() == 0
    assert canvas.scene.card_item(a0.id).scenePos().y() == canvas.scene.layout.rect_of(a0.id).y


def test_click_selects_and_ctrl_click_toggles(canvas):
    m = canvas.map
    got = []
    canvas.scene.selection_ids_changed.connect(got.append)
    canvas.click(canvas.card_center(m.cards[0].id))
    assert canvas.scene.selected_ids()["cards"] == [m.cards[0].id]
    canvas.click(canvas.card_center(m.cards[3].id), Qt.ControlModifier)
    assert set(canvas.scene.selected_ids()["cards"]) == {m.cards[0].id, m.cards[3].id}
    canvas.click(canvas.card_center(m.cards[0].id), Qt.ControlModifier)
    assert canvas.scene.selected_ids()["cards"] == [m.cards[3].id]
    assert got and got[-1]["cards"] == [m.cards[3].id]
    assert canvas.doc.undo_stack.count() == 0


def test_rubber_band_selects_cards_not_headers(canvas):
    m = canvas.map
    lay = canvas.scene.layout
    cell = lay.cells[(m.stages[0].id, m.lanes[0].id)]
    # from an empty spot right of the stack in stage 2's cell, up-left over A0..A2 and the stage header
    start = canvas.at(lay.cells[(m.stages[1].id, m.lanes[0].id)].x + 200, cell.bottom - 3)
    end = canvas.at(cell.x + 20, lay.stage_headers[m.stages[0].id].y + 10)
    canvas.drag(start, end, steps=8)
    sel = canvas.scene.selected_ids()
    assert set(sel["cards"]) == {c.id for c in m.cards}
    assert sel["stages"] == [] and sel["lanes"] == []


def test_arrow_keys_nudge_and_merge_into_one_undo_step(canvas):
    m = canvas.map
    a0 = m.cards[0]
    canvas.scene.select_ids([a0.id])
    canvas.view.setFocus()
    canvas.qtbot.keyClick(canvas.view, Qt.Key_Down)
    canvas.qtbot.keyClick(canvas.view, Qt.Key_Down)
    assert canvas.titles(0, 0) == ["A1", "A2", "A0"]
    canvas.qtbot.keyClick(canvas.view, Qt.Key_Right)
    assert canvas.titles(1, 0) == ["B0", "A0"]
    assert canvas.scene.selected_ids()["cards"] == [a0.id]
    assert canvas.doc.undo_stack.count() == 1
    canvas.doc.undo_stack.undo()
    assert canvas.titles(0, 0) == ["A0", "A1", "A2"]
    assert canvas.titles(1, 0) == ["B0"]


def test_delete_key_removes_cards_and_connectors_in_one_step(canvas):
    m = canvas.map
    before = m.model_dump(mode="json")
    connector = m.connectors[0]
    canvas.scene.select_ids([m.cards[2].id, connector.id])
    canvas.view.setFocus()
    canvas.qtbot.keyClick(canvas.view, Qt.Key_Delete)
    assert [c.title for c in m.cards] == ["A0", "A1", "B0"]
    assert m.connectors == []
    assert canvas.scene.connector_item(connector.id) is None
    assert canvas.doc.undo_stack.count() == 1
    canvas.doc.undo_stack.undo()
    assert m.model_dump(mode="json") == before
    assert canvas.scene.connector_item(connector.id) is not None


def test_delete_key_on_a_stage_with_cards_asks_through_the_editor(canvas):
    """The Delete key runs the editor's delete verb: stages go too, after a question."""
    m = canvas.map
    asked = []

    class Prompts:
        def confirm(self, title, text):
            asked.append(text)
            return len(asked) > 1

    canvas.scene.map_editor.prompts = Prompts()
    stage = m.stages[0]
    canvas.scene.select_ids({"stages": [stage.id]})
    canvas.view.setFocus()
    canvas.qtbot.keyClick(canvas.view, Qt.Key_Delete)
    assert len(asked) == 1 and "3 cards" in asked[0] and stage in m.stages
    canvas.qtbot.keyClick(canvas.view, Qt.Key_Delete)
    assert stage not in m.stages and [c.title for c in m.cards] == ["B0"]
    assert canvas.doc.undo_stack.count() == 1
