"""The QPainter painter and the PDF painter draw the very shapes decor computed:
the same pill rectangle for a connector's label, the same halo behind an
emotion point's label, the same dash patterns and line caps for the emotion
scale, the same ring around a persona. Read back from a recording QPainter on
one side and from the PDF operators on the other."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfgen.canvas import Canvas

from cjm_desktop.layout import LayoutEngine, decor
from cjm_desktop.render.pdf_ops import path_ops
from cjm_desktop.render.pdf_painter import PdfMapPainter
from tests.export.maps import rich_map

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def drawn():
    m = rich_map()
    return m, LayoutEngine().layout(m)


def pdf_ops_of(layout, m, draw) -> str:
    """The page's PDF operators after ``draw(painter)``, one space between them."""
    c = Canvas(io.BytesIO(), pagesize=(layout.width, layout.height))
    painter = PdfMapPainter(c, layout, m)
    draw(painter)
    return " ".join(" ".join(c._code).split())


def recording_painter(qapp, layout):
    """A QPainter on an image that records the shapes our painter asks it for."""
    from PySide6.QtGui import QImage, QPainter

    class Recording(QPainter):
        def __init__(self, device) -> None:
            super().__init__(device)
            self.calls: list[tuple] = []

        def setPen(self, pen) -> None:  # noqa: N802
            from PySide6.QtGui import QPen

            if isinstance(pen, QPen):
                self.calls.append(("pen", QPen(pen)))
            super().setPen(pen)

        def drawRoundedRect(self, rect, rx, ry, *args) -> None:  # noqa: N802
            self.calls.append(("rounded", rect, rx))
            super().drawRoundedRect(rect, rx, ry, *args)

        def fillRect(self, rect, colour) -> None:  # noqa: N802
            self.calls.append(("fill", rect, colour))
            super().fillRect(rect, colour)

        def drawEllipse(self, centre, rx, ry=None) -> None:  # noqa: N802
            self.calls.append(("ellipse", centre, rx))
            super().drawEllipse(centre, rx, ry if ry is not None else rx)

    image = QImage(int(layout.width) + 1, int(layout.height) + 1, QImage.Format.Format_RGB32)
    return image, Recording(image)


def rect_tuple(r) -> tuple:
    return tuple(round(v, 4) for v in (r.x(), r.y(), r.width(), r.height()))


def test_both_painters_draw_the_connector_label_pill_decor_computed(qapp, drawn):
    from cjm_desktop.render import qt_painter

    m, layout = drawn
    conn = next(k for k in layout.connectors if k.label)
    pill = decor.connector_label_pill(conn)
    r = pill.rect
    # what decor says: a pill as tall as the text plus 4, round ends, a 0.5 pt outline
    assert pill.radius == r.h / 2 and pill.stroke.width == 0.5 and pill.label.text == conn.label

    image, p = recording_painter(qapp, layout)
    qt_painter.paint_connector_label(p, conn)
    p.end()
    rounded = [c for c in p.calls if c[0] == "rounded"]
    assert [(rect_tuple(c[1]), c[2]) for c in rounded] == [
        (tuple(round(v, 4) for v in (r.x, r.y, r.w, r.h)), pill.radius)]
    pen = [c[1] for c in p.calls if c[0] == "pen"][0]
    assert pen.widthF() == pill.stroke.width and pen.color().name() == pill.stroke.colour

    ops = pdf_ops_of(layout, m, lambda painter: painter.draw_connector_labels())
    outline = path_ops(lambda q: q.roundRect(r.x, layout.height - r.bottom, r.w, r.h, pill.radius))
    assert outline in ops  # the same rectangle, y flipped
    assert f"{fp_str(pill.stroke.width)} w" in ops


def test_both_painters_draw_the_emotion_label_halos_decor_computed(qapp, drawn):
    from cjm_desktop.render import qt_painter

    m, layout = drawn
    offsets = decor.point_label_offsets(layout)
    curve = layout.curves[0]
    halos = decor.point_label_halos(curve, offsets[0], layout.style)
    assert halos and all(h.fill == "#ffffff" and h.stroke is None for h in halos)

    image, p = recording_painter(qapp, layout)
    qt_painter.paint_curve(p, curve, offsets[0], layout.style)
    p.end()
    filled = [rect_tuple(c[1]) for c in p.calls if c[0] == "fill"]
    assert filled == [tuple(round(v, 4) for v in (h.rect.x, h.rect.y, h.rect.w, h.rect.h)) for h in halos]

    ops = pdf_ops_of(layout, m, lambda painter: painter.draw_curves())
    for h in halos:
        r = h.rect
        assert f"{fp_str(r.x, layout.height - r.y - r.h, r.w, r.h)} re" in ops


def test_both_painters_dash_the_emotion_scale_as_decor_says(qapp, drawn):
    from PySide6.QtCore import Qt

    from cjm_desktop.render import qt_painter

    m, layout = drawn
    ticks, zero = decor.scale_strokes(layout.style)
    assert ticks.dash == (1.0, 2.5) and zero.dash == (4.0, 3.0)

    image, p = recording_painter(qapp, layout)
    qt_painter.paint_emotion_scale_lines(p, layout)
    p.end()
    pens = [c[1] for c in p.calls if c[0] == "pen"]
    # Qt counts dashes in line widths: back in points they are decor's
    assert [([round(d * pen.widthF(), 6) for d in pen.dashPattern()], pen.capStyle()) for pen in pens] == [
        ([1.0, 2.5], Qt.PenCapStyle.FlatCap), ([4.0, 3.0], Qt.PenCapStyle.FlatCap)]

    ops = pdf_ops_of(layout, m, lambda painter: painter.draw_emotion_scale())
    assert "[1 2.5] 0 d" in ops and "[4 3] 0 d" in ops
    assert ops.index("[1 2.5] 0 d") < ops.index("[4 3] 0 d")
    assert "0 J" in ops  # flat (butt) caps, as on screen
    assert f"{fp_str(ticks.width)} w" in ops and f"{fp_str(zero.width)} w" in ops


def test_both_painters_ring_the_persona_badge_as_decor_says(qapp, drawn):
    from cjm_desktop.render import qt_painter

    m, layout = drawn
    g = layout.personas[0]
    badge = decor.persona_badge(g)
    assert badge.initials.text == g.initials and badge.ring.width == 2.0

    image, p = recording_painter(qapp, layout)
    qt_painter.paint_persona(p, g, layout.style)
    p.end()
    ellipse = [c for c in p.calls if c[0] == "ellipse"][0]
    assert (round(ellipse[1].x(), 4), round(ellipse[1].y(), 4), ellipse[2]) == (
        round(badge.cx, 4), round(badge.cy, 4), badge.radius)
    pen = [c[1] for c in p.calls if c[0] == "pen"][0]
    assert pen.widthF() == badge.ring.width and pen.color().name() == badge.ring.colour

    ops = pdf_ops_of(layout, m, lambda painter: painter.draw_persona_strip())
    circle = path_ops(lambda q: q.circle(badge.cx, layout.height - badge.cy, badge.radius))
    assert circle in ops and f"{fp_str(badge.ring.width)} w" in ops
