"""Edit verbs of the window: clipboard, duplicate, delete, find, palette, menus."""

from __future__ import annotations

import json

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QDrag, QKeySequence
from PySide6.QtWidgets import QApplication, QColorDialog, QInputDialog, QMenu, QMessageBox

from cjm_desktop.app.window import context_menus
from cjm_desktop.editing.clipboard import CARDS_MIME, NEW_CARD_MIME
from cjm_desktop.commands import EditCardCommand
from cjm_desktop.model import LaneKind

from .conftest import card_by_title, select_card, type_text


def titles_in(window, stage_index: int, lane_index: int) -> list[str]:
    m = window.doc.map
    return [c.title for c in m.cards_in(m.stages[stage_index].id, m.lanes[lane_index].id)]


def test_copy_paste_between_two_windows(make_window, sample_path, tmp_path):
    source = make_window(sample_path)
    target = make_window()
    target.new_map("5a", "vi")
    card = select_card(source, "A1")
    source.doc.push(EditCardCommand(source.doc, card.id, {"body": "Khách xem Facebook", "sentiment": "positive",
                                                          "tags": ["fb"]}))
    source.actions_by_name["copy"].trigger()

    data = QApplication.clipboard().mimeData()
    payload = json.loads(bytes(data.data(CARDS_MIME)).decode("utf-8"))
    assert payload["format"] == "cjm-cards" and payload["version"] == 1
    assert [c["title"] for c in payload["cards"]] == ["A1"]
    assert data.text().startswith("A1")  # and as plain text for e-mail or chat

    m = target.doc.map
    stage, lane = m.stages[2], m.lanes[1]
    target.editor.pointed_cell = (stage.id, lane.id)
    before = len(m.cards_in(stage.id, lane.id))
    target.actions_by_name["paste"].trigger()
    pasted = m.cards_in(stage.id, lane.id)
    assert len(pasted) == before + 1
    new = pasted[-1]
    assert (new.title, new.body, new.sentiment, new.tags) == ("A1", "Khách xem Facebook", "positive", ["fb"])
    assert new.id != card.id
    assert target.scene.selected_ids()["cards"] == [new.id]
    assert target.actions_by_name["undo"].text() == "Undo Paste Card"
    target.actions_by_name["undo"].trigger()
    assert len(m.cards_in(stage.id, lane.id)) == before


def test_paste_goes_below_the_selected_card(make_window, sample_path):
    window = make_window(sample_path)
    select_card(window, "A2")
    window.actions_by_name["copy"].trigger()
    select_card(window, "A0")
    window.actions_by_name["paste"].trigger()
    assert titles_in(window, 0, 0) == ["A0", "A2", "A1", "A2"]
    assert len({c.id for c in window.doc.map.cards}) == len(window.doc.map.cards)


def test_plain_text_pastes_one_card_per_line(make_window, sample_path):
    window = make_window(sample_path)
    QApplication.clipboard().setText("Gọi hotline\n\nChờ lâu quá\n")
    select_card(window, "B0")
    window.actions_by_name["paste"].trigger()
    assert titles_in(window, 1, 0) == ["B0", "Gọi hotline", "Chờ lâu quá"]


def test_cut_then_paste_moves_cards_with_new_ids(make_window, sample_path):
    window = make_window(sample_path)
    a0 = card_by_title(window, "A0")
    window.scene.select_ids({"cards": [a0.id, card_by_title(window, "A1").id]})
    window.actions_by_name["cut"].trigger()
    assert titles_in(window, 0, 0) == ["A2"]
    assert window.doc.map.connectors == []  # the connector from A0 went with it
    window.editor.pointed_cell = (window.doc.map.stages[2].id, window.doc.map.lanes[1].id)
    window.scene.select_ids({})
    window.actions_by_name["paste"].trigger()
    assert titles_in(window, 2, 1) == ["A0", "A1"]
    assert a0.id not in {c.id for c in window.doc.map.cards}


