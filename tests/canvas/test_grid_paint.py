"""The grid item draws only the lane fills and lines that reach into the part of
the map a repaint exposes, each line only as long as it crosses it, and that
part looks as if it had drawn the whole grid."""

from __future__ import annotations

import math
import random

import pytest
from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QStyleOptionGraphicsItem

from cjm_desktop.canvas.items.grid import GridItem
from cjm_desktop.layout import LayoutEngine, decor
from cjm_desktop.render import qt_painter
from cjm_desktop.templates.generated import generate_map

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def grid(qapp):
    m = generate_map(cards=600, stages=8, lanes=8, personas=2, connectors=0, seed=3)
    item = GridItem()
    item.set_layout(LayoutEngine().layout(m), {lane.id: lane.kind for lane in m.lanes}, "vi")
    return item


def _drawn(item, exposed: QRectF, window: QRectF, scale: float) -> QImage:
    """``item`` painted for a repaint that exposes ``exposed`` (map units), the
    ``window`` of it (the same part, in pixels) as an image."""
    img = QImage(int(window.width()), int(window.height()), QImage.Format.Format_RGB32)
    img.fill(QColor("black"))
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.translate(-window.left(), -window.top())
    p.scale(scale, scale)
    option = QStyleOptionGraphicsItem()
    option.exposedRect = exposed
    item.paint(p, option)
    p.end()
    return img


@pytest.mark.parametrize("scale", [1.0, 2.0, 0.3])
def test_a_part_exposed_looks_as_if_the_whole_grid_were_drawn(grid, monkeypatch, scale):
    lay = grid.layout
    lines = [lay.lane_headers[lid].bottom for lid in lay.lane_order] + [y for _, y in decor.emotion_scale(lay).ticks]
    rng = random.Random(5)
    windows = []  # in pixels: edges a pixel or two either side of a lane's line or a scale line, and anywhere
    for y in rng.sample(lines, 8):
        x = int(rng.uniform(0, lay.width - 300) * scale)
        for edge in (math.floor(y * scale) - 1, math.floor(y * scale), math.ceil(y * scale), math.ceil(y * scale) + 1):
            windows += [QRect(x, edge, 300, 120), QRect(x, edge - 120, 300, 120)]
    windows += [QRect(int(rng.uniform(0, lay.width - 500) * scale), int(rng.uniform(0, lay.height - 400) * scale),
                      500, 400) for _ in range(6)]
    whole, scale_lines = qt_painter.paint_cell_grid, qt_painter.paint_emotion_scale_lines
    calls = {"all": 0, "part": 0}

    def counting(key):
        def paint(p, layout, kinds, exposed=None):
            drawLine = p.drawLine

            def line(*args):
                calls[key] += 1
                drawLine(*args)

            p.drawLine = line
            whole(p, layout, kinds, None if key == "all" else exposed)
        return paint

    for window in windows:
        exposed = QRectF(window.left() / scale, window.top() / scale, window.width() / scale, window.height() / scale)
        monkeypatch.setattr(qt_painter, "paint_cell_grid", counting("part"))
        monkeypatch.setattr(qt_painter, "paint_emotion_scale_lines", scale_lines)
        part = _drawn(grid, exposed, QRectF(window), scale)
        monkeypatch.setattr(qt_painter, "paint_cell_grid", counting("all"))
        monkeypatch.setattr(qt_painter, "paint_emotion_scale_lines", lambda p, layout, exposed=None: scale_lines(p, layout))
        every = _drawn(grid, exposed, QRectF(window), scale)
        assert part == every, (scale, window)
    assert calls["part"] < calls["all"] / 2
