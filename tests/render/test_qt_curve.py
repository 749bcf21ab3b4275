"""An emotion curve painted for part of the view (the canvas repaints what
changed) looks, within that part, exactly as the whole curve painted: only
the segments, points and labels that reach into it are drawn."""

from __future__ import annotations

import pytest

from cjm_desktop.layout import LayoutEngine, decor
from cjm_desktop.model import EmotionPoint
from cjm_desktop.templates.generated import generate_map

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def curve_layout():
    m = generate_map(cards=60, stages=12, lanes=6, personas=1, connectors=0, seed=3)
    persona = m.personas[0]
    m.emotions = [EmotionPoint(persona_id=persona.id, stage_id=s.id, score=(i * 5) % 7 - 3, label=f"cảm xúc {i}")
                  for i, s in enumerate(m.stages)]
    layout = LayoutEngine().layout(m)
    return layout, layout.curves[0], decor.point_label_offsets(layout)[0]


def _painted(layout, curve, offsets, area, clip):
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QPainter

    from cjm_desktop.render import qt_painter

    image = QImage(int(layout.width * 0.5) + 1, int(layout.height * 0.5) + 1, QImage.Format_ARGB32_Premultiplied)
    image.fill(QColor("#e6e9ee"))
    p = QPainter(image)
    p.setRenderHints(QPainter.Antialiasing | QPainter.TextAntialiasing)
    p.scale(0.5, 0.5)
    p.setClipRect(clip)
    qt_painter.paint_curve(p, curve, offsets, layout.style, QRectF(area) if area is not None else None)
    p.end()
    return image


@pytest.mark.parametrize("share", [(0.0, 0.3), (0.23, 0.41), (0.5, 0.52), (0.71, 1.0)])
def test_a_part_of_the_curve_looks_as_the_whole_curve_does_there(qapp, curve_layout, share):
    layout, curve, offsets = curve_layout
    _check_part(layout, curve, offsets, layout.width * share[0], layout.width * share[1])


@pytest.mark.parametrize("first, last", [(2, 5), (4, 6), (7, 10)])
def test_a_part_ending_just_beside_points_looks_as_the_whole_curve(qapp, curve_layout, first, last):
    """Points just outside the part: their circles, and the line's ends there, reach in."""
    layout, curve, offsets = curve_layout
    _check_part(layout, curve, offsets, curve.points[first].x + 2, curve.points[last].x - 2)


def _check_part(layout, curve, offsets, left, right):
    from PySide6.QtCore import QRectF

    area = QRectF(left, 0, right - left, layout.height)
    whole = _painted(layout, curve, offsets, None, area)
    part = _painted(layout, curve, offsets, area, area)
    assert part == whole
    assert part != _painted(layout, curve, offsets, area, QRectF())  # something was drawn there


def test_only_what_reaches_the_part_is_drawn(qapp, curve_layout):
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter

    from cjm_desktop.render import qt_painter

    layout, curve, offsets = curve_layout
    calls = []

    class Counting(QPainter):
        def drawEllipse(self, *args):  # noqa: N802
            calls.append("point")
            super().drawEllipse(*args)

    image = QImage(200, 200, QImage.Format_ARGB32_Premultiplied)
    p = Counting(image)
    third = curve.points[3].x
    qt_painter.paint_curve(p, curve, offsets, layout.style, QRectF(third - 5, 0, 10, layout.height))
    p.end()
    assert calls == ["point"]  # of 12
