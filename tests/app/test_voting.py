"""Dot voting through the real widgets: clicks on the view's viewport, the Vote Results dock."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt

from cjm_desktop.model import LaneKind
from tests.app.conftest import card_by_title


def _centre(window, card_id) -> QPoint:
    r = window.scene.layout.rect_of(card_id)
    return window.view.mapFromScene(QPointF(r.x + r.w / 2, r.y + r.h / 2))


def _click(qtbot, window, card_id, button=Qt.LeftButton, modifier=Qt.NoModifier) -> None:
    window.view.reveal([card_id])
    qtbot.mouseClick(window.view.viewport(), button, modifier, _centre(window, card_id))


def test_voting_clicks_put_and_take_back_dots_within_the_participants_dots(make_window, sample_path, qtbot):
    window = make_window(sample_path)
    window.editor.set_workshop(2, ["Lan", "Minh"])
    ops = window.workshop
    dock = ops.dock
    assert [dock.participant.itemText(i) for i in range(dock.participant.count())] == ["Lan", "Minh", "Anonymous"]
    a0, b0 = card_by_title(window, "A0"), card_by_title(window, "B0")
    qtbot.mouseClick(dock.vote_button, Qt.LeftButton)  # the dock's button drives View > Voting Mode
    assert ops.voting_action.isChecked() and ops.voting.active
    steps = window.doc.undo_stack.count()
    _click(qtbot, window, a0.id)
    _click(qtbot, window, a0.id)
    assert window.doc.map.card(a0.id).votes == {"Lan": 2}
    assert window.scene.selected_card_ids() == []  # voting clicks do not select
    assert window.doc.undo_stack.count() == steps + 2
    _click(qtbot, window, b0.id)  # Lan has no dot left
    assert window.doc.map.card(b0.id).votes == {}
    assert "Lan has used all 2 dots" in window.statusBar().currentMessage()
    _click(qtbot, window, a0.id, Qt.LeftButton, Qt.ShiftModifier)  # Shift+click takes one back
    assert window.doc.map.card(a0.id).votes == {"Lan": 1}
    assert "1 of 2 dots left" in dock.dots_label.text()
    dock.participant.setCurrentIndex(1)  # Minh
    _click(qtbot, window, b0.id)
    _click(qtbot, window, b0.id)
    _click(qtbot, window, b0.id, Qt.RightButton)  # right-click takes one back
    assert window.doc.map.card(b0.id).votes == {"Minh": 1}
    assert window.scene.card_item(b0.id).face.dots == ("#1971c2",)  # Minh's colour
    dock.participant.setCurrentIndex(2)
    _click(qtbot, window, b0.id)
    assert window.doc.map.card(b0.id).votes == {"Minh": 1, "": 1}
    assert dock.ranked_titles() == [("1", "2", "B0"), ("2", "1", "A0")]
    window.doc.undo_stack.undo()
    assert window.doc.map.card(b0.id).votes == {"Minh": 1}
    assert dock.ranked_titles() == [("1", "1", "A0"), ("1", "1", "B0")]
    ops.voting_action.setChecked(False)
    window.view.reveal([a0.id])
    qtbot.mouseClick(window.view.viewport(), Qt.LeftButton, Qt.NoModifier, _centre(window, a0.id))
    assert window.scene.selected_card_ids() == [a0.id]  # out of voting mode a click selects again


def test_the_ranking_filters_by_lane_kind_and_double_click_selects(make_window, sample_path, qtbot):
    window = make_window(sample_path)
    m = window.doc.map
    window.editor.set_workshop(5, [])
    window.editor.put_dot(card_by_title(window, "A0").id, "")
    dock = window.workshop.dock
    dock.show()
    dock.raise_()
    qtbot.waitUntil(lambda: dock.table.viewport().isVisible())
    assert dock.ranked_titles() == [("1", "1", "A0")]
    dock.kind.setCurrentIndex(dock.kind.findData(LaneKind.PAIN_POINTS))
    assert dock.ranked_titles() == []
    dock.kind.setCurrentIndex(dock.kind.findData(m.lanes[0].kind))
    item = dock.table.topLevelItem(0)
    rect = dock.table.visualItemRect(item)
    qtbot.mouseClick(dock.table.viewport(), Qt.LeftButton, Qt.NoModifier, rect.center())  # what a mouse sends
    qtbot.mouseDClick(dock.table.viewport(), Qt.LeftButton, Qt.NoModifier, rect.center())
    assert window.scene.selected_card_ids() == [card_by_title(window, "A0").id]


def test_opening_another_map_ends_voting_and_votes_on_the_new_one(make_window, sample_path, tmp_path, qtbot):
    from cjm_desktop.io import write_cjm
    from tests.factories import small_map

    window = make_window(sample_path)
    window.workshop.voting_action.setChecked(True)
    other = tmp_path / "other.cjm"
    write_cjm(other, small_map())
    window.open_path(other, ask=False)
    assert not window.workshop.voting_action.isChecked()
    window.workshop.voting_action.setChecked(True)
    card = card_by_title(window, "A0")
    _click(qtbot, window, card.id)
    assert window.doc.map.card(card.id).votes == {"": 1}


def test_the_results_dock_out_of_sight_follows_who_votes_and_ranks_when_shown(make_window, sample_path, qtbot):
    window = make_window(sample_path)
    dock = window.workshop.dock
    window.inspector.raise_()  # the Vote Results tab is behind the Inspector's
    qtbot.waitUntil(lambda: dock.visibleRegion().isEmpty())
    window.editor.set_workshop(3, ["Lan", "Minh"])
    window.editor.put_dot(card_by_title(window, "A0").id, "Lan")
    # who votes is always in step (voting mode takes the participant from the dock) ...
    assert [dock.participant.itemText(i) for i in range(dock.participant.count())] == ["Lan", "Minh", "Anonymous"]
    assert dock.ranked_titles() == []  # ... the ranking waits until the dock is seen
    dock.raise_()
    qtbot.waitUntil(lambda: dock.ranked_titles() == [("1", "1", "A0")])
    assert "2 of 3 dots left" in dock.dots_label.text()
