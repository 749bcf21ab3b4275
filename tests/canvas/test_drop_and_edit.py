"""Palette drops, card drops, double-click creation and the in-place editor."""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from cjm_desktop.editing.clipboard import CARDS_MIME, NEW_CARD_MIME


def send_drop(canvas, mime: QMimeData, pos: QPoint) -> QDropEvent:
    """What QDrag.exec would deliver: enter, move, drop on the viewport."""
    vp = canvas.view.viewport()
    enter = QDragEnterEvent(pos, Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(vp, enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(pos, Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(vp, move)
    drop = QDropEvent(pos, Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(vp, drop)
    return drop


def test_palette_drop_creates_a_card_at_the_insert_index(canvas):
    m = canvas.map
    lay = canvas.scene.layout
    a0 = lay.rect_of(m.cards[0].id)
    mime = QMimeData()
    mime.setData(NEW_CARD_MIME, json.dumps({"kind": "touchpoints"}).encode())
    drop = send_drop(canvas, mime, canvas.at(a0.x + 30, a0.bottom + 2))  # between A0 and A1
    assert drop.isAccepted()
    stack = m.cards_in(m.stages[0].id, m.lanes[0].id)
    assert [c.title for c in stack] == ["A0", "", "A1", "A2"]
    new = stack[1]
    assert new.sentiment == "neutral"  # touchpoint defaults
    assert canvas.scene.card_item(new.id) is not None
    assert canvas.scene.selected_ids()["cards"] == [new.id]
    assert canvas.doc.undo_stack.count() == 1
    # the editor opened on the new card: typing names it
    assert canvas.scene.editing_card_id() == new.id
    canvas.qtbot.keyClicks(canvas.view, "Zalo OA")
    canvas.qtbot.keyClick(canvas.view, Qt.Key_Return)
    assert new.title == "Zalo OA"
    canvas.doc.undo_stack.undo()
    canvas.doc.undo_stack.undo()
    assert [c.title for c in m.cards_in(m.stages[0].id, m.lanes[0].id)] == ["A0", "A1", "A2"]


def test_drop_outside_the_grid_is_refused(canvas):
    mime = QMimeData()
    mime.setData(NEW_CARD_MIME, b'{"kind": "actions"}')
    vp = canvas.view.viewport()
    pos = canvas.at(30, 30)
    QApplication.sendEvent(vp, QDragEnterEvent(pos, Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier))
    move = QDragMoveEvent(pos, Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(vp, move)
    assert not move.isAccepted()
    QApplication.sendEvent(vp, QDropEvent(pos, Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier))
    assert canvas.doc.undo_stack.count() == 0


def test_cards_mime_drop_pastes_copies_with_new_ids(canvas):
    m = canvas.map
    source = [m.cards[0].model_dump(mode="json"), m.cards[1].model_dump(mode="json")]
    source[0]["title"] = "Đặt lịch qua Zalo"
    mime = QMimeData()
    mime.setData(CARDS_MIME, json.dumps({"format": "cjm-cards", "version": 1, "cards": source}).encode())
    cell = canvas.scene.layout.cells[(m.stages[2].id, m.lanes[0].id)]
    send_drop(canvas, mime, canvas.at(cell.x + 40, cell.y + 20))
    pasted = m.cards_in(m.stages[2].id, m.lanes[0].id)
    assert [c.title for c in pasted] == ["Đặt lịch qua Zalo", "A1"]
    assert {c.id for c in pasted}.isdisjoint({s["id"] for s in source})
    assert canvas.doc.undo_stack.count() == 1


def test_double_click_card_edits_title_and_body_in_place(canvas):
    m = canvas.map
    a1 = m.cards[1]
    other_items = {cid: canvas.scene.card_item(cid) for cid in (m.cards[0].id, m.cards[3].id)}
    canvas.double_click(canvas.card_center(a1.id))
    assert canvas.scene.editing_card_id() == a1.id
    editor = canvas.scene.editor
    canvas.qtbot.keyClick(canvas.view, Qt.Key_A, Qt.ControlModifier)
    canvas.type("Hỏi giá")
    canvas.qtbot.keyClick(canvas.view, Qt.Key_Return, Qt.ShiftModifier)
    canvas.compose("qua Messenger")
    assert a1.title == "A1"  # nothing changes while typing
    canvas.qtbot.keyClick(canvas.view, Qt.Key_Return)
    assert (a1.title, a1.body) == ("Hỏi giá", "qua Messenger")
    assert canvas.scene.editor is None and not editor.isVisible()
    assert canvas.doc.undo_stack.count() == 1
    assert canvas.doc.undo_stack.undoText() == "Edit Card"
    # the edited card re-measured; other cards kept their items
    assert any(line.text == "qua Messenger" for line in canvas.scene.card_item(a1.id).geometry.content.lines)
    for cid, item in other_items.items():
        assert canvas.scene.card_item(cid) is item
    canvas.doc.undo_stack.undo()
    assert (a1.title, a1.body) == ("A1", "")


def test_escape_cancels_the_edit(canvas):
    a1 = canvas.map.cards[1]
    canvas.double_click(canvas.card_center(a1.id))
    canvas.type(" đổi")
    canvas.qtbot.keyClick(canvas.view, Qt.Key_Escape)
    assert a1.title == "A1"
    assert canvas.scene.editor is None
    assert canvas.doc.undo_stack.count() == 0
    # keys go to the canvas again, not to a hidden editor
    canvas.scene.select_ids([a1.id])
    canvas.qtbot.keyClick(canvas.view, Qt.Key_Delete)
    assert a1.id not in {c.id for c in canvas.map.cards}


def test_clicking_elsewhere_commits_the_edit(canvas):
    a1 = canvas.map.cards[1]
    canvas.double_click(canvas.card_center(a1.id))
    canvas.qtbot.keyClicks(canvas.view, "!")
    cell = canvas.scene.layout.cells[(canvas.map.stages[2].id, canvas.map.lanes[0].id)]
    canvas.click(canvas.at(cell.x + 100, cell.y + 60))
    assert a1.title == "A1!"


def test_double_click_empty_cell_creates_a_card_there(canvas):
    m = canvas.map
    cell = canvas.scene.layout.cells[(m.stages[2].id, m.lanes[0].id)]
    canvas.double_click(canvas.at(cell.x + 100, cell.y + 50))
    assert canvas.scene.editor is not None
    assert canvas.doc.undo_stack.count() == 0  # the card exists once its text is committed
    canvas.compose("Thanh toán")
    canvas.qtbot.keyClick(canvas.view, Qt.Key_Enter)
    assert canvas.titles(2, 0) == ["Thanh toán"]
    new = m.cards_in(m.stages[2].id, m.lanes[0].id)[0]
    assert canvas.scene.selected_ids()["cards"] == [new.id]
    assert canvas.doc.undo_stack.count() == 1


def test_double_click_empty_cell_then_escape_creates_nothing(canvas):
    m = canvas.map
    cell = canvas.scene.layout.cells[(m.stages[2].id, m.lanes[0].id)]
    canvas.double_click(canvas.at(cell.x + 100, cell.y + 50))
    canvas.qtbot.keyClicks(canvas.view, "x")
    canvas.qtbot.keyClick(canvas.view, Qt.Key_Escape)
    assert len(m.cards) == 4 and canvas.doc.undo_stack.count() == 0


def test_escape_right_after_a_palette_drop_takes_the_blank_card_back(canvas):
    m = canvas.map
    before = [c.id for c in m.cards]
    canvas.doc.undo_stack.setClean()
    lay = canvas.scene.layout
    a0 = lay.rect_of(m.cards[0].id)
    mime = QMimeData()
    mime.setData(NEW_CARD_MIME, json.dumps({"kind": "pain_points"}).encode())
    send_drop(canvas, mime, canvas.at(a0.x + 30, a0.bottom + 2))
    new_id = canvas.scene.editing_card_id()
    assert new_id is not None and len(m.cards) == len(before) + 1
    canvas.qtbot.keyClick(canvas.view, Qt.Key_Escape)
    # no blank "Double-click to write" card is left, and the undo stack is as before the drop
    assert [c.id for c in m.cards] == before
    assert canvas.scene.card_item(new_id) is None
    stack = canvas.doc.undo_stack
    assert (stack.count(), stack.index(), stack.canRedo(), stack.isClean()) == (0, 0, False, True)
    assert canvas.scene.editor is None
    # the canvas takes keys again
    canvas.scene.select_ids([m.cards[0].id])
    canvas.qtbot.keyClick(canvas.view, Qt.Key_Delete)
    assert len(m.cards) == len(before) - 1


def test_escape_on_a_written_card_keeps_it(canvas):
    """Esc takes back only a card never written: once its text is in, Esc in a
    later edit only cancels that edit."""
    m = canvas.map
    cell = canvas.scene.layout.cells[(m.stages[2].id, m.lanes[1].id)]
    mime = QMimeData()
    mime.setData(NEW_CARD_MIME, json.dumps({"kind": "needs"}).encode())
    send_drop(canvas, mime, canvas.at(cell.x + 40, cell.y + 20))
    new_id = canvas.scene.editing_card_id()
    canvas.type("Đặt lịch nhanh")
    canvas.qtbot.keyClick(canvas.view, Qt.Key_Return)
    assert m.card(new_id).title == "Đặt lịch nhanh"
    canvas.double_click(canvas.card_center(new_id))
    assert canvas.scene.editing_card_id() == new_id
    canvas.qtbot.keyClick(canvas.view, Qt.Key_Escape)
    assert m.card(new_id).title == "Đặt lịch nhanh"
    assert canvas.doc.undo_stack.count() == 2
