"""At the default window width the Inspector fits its dock: no sideways scrolling,
whatever page it shows, and a real vertical scroll bar when the page is tall."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication


def _click(window, qtbot, model_id: str) -> None:
    item = window.scene.item_for_id(model_id)
    window.view.reveal([model_id])
    rect = item.sceneBoundingRect()
    pos = window.view.mapFromScene(QPointF(rect.center().x(), rect.top() + 8))
    qtbot.mouseClick(window.view.viewport(), Qt.LeftButton, Qt.NoModifier, pos)


def test_the_inspector_never_scrolls_sideways(make_window, qtbot):
    window = make_window()
    window.new_map("5a", "vi")
    assert window.width() == 1440  # the default window
    scroll = window.inspector.widget()
    m = window.doc.map
    for model_id, key in ((m.cards[0].id, "cards"), (m.stages[1].id, "stages"), (m.lanes[2].id, "lanes")):
        _click(window, qtbot, model_id)
        QApplication.processEvents()
        assert window.scene.selected_ids()[key] == [model_id]
        body = scroll.widget()
        assert not scroll.horizontalScrollBar().isVisible()
        assert body.minimumSizeHint().width() <= scroll.viewport().width()
        assert body.width() <= scroll.viewport().width()
    window.resize(1366, 700)  # a smaller laptop screen: the card page is taller than the dock
    _click(window, qtbot, m.cards[0].id)
    QApplication.processEvents()
    vbar = scroll.verticalScrollBar()
    assert vbar.isVisible() and not scroll.horizontalScrollBar().isVisible()
    # the scroll bar is drawn by the style (groove and handle), not washed white by the dock's background
    assert vbar.width() >= vbar.sizeHint().width()
    img = vbar.grab().toImage()
    pixels = [img.pixelColor(x, y).lightness() for x in range(img.width()) for y in range(img.height())]
    assert sum(p > 250 for p in pixels) / len(pixels) < 0.75


def _fits(window) -> bool:
    scroll = window.inspector.widget()
    QApplication.processEvents()
    QApplication.processEvents()
    body = scroll.widget()
    return body.width() <= scroll.viewport().width() and body.minimumSizeHint().width() <= scroll.viewport().width()


def test_a_dock_dragged_narrow_still_shows_every_field_whole(make_window, qtbot, tmp_path):
    """Dragging the dock's edge (or a layout restored from a wider screen) cannot
    make it narrower than the page it shows: its fields would be cut off at the
    right, with no way to scroll to them."""
    from cjm_desktop.io import write_cjm
    from tests.factories import small_map

    path = tmp_path / "bản đồ.cjm"
    write_cjm(path, small_map())
    window = make_window(path)
    m = window.doc.map
    window.scene.select_ids({"cards": [m.cards[0].id]})
    assert _fits(window)
    window.resizeDocks([window.inspector], [200], Qt.Horizontal)
    assert _fits(window)
    card_width = window.inspector.width()
    assert card_width < 320, card_width  # it did narrow, as far as the card's page allows
    window.scene.select_ids({})  # the map's page (its logo buttons) is wider: the dock widens with it
    assert _fits(window)
    assert window.inspector.width() > card_width
    window.resizeDocks([window.inspector], [200], Qt.Horizontal)
    assert _fits(window)
    window.restoreState(window.saveState())  # a saved layout comes back no narrower either
    assert _fits(window)
