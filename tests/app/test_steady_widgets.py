"""The status bar's counts and zoom, and the toolbar, keep their size: an edit
repaints them alone, and they still show what they should (app/window/steady.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QToolButton

from cjm_desktop.app.window.steady import SteadyLabel

from .conftest import card_by_title


def test_a_steady_label_grows_to_fit_and_never_shrinks(qtbot):
    label = SteadyLabel()
    qtbot.addWidget(label)
    label.setText("6 giai đoạn · 14 làn · 122 thẻ")
    first = label.width()
    assert first >= label.sizeHint().width() and label.minimumWidth() == label.maximumWidth()
    label.setText("6 giai đoạn · 14 làn · 99 thẻ")  # shorter: the same box, no new layout
    assert label.width() == first
    label.setText("60 giai đoạn · 140 làn · 12.345 thẻ")  # longer: it grows, all of it shown
    assert label.width() >= label.sizeHint().width() > first


def test_the_status_bar_shows_each_count_and_zoom_in_full(make_window, sample_path, qtbot):
    window = make_window(sample_path)
    counts = window.counts_label
    width = counts.width()
    window.editor.new_card(cell=(window.doc.map.stages[0].id, window.doc.map.lanes[0].id), index=0)
    assert counts.text().endswith(f"{len(window.doc.map.cards)} cards")
    assert counts.width() == width >= counts.sizeHint().width()  # a new count: the same box
    zoom = window.zoom_label
    for factor, shown in ((0.05, "5%"), (4.0, "400%")):  # the view's zoom range, each end
        window.view.set_zoom(factor)
        assert zoom.text() == shown and zoom.width() >= zoom.sizeHint().width()


def test_the_toolbar_buttons_follow_their_actions_in_a_steady_bar(make_window, sample_path, qtbot):
    window = make_window(sample_path)
    bar = window.toolbar
    undo = window.actions_by_name["undo"]
    button = bar.widgetForAction(undo)
    size = button.size()
    card = card_by_title(window, "A0")
    window.scene.select_ids({"cards": [card.id]})
    window.editor.delete_selection()
    assert "Delete" in undo.text() and undo.isEnabled()
    assert button.isEnabled() and undo.toolTip() == button.toolTip() and "Ctrl+Z" in button.toolTip()
    assert button.size() == size and button.text() == "Undo"  # the toolbar's word stays, the box too
    find = window.actions_by_name["find"]
    find.setVisible(False)  # an action hidden still takes its button off the bar
    qtbot.waitUntil(lambda: not bar.widgetForAction(find).isVisible())
    find.setVisible(True)
    qtbot.waitUntil(lambda: bar.widgetForAction(find).isVisible())
    assert all(isinstance(b, QToolButton) for b in bar.findChildren(QToolButton))
