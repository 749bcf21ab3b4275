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