def test_duplicate_puts_each_copy_below_its_card(make_window, sample_path, qtbot):
    window = make_window(sample_path)
    window.scene.select_ids({"cards": [card_by_title(window, "A0").id, card_by_title(window, "A1").id]})
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key_D, Qt.ControlModifier)
    assert titles_in(window, 0, 0) == ["A0", "A0", "A1", "A1", "A2"]
    assert window.doc.undo_stack.undoText() == "Duplicate 2 Cards"


def test_delete_a_lane_with_cards_asks_names_the_count_and_undoes(make_window, sample_path, dialogs):
    window = make_window(sample_path)
    doc = window.doc
    lane = doc.map.lanes[0]
    before = doc.map.model_dump(mode="json")
    window.scene.select_ids({"lanes": [lane.id]})

    dialogs.confirm_answer = QMessageBox.No
    window.actions_by_name["delete"].trigger()
    assert len(dialogs.questions) == 1
    assert "4 cards" in dialogs.questions[0] and "Hành động" in dialogs.questions[0]
    assert doc.map.model_dump(mode="json") == before

    dialogs.confirm_answer = QMessageBox.Yes
    window.actions_by_name["delete"].trigger()
    assert [ln.title for ln in doc.map.lanes] == ["Cảm xúc"] and doc.map.cards == []
    assert window.counts_label.text() == "3 stages · 1 lanes · 0 cards"
    window.actions_by_name["undo"].trigger()
    assert doc.map.model_dump(mode="json") == before


def test_deleting_an_empty_stage_does_not_ask(make_window, sample_path, dialogs):
    window = make_window(sample_path)
    stage = window.doc.map.stages[2]
    window.scene.select_ids({"stages": [stage.id]})
    window.actions_by_name["delete"].trigger()
    assert dialogs.questions == []
    assert stage.id not in {s.id for s in window.doc.map.stages}


def test_find_highlights_matches_and_steps_with_enter_and_f3(make_window, sample_path, qtbot):
    window = make_window(sample_path)
    window.actions_by_name["find"].trigger()
    assert window.find_bar.isVisible() and window.find_bar.field.hasFocus()
    qtbot.keyClicks(window.find_bar.field, "a")
    m = window.doc.map
    expected = [card_by_title(window, t).id for t in ("A0", "A1", "A2")]
    assert window.scene.highlighted_ids == set(expected)
    assert all(window.scene.card_item(cid).highlighted for cid in expected)
    assert not window.scene.card_item(card_by_title(window, "B0").id).highlighted
    assert window.find_bar.count_label.text() == "3 matches"
    qtbot.keyClick(window.find_bar.field, Qt.Key_Return)
    assert window.scene.selected_ids()["cards"] == [expected[0]]
    window.actions_by_name["find_next"].trigger()
    assert window.scene.selected_ids()["cards"] == [expected[1]]
    assert window.find_bar.count_label.text() == "2 of 3"
    window.actions_by_name["find_previous"].trigger()
    window.actions_by_name["find_previous"].trigger()
    assert window.scene.selected_ids()["cards"] == [expected[2]]
    qtbot.keyClick(window.find_bar.field, Qt.Key_Escape)
    assert not window.find_bar.isVisible() and window.scene.highlighted_ids == set()
    assert m is window.doc.map


def test_find_ignores_case_and_vietnamese_diacritics(make_window, sample_path, qtbot, monkeypatch):
    window = make_window(sample_path)
    card = select_card(window, "B0")
    type_text(window.inspector.page.fields["body"].widget, "Đánh giá dịch vụ")
    window.actions_by_name["find"].trigger()
    qtbot.keyClicks(window.find_bar.field, "DANH GIA")
    assert window.find_bar.matches == [card.id]


