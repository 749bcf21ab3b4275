"""The window's file handling as a user meets it: title mark, save, reopen,
the unsaved-changes question, recent files, a failed save, a dropped file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from cjm_desktop.app.settings import store as settings
from cjm_desktop.commands import EditCardCommand
from cjm_desktop.io import read_cjm, write_cjm
from cjm_desktop.model import JourneyMap
from tests.factories import small_map

from .conftest import card_by_title


def edit_title(window, old: str, new: str) -> None:
    card = card_by_title(window, old)
    window.doc.push(EditCardCommand(window.doc, card.id, {"title": new}))


def test_title_names_the_file_and_marks_changes_until_undone(make_window, sample_path):
    window = make_window(sample_path)
    assert sample_path.name in window.windowTitle()
    assert not window.isWindowModified()
    edit_title(window, "A0", "Đặt lịch qua Zalo")
    assert window.isWindowModified()
    window.actions_by_name["undo"].trigger()
    assert not window.isWindowModified()
    window.actions_by_name["redo"].trigger()
    assert window.isWindowModified()
    assert window.actions_by_name["undo"].text() == "Undo Edit Card"


def test_save_then_reopen_gives_the_same_map(make_window, sample_path, tmp_path, monkeypatch):
    window = make_window(sample_path)
    edit_title(window, "B0", "Khách hỏi giá dịch vụ")
    target = tmp_path / "saved" / "copy.cjm"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target.with_suffix("")), "")))
    assert window.save_as()
    assert not window.isWindowModified()
    assert target.name in window.windowTitle()
    other = make_window(target)
    assert other.doc.map.model_dump(mode="json") == window.doc.map.model_dump(mode="json")
    assert card_by_title(other, "Khách hỏi giá dịch vụ")


@pytest.mark.parametrize("answer", ["save", "discard", "cancel"])
def test_closing_with_unsaved_changes_asks(make_window, sample_path, dialogs, answer):
    window = make_window(sample_path)
    edit_title(window, "A0", "Đổi tên")
    dialogs.save_answer = {"save": QMessageBox.Save, "discard": QMessageBox.Discard, "cancel": QMessageBox.Cancel}[answer]
    closed = window.close()
    assert len(dialogs.warnings) == 1 and sample_path.name in dialogs.warnings[0]
    saved_titles = [c.title for c in read_cjm(sample_path).map.cards]
    if answer == "cancel":
        assert not closed and window.isVisible() and window.isWindowModified()
        assert "Đổi tên" not in saved_titles
    else:
        assert closed and not window.isVisible()
        assert ("Đổi tên" in saved_titles) == (answer == "save")


def test_opening_another_map_asks_first_and_cancel_keeps_the_edits(make_window, sample_path, tmp_path, dialogs):
    other = tmp_path / "other.cjm"
    write_cjm(other, JourneyMap(title="Khác"))
    window = make_window(sample_path)
    edit_title(window, "A0", "Chưa lưu")
    dialogs.save_answer = QMessageBox.Cancel
    assert not window.open_path(other)
    assert card_by_title(window, "Chưa lưu") and window.isWindowModified()
    dialogs.save_answer = QMessageBox.Discard
    assert window.open_path(other)
    assert window.doc.map.title == "Khác" and not window.isWindowModified()
    assert len(dialogs.warnings) == 2


def test_a_clean_map_closes_without_a_question(make_window, sample_path, dialogs):
    window = make_window(sample_path)
    assert window.close()
    assert dialogs.warnings == []


def test_recent_files_newest_first_capped_and_pruned(make_window, tmp_path):
    paths = []
    for i in range(12):
        p = tmp_path / f"map{i}.cjm"
        write_cjm(p, JourneyMap(title=f"map {i}"))
        paths.append(p)
    window = make_window()
    for p in paths:
        assert window.open_path(p)
    recent = settings.recent_files()
    assert recent == [p.resolve() for p in reversed(paths)][: settings.MAX_RECENT]
    paths[11].unlink()
    assert settings.recent_files()[0] == paths[10].resolve()
    window.files.fill_recent_menu()
    entries = [a for a in window.recent_menu.actions() if a.toolTip().endswith(".cjm")]
    assert [Path(a.toolTip()) for a in entries] == settings.recent_files()
    entries[3].trigger()  # opens map7
    assert window.doc.map.title == "map 7"


def test_recent_files_and_layout_live_in_the_test_settings_folder(make_window, sample_path, settings_dir):
    window = make_window(sample_path)
    window.close()
    ini = next(settings_dir.rglob("*.ini"))
    text = ini.read_text(encoding="utf-8")
    assert "geometry" in text and "state" in text and "recent_files" in text


def test_window_geometry_and_docks_are_restored(make_window):
    first = make_window()
    first.resize(720, 530)  # the offscreen screen is 800x600
    first.personas_dock.hide()
    first.close()
    second = make_window()
    assert (second.width(), second.height()) == (720, 530)
    assert not second.personas_dock.isVisible()
    assert second.inspector.isVisible()


def _read_only_folder(tmp_path) -> Path:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    if os.access(folder, os.W_OK):  # root ignores permissions; /proc refuses new files to everyone
        folder.chmod(0o755)
        folder = Path("/proc")
    return folder


def test_failed_save_shows_one_line_and_keeps_the_map_modified(make_window, sample_path, tmp_path, dialogs, monkeypatch):
    window = make_window(sample_path)
    edit_title(window, "A0", "Không được mất")
    target = _read_only_folder(tmp_path) / "map.cjm"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    assert not window.save_as()
    assert len(dialogs.errors) == 1
    title, message = dialogs.errors[0]
    assert "\n" not in message and "Traceback" not in message and message
    assert window.isWindowModified()
    assert window.doc.path == sample_path
    assert card_by_title(window, "Không được mất")
    assert not target.exists()


def test_a_broken_file_shows_the_error_and_keeps_the_current_map(make_window, sample_path, tmp_path, dialogs):
    broken = tmp_path / "broken.cjm"
    broken.write_bytes(b'{"format": "cjm", "version": 1, "map": {"cards": [')
    window = make_window(sample_path)
    assert not window.open_path(broken)
    assert len(dialogs.errors) == 1 and "\n" not in dialogs.errors[0][1]
    assert window.doc.path == sample_path


def _drop(widget, path: Path) -> None:
    """What a file manager's drag does: enter, move, drop, each accepted."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    at = widget.rect().center()
    for event in (QDragEnterEvent(at, Qt.CopyAction, data, Qt.LeftButton, Qt.NoModifier),
                  QDragMoveEvent(at, Qt.CopyAction, data, Qt.LeftButton, Qt.NoModifier),
                  QDropEvent(QPointF(at), Qt.CopyAction, data, Qt.LeftButton, Qt.NoModifier)):
        QApplication.sendEvent(widget, event)
        assert event.isAccepted()


