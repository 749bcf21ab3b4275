"""The Inspector's comments: add, resolve, reopen, delete through the real widgets, each one undo step."""

from __future__ import annotations

from PySide6.QtCore import Qt

from cjm_desktop.app.docks.comments_box import CommentsBox
from cjm_desktop.app.settings.preferences import AUTHOR_KEY
from cjm_desktop.app.settings.store import app_settings
from cjm_desktop.model import ObjectKind
from tests.app.conftest import select_card, type_text


def _box(window, page: str) -> CommentsBox:
    return next(b for b in window.inspector.pages[page].extras if isinstance(b, CommentsBox))


def test_add_resolve_reopen_and_delete_a_card_comment(make_window, sample_path, qtbot):
    app_settings().setValue(AUTHOR_KEY, "Chị Lan")
    window = make_window(sample_path)
    card = select_card(window, "A1")
    box = _box(window, "card")
    assert box.isVisibleTo(window) and box.list.count() == 0 and not box.add_button.isEnabled()
    type_text(box.entry, "Cần số liệu về thời gian chờ")
    qtbot.mouseClick(box.add_button, Qt.LeftButton)
    note = window.doc.map.card(card.id).comments[0]
    assert (note.author, note.text, note.resolved) == ("Chị Lan", "Cần số liệu về thời gian chờ", False)
    assert box.list.count() == 1 and box.entry.toPlainText() == ""
    assert box.list.item(0).text().startswith("Chị Lan · ") and box.list.item(0).text().endswith("thời gian chờ")
    assert window.scene.card_item(card.id).face.open_comments == 1  # the badge's count
    box.list.setCurrentRow(0)
    qtbot.mouseClick(box.resolve_button, Qt.LeftButton)
    assert window.doc.map.card(card.id).comments[0].resolved
    assert box.resolve_button.text() == "Reopen" and window.scene.card_item(card.id).face.open_comments == 0
    qtbot.mouseClick(box.resolve_button, Qt.LeftButton)
    assert not window.doc.map.card(card.id).comments[0].resolved
    qtbot.mouseClick(box.delete_button, Qt.LeftButton)
    assert window.doc.map.card(card.id).comments == [] and box.list.count() == 0
    assert window.doc.undo_stack.count() == 4
    window.doc.undo_stack.undo()
    assert box.list.count() == 1 and window.scene.card_item(card.id).face.open_comments == 1


def test_a_stage_comment_shows_on_its_header(make_window, sample_path, qtbot):
    window = make_window(sample_path)
    stage = window.doc.map.stages[1]
    window.scene.select_ids({"stages": [stage.id]})
    box = _box(window, "stage")
    header = window.scene.stage_item(stage.id)

    def header_pixels():  # what the view shows of the header (drawn from its cached pixmap)
        window.view.viewport().repaint()
        return window.view.viewport().grab(window.view.mapFromScene(header.sceneBoundingRect()).boundingRect()).toImage()

    before = header_pixels()
    type_text(box.entry, "Tách đôi?")
    qtbot.mouseClick(box.add_button, Qt.LeftButton)
    assert header.open_comments == 1
    assert header_pixels() != before  # the badge is drawn at once, not at the next zoom
    window.editor.add_comment(ObjectKind.LANES, window.doc.map.lanes[0].id, "làn", "x")
    assert window.scene.lane_item(window.doc.map.lanes[0].id).open_comments == 1
    window.doc.undo_stack.undo()
    assert window.scene.lane_item(window.doc.map.lanes[0].id).open_comments == 0