def test_palette_drag_carries_the_new_card_mime(make_window, qtbot, monkeypatch):
    window = make_window()
    started = []

    def fake_exec(drag, *args, **kwargs):
        started.append({f: bytes(drag.mimeData().data(f)) for f in drag.mimeData().formats()})
        return Qt.CopyAction

    monkeypatch.setattr(QDrag, "exec", fake_exec)
    palette = window.palette_dock.list
    row = [palette.kind_at(i) for i in range(palette.count())].index(LaneKind.TOUCHPOINTS)
    rect = palette.visualItemRect(palette.item(row))
    start = rect.center()
    qtbot.mousePress(palette.viewport(), Qt.LeftButton, pos=start)
    for dx in (5, 15, 30, 45):
        qtbot.mouseMove(palette.viewport(), start + QPoint(dx, 0))
    qtbot.mouseRelease(palette.viewport(), Qt.LeftButton, pos=start + QPoint(45, 0))
    assert started, "no drag started"
    assert json.loads(started[0][NEW_CARD_MIME].decode("utf-8")) == {"kind": "touchpoints"}


def _shown_in_view(window, card_id: str) -> bool:
    rect = window.view.mapFromScene(window.scene.card_item(card_id).sceneBoundingRect()).boundingRect()
    return window.view.viewport().rect().contains(rect)


def _drop_on_view(window, mime, scene_x: float, scene_y: float):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent

    vp = window.view.viewport()
    pos = window.view.mapFromScene(QPointF(scene_x, scene_y))
    QApplication.sendEvent(vp, QDragEnterEvent(pos, Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier))
    QApplication.sendEvent(vp, QDragMoveEvent(pos, Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier))
    drop = QDropEvent(pos, Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(vp, drop)
    return drop


def test_palette_enter_adds_a_card_of_that_kind_like_a_drop(make_window, qtbot):
    """Activating a palette entry gives what dropping it gives: the kind's defaults,
    untitled, selected, in view and open in the in-place editor."""
    window = make_window()
    window.new_map("5a", "en")
    m = window.doc.map
    lane = next(lane for lane in m.lanes if lane.kind == LaneKind.TOUCHPOINTS)
    window.view.verticalScrollBar().setValue(0)
    window.view.horizontalScrollBar().setValue(0)
    palette = window.palette_dock.list
    palette.setFocus()
    palette.setCurrentRow([palette.kind_at(i) for i in range(palette.count())].index(LaneKind.TOUCHPOINTS))
    qtbot.keyClick(palette, Qt.Key_Return)
    (card_id,) = window.scene.selected_ids()["cards"]
    card = m.card(card_id)
    assert card.lane_id == lane.id and card.stage_id == m.stages[0].id
    assert (card.title, card.sentiment) == ("", "neutral")
    assert window.scene.editing_card_id() == card_id
    assert _shown_in_view(window, card_id)
    qtbot.keyClicks(window.view, "Zalo OA")
    qtbot.keyClick(window.view, Qt.Key_Return)
    assert card.title == "Zalo OA"

    cell = window.scene.layout.cells[(m.stages[1].id, lane.id)]
    window.view.reveal([window.scene.stage_item(m.stages[1].id).model_id])
    dropped = _drop_on_view(window, palette.mimeData([palette.currentItem()]), cell.x + 20, cell.y + 10)
    assert dropped.isAccepted()
    (drop_id,) = window.scene.selected_ids()["cards"]
    assert (m.card(drop_id).title, m.card(drop_id).sentiment) == ("", "neutral")
    assert window.scene.editing_card_id() == drop_id


def test_the_delete_key_and_edit_delete_are_one_verb(make_window, sample_path, qtbot, dialogs):
    window = make_window(sample_path)
    doc = window.doc
    lane = doc.map.lanes[0]
    window.scene.select_ids({"lanes": [lane.id]})
    window.view.setFocus()
    dialogs.confirm_answer = QMessageBox.No
    qtbot.keyClick(window.view, Qt.Key_Delete)
    assert len(dialogs.questions) == 1 and "4 cards" in dialogs.questions[0]
    assert lane in doc.map.lanes

    a2 = card_by_title(window, "A2")
    window.scene.select_ids({"cards": [a2.id], "connectors": [doc.map.connectors[0].id],
                             "personas": [doc.map.personas[0].id]})
    qtbot.keyClick(window.view, Qt.Key_Delete)
    assert a2 not in doc.map.cards and doc.map.connectors == [] and doc.map.personas == []
    assert doc.undo_stack.undoText() == "Delete"
    doc.undo_stack.undo()
    window.scene.select_ids({"cards": [a2.id], "connectors": [doc.map.connectors[0].id],
                             "personas": [doc.map.personas[0].id]})
    window.actions_by_name["delete"].trigger()
    assert a2 not in doc.map.cards and doc.map.connectors == [] and doc.map.personas == []
    assert doc.undo_stack.undoText() == "Delete"


def test_pasting_and_dropping_the_same_cards_read_them_alike(make_window, sample_path, qtbot):
    """One clipboard format for every path: a card that does not validate is
    skipped, the others arrive, whether pasted with Ctrl+V or dropped."""
    from PySide6.QtCore import QMimeData

    window = make_window(sample_path)
    m = window.doc.map
    good = card_by_title(window, "A1").model_dump(mode="json")
    bad = {**good, "title": "broken", "importance": "enormous"}
    payload = json.dumps({"format": "cjm-cards", "version": 1, "cards": [bad, good]}).encode()
    data = QMimeData()
    data.setData(CARDS_MIME, payload)
    QApplication.clipboard().setMimeData(data)
    select_card(window, "B0")
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key_V, Qt.ControlModifier)
    assert titles_in(window, 1, 0) == ["B0", "A1"]
    mime = QMimeData()
    mime.setData(CARDS_MIME, payload)
    cell = window.scene.layout.cells[(m.stages[2].id, m.lanes[0].id)]
    window.view.reveal([m.stages[2].id])
    assert _drop_on_view(window, mime, cell.x + 20, cell.y + 10).isAccepted()
    assert titles_in(window, 2, 0) == ["A1"]