def test_dropping_a_cjm_file_opens_it(make_window, sample_path, qtbot):
    window = make_window()
    _drop(window.view.viewport(), sample_path)
    qtbot.waitUntil(lambda: window.doc.path == sample_path)
    assert len(window.doc.map.cards) == len(small_map().cards)


def test_dropping_a_cjm_file_on_the_window_frame_opens_it(make_window, sample_path, qtbot):
    window = make_window()
    _drop(window, sample_path)
    qtbot.waitUntil(lambda: window.doc.path == sample_path)


def test_new_from_template_dialog(make_window, monkeypatch):
    from cjm_desktop.app.window.dialogs import NewMapDialog

    chosen = {}

    def run(dialog):
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        dialog.select_template("coleman-8")
        dialog.title.setText("Onboarding journey")
        chosen["names"] = [dialog.templates.item(i).text() for i in range(dialog.templates.count())]
        return NewMapDialog.Accepted

    monkeypatch.setattr(NewMapDialog, "exec", run)
    window = make_window()
    assert window.new_from_template()
    m = window.doc.map
    assert m.title == "Onboarding journey" and m.language == "en"
    assert [s.title for s in m.stages][:2] == ["Assess", "Admit"]
    assert len(chosen["names"]) == 7
    assert window.doc.path is None and "Untitled" in window.windowTitle()


def test_new_vietnamese_template_titles(make_window):
    window = make_window()
    assert window.new_map("coleman-8", "vi")
    assert [s.title for s in window.doc.map.stages] == [
        "Đánh giá", "Thừa nhận", "Xác nhận", "Khởi động", "Thích ứng", "Hoàn thành", "Đón nhận", "Truyền bá"]


def test_zoom_and_scroll_position_are_saved_beside_the_map(make_window, tmp_path, qtbot):
    from cjm_desktop.templates import build_map

    path = tmp_path / "lớn.cjm"
    write_cjm(path, build_map("coleman-8", "vi"))
    window = make_window(path)
    window.resize(760, 560)
    window.view.set_zoom(1.5)
    window.view.horizontalScrollBar().setValue(300)
    window.view.verticalScrollBar().setValue(200)
    top_left = window.view.mapToScene(0, 0)
    assert window.save()
    assert read_cjm(path).view.zoom == pytest.approx(1.5)
    other = make_window(path)
    other.resize(760, 560)
    qtbot.waitUntil(lambda: abs(other.view.zoom() - 1.5) < 1e-6)
    qtbot.waitUntil(lambda: abs(other.view.mapToScene(0, 0).x() - top_left.x()) < 2)
    assert abs(other.view.mapToScene(0, 0).y() - top_left.y()) < 2
    assert other.zoom_label.text() == "150%"


def test_save_keeps_text_still_open_in_the_card_editor(make_window, sample_path, qtbot):
    from PySide6.QtGui import QTextCursor

    from cjm_desktop.io import read_cjm

    window = make_window(sample_path)
    card = window.doc.map.cards[0]
    assert window.scene.edit_card(card.id)
    editor = window.scene.editor
    cursor = editor.textCursor()
    cursor.select(QTextCursor.Document)
    cursor.insertText("Gõ dở chưa Enter")
    editor.setTextCursor(cursor)
    assert window.save()
    assert read_cjm(sample_path).map.card(card.id).title == "Gõ dở chưa Enter"
    assert window.scene.editor is None
