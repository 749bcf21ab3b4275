"""The Export dialog's Comments and Vote Results boxes put them in the PDF appendix."""

from __future__ import annotations

from PySide6.QtCore import Qt

from cjm_desktop.app.export_dialog.dialog import ExportDialog
from cjm_desktop.model import ObjectKind
from tests.export.pdftools import flat, pdf_text

from .conftest import card_by_title
from .test_export_dialog import choose, click_export, set_target


def test_comments_and_vote_results_boxes_add_them_to_the_appendix(qtbot, make_window, sample_path, tmp_path):
    window = make_window(sample_path)
    card = card_by_title(window, "A0")
    window.editor.add_comment(ObjectKind.CARDS, card.id, "Cần số liệu", "Lan")
    window.editor.set_workshop(3, ["Lan"])
    window.editor.put_dot(card.id, "Lan")
    dialog = ExportDialog(window.doc, window)
    dialog.show()
    qtbot.waitExposed(dialog)
    choose(dialog.paper, "A3")
    assert not dialog.comments.isChecked() and not dialog.votes.isChecked()  # left out unless asked
    qtbot.mouseClick(dialog.comments, Qt.LeftButton)
    qtbot.mouseClick(dialog.votes, Qt.LeftButton)
    assert dialog.choices().pdf_options().sections == (False, True, True)
    assert "appendix" in dialog.detail.text()
    out = tmp_path / "workshop.pdf"
    set_target(qtbot, dialog, out)
    click_export(qtbot, dialog)
    text = flat(pdf_text(out))
    assert "1. Bình luận" in text and "A0" in text and "Lan" in text and "Cần số liệu Mở" in text
    assert "2. Kết quả bình chọn 1 1 A0" in text.replace("Hạng Chấm Thẻ Giai đoạn Làn Người bình chọn ", "")