def test_insert_menu_adds_stage_lane_card_persona(make_window, sample_path):
    window = make_window(sample_path)
    m = window.doc.map
    window.scene.select_ids({"stages": [m.stages[0].id]})
    window.actions_by_name["add_stage"].trigger()
    assert len(m.stages) == 4 and window.scene.selected_ids()["stages"] == [m.stages[1].id]
    kind_action = next(a for a in window.insert_lane_menu.actions() if a.text() == "Pain points")
    kind_action.trigger()
    assert any(lane.kind == LaneKind.PAIN_POINTS for lane in m.lanes)
    select_card(window, "B0")
    window.actions_by_name["add_card"].trigger()
    # a Vietnamese map (small_map) gets the default words of its own language in an English interface
    assert titles_in(window, 2, 0) == ["B0", "Hành động của khách hàng"]
    window.actions_by_name["add_persona"].trigger()
    assert len(m.personas) == 2
    assert window.counts_label.text() == "4 stages · 3 lanes · 5 cards"


def _menu_actions(menu: QMenu) -> dict[str, object]:
    return {a.text(): a for a in menu.actions() if a.text()}


def test_stage_context_menu_renames_recolours_adds_and_deletes(make_window, sample_path, monkeypatch, dialogs):
    window = make_window(sample_path)
    m = window.doc.map
    stage = m.stages[1]
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Tìm hiểu online", True)))
    _menu_actions(context_menus.stage_menu(window, stage.id))["Rename Stage…"].trigger()
    assert m.stage(stage.id).title == "Tìm hiểu online"
    _menu_actions(context_menus.stage_menu(window, stage.id))["Add Stage Before"].trigger()
    assert m.stages[2].id == stage.id
    monkeypatch.setattr(QColorDialog, "getColor", staticmethod(lambda *a, **k: QColor("#aa3355")))
    _menu_actions(context_menus.stage_menu(window, stage.id))["Stage Colour…"].trigger()
    assert m.stage(stage.id).colour == "#aa3355"
    dialogs.confirm_answer = QMessageBox.Yes
    _menu_actions(context_menus.stage_menu(window, stage.id))["Delete Stage"].trigger()
    assert "1 card" in dialogs.questions[0]  # B0 sits in this stage
    assert stage.id not in {s.id for s in m.stages}
    assert window.doc.undo_stack.undoText() == "Delete Stage"


