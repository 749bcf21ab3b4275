"""File > Import… and the Export dialog's data formats (Excel, CSV, Mermaid), in the real window offscreen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog

from cjm_desktop.app.export_dialog.dialog import ExportDialog
from cjm_desktop.commands import CjmDocument
from cjm_desktop.exchange import export_map, import_map
from cjm_desktop.io import read_cjm
from tests.exchange.handmade import workbook

from .conftest import type_text

EXAMPLE = Path(__file__).resolve().parents[2] / "resources" / "examples" / "salon-vi.cjm"


def file_menu_action(window, name: str):
    action = window.actions_by_name[name]
    file_menu = window.menuBar().actions()[0].menu()
    assert action in file_menu.actions()
    return action


def pick(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))


def test_import_opens_a_workbook_as_a_new_unsaved_map_that_undo_cannot_empty(qtbot, make_window, sample_path,
                                                                           monkeypatch, tmp_path):
    window = make_window(sample_path)
    source = export_map(read_cjm(EXAMPLE).map, tmp_path / "salon.xlsx")
    pick(monkeypatch, source)

    file_menu_action(window, "import").trigger()

    m = window.doc.map
    assert len(m.cards) == len(read_cjm(EXAMPLE).map.cards) and m.title == read_cjm(EXAMPLE).map.title
    assert window.doc.path is None and window.doc.is_modified() and window.isWindowModified()
    assert window.doc.undo_stack.count() == 0
    QTest.keyClick(window.view.viewport(), Qt.Key_Z, Qt.ControlModifier)
    assert len(window.doc.map.cards) == len(read_cjm(EXAMPLE).map.cards)
    assert "salon.xlsx" in window.statusBar().currentMessage()


def test_a_hand_made_grid_imports_in_the_window(qtbot, make_window, monkeypatch, tmp_path):
    window = make_window()
    window.doc.undo_stack.setClean()
    source = workbook(tmp_path / "grid.xlsx", {"S": [["", "Nhận biết", "Mua hàng"], ["Điểm đau", "Chờ lâu"]]})
    pick(monkeypatch, source)
    file_menu_action(window, "import").trigger()
    assert [c.title for c in window.doc.map.cards] == ["Chờ lâu"]
    assert window.scene is not None and len(window.doc.map.stages) == 2


def test_a_file_that_cannot_be_imported_shows_one_line_and_keeps_the_map(qtbot, make_window, sample_path,
                                                                        monkeypatch, tmp_path, dialogs):
    window = make_window(sample_path)
    before = window.doc.map
    bad = tmp_path / "broken.xlsx"
    bad.write_text("not a workbook", encoding="utf-8")
    pick(monkeypatch, bad)
    file_menu_action(window, "import").trigger()
    assert window.doc.map is before and window.doc.path == sample_path
    assert len(dialogs.errors) == 1
    title, text = dialogs.errors[0]
    assert "broken.xlsx" in text and "\n" not in text


@pytest.mark.parametrize("fmt", ["xlsx", "csv", "mmd"])
def test_the_export_dialog_writes_the_data_formats(qtbot, tmp_path, fmt):
    doc = CjmDocument.open(EXAMPLE)
    dialog = ExportDialog(doc, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.format_radio[fmt], Qt.LeftButton, pos=dialog.format_radio[fmt].rect().center())
    assert dialog.current_format() == fmt
    assert not dialog.title_block.isEnabled() and not dialog.page_box.isEnabled()
    assert f"{len(doc.map.cards)} cards" in dialog.summary.text()
    target = tmp_path / f"salon.{fmt}"
    dialog.target.clear()
    type_text(dialog.target, str(target))
    qtbot.mouseClick(dialog.export_button, Qt.LeftButton)
    assert target.exists()
    back = import_map(target)
    if fmt == "mmd":
        assert [s.title for s in back.stages] == [s.title for s in doc.map.stages]
    else:
        assert sorted(c.id for c in back.cards) == sorted(c.id for c in doc.map.cards)
