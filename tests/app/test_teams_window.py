"""File > Compare With…, File > Merge With… and the Conflicts panel, as a user drives them."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog

from cjm_desktop.canvas.items.comparison import ADDED, CHANGED, CONFLICT
from cjm_desktop.commands import AddCardsCommand, DeleteCardsCommand, EditCardCommand, MoveCardsCommand
from cjm_desktop.io import read_cjm, write_cjm
from cjm_desktop.model import Card
from cjm_desktop.model import states as st
from cjm_desktop.teams import merge_maps
from tests.factories import small_map
from tests.teams.edits import card, edited


def choose_file(monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def trigger(window, name: str) -> None:
    window.actions_by_name[name].trigger()


@pytest.fixture
def versions(tmp_path):
    """A map saved last week and the map as it is now (edited since)."""
    old = small_map()
    now = edited(
        old,
        lambda d: EditCardCommand(d, card(d.map, "A0").id, {"title": "A0 sửa"}),
        lambda d: MoveCardsCommand(d, [card(d.map, "A1").id], d.map.stages[2].id, d.map.lanes[0].id, 0),
        lambda d: AddCardsCommand(d, [Card(stage_id=d.map.stages[1].id, lane_id=d.map.lanes[0].id, order=1,
                                           title="Thẻ mới")]),
        lambda d: DeleteCardsCommand(d, [card(d.map, "A2").id]),
    )
    paths = tmp_path / "last-week.cjm", tmp_path / "now.cjm"
    write_cjm(paths[0], old)
    write_cjm(paths[1], now)
    return paths


def test_compare_with_lists_the_changes_and_marks_them_on_the_canvas(make_window, qtbot, monkeypatch, versions):
    window = make_window(versions[1])
    choose_file(monkeypatch, versions[0])
    trigger(window, "compare")
    dock = window.team.compare_dock
    assert dock.isVisible()
    texts = [dock.list.item(i).text() for i in range(dock.list.count())]
    assert texts == [
        'card "A0 sửa": title "A0" → "A0 sửa"',
        'card "Thẻ mới" added in Tìm hiểu · Hành động',
        'card "A1" moved from Nhận biết · Hành động to Mua hàng · Hành động',
        'card "A2" removed from Nhận biết · Hành động',
    ]
    assert dock.header.text() == "4 changes since last-week.cjm"
    marks = window.team._compare_item.marks
    lay = window.scene.layout
    m = window.doc.map
    assert (lay.rect_of(card(m, "Thẻ mới").id), ADDED) in marks.outlines
    assert (lay.rect_of(card(m, "A0 sửa").id), CHANGED) in marks.outlines
    assert [title for _, title in marks.ghosts] == ["A2"]
    assert len(marks.arrows) == 1
    window.grab().save(str(versions[0].with_name("compare.png")))

    # stepping through the list shows each change on the canvas
    qtbot.keyClick(window.view, Qt.Key_F8)  # F8 from the canvas, as a user reading the map
    assert window.scene.selected_ids()["cards"] == [card(m, "A0 sửa").id]
    qtbot.keyClick(window.view, Qt.Key_F8)
    assert window.scene.selected_ids()["cards"] == [card(m, "Thẻ mới").id]
    qtbot.keyClick(window.view, Qt.Key_F8, Qt.ShiftModifier)
    assert window.scene.selected_ids()["cards"] == [card(m, "A0 sửa").id]
    from cjm_desktop.app.window.help_dialogs import shortcut_rows
    assert ("File > Next Change or Conflict", "F8") in shortcut_rows(window)  # listed in Help > Keyboard Shortcuts

    # an edit while comparing: the list follows
    window.doc.push(EditCardCommand(window.doc, card(m, "B0").id, {"title": "B0 sửa"}))
    assert dock.header.text() == "5 changes since last-week.cjm"
    dock.buttons.itemAt(2).widget().click()  # Stop Comparing
    assert not dock.isVisible() and window.team._compare_item.marks.outlines == []


def _mark_pixels(window, colour: str) -> int:
    """Pixels of the mark colour in what the window shows (its backing store, as
    painted so far: a fresh grab would repaint everything and hide a stale mark)."""
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QApplication

    for _ in range(5):
        QApplication.processEvents()
    image = window.screen().grabWindow(window.winId()).toImage()
    want = QColor(colour)
    return sum(1 for y in range(0, image.height(), 2) for x in range(0, image.width(), 3)
               if image.pixelColor(x, y) == want)


def test_stop_comparing_takes_the_marks_off_the_screen_at_once(make_window, monkeypatch, versions):
    window = make_window(versions[1])
    choose_file(monkeypatch, versions[0])
    trigger(window, "compare")
    window.view.reveal([card(window.doc.map, "A0 sửa").id])
    assert _mark_pixels(window, CHANGED) > 20  # the outline of the changed card
    window.team.stop_comparing()
    assert _mark_pixels(window, CHANGED) == 0  # not left on screen until something else repaints there


def test_merge_with_a_colleagues_copy_then_resolve_the_conflict(make_window, qtbot, monkeypatch, tmp_path):
    base = small_map()
    ours_path, theirs_path, base_path = tmp_path / "ours.cjm", tmp_path / "theirs.cjm", tmp_path / "base.cjm"
    write_cjm(base_path, base)
    write_cjm(ours_path, edited(base, lambda d: EditCardCommand(d, card(d.map, "A0").id, {"title": "Lan"})))
    write_cjm(theirs_path, edited(
        base, lambda d: EditCardCommand(d, card(d.map, "A0").id, {"title": "Minh"}),
        lambda d: EditCardCommand(d, card(d.map, "B0").id, {"owner": "Minh"})))
    window = make_window(ours_path)
    picks = iter([theirs_path, base_path])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(next(picks)), ""))
    offered = []

    def get_item(parent, title, label, items, current, editable):
        offered.extend(items)
        return next(i for i in items if i.startswith("Another file")), True

    monkeypatch.setattr(QInputDialog, "getItem", get_item)
    trigger(window, "merge")
    assert offered[-1] == "None: decide every difference"
    m = window.doc.map
    assert card(m, "B0").owner == "Minh" and card(m, "Lan").title == "Lan"  # theirs combined, ours stands
    assert window.doc.undo_stack.undoText() == "Merge With Another Copy"
    dock = window.team.conflicts_dock
    assert dock.isVisible() and dock.list.count() == 1
    assert dock.list.item(0).text() == 'conflict: card "Lan" title: ours "Lan", theirs "Minh"'
    assert dock.windowTitle() == "Conflicts (1)"
    badge_marks = window.team._conflict_item.marks
    assert (window.scene.layout.rect_of(card(m, "Lan").id), CONFLICT) in badge_marks.outlines
    window.grab().save(str(tmp_path / "conflict.png"))

    dock.list.setCurrentRow(0)
    assert window.scene.selected_ids()["cards"] == [card(m, "Lan").id]
    dock.buttons.itemAt(1).widget().click()  # Use Theirs
    m = window.doc.map
    assert m.conflicts == [] and card(m, "Minh").owner == ""
    assert dock.windowTitle() == "Conflicts" and dock.list.count() == 0
    window.doc.undo_stack.undo()  # the choice is one undo step
    assert len(window.doc.map.conflicts) == 1 and card(window.doc.map, "Lan")
    window.doc.undo_stack.undo()  # and the merge another
    assert window.doc.map.conflicts == [] and card(window.doc.map, "B0").owner == ""


def merged_with_a_conflict(tmp_path, theirs: str):
    """A file git merged: card A1's title "x" in ours, ``theirs`` in theirs."""
    base = small_map()
    result = merge_maps(base, edited(base, lambda d: EditCardCommand(d, card(d.map, "A1").id, {"title": "x"})),
                        edited(base, lambda d: EditCardCommand(d, card(d.map, "A1").id, {"title": theirs})))
    path = tmp_path / "merged.cjm"
    write_cjm(path, result.map)
    return path


