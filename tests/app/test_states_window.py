"""The tab bar of states above the canvas and Compare With State, driven as a user does:
clicks on the tabs, a double-click to rename, keys, the States menu, a tab dragged."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from cjm_desktop.canvas.items.comparison import ADDED, CHANGED
from cjm_desktop.io import read_cjm, write_cjm
from cjm_desktop.model import states as st
from cjm_desktop.resources import example_map_path
from tests.app.conftest import type_text
from tests.factories import small_map

SHOTS = Path("/work/shots/states")


def _save_shot(window, name: str) -> None:
    if SHOTS.is_dir():
        window.grab().save(str(SHOTS / name))


def _click_tab(qtbot, window, index: int) -> None:
    tabs = window.states.bar.tabs
    qtbot.mouseClick(tabs, Qt.LeftButton, pos=tabs.tabRect(index).center())


def _names(window) -> list[str]:
    tabs = window.states.bar.tabs
    return [tabs.tabText(i) for i in range(tabs.count())]


@pytest.fixture
def one_state(tmp_path) -> Path:
    path = tmp_path / "salon.cjm"
    write_cjm(path, small_map())
    return path


def test_new_future_state_then_click_tabs_to_switch_and_save_writes_the_current_state(
        make_window, qtbot, one_state):
    window = make_window(one_state)
    assert _names(window) == ["Hiện trạng"]
    qtbot.mouseClick(window.states.bar.add_button, Qt.LeftButton)
    assert _names(window) == ["Hiện trạng", "Tương lai 1"]
    future = window.doc.map.states[0].id
    assert st.shown_state(window.doc.map) == future and window.states.bar.tabs.currentIndex() == 1
    first = window.doc.map.cards[0].id
    assert window.editor.set_card_text(first, "Đặt lịch online", "")
    assert window.scene.item_for_id(first) is not None
    _click_tab(qtbot, window, 0)
    assert st.shown_state(window.doc.map) is None and window.doc.map.card(first).title == "A0"
    _click_tab(qtbot, window, 1)
    assert window.doc.map.card(first).title == "Đặt lịch online"
    assert window.save()
    saved = read_cjm(one_state).map
    assert saved.card(first).title == "A0" and saved.states[0].cards[0].title == "Đặt lịch online"
    assert st.shown_state(window.doc.map) == future  # saving changed nothing on screen


def test_double_click_a_tab_renames_the_state_in_place_and_undo_brings_the_name_back(
        make_window, qtbot, one_state):
    window = make_window(one_state)
    window.states.new_state()
    tabs = window.states.bar.tabs
    qtbot.mouseDClick(tabs, Qt.LeftButton, pos=tabs.tabRect(1).center())
    editor = window.states.bar.editor
    assert editor is not None and editor.text() == "Tương lai 1"
    editor.selectAll()
    type_text(editor, "Đặt lịch qua Zalo")
    qtbot.keyClick(editor, Qt.Key_Return)
    assert _names(window) == ["Hiện trạng", "Đặt lịch qua Zalo"]
    assert window.doc.undo_stack.undoText() == "Rename State"
    # Esc leaves the name as it was
    qtbot.mouseDClick(tabs, Qt.LeftButton, pos=tabs.tabRect(0).center())
    qtbot.keyClicks(window.states.bar.editor, "xyz")
    qtbot.keyClick(window.states.bar.editor, Qt.Key_Escape)
    assert _names(window) == ["Hiện trạng", "Đặt lịch qua Zalo"]
    window.doc.undo_stack.undo()
    assert _names(window) == ["Hiện trạng", "Tương lai 1"]


def test_keys_switch_states_and_each_state_keeps_its_view(make_window, qtbot, one_state):
    window = make_window(one_state)
    window.states.new_state()
    window.view.set_zoom(2.0)
    qtbot.keyClick(window.view, Qt.Key_PageUp, Qt.ControlModifier)  # the previous state
    assert st.shown_state(window.doc.map) is None
    window.view.set_zoom(0.5)
    qtbot.keyClick(window.view, Qt.Key_PageDown, Qt.ControlModifier)
    assert st.shown_state(window.doc.map) == window.doc.map.states[0].id
    qtbot.waitUntil(lambda: abs(window.view.zoom() - 2.0) < 1e-6)
    qtbot.keyClick(window.view, Qt.Key_PageDown, Qt.ControlModifier)  # round: back to the current state
    qtbot.waitUntil(lambda: abs(window.view.zoom() - 0.5) < 1e-6)


def test_a_tab_dragged_moves_the_state_and_the_current_state_stays_first(make_window, qtbot, one_state):
    window = make_window(one_state)
    window.states.new_state()
    window.states.new_state()
    a, b = [s.id for s in window.doc.map.states]
    tabs = window.states.bar.tabs
    tabs.moveTab(2, 1)  # what a drag does while the mouse is down
    qtbot.mouseRelease(tabs, Qt.LeftButton, pos=tabs.tabRect(1).center())
    assert [s.id for s in window.doc.map.states] == [b, a] and window.doc.undo_stack.undoText() == "Move State"
    tabs.moveTab(1, 0)  # before the current state: refused, the tabs are put back
    qtbot.mouseRelease(tabs, Qt.LeftButton, pos=tabs.tabRect(0).center())
    assert _names(window)[0] == "Hiện trạng" and [s.id for s in window.doc.map.states] == [b, a]


def test_delete_state_asks_first_and_undo_brings_it_back(make_window, qtbot, one_state, dialogs):
    window = make_window(one_state)
    window.states.new_state()
    dialogs.confirm_answer = QMessageBox.No
    window.states.delete_action.trigger()
    assert len(window.doc.map.states) == 1 and dialogs.questions
    dialogs.confirm_answer = QMessageBox.Yes
    window.states.delete_action.trigger()
    assert window.doc.map.states == [] and _names(window) == ["Hiện trạng"]
    assert not window.states.delete_action.isEnabled()  # the current state cannot be deleted
    window.doc.undo_stack.undo()
    assert _names(window) == ["Hiện trạng", "Tương lai 1"] and window.states.bar.tabs.currentIndex() == 1


def test_compare_with_state_marks_and_lists_what_the_future_state_changes(make_window, qtbot, tmp_path):
    path = tmp_path / "salon-vi.cjm"
    path.write_bytes(example_map_path().read_bytes())
    window = make_window(path)
    window.resize(1500, 950)
    assert _names(window) == ["Hiện trạng", "Tương lai: đặt lịch và giá trọn gói"]  # the example has one
    _click_tab(qtbot, window, 1)
    window.states.compare_menu.aboutToShow.emit()
    window.states.compare_menu.actions()[0].trigger()  # States > Compare With State > Hiện trạng
    dock = window.team.compare_dock
    assert dock.isVisible()
    texts = [dock.list.item(i).text() for i in range(dock.list.count())]
    assert any(t.startswith('card "Lịch trống và bảng giá trọn gói trên Zalo OA" added in') for t in texts)
    assert any(t.startswith('card "Chờ 30–40 phút dù đã đặt lịch" removed from') for t in texts)
    assert any('title "Hụt hẫng" → "Yên tâm"' in t for t in texts)
    assert not any(t.startswith("future state") or t.startswith("map:") for t in texts)
    m = window.doc.map
    added = next(c for c in m.cards if c.title.startswith("Lịch trống"))
    retitled = next(c for c in m.cards if c.title == "Yên tâm")
    outlines = window.team._compare_item.marks.outlines
    assert (window.scene.layout.rect_of(added.id), ADDED) in outlines
    assert (window.scene.layout.rect_of(retitled.id), CHANGED) in outlines
    qtbot.keyClick(window.view, Qt.Key_F8)  # step through the differences
    assert window.scene.selected_ids()["cards"]
    window.view.reveal([added.id])
    _save_shot(window, "compare-states.png")
    # switching to the state compared with: nothing differs
    _click_tab(qtbot, window, 0)
    assert dock.list.count() == 0


def test_autosave_and_reload_from_disk_while_a_future_state_is_shown(make_window, qtbot, one_state):
    from cjm_desktop.io import loads_cjm
    from cjm_desktop.io.keeping.recovery_copies import list_recoveries

    window = make_window(one_state)
    window.states.new_state()
    first = window.doc.map.cards[0].id
    window.editor.set_card_text(first, "tương lai", "")
    assert window.guard.keeper.autosave()
    [copy] = [r for r in list_recoveries(include_live=True) if r.source == one_state]
    saved = loads_cjm(copy.data_path.read_bytes(), "copy").map
    assert saved.card(first).title == "A0" and saved.states[0].cards[0].title == "tương lai"
    # someone else saves the file meanwhile: the window notices and reloads it as one step
    other = small_map()
    write_cjm(one_state, other)
    assert window.guard.keeper.check_disk() == "changed"
    assert window.guard.reload_from_disk()
    assert _names(window) == ["Hiện trạng"] and st.shown_state(window.doc.map) is None
    window.doc.undo_stack.undo()  # our version comes back, showing the state it showed
    assert _names(window) == ["Hiện trạng", "Tương lai 1"] and window.states.bar.tabs.currentIndex() == 1
    assert window.doc.map.card(first).title == "tương lai"


def test_each_state_s_view_is_saved_in_the_file_and_comes_back(make_window, qtbot, one_state):
    window = make_window(one_state)
    window.view.set_zoom(0.5)
    future = window.states.new_state()
    window.view.set_zoom(2.0)
    assert window.save()  # saved while the future state is shown
    view = read_cjm(one_state).view
    assert view.zoom == pytest.approx(0.5) and view.states[future].zoom == pytest.approx(2.0)
    window.doc.undo_stack.setClean()
    again = make_window(one_state)
    qtbot.waitUntil(lambda: abs(again.view.zoom() - 0.5) < 1e-6)  # the current state's view
    _click_tab(qtbot, again, 1)
    qtbot.waitUntil(lambda: abs(again.view.zoom() - 2.0) < 1e-6)


def test_looking_at_another_state_of_a_saved_map_asks_nothing_on_close(make_window, qtbot, tmp_path, dialogs):
    path = tmp_path / "salon-vi.cjm"
    path.write_bytes(example_map_path().read_bytes())
    window = make_window(path)
    _click_tab(qtbot, window, 1)
    assert st.shown_state(window.doc.map) is not None and not window.isWindowModified()
    window.close()
    assert not window.isVisible() and dialogs.warnings == []


def test_a_tab_s_context_menu_renames_compares_and_deletes_that_state(make_window, qtbot, one_state, dialogs):
    window = make_window(one_state)
    window.states.new_state()
    menu = window.states.tab_menu(0)  # the current state's tab, while the future state is shown
    texts = [a.text() for a in menu.actions()]
    assert texts == ["&Rename State…", "&Compare With State"]  # the current state cannot be deleted
    menu.actions()[1].trigger()
    assert window.team.compare_dock.isVisible() and window.team.other_state == (None,)
    menu = window.states.tab_menu(1)
    assert [a.text() for a in menu.actions()] == ["&Rename State…", "&Delete State"]
    dialogs.confirm_answer = QMessageBox.Yes
    menu.actions()[1].trigger()
    assert window.doc.map.states == [] and window.team.compare_dock.list.count() == 0  # the same state now
    assert window.states.tab_menu(-1) is None


def test_compare_side_by_side_shows_the_other_state_scrolled_with_the_canvas(make_window, qtbot, tmp_path):
    path = tmp_path / "salon-vi.cjm"
    path.write_bytes(example_map_path().read_bytes())
    window = make_window(path)
    window.resize(1700, 950)
    _click_tab(qtbot, window, 1)
    window.states.side_menu.aboutToShow.emit()
    [entry] = window.states.side_menu.actions()
    assert entry.text() == "Hiện trạng"
    entry.trigger()
    side = window.states.side
    assert side.dock.isVisible() and side.view is not None
    titles = {c.title for c in side.doc.map.cards}
    assert "Chờ 30–40 phút dù đã đặt lịch" in titles and "Lịch trống và bảng giá trọn gói trên Zalo OA" not in titles
    assert not side.view.isInteractive()
    window.view.set_zoom(0.6)
    assert side.view.zoom() == pytest.approx(0.6)
    window.view.verticalScrollBar().setValue(300)
    assert side.view.verticalScrollBar().value() == window.view.verticalScrollBar().value()
    _save_shot(window, "side-by-side.png")
    first = side.view
    window.editor.set_card_text(window.doc.map.cards[0].id, "sửa", "")  # an edit of the state shown: no rebuild
    assert side.view is first
    _click_tab(qtbot, window, 0)  # now the same state on both sides
    assert side.view is not first and "Chờ 30–40 phút dù đã đặt lịch" in {c.title for c in side.doc.map.cards}
    side.dock.close()
    assert side.view is None


def test_presenting_a_future_state_names_it_on_the_title_page(make_window, qtbot, tmp_path):
    from tests.app.test_present import _presenter

    path = tmp_path / "salon-vi.cjm"
    path.write_bytes(example_map_path().read_bytes())
    window = make_window(path)
    _click_tab(qtbot, window, 1)
    presenter = _presenter(window, qtbot)
    assert presenter.title_page.title.endswith(" — Tương lai: đặt lịch và giá trọn gói")
    _save_shot(presenter, "present-title-future-state.png")
    qtbot.keyClick(presenter, Qt.Key_Escape)
    qtbot.waitUntil(lambda: window.presenter is None)  # gone before the window goes
