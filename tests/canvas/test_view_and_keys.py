"""Panning, keyboard editing, labels and the feelings lane's double-click."""

from __future__ import annotations

import time

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from cjm_desktop.commands import AddConnectorCommand, DeletePersonaCommand
from cjm_desktop.model import Connector
from tests.canvas.conftest import big_map, make_canvas
from tests.factories import small_map


def test_middle_button_drag_pans(qtbot):
    canvas = make_canvas(qtbot, big_map(300, n_stages=10), size=(800, 500))
    h, v = canvas.view.horizontalScrollBar(), canvas.view.verticalScrollBar()
    h.setValue(200)
    v.setValue(200)
    start = QPoint(400, 300)
    canvas.drag(start, start + QPoint(-120, -80), button=Qt.MiddleButton)
    assert (h.value(), v.value()) == (320, 280)
    assert canvas.doc.undo_stack.count() == 0
    assert canvas.scene.selected_ids()["cards"] == []


def test_space_and_left_drag_pans_instead_of_selecting(qtbot):
    canvas = make_canvas(qtbot, big_map(300, n_stages=10), size=(800, 500))
    h = canvas.view.horizontalScrollBar()
    h.setValue(100)
    m = canvas.map
    lane = next(lane for lane in m.lanes if m.cards_in(m.stages[1].id, lane.id))
    card = m.cards_in(m.stages[1].id, lane.id)[0]
    canvas.view.setFocus()
    canvas.qtbot.keyPress(canvas.view, Qt.Key_Space)
    try:
        start = canvas.card_center(card.id)
        canvas.drag(start, start + QPoint(-60, 0))
    finally:
        canvas.qtbot.keyRelease(canvas.view, Qt.Key_Space)
    assert h.value() == 160
    assert card.stage_id == m.stages[1].id  # the card under the mouse did not move
    assert canvas.doc.undo_stack.count() == 0


def test_enter_opens_the_editor_on_the_selected_card(canvas):
    a0 = canvas.map.cards[0]
    canvas.scene.select_ids([a0.id])
    canvas.view.setFocus()
    canvas.qtbot.keyClick(canvas.view, Qt.Key_Return)
    assert canvas.scene.editing_card_id() == a0.id
    canvas.type("!")
    canvas.qtbot.keyClick(canvas.view, Qt.Key_Return)
    assert a0.title == "A0!"


def test_clicking_a_connector_label_selects_the_connector(canvas):
    m = canvas.map
    k = Connector(source_id=m.cards[0].id, target_id=m.cards[3].id, label="quay lại")
    m_conn = m.connectors[0]
    canvas.doc.push(AddConnectorCommand(canvas.doc, k))
    label = canvas.scene.connector_item(k.id).label_item
    assert label.isVisible()
    c = label.sceneBoundingRect().center()
    canvas.click(canvas.at(c.x(), c.y()))
    assert canvas.scene.selected_ids()["connectors"] == [k.id]
    assert m_conn.id != k.id


def test_double_click_in_the_feelings_lane_adds_a_missing_point(qtbot):
    m = small_map()
    persona, stage = m.personas[0], m.stages[2]
    m.emotions[:] = [e for e in m.emotions if e.stage_id != stage.id]  # no point at the last stage yet
    canvas = make_canvas(qtbot, m)
    lay = canvas.scene.layout
    lane_id = lay.feelings_lanes[0]
    cell = lay.cells[(stage.id, lane_id)]
    canvas.double_click(canvas.at(cell.x + cell.w / 2, lay.emotion_y(lane_id, 1)))
    assert m.emotion(persona.id, stage.id).score == 1
    assert canvas.scene.editor is None  # no card editor: the click meant the curve
    assert canvas.doc.undo_stack.undoText() == "Change Emotion"


def test_collapsed_lane_counts_its_hidden_cards(canvas):
    from cjm_desktop.commands import EditLaneCommand

    m = canvas.map
    lane = m.lanes[0]
    canvas.doc.push(EditLaneCommand(canvas.doc, lane.id, {"collapsed": True}))
    assert canvas.scene.grid.hidden_counts == {(m.stages[0].id, lane.id): 3, (m.stages[1].id, lane.id): 1}
    canvas.doc.undo_stack.undo()
    assert canvas.scene.grid.hidden_counts == {}


def test_deleting_a_persona_removes_its_curve_and_circle(canvas):
    persona = canvas.map.personas[0]
    assert canvas.scene.curve_item(persona.id) is not None
    canvas.doc.push(DeletePersonaCommand(canvas.doc, persona.id))
    assert canvas.scene.curve_item(persona.id) is None
    assert canvas.scene.persona_item(persona.id) is None
    canvas.doc.undo_stack.undo()
    assert canvas.scene.curve_item(persona.id) is not None


def test_dragging_a_card_to_the_edge_scrolls_the_view(qtbot):
    canvas = make_canvas(qtbot, big_map(300, n_stages=10), size=(800, 500))
    m = canvas.map
    lane = next(lane for lane in m.lanes if m.cards_in(m.stages[0].id, lane.id))
    card = m.cards_in(m.stages[0].id, lane.id)[0]
    canvas.view.ensureVisible(canvas.scene.card_item(card.id).sceneBoundingRect())
    v = canvas.view.verticalScrollBar()
    before = v.value()
    vp = canvas.view.viewport()
    start = canvas.card_center(card.id)
    edge = QPoint(start.x(), vp.height() - 5)
    canvas.qtbot.mousePress(vp, Qt.LeftButton, Qt.NoModifier, start)
    try:
        canvas.qtbot.mouseMove(vp, start + QPoint(0, 20))
        canvas.qtbot.mouseMove(vp, edge)
        # poll with QTest.qWait (processEvents): an earlier test's stray QCoreApplication.exit()
        # can make QEventLoop-based waits such as qtbot.waitUntil return at once
        deadline = time.monotonic() + 3
        while v.value() <= before + 30 and time.monotonic() < deadline:
            QTest.qWait(20)
        assert v.value() > before + 30
    finally:
        canvas.qtbot.mouseRelease(vp, Qt.LeftButton, Qt.NoModifier, edge)
    assert canvas.doc.undo_stack.count() == 1  # dropped where the scrolled view put it


def test_hovering_a_card_shows_its_full_text_as_a_tooltip(canvas):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    from cjm_desktop.commands import EditCardCommand

    card = canvas.map.cards[0]
    canvas.doc.push(EditCardCommand(canvas.doc, card.id, {"body": "Thấy quảng cáo trên Facebook", "evidence": "anecdote",
                                                         "source": "Phỏng vấn tại salon"}))
    vp = canvas.view.viewport()
    pos = canvas.card_center(card.id)
    QApplication.sendEvent(vp, QHelpEvent(QEvent.ToolTip, pos, vp.mapToGlobal(pos)))
    assert QToolTip.isVisible()
    assert "Thấy quảng cáo trên Facebook" in QToolTip.text() and "Phỏng vấn tại salon" in QToolTip.text()
    QToolTip.hideText()


def test_arrow_keys_scroll_when_no_card_is_selected(qtbot):
    canvas = make_canvas(qtbot, big_map(300, n_stages=10), size=(800, 500))
    v = canvas.view.verticalScrollBar()
    canvas.view.setFocus()
    canvas.qtbot.keyClick(canvas.view, Qt.Key_Down)
    assert v.value() > 0
    assert canvas.doc.undo_stack.count() == 0