def test_a_map_git_merged_with_conflicts_opens_with_its_conflicts_shown(make_window, tmp_path):
    path = merged_with_a_conflict(tmp_path, "<b>y</b>")
    window = make_window(path)
    dock = window.team.conflicts_dock
    assert dock.isVisible() and dock.list.count() == 1
    assert dock.list.item(0).text() == 'conflict: card "x" title: ours "x", theirs "<b>y</b>"'  # as typed
    (rect, tip), = window.team._conflict_item.marks.badges
    assert "<b>y</b>" in tip
    assert json.loads(read_cjm(path).map.conflicts[0].theirs) == "<b>y</b>"


def test_conflicts_belong_to_the_current_state_and_stay_off_a_future_state(make_window, tmp_path):
    """A merge's conflicts are about the current state; a future state made from it
    shares its ids. While the future state is shown the conflicts are listed with a
    line naming their state, but nothing on the map is marked or selected; picking a
    value there changes the current state and leaves the future state on screen."""
    window = make_window(merged_with_a_conflict(tmp_path, "y"))
    team, dock = window.team, window.team.conflicts_dock
    cid = card(window.doc.map, "x").id
    assert team._conflict_item.marks.outlines
    future = window.states.new_state()
    assert future is not None and st.shown_state(window.doc.map) == future
    assert card(window.doc.map, "x").id == cid  # the same ids in the future state
    assert dock.list.count() == 1 and not team._conflict_item.marks.outlines
    assert dock.header.text() == "These conflicts are in the state “Hiện trạng”: show it to see them on the map."
    window.scene.clearSelection()
    dock.list.setCurrentRow(0)
    assert window.scene.selected_ids().get("cards", []) == []
    dock.buttons.itemAt(1).widget().click()  # Use Theirs
    m = window.doc.map
    assert st.shown_state(m) == future and m.conflicts == []
    assert card(m, "x").id == cid  # the future state keeps its own title
    assert st.map_of_state(m, None).cards[[c.id for c in st.map_of_state(m, None).cards].index(cid)].title == "y"
    window.states.show(None)
    assert dock.list.count() == 0 and card(window.doc.map, "y").id == cid
