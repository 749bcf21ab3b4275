"""File > Open reads the chosen file before asking about unsaved changes, and says
in a consultant's words when the file is not a map at all."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from cjm_desktop.io import write_cjm
from cjm_desktop.model import JourneyMap

from .conftest import card_by_title, select_card, type_text


def _edit_a0(window) -> None:
    select_card(window, "A0")
    field = window.inspector.page.fields["title"].widget
    field.selectAll()
    type_text(field, "Chưa lưu")


def _open_with_ctrl_o(window, qtbot, monkeypatch, path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key_O, Qt.ControlModifier)


def test_a_text_file_renamed_cjm_is_refused_before_the_save_question(make_window, sample_path, tmp_path,
                                                                   dialogs, qtbot, monkeypatch):
    notes = tmp_path / "ghi chú.cjm"
    notes.write_text("Họp với khách hàng thứ Hai\nChuẩn bị bản đồ hành trình\n", encoding="utf-8")
    window = make_window(sample_path)
    _edit_a0(window)
    _open_with_ctrl_o(window, qtbot, monkeypatch, notes)
    assert dialogs.warnings == []  # no "Save changes?" for a file that cannot be opened
    assert dialogs.errors[0][1] == "ghi chú.cjm: is not a cjm-desktop map: it is not a JSON text file"
    assert window.doc.path == sample_path and card_by_title(window, "Chưa lưu") and window.isWindowModified()


def test_a_good_file_still_asks_and_opens(make_window, sample_path, tmp_path, dialogs, qtbot, monkeypatch):
    other = tmp_path / "khác.cjm"
    write_cjm(other, JourneyMap(title="Khác"))
    window = make_window(sample_path)
    _edit_a0(window)
    dialogs.save_answer = QMessageBox.Discard
    _open_with_ctrl_o(window, qtbot, monkeypatch, other)
    assert len(dialogs.warnings) == 1 and dialogs.errors == []
    assert window.doc.path == other and window.doc.map.title == "Khác"


def test_saving_over_the_chosen_file_opens_what_was_saved(make_window, sample_path, dialogs, qtbot, monkeypatch):
    window = make_window(sample_path)
    _edit_a0(window)
    dialogs.save_answer = QMessageBox.Save
    _open_with_ctrl_o(window, qtbot, monkeypatch, sample_path)
    assert card_by_title(window, "Chưa lưu") and not window.isWindowModified()
