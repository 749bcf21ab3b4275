"""Connectors drawn in pieces (straight bars, small stroked corners, the head) look
like the line stroked as one path, and the outline they come from stays straight
up to the arrow head."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QRectF

from cjm_desktop.layout import LayoutEngine, decor
from cjm_desktop.templates.generated import generate_map

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def layout():
    m = generate_map(cards=600, stages=8, lanes=6, personas=1, connectors=60, seed=4)
    return LayoutEngine().layout(m)


def _straight(a, b) -> bool:
    return a[0] == b[0] or a[1] == b[1]


def test_every_run_of_an_outline_is_across_or_down_even_when_the_head_covers_the_last(layout):
    covered = 0
    for k in layout.connectors:
        ops = decor.connector_outline(k)
        if len(k.points) > 2 and math.dist(k.points[-2], k.points[-1]) <= math.dist(decor.connector_shaft_end(k),
                                                                                      k.points[-1]):
            covered += 1
        at = ops[0][1]
        for op in ops[1:]:
            if op[0] == "L":
                assert _straight(at, op[1]), (k.connector_id, at, op[1])
            at = op[-1]
    assert covered, "the map has connectors whose last run lies under the arrow head"


SCALE = 1.5  # a line 1.65 px wide: thinner than a pixel, where it falls on the grid decides more than its shape


def _image(layout, draw):
    """The connectors drawn by ``draw(painter, connector)``, as a grey PIL image."""
    from PIL import Image
    from PySide6.QtGui import QColor, QImage, QPainter

    xs = [x for k in layout.connectors for x in k.coords[0::2]]
    ys = [y for k in layout.connectors for y in k.coords[1::2]]
    img = QImage(int((max(xs) - min(xs)) * SCALE) + 20, int((max(ys) - min(ys)) * SCALE) + 20,
                 QImage.Format.Format_Grayscale8)
    img.fill(QColor("white"))
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.translate(10, 10)
    p.scale(SCALE, SCALE)
    p.translate(-min(xs), -min(ys))
    for k in layout.connectors:
        draw(p, k)
    white = QColor("white")  # where a line leaves its card: the stroked line has a round end, a bar
    for k in layout.connectors:  # a flat one; the card, drawn above the line, covers both
        p.fillRect(QRectF(k.coords[0] - 3, k.coords[1] - 3, 6, 6), white)
    p.end()
    return Image.frombytes("L", (img.width(), img.height()), bytes(img.constBits())[: img.sizeInBytes()],
                           "raw", "L", img.bytesPerLine())


def test_the_pieces_cover_what_the_stroked_line_covers(qapp, layout):
    from PIL import ImageChops, ImageFilter
    from PySide6.QtCore import Qt

    from cjm_desktop.render import qt_connectors as qc
    from cjm_desktop.render.qt_pens import qcolor, qpen

    def whole(p, k):
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(qpen(decor.connector_stroke()))
        p.drawPath(qc.connector_qpath(k))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(qcolor(decor.CONNECTOR_COLOUR))
        p.drawPolygon(qc.head_polygon(qc.connector_pieces(k)))

    a, b = _image(layout, whole), _image(layout, qc.paint_connector)
    assert a.getextrema()[0] < 160  # the lines are there
    # the same ink in every neighbourhood of a pixel and a half (anti-aliasing spreads it
    # over one pixel row or two, the other way for each), and no line more or less
    blur = ImageFilter.BoxBlur(1.5)
    diff = ImageChops.difference(a.filter(blur), b.filter(blur))
    assert diff.getextrema()[1] <= 24
    assert ImageChops.difference(a, b).histogram()[128:] == [0] * 128


def _windows(layout, scale, rng):
    """Windows (in pixels) onto the map: some anywhere, and for some bends and heads
    of the connectors one window on each side of a line through the piece's middle."""
    from PySide6.QtCore import QRect

    from cjm_desktop.render import qt_connectors as qc

    width, height = int(layout.width * scale), int(layout.height * scale)
    out = []
    for _ in range(10):
        w, h = rng.randint(40, 400), rng.randint(40, 400)
        out.append(QRect(rng.randrange(width - w), rng.randrange(height - h), w, h))
    pieces = [qc.connector_pieces(k) for k in layout.connectors]
    boxes = [b[:4] for p in pieces for b in p.bends]
    boxes = rng.sample(boxes, 12) + [p.head[:4] for p in rng.sample(pieces, 12)]
    for left, top, right, bottom in boxes:
        x, y = round((left + right) / 2 * scale), round((top + bottom) / 2 * scale)
        out += [QRect(x, y - 50, 80, 100), QRect(x - 80, y - 50, 80, 100),
                QRect(x - 50, y, 100, 80), QRect(x - 50, y - 80, 100, 80)]
    return out


@pytest.mark.parametrize("scale", [1.5, 0.4])
def test_drawing_only_the_pieces_that_reach_into_what_is_shown_changes_no_pixel_there(qapp, layout, scale):
    """A canvas paints a connector told what part of it is shown (a view's window
    onto a long line): the pieces left out change no pixel of that part, even
    where the window's edge cuts through a corner or an arrow head."""
    import random

    from PySide6.QtGui import QColor, QImage, QPainter

    from cjm_desktop.render import qt_connectors as qc

    calls = {"all": 0, "shown": 0}

    class Counting(QPainter):
        def __init__(self, img, key):
            super().__init__(img)
            self.key = key

        def fillRect(self, *args):  # noqa: N802
            calls[self.key] += 1
            super().fillRect(*args)

        def drawPath(self, *args):  # noqa: N802
            calls[self.key] += 1
            super().drawPath(*args)

    pieces = [qc.connector_pieces(k) for k in layout.connectors]
    edge = 1.0 / scale  # a pixel, as the canvas's connector item pads what it is shown
    for window in _windows(layout, scale, random.Random(7)):
        shown = (window.left() / scale - edge, window.top() / scale - edge,
                 (window.right() + 1) / scale + edge, (window.bottom() + 1) / scale + edge)
        images = []
        for key in ("all", "shown"):
            img = QImage(window.width(), window.height(), QImage.Format.Format_Grayscale8)
            img.fill(QColor("white"))
            p = Counting(img, key)
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            p.translate(-window.left(), -window.top())
            p.scale(scale, scale)
            for each in pieces:
                qc.paint_connector_pieces(p, each, shown=qc.EVERYWHERE if key == "all" else shown)
            p.end()
            images.append(img)
        assert images[0] == images[1], (scale, window)
    assert calls["shown"] < calls["all"] / 3  # most pieces lie outside a window onto the map