def test_lane_context_menu_collapses_and_changes_kind(make_window, sample_path):
    window = make_window(sample_path)
    lane = window.doc.map.lanes[0]
    menu = context_menus.lane_menu(window, lane.id)
    _menu_actions(menu)["Collapse Lane"].trigger()
    assert window.doc.map.lane(lane.id).collapsed
    kinds = _menu_actions(menu)["Lane Kind"].menu()
    _menu_actions(kinds)["Touchpoints"].trigger()
    assert window.doc.map.lane(lane.id).kind == LaneKind.TOUCHPOINTS
    window.doc.undo_stack.undo()
    window.doc.undo_stack.undo()
    assert not window.doc.map.lane(lane.id).collapsed and window.doc.map.lane(lane.id).kind == LaneKind.ACTIONS


def test_cell_context_menu_adds_a_card_there(make_window, sample_path):
    window = make_window(sample_path)
    m = window.doc.map
    menu = context_menus.cell_menu(window, m.stages[2].id, m.lanes[0].id)
    _menu_actions(menu)["Add Card Here"].trigger()
    assert titles_in(window, 2, 0) == ["Hành động của khách hàng"]  # the map's language (vi)


def test_every_action_has_a_tooltip_naming_its_shortcut(make_window):
    window = make_window()
    seen = 0
    for menu in window.menuBar().findChildren(QMenu):
        for action in menu.actions():
            if action.isSeparator() or action.menu() is not None or not action.text():
                continue
            assert action.toolTip(), action.text()
            keys = action.shortcut().toString(QKeySequence.NativeText)
            if keys:
                assert keys in action.toolTip(), (action.text(), action.toolTip())
                seen += 1
    assert seen >= 20
    undo = window.actions_by_name["undo"]
    assert undo.shortcut().toString(QKeySequence.NativeText) in undo.toolTip()


def test_connector_context_menu_relabels_and_deletes(make_window, sample_path, monkeypatch):
    window = make_window(sample_path)
    connector = window.doc.map.connectors[0]
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("quay lại", True)))
    _menu_actions(context_menus.connector_menu(window, connector.id))["Edit Label…"].trigger()
    assert window.doc.map.connectors[0].label == "quay lại"
    _menu_actions(context_menus.connector_menu(window, connector.id))["Delete Connector"].trigger()
    assert window.doc.map.connectors == []
    window.doc.undo_stack.undo()
    assert window.doc.map.connectors[0].label == "quay lại"


def test_double_clicking_a_persona_opens_it_in_the_personas_dock(make_window, sample_path):
    window = make_window(sample_path)
    window.new_map("5a", "vi")
    window.actions_by_name["add_persona"].trigger()
    first = window.doc.map.personas[0]
    window.scene.persona_edit_requested.emit(first.id)
    assert window.personas_dock.persona_id == first.id
    assert window.personas_dock.page.fields["name"].widget.hasFocus()


def test_undoing_a_big_paste_updates_the_selection_once(make_window, sample_path):
    """Removing selected cards must not emit one selection change per card (a
    5,000-card undo once took minutes that way)."""
    window = make_window(sample_path)
    QApplication.clipboard().setText("\n".join(f"Thẻ {i}" for i in range(300)))
    select_card(window, "B0")
    window.actions_by_name["paste"].trigger()
    assert len(window.scene.selected_ids()["cards"]) == 300
    seen = []
    window.scene.selection_ids_changed.connect(lambda ids: seen.append(ids))
    window.actions_by_name["undo"].trigger()
    assert len(seen) == 1 and seen[0]["cards"] == []
    assert window.inspector.current == "map"
