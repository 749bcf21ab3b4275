"""Pictures on the canvas: dropped picture files, drawn above the card text, tinted when zoomed out."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtGui import QImage, QPainter

from cjm_desktop.model import images
from cjm_desktop.render import qt_pictures
from tests.canvas.conftest import make_canvas
from tests.canvas.test_drop_and_edit import send_drop
from tests.factories import small_map
from tests.pictures.helpers import picture_file


def _files(*paths) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def test_a_picture_file_dropped_on_a_card_becomes_its_picture(qtbot, tmp_path):
    canvas = make_canvas(qtbot, small_map())
    m = canvas.map
    card = m.cards[1]
    r = canvas.scene.layout.rect_of(card.id)
    drop = send_drop(canvas, _files(picture_file(tmp_path / "frame.png", 320, 200)), canvas.at(r.x + 20, r.y + 8))
    assert drop.isAccepted()
    assert images.check_data_uri(m.images[card.image]).width == 320
    g = canvas.scene.layout.cards[card.id]
    assert g.content.image_box is not None and g.box.h > r.h  # the card grew to hold it, above its text
    assert g.content.lines[0].y > g.content.image_box.y + g.content.image_box.h
    canvas.doc.undo_stack.undo()
    assert m.card(card.id).image is None and canvas.scene.layout.rect_of(card.id).h == r.h


def test_picture_files_dropped_on_an_empty_cell_become_new_cards(qtbot, tmp_path):
    canvas = make_canvas(qtbot, small_map())
    m = canvas.map
    cell = canvas.scene.layout.cells[(m.stages[2].id, m.lanes[0].id)]
    files = [picture_file(tmp_path / f"{i}.jpg", 200, 150, colour=(40 * i, 90, 60), kind="JPEG") for i in range(2)]
    drop = send_drop(canvas, _files(*files), canvas.at(cell.x + 30, cell.y + 30))
    assert drop.isAccepted()
    stack = m.cards_in(m.stages[2].id, m.lanes[0].id)
    assert len(stack) == 2 and all(c.image in m.images for c in stack)
    assert canvas.doc.undo_stack.count() == 1  # one step
    canvas.doc.undo_stack.undo()
    assert m.cards_in(m.stages[2].id, m.lanes[0].id) == []


def test_a_card_picture_is_drawn_and_decoded_once_per_size(qtbot, tmp_path, monkeypatch):
    canvas = make_canvas(qtbot, small_map())
    m = canvas.map
    card = m.cards[0]
    canvas.scene.map_editor.set_picture_from_file("cards", card.id, picture_file(tmp_path / "red.png", 400, 300,
                                                                                     colour=(220, 0, 0)))
    qt_pictures.decode_picture.cache_clear()
    item = canvas.scene.card_item(card.id)
    g = canvas.scene.layout.cards[card.id]
    box = g.content.image_box
    target = QImage(int(g.box.w), int(g.box.h), QImage.Format_ARGB32)
    for _ in range(5):
        target.fill(0)
        painter = QPainter(target)
        item.paint(painter, _option(), None)
        painter.end()
    assert qt_pictures.decode_picture.cache_info().misses == 1  # five paints, one decode
    # the centre of the box shows the picture's disc (224, 122, 95), give or take scaling
    centre = target.pixelColor(int(box.x + box.w / 2), int(box.y + box.h / 2))
    assert all(abs(a - b) <= 3 for a, b in zip((centre.red(), centre.green(), centre.blue()), (224, 122, 95)))


def _option():
    from PySide6.QtWidgets import QStyleOptionGraphicsItem

    return QStyleOptionGraphicsItem()
