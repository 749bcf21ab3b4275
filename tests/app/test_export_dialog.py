"""File > Export…: the dialog driven as a user would, checked on the files it writes.

PDF page sizes and page counts are read with poppler's ``pdfinfo`` (not with
reportlab, which wrote them).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton

from cjm_desktop.app.export_dialog.dialog import ExportDialog
from cjm_desktop.app.export_dialog.run import ExportNotice
from cjm_desktop.app.settings.store import app_settings
from cjm_desktop.commands import CjmDocument
from cjm_desktop.export import MM
from cjm_desktop.io import write_cjm
from cjm_desktop.layout import LayoutEngine
from cjm_desktop.model import Card
from cjm_desktop.render.qt_image import png_size
from tests.export.pdftools import page_sizes

from .conftest import type_text

A3_MM = (420.0, 297.0)  # ISO 216


@pytest.fixture
def doc(sample_path) -> CjmDocument:
    return CjmDocument.open(sample_path)


@pytest.fixture
def open_dialog(qtbot):
    def make(document: CjmDocument, parent=None) -> ExportDialog:
        dialog = ExportDialog(document, parent)
        if parent is None:
            qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return make


def choose(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def set_target(qtbot, dialog: ExportDialog, path: Path) -> None:
    dialog.target.clear()
    type_text(dialog.target, str(path))
    assert dialog.target.text() == str(path)


def click_export(qtbot, dialog: ExportDialog) -> None:
    assert dialog.export_button.isEnabled(), dialog.problem.text()
    qtbot.mouseClick(dialog.export_button, Qt.LeftButton)


def leftovers(folder: Path) -> list[str]:
    """Temp files an export would leave behind if it were not atomic."""
    return [p.name for p in folder.iterdir() if p.name.endswith(".part")]


# ---------------------------------------------------------------------------- PDF
def test_a3_landscape_export_has_that_page_size_and_the_path_in_the_status_bar(
        qtbot, make_window, sample_path, open_dialog, tmp_path):
    window = make_window(sample_path)
    dialog = open_dialog(window.doc, window)
    assert dialog.target.text() == str(sample_path.with_suffix(".pdf")), "defaults to the map's folder and name"
    choose(dialog.paper, "A3")
    choose(dialog.orientation, "landscape")
    assert dialog.summary.text().startswith("A3 landscape")
    out = tmp_path / "poster A3.pdf"
    set_target(qtbot, dialog, out)

    click_export(qtbot, dialog)

    assert out.is_file()
    [(w, h)] = page_sizes(out)
    assert w == pytest.approx(A3_MM[0] * MM, abs=0.5) and h == pytest.approx(A3_MM[1] * MM, abs=0.5)
    assert not dialog.isVisible() and dialog.result() == ExportDialog.Accepted
    notices = window.statusBar().findChildren(ExportNotice)
    assert len(notices) == 1 and str(out) in notices[0].label.text()
    assert notices[0].open_file.isVisible() and notices[0].open_folder.isVisible()


def test_preview_places_the_map_inside_the_margins_and_below_the_title_block(doc, open_dialog):
    dialog = open_dialog(doc)
    choose(dialog.paper, "A3")
    choose(dialog.orientation, "landscape")
    dialog.margin.setValue(20)
    scene = dialog.preview.scene
    assert (scene.page.width(), scene.page.height()) == pytest.approx((A3_MM[0] * MM, A3_MM[1] * MM), abs=0.5)
    inside = scene.margin_rect.adjusted(-0.01, -0.01, 0.01, 0.01)
    assert inside.contains(scene.map_rect) and inside.contains(scene.header) and inside.contains(scene.footer)
    assert scene.header.bottom() <= scene.map_rect.top()
    dialog.title_block.setChecked(False)
    assert dialog.preview.scene.header is None
    plain = dialog.preview.scene
    assert plain.map_rect.center().y() == pytest.approx(plain.margin_rect.center().y(), abs=0.5), \
        "without the title block the map is centred between the margins"
    assert plain.map_rect.width() >= scene.map_rect.width() and plain.map_rect.height() >= scene.map_rect.height()


def test_tiling_a0_onto_a4_shows_the_sheet_count_and_the_pdf_has_those_sheets(qtbot, doc, open_dialog, tmp_path):
    dialog = open_dialog(doc)
    choose(dialog.paper, "A0")
    assert not dialog.tile_paper.isEnabled(), "sheet choices wait until tiling is on"
    dialog.tile_box.setChecked(True)
    dialog.tile_paper.setCurrentText("A4")
    dialog.overlap.setValue(15)
    match = re.match(r"(\d+) × (\d+) = (\d+) sheets A4", dialog.summary.text())
    assert match, dialog.summary.text()
    cols, rows, count = map(int, match.groups())
    assert cols * rows == count > 1
    assert len(dialog.preview.scene.sheets) == count, "the preview draws every sheet"
    out = tmp_path / "tiled.pdf"
    set_target(qtbot, dialog, out)

    click_export(qtbot, dialog)

    sizes = page_sizes(out)
    assert len(sizes) == count + 1, "the assembly page and one page per sheet"
    a4 = sorted((210 * MM, 297 * MM))
    assert all(sorted(size) == pytest.approx(a4, abs=0.5) for size in sizes[1:])


def test_a_fixed_scale_that_does_not_fit_says_so_and_tiling_fixes_it(doc, open_dialog):
    dialog = open_dialog(doc)
    choose(dialog.paper, "A4")
    dialog.fixed_scale.setChecked(True)
    dialog.scale.setValue(400)
    assert dialog.problem.isVisible() and dialog.problem.text().startswith("At 400 % the map needs")
    assert not dialog.export_button.isEnabled()
    dialog.tile_box.setChecked(True)
    assert not dialog.problem.isVisible() and dialog.export_button.isEnabled()
    assert not dialog.paper.isEnabled(), "a tiled poster at a fixed scale is as large as the map needs"


# ---------------------------------------------------------------------------- images
def test_png_export_at_a_chosen_dpi(qtbot, doc, open_dialog, tmp_path, monkeypatch):
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)  # as in the app on a desktop
    dialog = open_dialog(doc)
    dialog.format_radio["png"].click()
    assert dialog.target.text().endswith(".png")
    assert not dialog.page_box.isEnabled() and not dialog.tile_box.isEnabled() and dialog.dpi.isEnabled()
    dialog.dpi.setValue(96)
    shown = re.match(r"(\d+) × (\d+) pixels at 96 dpi", dialog.summary.text())
    assert shown, dialog.summary.text()
    out = tmp_path / "map.png"
    set_target(qtbot, dialog, out)

    click_export(qtbot, dialog)

    image = QImage(str(out))
    assert (image.width(), image.height()) == tuple(map(int, shown.groups()))
    layout = LayoutEngine().layout(doc.map)
    assert dialog.title_block.isChecked() and dialog.title_block.isEnabled()  # the PDF's title block and legend
    assert (image.width(), image.height()) == png_size(layout, 96, doc.map)
    assert image.dotsPerMeterX() == round(96 / 0.0254)
    assert "QT_QPA_PLATFORM" not in os.environ, "programs opened later must not inherit offscreen"


def test_svg_export_and_typing_a_png_name_switches_the_format(qtbot, doc, open_dialog, tmp_path):
    dialog = open_dialog(doc)
    set_target(qtbot, dialog, tmp_path / "picture.png")
    assert dialog.current_format() == "png"
    dialog.format_radio["svg"].click()
    assert dialog.target.text() == str(tmp_path / "picture.svg")

    click_export(qtbot, dialog)

    text = (tmp_path / "picture.svg").read_text(encoding="utf-8")
    assert "<svg" in text and "Nhận biết" in text


# ---------------------------------------------------------------------------- settings
def test_choices_are_remembered_across_dialogs(qtbot, doc, open_dialog, tmp_path):
    first = open_dialog(doc)
    choose(first.paper, "A2")
    choose(first.orientation, "portrait")
    first.fixed_scale.setChecked(True)
    first.scale.setValue(35)
    first.margin.setValue(15)
    first.title_block.setChecked(False)
    first.appendix.setChecked(True)
    first.tile_box.setChecked(True)
    first.tile_paper.setCurrentText("A3")
    first.overlap.setValue(5)
    chosen = first.choices()
    set_target(qtbot, first, tmp_path / "remember.pdf")
    click_export(qtbot, first)
    assert (tmp_path / "remember.pdf").is_file()

    second = open_dialog(doc)
    assert second.choices() == chosen
    assert second.paper.currentData() == "A2" and second.orientation.currentData() == "portrait"
    assert second.tile_box.isChecked() and second.overlap.value() == 5 and not second.title_block.isChecked()


def test_a_custom_paper_and_the_default_paper_from_preferences_are_used(qtbot, doc, open_dialog):
    settings = app_settings()
    settings.setValue("export/paper", "700x500mm")  # as the Preferences dialog stores it
    settings.sync()
    dialog = open_dialog(doc)
    assert dialog.paper.currentData() == "custom" and dialog.custom_paper.text() == "700x500mm"
    assert "700×500 mm" in dialog.summary.text()

    settings.setValue("export/paper", "a1")
    settings.sync()
    assert open_dialog(doc).paper.currentData() == "A1"


def test_a_bad_custom_paper_shows_its_message_and_disables_export(qtbot, doc, open_dialog):
    dialog = open_dialog(doc)
    choose(dialog.paper, "custom")
    assert dialog.custom_paper.isEnabled()
    dialog.custom_paper.clear()
    type_text(dialog.custom_paper, "20x30cm")
    assert dialog.paper_error.isVisible()
    assert dialog.paper_error.text().startswith('Unknown paper "20x30cm"') and "\n" not in dialog.paper_error.text()
    assert not dialog.export_button.isEnabled()

    dialog.custom_paper.clear()
    type_text(dialog.custom_paper, "20x9000")
    assert "out of range" in dialog.paper_error.text() and not dialog.export_button.isEnabled()

    dialog.custom_paper.clear()
    type_text(dialog.custom_paper, "600x400mm")
    assert not dialog.paper_error.isVisible() and dialog.export_button.isEnabled()
    assert "600×400 mm" in dialog.summary.text()


# ---------------------------------------------------------------------------- progress, errors
@pytest.fixture
def big_doc(tmp_path) -> CjmDocument:
    from cjm_desktop.templates.generated import generate_map

    path = tmp_path / "big.cjm"
    write_cjm(path, generate_map(cards=2500, stages=12, lanes=8, connectors=50))
    return CjmDocument.open(path)


def test_cancelling_during_progress_leaves_no_file(qtbot, big_doc, open_dialog, tmp_path):
    dialog = open_dialog(big_doc)
    choose(dialog.paper, "A0")
    out = tmp_path / "cancelled.pdf"
    set_target(qtbot, dialog, out)
    seen: list[tuple[int, int]] = []

    def on_start(job, progress: QProgressDialog) -> None:
        def on_progress(done: int, total: int) -> None:
            seen.append((done, total))
            if len(seen) == 1:
                progress.findChild(QPushButton).click()  # the progress dialog's Cancel

        # the worker waits at its first report until the click is done, so the
        # cancel lands mid-export however slow this machine's event loop is
        job.progressed.connect(on_progress, Qt.BlockingQueuedConnection)

    dialog.export_started.connect(on_start)
    click_export(qtbot, dialog)

    assert seen and seen[0][0] < seen[0][1], "cancelled while the export was under way"
    assert not out.exists() and leftovers(tmp_path) == []
    assert dialog.isVisible(), "the dialog stays open to try again"
    assert "cancelled" in dialog.problem.text()
    assert not dialog.findChildren(QProgressDialog) or not dialog.findChild(QProgressDialog).isVisible()


def test_an_unwritable_target_shows_one_line_and_keeps_the_dialog(qtbot, doc, open_dialog, tmp_path, dialogs):
    dialog = open_dialog(doc)
    out = tmp_path / "no such folder" / "map.pdf"
    set_target(qtbot, dialog, out)

    click_export(qtbot, dialog)

    assert len(dialogs.errors) == 1
    _title, message = dialogs.errors[0]
    assert "\n" not in message and "does not exist" in message and str(out) in message
    assert dialog.isVisible() and dialog.problem.text() == message
    assert not out.parent.exists()


def test_an_existing_file_is_replaced_only_when_the_user_agrees(qtbot, doc, open_dialog, tmp_path, dialogs):
    out = tmp_path / "old.pdf"
    out.write_bytes(b"old")
    dialog = open_dialog(doc)
    set_target(qtbot, dialog, out)
    click_export(qtbot, dialog)  # the fixture answers No
    assert dialogs.questions and "old.pdf" in dialogs.questions[0]
    assert out.read_bytes() == b"old"
    dialogs.confirm_answer = QMessageBox.Yes
    click_export(qtbot, dialog)
    assert out.read_bytes().startswith(b"%PDF")


# ---------------------------------------------------------------------------- glyphs
def answer_glyph_box(qtbot, button_text: str, seen: list[str]) -> None:
    """When the missing-glyph question shows, note its text and press ``button_text``."""

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box.objectName() != "MissingGlyphsBox":
            QTimer.singleShot(10, poll)
            return
        seen.append(box.text() + " " + box.informativeText())
        button = next(b for b in box.buttons() if b.text().replace("&", "") == button_text)
        button.click()

    QTimer.singleShot(0, poll)


def test_missing_glyphs_are_listed_and_the_user_can_cancel_or_export_anyway(qtbot, sample_path, open_dialog, tmp_path):
    doc = CjmDocument.open(sample_path)
    m = doc.map
    m.cards.append(Card(stage_id=m.stages[0].id, lane_id=m.lanes[0].id, order=9, title="Khách Nhật 漢字"))
    dialog = open_dialog(doc)
    out = tmp_path / "glyphs.pdf"
    set_target(qtbot, dialog, out)
    seen: list[str] = []

    answer_glyph_box(qtbot, "Cancel", seen)
    click_export(qtbot, dialog)
    assert "漢" in seen[0] and "字" in seen[0] and "U+6F22" in seen[0]
    assert "Khách Nhật 漢字" in seen[0], "the box says where the characters are"
    assert not out.exists() and dialog.isVisible()

    answer_glyph_box(qtbot, "Export Anyway", seen)
    click_export(qtbot, dialog)
    assert len(seen) == 2 and out.is_file()


# ---------------------------------------------------------------------------- window
def test_a_map_opened_by_a_relative_path_exports_beside_itself(qtbot, make_window, sample_path, open_dialog,
                                                               monkeypatch):
    """``make run`` opens the bundled example as ``resources/examples/...cjm``: the
    default export target is the map's folder and name, and exporting to it writes
    there (not to that folder inside itself), whatever the working folder is later."""
    monkeypatch.chdir(sample_path.parent.parent)
    relative = Path(sample_path.parent.name) / sample_path.name
    window = make_window(relative)
    assert window.doc.path == sample_path
    monkeypatch.chdir(sample_path.parent)  # (a later change of working folder changes nothing)
    dialog = open_dialog(window.doc, window)
    assert dialog.target.text() == str(sample_path.with_suffix(".pdf"))
    click_export(qtbot, dialog)
    assert sample_path.with_suffix(".pdf").is_file()
    assert not dialog.isVisible() and dialog.result() == ExportDialog.Accepted


def test_file_export_opens_the_dialog_on_the_window_map(qtbot, make_window, sample_path):
    window = make_window(sample_path)
    opened: list[ExportDialog] = []

    def close_it() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ExportDialog):
            QTimer.singleShot(10, close_it)
            return
        opened.append(dialog.target.text())
        dialog.reject()

    QTimer.singleShot(0, close_it)
    window.actions_by_name["export"].trigger()
    assert opened == [str(sample_path.with_suffix(".pdf"))]


def test_every_control_has_a_tooltip(doc, open_dialog):
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit

    dialog = open_dialog(doc)
    controls = [w for kind in (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit)
                for w in dialog.findChildren(kind) if w.isVisible()]
    controls.append(dialog.tile_box)
    assert len(controls) > 15
    missing = [w.objectName() or w.metaObject().className() for w in controls
               if not w.toolTip() and not isinstance(w.parent(), (QComboBox, QAbstractSpinBox))]
    assert missing == []



def _box_point(check) -> QPoint:
    """Where the check box's indicator is (a click there toggles it)."""
    from PySide6.QtWidgets import QStyle, QStyleOptionButton

    option = QStyleOptionButton()
    check.initStyleOption(option)
    return check.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, check).center()


def test_png_title_block_check_box_shows_in_the_preview_and_size(qtbot, doc, open_dialog):
    """The PNG carries the PDF's title block and legend; unticking it leaves them out."""
    dialog = open_dialog(doc)
    dialog.format_radio["png"].click()
    if not dialog.title_block.isChecked():
        qtbot.mouseClick(dialog.title_block, Qt.LeftButton, pos=_box_point(dialog.title_block))
    assert dialog.title_block.isEnabled()
    assert dialog.preview.scene.header is not None and dialog.preview.scene.footer is not None
    titled = tuple(map(int, re.match(r"(\d+) × (\d+)", dialog.summary.text()).groups()))
    qtbot.mouseClick(dialog.title_block, Qt.LeftButton, pos=_box_point(dialog.title_block))
    assert not dialog.title_block.isChecked()
    assert dialog.preview.scene.header is None
    plain = tuple(map(int, re.match(r"(\d+) × (\d+)", dialog.summary.text()).groups()))
    assert plain[1] < titled[1]
