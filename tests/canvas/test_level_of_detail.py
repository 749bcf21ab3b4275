"""Zoomed out, cards are blocks of their lane's colour, all drawn by one item;
the card items are still selected, found and dragged."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QGraphicsItem

from cjm_desktop.canvas import MapScene
from cjm_desktop.canvas.items.base import SELECTION_COLOUR
from tests.canvas.conftest import big_map, make_canvas
from tests.factories import small_map

BACKGROUND_TOLERANCE = 24


def grab(canvas) -> QImage:
    return canvas.view.viewport().grab().toImage()


def near(a: QColor, b: QColor, tolerance: int = BACKGROUND_TOLERANCE) -> bool:
    return all(abs(x - y) <= tolerance for x, y in ((a.red(), b.red()), (a.green(), b.green()), (a.blue(), b.blue())))


def pixel(canvas, image: QImage, x: float, y: float) -> QColor:
    p = canvas.at(x, y) * image.devicePixelRatio()
    return image.pixelColor(p.x(), p.y())


def zoomed_out(qtbot, journey_map):
    canvas = make_canvas(qtbot, journey_map)
    canvas.view.set_zoom(0.3)  # 0.4 device pixels per point: blocks, and still some pixels per card
    qtbot.wait(1)
    return canvas


def test_the_map_zoomed_out_looks_as_when_every_card_painted_its_own_block(qtbot, monkeypatch):
    journey_map = big_map(400, n_stages=8)
    at_once = make_canvas(qtbot, journey_map)
    at_once.view.zoom_to_fit()
    assert at_once.scene.zoomed_out
    assert all(item.flags() & QGraphicsItem.ItemHasNoContents for item in at_once.scene.card_items())
    image = grab(at_once)

    monkeypatch.setattr(MapScene, "set_zoomed_out", lambda self, on: None)  # each card paints itself
    one_by_one = make_canvas(qtbot, journey_map)
    one_by_one.view.zoom_to_fit()
    assert not one_by_one.scene.zoomed_out
    reference = grab(one_by_one)

    assert image.size() == reference.size()
    differing = sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if not near(image.pixelColor(x, y), reference.pixelColor(x, y), 12)
    )
    assert differing <= 0.002 * (image.width() // 2) * (image.height() // 2)


def test_zoomed_out_a_selected_card_is_outlined_and_zooming_in_brings_the_text_back(qtbot):
    canvas = zoomed_out(qtbot, small_map())
    m = canvas.map
    card = canvas.scene.layout.rect_of(m.cards[0].id)
    before = pixel(canvas, grab(canvas), card.x + card.w / 2, card.y)

    canvas.scene.select_ids({"cards": [m.cards[0].id]})
    after = pixel(canvas, grab(canvas), card.x + card.w / 2, card.y)
    assert near(after, QColor(SELECTION_COLOUR), 60) and not near(before, QColor(SELECTION_COLOUR), 60)

    canvas.view.set_zoom(1.0)
    assert not canvas.scene.zoomed_out
    assert not canvas.scene.card_item(m.cards[0].id).flags() & QGraphicsItem.ItemHasNoContents


def test_zoomed_out_a_dragged_card_is_drawn_where_the_mouse_takes_it(qtbot):
    canvas = zoomed_out(qtbot, small_map())
    m = canvas.map
    lay = canvas.scene.layout
    card = lay.rect_of(m.cards[3].id)  # B0, alone in its cell
    empty = lay.cells[(m.stages[2].id, m.lanes[0].id)]
    home = (card.x + card.w / 2, card.y + card.h / 2)
    there = (empty.x + empty.w / 2, card.y + card.h / 2)
    background = pixel(canvas, grab(canvas), *there)
    block = pixel(canvas, grab(canvas), *home)
    assert not near(block, background)

    vp = canvas.view.viewport()
    start, end = canvas.at(*home), canvas.at(*there)
    qtbot.mousePress(vp, Qt.LeftButton, Qt.NoModifier, start)
    try:
        for i in range(1, 7):
            p = start + (end - start) * (i / 6)
            qtbot.mouseMove(vp, QPoint(round(p.x()), round(p.y())))
        image = grab(canvas)
        assert near(pixel(canvas, image, *there), block)  # the card rides with the mouse ...
        assert not near(pixel(canvas, image, *home), block)  # ... and its block left home
    finally:
        qtbot.mouseRelease(vp, Qt.LeftButton, Qt.NoModifier, end)
    assert m.card(m.cards[3].id).stage_id == m.stages[2].id
    moved = canvas.scene.layout.rect_of(m.cards[3].id)
    assert near(pixel(canvas, grab(canvas), moved.x + moved.w / 2, moved.y + moved.h / 2), block)
    assert canvas.scene.card_item(m.cards[3].id).flags() & QGraphicsItem.ItemHasNoContents


def test_zoomed_out_found_cards_are_outlined(qtbot):
    canvas = zoomed_out(qtbot, small_map())
    m = canvas.map
    card = canvas.scene.layout.rect_of(m.cards[1].id)
    canvas.scene.highlight([m.cards[1].id])
    assert near(pixel(canvas, grab(canvas), card.x + card.w / 2, card.y), QColor(SELECTION_COLOUR), 60)
    canvas.scene.clear_highlight()
    assert not near(pixel(canvas, grab(canvas), card.x + card.w / 2, card.y), QColor(SELECTION_COLOUR), 60)
