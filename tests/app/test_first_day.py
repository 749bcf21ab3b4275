"""A consultant's first day (issue 13): paste where clicked, default words in
the map's language, persona colours, the dock that follows the selection."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt

from cjm_desktop.model import PERSONA_PALETTE, LaneKind

from .conftest import card_by_title, type_text


def _viewport_point(window, x: float, y: float) -> QPoint:
    return window.view.mapFromScene(QPointF(x, y))


def _shown_in_view(window, card_id: str) -> bool:
    rect = window.view.mapFromScene(window.scene.card_item(card_id).sceneBoundingRect()).boundingRect()
    return window.view.viewport().rect().contains(rect)


def _empty_cell_in_view(window, avoid_lane: str):
    """An empty cell of another lane, fully in the viewport (below the pinned headers)."""
    m, lay = window.doc.map, window.scene.layout
    st = lay.style
    view_rect = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
    for lane in m.lanes:
        for stage in m.stages:
            cell = lay.cells.get((stage.id, lane.id))
            if (lane.id == avoid_lane or cell is None or m.cards_in(stage.id, lane.id)
                    or lane.id in lay.collapsed_lanes or lane.id in lay.feelings_lanes):
                continue
            if (cell.x >= view_rect.left() + st.lane_header_width and cell.y >= view_rect.top() + st.stage_header_height
                    and cell.x + 60 < view_rect.right() and cell.y + 40 < view_rect.bottom()):
                return stage.id, lane.id, cell
    raise AssertionError(f"no empty cell in view {view_rect} {window.view.viewport().size()}")


def test_ctrl_v_pastes_into_the_cell_the_user_clicked(make_window, qtbot):
    window = make_window()
    window.resize(1400, 900)
    window.new_map("5a", "vi")
    m = window.doc.map
    source = m.cards[-1]  # a hint in the last stage: off-screen at the start
    window.scene.select_ids({"cards": [source.id]})
    qtbot.keyClick(window.view, Qt.Key_C, Qt.ControlModifier)
    window.view.horizontalScrollBar().setValue(0)
    window.view.verticalScrollBar().setValue(0)
    stage_id, lane_id, cell = _empty_cell_in_view(window, source.lane_id)
    vp = window.view.viewport()
    qtbot.mouseClick(vp, Qt.LeftButton, Qt.NoModifier, _viewport_point(window, cell.x + 30, cell.y + 20))
    assert window.scene.selected_ids()["cards"] == []
    assert window.scene.grid.target_cell == (stage_id, lane_id)  # outlined as the paste target
    for _ in range(3):
        qtbot.keyClick(window.view, Qt.Key_V, Qt.ControlModifier)
    pasted = m.cards_in(stage_id, lane_id)
    assert [c.title for c in pasted] == [source.title] * 3
    assert window.scene.selected_ids()["cards"] == [pasted[-1].id]
    assert all(_shown_in_view(window, c.id) for c in pasted)
    assert window.doc.undo_stack.count() == 3
    # a click on a card leaves the target to that card's cell: no outline elsewhere
    first = window.scene.layout.rect_of(source.id)
    window.view.reveal([source.id])
    qtbot.mouseClick(vp, Qt.LeftButton, Qt.NoModifier, _viewport_point(window, first.x + 10, first.y + 10))
    assert window.scene.grid.target_cell is None


def test_the_paste_target_is_outlined_on_the_canvas(make_window, qtbot):
    window = make_window()
    window.resize(1400, 900)
    window.new_map("5a", "vi")
    m = window.doc.map
    window.view.horizontalScrollBar().setValue(0)
    window.view.verticalScrollBar().setValue(0)
    stage_id, lane_id, cell = _empty_cell_in_view(window, "")
    qtbot.mouseClick(window.view.viewport(), Qt.LeftButton, Qt.NoModifier,
                     _viewport_point(window, cell.x + 30, cell.y + 20))
    image = window.view.viewport().grab().toImage()
    edge = _viewport_point(window, cell.x + 2.5, cell.y + cell.h / 2)
    inside = _viewport_point(window, cell.x + cell.w / 2, cell.y + cell.h / 2)
    assert image.pixelColor(edge) != image.pixelColor(inside)  # a line at the cell's edge
    assert m.cards_in(stage_id, lane_id) == []


def test_default_words_follow_the_map_language_not_the_interface(make_window, qtbot):
    """English interface (the tests' default), Vietnamese map."""
    window = make_window()
    window.new_map("5a", "vi")
    m = window.doc.map
    window.actions_by_name["add_persona"].trigger()
    assert m.personas[-1].name == "Khách hàng 2"
    pain = next(lane for lane in m.lanes if lane.kind == LaneKind.PAIN_POINTS)
    card_id = window.editor.add_card(LaneKind.PAIN_POINTS, (m.stages[0].id, pain.id))
    assert m.card(card_id).title == "Điểm đau"
    window.scene.select_ids({"stages": [m.stages[0].id]})
    window.actions_by_name["add_stage"].trigger()
    assert m.stages[1].title == f"Giai đoạn {len(m.stages)}"
    # an English map in the same interface gets English words
    window.doc.undo_stack.setClean()
    window.new_map("5a", "en")
    window.actions_by_name["add_persona"].trigger()
    assert window.doc.map.personas[-1].name == "Persona 2"


def test_a_palette_double_click_adds_a_card_in_view_open_for_typing(make_window, qtbot):
    window = make_window()
    window.new_map("5a", "vi")
    m = window.doc.map
    window.view.horizontalScrollBar().setValue(window.view.horizontalScrollBar().maximum())
    window.view.verticalScrollBar().setValue(window.view.verticalScrollBar().maximum())
    palette = window.palette_dock.list
    row = [palette.kind_at(i) for i in range(palette.count())].index(LaneKind.PAIN_POINTS)
    pos = palette.visualItemRect(palette.item(row)).center()
    qtbot.mouseClick(palette.viewport(), Qt.LeftButton, Qt.NoModifier, pos)
    qtbot.mouseDClick(palette.viewport(), Qt.LeftButton, Qt.NoModifier, pos)
    qtbot.mouseRelease(palette.viewport(), Qt.LeftButton, Qt.NoModifier, pos)
    (card_id,) = window.scene.selected_ids()["cards"]
    card = m.card(card_id)
    assert m.lane(card.lane_id).kind == LaneKind.PAIN_POINTS
    assert _shown_in_view(window, card_id)
    assert window.scene.editing_card_id() == card_id
    type_text(window.view, "Chờ lâu")
    qtbot.keyClick(window.view, Qt.Key_Return)
    assert card.title == "Chờ lâu"


def test_a_new_persona_takes_a_colour_unlike_the_template_one(make_window):
    window = make_window()
    window.new_map("5a", "vi")
    m = window.doc.map
    window.actions_by_name["add_persona"].trigger()
    window.actions_by_name["add_persona"].trigger()
    assert [p.colour for p in m.personas] == list(PERSONA_PALETTE[:3])
    # a removed colour is given again first
    window.scene.select_ids({"personas": [m.personas[1].id]})
    window.editor.delete_selection()
    window.actions_by_name["add_persona"].trigger()
    assert m.personas[-1].colour == PERSONA_PALETTE[1]


def test_selecting_raises_the_dock_that_shows_it(make_window, sample_path, qtbot):
    window = make_window(sample_path)
    m = window.doc.map
    window.personas_dock.raise_()
    qtbot.wait(10)
    assert window.personas_dock.visibleRegion().isEmpty() is False
    card = card_by_title(window, "A1")
    window.view.reveal([card.id])
    r = window.scene.layout.rect_of(card.id)
    qtbot.mouseClick(window.view.viewport(), Qt.LeftButton, Qt.NoModifier, _viewport_point(window, r.x + 10, r.y + 10))
    assert window.scene.selected_ids()["cards"] == [card.id]
    assert not window.inspector.visibleRegion().isEmpty()
    assert window.personas_dock.visibleRegion().isEmpty()
    # a persona brings the Personas dock forward, showing that persona
    persona = m.personas[0]
    window.scene.select_ids({"personas": [persona.id]})
    assert not window.personas_dock.visibleRegion().isEmpty()
    assert window.personas_dock.persona_id == persona.id
    for kind, model_id in (("stages", m.stages[1].id), ("lanes", m.lanes[0].id)):
        window.personas_dock.raise_()
        window.scene.select_ids({kind: [model_id]})
        assert not window.inspector.visibleRegion().isEmpty(), kind


def test_escape_right_after_a_palette_double_click_leaves_no_blank_card(make_window, qtbot):
    window = make_window()
    window.new_map("5a", "vi")
    m = window.doc.map
    before = [c.id for c in m.cards]
    palette = window.palette_dock.list
    row = [palette.kind_at(i) for i in range(palette.count())].index(LaneKind.NEEDS)
    pos = palette.visualItemRect(palette.item(row)).center()
    qtbot.mouseClick(palette.viewport(), Qt.LeftButton, Qt.NoModifier, pos)
    qtbot.mouseDClick(palette.viewport(), Qt.LeftButton, Qt.NoModifier, pos)
    qtbot.mouseRelease(palette.viewport(), Qt.LeftButton, Qt.NoModifier, pos)
    assert window.scene.editing_card_id() is not None
    qtbot.keyClick(window.view, Qt.Key_Escape)
    assert [c.id for c in m.cards] == before
    assert window.doc.undo_stack.count() == 0 and not window.doc.is_modified()
    assert not window.actions_by_name["undo"].isEnabled()
