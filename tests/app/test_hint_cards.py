"""Template hint cards look like hints, become real cards once written, stay off
exports unless asked, and Edit > Remove Hint Cards clears the rest in one step."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt

from cjm_desktop.app.cli import main as cli
from cjm_desktop.export.shown import hint_card_ids
from cjm_desktop.io import write_cjm
from cjm_desktop.layout import decor
from cjm_desktop.templates import build_map
from tests.export.pdftools import flat, pdf_text

from .conftest import type_text

HINT = "Khách hàng biết đến bạn ở đâu?"


def _template_window(make_window):
    window = make_window()
    window.new_map("5a", "vi")
    return window


def _hint(window, title: str = HINT):
    return next(c for c in window.doc.map.cards if c.title == title)


def _click_card(window, qtbot, card_id: str) -> None:
    r = window.scene.layout.rect_of(card_id)
    window.view.reveal([card_id])
    pos = window.view.mapFromScene(QPointF(r.x + r.w / 2, r.y + r.h / 2))
    qtbot.mouseClick(window.view.viewport(), Qt.LeftButton, Qt.NoModifier, pos)


def test_a_hint_looks_like_a_hint(make_window):
    window = _template_window(make_window)
    card = _hint(window)
    g = window.scene.layout.cards[card.id]
    assert g.content.hint and all(line.role == "hint" for line in g.content.lines)
    body = decor.card_body(g, window.scene.layout.style)
    assert body.border.dash  # dashed outline
    assert decor.hint_badge(g, window.scene.layout.style, "vi").label.text == "gợi ý"


def test_writing_a_hint_makes_it_a_card_in_one_undo_step(make_window, qtbot):
    window = _template_window(make_window)
    card = _hint(window)
    _click_card(window, qtbot, card.id)
    assert window.scene.selected_ids()["cards"] == [card.id]
    field = window.inspector.page.fields["title"].widget
    field.selectAll()
    type_text(field, "Khách biết qua Facebook")
    assert card.title == "Khách biết qua Facebook" and card.tags == []
    assert not window.scene.layout.cards[card.id].content.hint
    stack = window.doc.undo_stack
    stack.undo()
    assert card.title == HINT and card.tags == ["gợi ý"]
    assert window.scene.layout.cards[card.id].content.hint


def test_remove_hint_cards_is_one_undo_step(make_window, qtbot):
    window = _template_window(make_window)
    written = _hint(window)
    _click_card(window, qtbot, written.id)
    field = window.inspector.page.fields["title"].widget
    field.selectAll()
    type_text(field, "Facebook")
    hints = hint_card_ids(window.doc.map)
    assert hints
    edit_menu = next(a.menu() for a in window.menuBar().actions() if a.menu() and "Edit" in a.text())
    action = window.actions_by_name["remove_hints"]
    assert action in edit_menu.actions()
    before = window.doc.undo_stack.count()
    action.trigger()
    assert [c.title for c in window.doc.map.cards] == ["Facebook"]
    assert window.doc.undo_stack.count() == before + 1
    assert window.doc.undo_stack.undoText() == "Remove Hint Cards"
    window.doc.undo_stack.undo()
    assert set(hint_card_ids(window.doc.map)) == set(hints)


def test_exports_leave_hints_out_unless_asked(tmp_path, capsys):
    path = tmp_path / "5a.cjm"
    write_cjm(path, build_map("5a", "vi"))
    plain, with_hints = tmp_path / "plain.pdf", tmp_path / "hints.pdf"
    assert cli.main(["export", str(path), "-o", str(plain)]) == 0
    assert cli.main(["export", str(path), "-o", str(with_hints), "--include-hints"]) == 0
    assert "biết đến bạn" not in flat(pdf_text(plain)) and "Chú ý" in flat(pdf_text(plain))
    assert "biết đến bạn" in flat(pdf_text(with_hints))


def test_the_export_dialog_asks_about_hints(make_window, qtbot):
    from cjm_desktop.app.export_dialog.dialog import ExportDialog

    window = _template_window(make_window)
    dialog = ExportDialog(window.doc, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.include_hints.isVisible() and not dialog.include_hints.isChecked()
    assert not dialog.map.cards and dialog.layout_geometry.cards == {}
    qtbot.mouseClick(dialog.include_hints, Qt.LeftButton, pos=dialog.include_hints.rect().bottomLeft() + QPointF(8, -8).toPoint())
    assert dialog.include_hints.isChecked()
    assert len(dialog.map.cards) == len(window.doc.map.cards) and dialog.layout_geometry.cards
    dialog.reject()
