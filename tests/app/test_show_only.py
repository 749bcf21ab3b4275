"""View > Show Only: one persona's cards (by tag) or one lane kind's; the hidden leave a
"n hidden" mark in their cells; a view setting (no undo step, the file unchanged)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

import json

from cjm_desktop.io import ViewState, read_cjm, write_cjm
from cjm_desktop.model import LaneKind
from cjm_desktop.model.card_filter import CardFilter
from tests.factories import small_map


def _choose(window, text: str) -> None:
    menu = window.show_only.menu
    menu.aboutToShow.emit()
    next(a for a in menu.actions() if a.text().replace("&", "") == text).trigger()


def _tagged_map(path):
    m = small_map()
    m.personas[0].name = "Chị Lan Anh"
    m.cards[1].tags = ["Lan Anh"]
    write_cjm(path, m)
    return m


def test_show_only_a_persona_marks_the_hidden_and_is_no_edit(make_window, tmp_path, qtbot):
    path = tmp_path / "m.cjm"
    m = _tagged_map(path)
    window = make_window(path)
    scene = window.scene
    cell = (m.cards[0].stage_id, m.cards[0].lane_id)
    tall = scene.layout.cells[cell].h
    _choose(window, "Chị Lan Anh")
    assert set(scene.items_by_id.cards) == {m.cards[1].id}
    assert scene.grid.filter_marks[cell][0] == 2  # A0 and A2 hidden here
    assert scene.grid.filter_marks[(m.cards[3].stage_id, m.cards[3].lane_id)][0] == 1
    assert scene.layout.cells[cell].h <= tall
    assert window.show_only.note.isVisible() and "3" in window.show_only.note.text()
    assert window.doc.undo_stack.count() == 0 and not window.isWindowModified()
    window.save()
    saved = read_cjm(path)
    assert saved.map.cards == m.cards  # every card kept: the filter is no edit
    assert set(json.loads(path.read_text("utf-8"))["view"]) == set(ViewState.model_fields) - {"states"}  # the format unchanged (each state's view: only when set)
    _choose(window, "All Cards")
    assert len(scene.items_by_id.cards) == 4 and not scene.grid.filter_marks
    assert not window.show_only.note.isVisible()


def test_show_only_a_lane_kind(make_window, sample_path):
    window = make_window(sample_path)
    window.show_only.set(CardFilter(lane_kind=LaneKind.FEELINGS))
    assert window.scene.items_by_id.cards == {}
    assert sum(n for n, _ in window.scene.grid.filter_marks.values()) == 4
    assert window.scene.items_by_id.connectors == {}


def test_a_drop_in_a_filtered_cell_lands_between_the_shown_cards(make_window, tmp_path, qtbot):
    path = tmp_path / "m.cjm"
    m = _tagged_map(path)
    m.cards[2].tags = m.cards[3].tags = ["Lan Anh"]
    write_cjm(path, m)
    window = make_window(path)
    window.show_only.set(CardFilter(persona_id=m.personas[0].id))
    scene, view = window.scene, window.view
    a1, a2 = scene.card_item(m.cards[1].id), scene.card_item(m.cards[2].id)
    moving = scene.card_item(m.cards[3].id)
    view.ensureVisible(moving)
    start = view.mapFromScene(moving.sceneBoundingRect().center())
    # between A1 and A2 (A0 hidden above them)
    gap_y = (a1.sceneBoundingRect().bottom() + a2.sceneBoundingRect().top()) / 2
    end = view.mapFromScene(a1.sceneBoundingRect().center().x(), gap_y)
    vp = view.viewport()
    QTest.mousePress(vp, Qt.LeftButton, Qt.NoModifier, start)
    for i in range(1, 9):
        QTest.mouseMove(vp, start + (end - start) * i / 8)
    QTest.mouseRelease(vp, Qt.LeftButton, Qt.NoModifier, end)
    stack = [c.title for c in window.doc.map.cards_in(m.cards[0].stage_id, m.cards[0].lane_id)]
    assert stack.index("A1") < stack.index("B0") < stack.index("A2")
    assert window.doc.undo_stack.count() == 1


def test_the_filter_is_remembered_per_map_file_not_in_it(make_window, tmp_path):
    path = tmp_path / "m.cjm"
    m = _tagged_map(path)
    window = make_window(path)
    window.show_only.set(CardFilter(lane_kind=LaneKind.ACTIONS))
    window.open_path(path, ask=False)  # the same file again
    assert window.scene.shown.filter == CardFilter(lane_kind=LaneKind.ACTIONS)
    other = tmp_path / "other.cjm"
    write_cjm(other, m)
    window.open_path(other, ask=False)
    assert not window.scene.shown.active
    window.open_path(path, ask=False)
    _choose(window, "All Cards")
    window.open_path(path, ask=False)
    assert not window.scene.shown.active


def test_filtering_keeps_the_text_being_written(make_window, sample_path):
    from PySide6.QtGui import QTextCursor

    window = make_window(sample_path)
    card = window.doc.map.cards[0]
    assert window.scene.edit_card(card.id)
    editor = window.scene.editor
    cursor = editor.textCursor()
    cursor.select(QTextCursor.Document)
    cursor.insertText("Gõ dở rồi lọc")
    editor.setTextCursor(cursor)
    window.show_only.set(CardFilter(lane_kind=LaneKind.FEELINGS))  # hides the card being written
    assert window.scene.editor is None
    assert window.doc.map.card(card.id).title == "Gõ dở rồi lọc"


def test_show_only_the_cards_with_open_comments_or_with_votes_follows_the_workshop(make_window, tmp_path):
    from cjm_desktop.model import Comment

    path = tmp_path / "m.cjm"
    m = small_map()
    m.cards[0].comments = [Comment(text="Nguồn số liệu?"), Comment(text="Đã xong", resolved=True)]
    m.cards[1].comments = [Comment(text="Đã xong", resolved=True)]  # resolved only: not shown
    m.cards[2].votes = {"Lan": 2}
    write_cjm(path, m)
    window = make_window(path)
    scene = window.scene
    _choose(window, "Cards with Open Comments")
    assert set(scene.items_by_id.cards) == {m.cards[0].id}
    assert "Cards with Open Comments" in window.show_only.note.text()
    _choose(window, "Cards with Votes")
    assert set(scene.items_by_id.cards) == {m.cards[2].id}
    window.editor.put_dot(m.cards[3].id, "")  # an anonymous dot during the vote: the card shows
    assert set(scene.items_by_id.cards) == {m.cards[2].id, m.cards[3].id}
    window.open_path(path, ask=False)  # remembered for this file
    assert window.scene.shown.filter == CardFilter(marked="votes")
