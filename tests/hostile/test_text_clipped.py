"""A title of combining marks (a few hundred stacked accents) draws inside its card only."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QStyleOptionGraphicsItem

from cjm_desktop.canvas import MapScene
from cjm_desktop.commands import CjmDocument
from cjm_desktop.model import LIMITS
from tests.factories import small_map
from tests.qt_helpers import drop_scene

MARGIN = 200


def _ink_outside(item) -> int:
    """Pixels the item paints more than 4 px outside its card (a selection outline is 3 px out)."""
    rect = item.rect()
    image = QImage(int(rect.width()) + 2 * MARGIN, int(rect.height()) + 2 * MARGIN, QImage.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.translate(QPointF(MARGIN, MARGIN) - rect.topLeft())
    item.paint(painter, QStyleOptionGraphicsItem(), None)
    painter.end()
    inside = QRectF(MARGIN - 4, MARGIN - 4, rect.width() + 8, rect.height() + 8)
    return sum(1 for y in range(image.height()) for x in range(0, image.width(), 2)
               if image.pixel(x, y) >> 24 and not inside.contains(x, y))


def test_a_title_of_combining_marks_stays_in_its_card(qtbot):
    m = small_map()
    m.cards[0].title = "A" + "\u0301\u0323" * ((LIMITS.short_text - 1) // 2)
    scene = MapScene(CjmDocument(m))
    item = scene.card_item(m.cards[0].id)
    assert _ink_outside(item) == 0
    drop_scene(scene)


def test_in_the_pdf_combining_marks_stay_inside_their_card():
    """The PDF places each laid-out line where the layout says, without shaping (a mark
    has no advance and overprints its letter): every line starts inside the card, fits
    its width and has its baseline inside its height."""
    from cjm_desktop.layout import LayoutEngine
    from cjm_desktop.layout.text import text_width

    m = small_map()
    m.cards[0].title = "a" + "\u0301" * (LIMITS.short_text - 1)
    m.cards[0].body = ("e" + "\u0323\u0302" * 20 + " ") * 300
    g = LayoutEngine().layout(m).cards[m.cards[0].id]
    assert g.content.lines
    for line in g.content.lines:
        assert 0 <= line.x and 0 < line.y <= g.box.h, line
        assert line.x + text_width(line.text, line.bold, line.size) <= g.box.w + 0.5, line
