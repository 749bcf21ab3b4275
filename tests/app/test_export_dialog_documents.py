"""File > Export…: the PowerPoint deck and the HTML viewer chosen and written as a user would."""

from __future__ import annotations

from pptx import Presentation

from cjm_desktop.export.deck import slide_count

from .test_export_dialog import click_export, doc, open_dialog, set_target  # noqa: F401 - fixtures


def test_the_deck_format_shows_its_slide_count_and_writes_the_deck(qtbot, doc, open_dialog, tmp_path):
    dialog = open_dialog(doc)
    dialog.format_radio["pptx"].click()
    assert dialog.target.text().endswith(".pptx")
    assert not dialog.title_block.isEnabled() and not dialog.page_box.isEnabled()
    slides = slide_count(dialog.map)
    assert dialog.summary.text().startswith(str(slides))
    set_target(qtbot, dialog, tmp_path / "readout.pptx")

    click_export(qtbot, dialog)

    deck = Presentation(str(tmp_path / "readout.pptx"))
    assert len(deck.slides) == slides
    assert dialog.result_path == tmp_path / "readout.pptx"


def test_typing_an_html_name_chooses_the_viewer_and_writes_it(qtbot, doc, open_dialog, tmp_path):
    dialog = open_dialog(doc)
    set_target(qtbot, dialog, tmp_path / "client.html")
    assert dialog.current_format() == "html"
    assert str(len(dialog.map.cards)) in dialog.summary.text()

    click_export(qtbot, dialog)

    page = (tmp_path / "client.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "Nhận biết" in page
    dialog.format_radio["png"].click()
    assert dialog.title_block.isEnabled()
