"""Exports per state: ``cjm-desktop export --state NAME`` and the Export dialog's State choice,
checked on the files written (the poster's title block names the state)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from cjm_desktop.app.cli import main as cli
from cjm_desktop.app.export_dialog.dialog import ExportDialog
from cjm_desktop.commands import CjmDocument
from cjm_desktop.model import states as st
from cjm_desktop.resources import example_map_path

from .conftest import type_text

FUTURE = "Tương lai: đặt lịch và giá trọn gói"
NEW_CARD = "Lịch trống và bảng giá trọn gói trên Zalo OA"


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def _cli(capsys, *argv):
    try:
        code = cli.main(list(argv))
    except SystemExit as exit_:
        code = exit_.code
    out, err = capsys.readouterr()
    return code, out, err


def test_export_state_writes_that_state_and_names_it_in_the_title_block(capsys, tmp_path):
    future, current = tmp_path / "future.pdf", tmp_path / "current.pdf"
    code, out, _ = _cli(capsys, "export", str(example_map_path()), "-o", str(future), "--paper", "A3",
                        "--state", "  tương lai: ĐẶT LỊCH và giá trọn gói ")
    assert code == 0 and "wrote" in out
    text = " ".join(_pdf_text(future).split())
    assert FUTURE in text and NEW_CARD in text and "Chờ 30–40 phút" not in text
    assert _cli(capsys, "export", str(example_map_path()), "-o", str(current), "--paper", "A3")[0] == 0
    text = " ".join(_pdf_text(current).split())
    assert "Hiện trạng" in text and NEW_CARD not in text and "Chờ 30–40 phút" in text


def test_export_state_of_a_data_format_and_an_unknown_state(capsys, tmp_path):
    out = tmp_path / "cards.csv"
    assert _cli(capsys, "export", str(example_map_path()), "-o", str(out), "--state", FUTURE)[0] == 0
    assert NEW_CARD in out.read_text(encoding="utf-8-sig")
    code, _, err = _cli(capsys, "export", str(example_map_path()), "-o", str(tmp_path / "x.pdf"), "--state", "Mai")
    assert code == 2 and err == ('cjm-desktop export: no state called "Mai" in salon-vi.cjm; its states are: '
                                 f'"Hiện trạng", "{FUTURE}"\n')


@pytest.fixture
def doc(tmp_path) -> CjmDocument:
    path = tmp_path / "salon.cjm"
    path.write_bytes(example_map_path().read_bytes())
    return CjmDocument.open(path)


def test_the_dialog_offers_the_states_and_exports_the_one_chosen(qtbot, doc, tmp_path):
    dialog = ExportDialog(doc)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.state.isVisible() and dialog.state.count() == 2
    assert dialog.state.currentIndex() == 0  # the state shown in the window
    dialog.state.setCurrentIndex(1)
    assert any(c.title == NEW_CARD for c in dialog.map.cards) and st.shown_state(doc.map) is None
    out = tmp_path / "future poster.pdf"
    dialog.target.clear()
    type_text(dialog.target, str(out))
    qtbot.mouseClick(dialog.export_button, Qt.LeftButton)
    text = " ".join(_pdf_text(out).split())
    assert FUTURE in text and NEW_CARD in text
    assert st.shown_state(doc.map) is None  # exporting another state leaves the window as it was


def test_the_dialog_asks_no_state_of_a_map_with_one(qtbot, sample_path):
    dialog = ExportDialog(CjmDocument.open(sample_path))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.state.isVisible()
