"""Find: diacritics count when the user types them; structure names are found too."""

from __future__ import annotations

from PySide6.QtCore import Qt

from .conftest import card_by_title, select_card, type_text


def _find(window, qtbot, text: str) -> list[str]:
    window.actions_by_name["find"].trigger()
    window.find_bar.field.selectAll()
    qtbot.keyClick(window.find_bar.field, Qt.Key_Delete)
    type_text(window.find_bar.field, text)
    return list(window.find_bar.matches)


def test_diacritics_are_ignored_only_when_the_query_has_none(make_window, sample_path, qtbot):
    window = make_window(sample_path)
    titles = {"A0": "Chị Hương gọi điện", "A1": "Xây dựng thương hiệu", "A2": "Huong dan su dung"}
    for old, new in titles.items():
        select_card(window, old)
        field = window.inspector.page.fields["title"].widget
        field.selectAll()
        type_text(field, new)
    ids = {t: card_by_title(window, t).id for t in titles.values()}
    assert _find(window, qtbot, "Huong") == [ids["Chị Hương gọi điện"], ids["Huong dan su dung"]]
    assert _find(window, qtbot, "Hương") == [ids["Chị Hương gọi điện"]]  # not "thương", not "Huong"
    assert _find(window, qtbot, "thương") == [ids["Xây dựng thương hiệu"]]


def test_stage_lane_and_persona_names_are_found_and_shown(make_window, sample_path, qtbot):
    window = make_window(sample_path)
    m = window.doc.map
    assert _find(window, qtbot, "Tìm hiểu") == [m.stages[1].id]
    qtbot.keyClick(window.find_bar.field, Qt.Key_Return)
    assert window.scene.selected_ids()["stages"] == [m.stages[1].id]
    assert _find(window, qtbot, "cam xuc") == [m.lanes[1].id]
    assert _find(window, qtbot, "Lan") == [m.personas[0].id]
    qtbot.keyClick(window.find_bar.field, Qt.Key_Return)
    assert window.scene.selected_ids()["personas"] == [m.personas[0].id]
    assert window.find_bar.count_label.text() == "1 of 1"
