"""The PDF poster's title block and legend, drawn with QPainter for the PNG and SVG export.

The geometry is the PDF's (:func:`cjm_desktop.export.poster.poster_frame` on a
page as large as the map at 100 %, :func:`description_lines`,
:func:`legend_groups`), so an image shared in a chat names its personas and
markers exactly as the printed poster does. Coordinates: the frame is in PDF
points with y upwards; everything here is converted to the image's y downwards.
"""

from __future__ import annotations

import datetime as dt
from typing import Optional

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter

from .. import __version__
from ..export.poster import (HEADER_TEXT_MUTED, HEADER_UNITS, LINE_SPACING, SUB_UNITS, PosterFrame,
                             description_lines, poster_frame, poster_size_for_scale)
from ..export.legend import legend_groups, legend_metrics, legend_rows, place_legend
from ..layout import MapLayout, decor
from ..layout.style import LANE_COLOURS
from ..layout.text import fit_text, text_width
from ..layout.types import Rect
from ..layout.words import label
from ..model import JourneyMap, LaneKind
from ..model.states import shown_state_name
from .qt_fonts import draw_text
from .qt_icons import draw_icon
from .qt_painter import paint_card_markers
from .qt_pens import qcolor, qpen
from .qt_pictures import draw_picture

#: White border around an image with a title block, in millimetres.
IMAGE_MARGIN_MM = 5.0


def image_frame(layout: MapLayout, m: JourneyMap) -> PosterFrame:
    """Where the title block, the map and the legend go on a titled image (map at 100 %)."""
    pw, ph = poster_size_for_scale(layout.width, layout.height, 100, IMAGE_MARGIN_MM, True, m.description)
    return poster_frame(layout.width, layout.height, pw, ph, IMAGE_MARGIN_MM, True, 100, description=m.description)


def _down(frame: PosterFrame, r: Rect) -> QRectF:
    return QRectF(r.x, frame.page_h - r.y - r.h, r.w, r.h)


def _text(p: QPainter, x: float, baseline: float, text: str, size: float, bold: bool, colour: str,
          right: bool = False) -> None:
    p.setPen(qcolor(colour))
    if right:
        x -= text_width(text, bold, size)
    draw_text(p, x, baseline, text, size, bold)


def paint_title_block(p: QPainter, frame: PosterFrame, layout: MapLayout, m: JourneyMap,
                      today: Optional[dt.date] = None) -> None:
    """The header band above the map and the legend below it."""
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    if frame.header is not None:
        _header(p, frame, layout, m, today)
    if frame.footer is not None:
        _footer(p, frame, layout, m)
    p.restore()


def _header(p: QPainter, frame: PosterFrame, layout: MapLayout, m: JourneyMap, today) -> None:
    st, u = layout.style, frame.unit
    r = _down(frame, frame.header)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(qcolor(st.header_fill))
    p.drawRoundedRect(r, 3 * u, 3 * u)
    kinds: list[LaneKind] = []
    for lane in m.lanes:
        if lane.kind not in kinds:
            kinds.append(lane.kind)
    kinds = kinds or [LaneKind.CUSTOM]
    seg = r.width() / len(kinds)
    for i, k in enumerate(kinds):  # the ribbon of lane colours along the band's bottom
        p.fillRect(QRectF(r.x() + i * seg, r.bottom() - 3 * u, seg + 0.2, 3 * u),
                   qcolor(LANE_COLOURS.get(k, LANE_COLOURS[LaneKind.CUSTOM])[1]))
    pad = 14 * u
    info = [label("updated", m.language, date=m.modified.strftime("%d/%m/%Y")),
            label("exported", m.language, date=(today or dt.date.today()).strftime("%d/%m/%Y")),
            f"cjm-desktop {__version__}"]
    lines = [(t, False) for t in info]
    state = shown_state_name(m)
    if state:  # first, in bold: the state printed, when the map has several (as on the PDF poster)
        lines.insert(0, (state, True))
    size = 7.5 * u
    right_w = min(r.width() / 3, max(text_width(t, bold, size) for t, bold in lines))
    y = r.top() + 10 * u + size * 0.8
    for line, bold in lines:
        _text(p, r.right() - pad, y, fit_text(line, bold, size, right_w), size, bold,
              st.header_text if bold else HEADER_TEXT_MUTED, True)
        y += size * 1.32
    if m.logo is not None:  # the client's logo, left of the dates, as on the PDF poster
        logo_h = r.height() - 2 * pad
        right_w += logo_h + 12 * u
        draw_picture(p, QRectF(r.right() - pad - right_w, r.top() + pad, logo_h, logo_h), m.image(m.logo),
                     abs(p.worldTransform().m11()) or 1.0, ground=False)
    left_w = r.width() - 2 * pad - right_w - 16 * u
    title_size, sub_size = 20 * u, SUB_UNITS * u
    title = m.title or "—"
    width = text_width(title, True, title_size)
    if width > left_w:
        title_size *= max(0.7, left_w / width)
    y = r.top() + 10 * u + title_size * 0.8
    _text(p, r.x() + pad, y, fit_text(title, True, title_size, left_w), title_size, True, st.header_text)
    y += 20 * u * 0.35 + sub_size * 1.2
    room = 1 + round((r.height() / u - HEADER_UNITS) / (SUB_UNITS * LINE_SPACING))
    for line in description_lines(m.description, left_w, sub_size)[:room]:
        _text(p, r.x() + pad, y, fit_text(line, False, sub_size, left_w), sub_size, False, HEADER_TEXT_MUTED)
        y += sub_size * LINE_SPACING
    if m.personas:
        _personas(p, m, r.x() + pad, y, r.x() + pad + left_w, u, sub_size, st)


def _personas(p: QPainter, m: JourneyMap, x: float, y: float, right: float, u: float, size: float, st) -> None:
    head = label("personas", m.language) + ":"
    _text(p, x, y, head, size, True, HEADER_TEXT_MUTED)
    x += text_width(head, True, size) + 6 * u
    for persona in m.personas:
        name = persona.name or "?"
        w = text_width(name, False, size)
        if x + 9 * u + w > right:
            _text(p, x, y, "…", size, False, st.header_text)
            break
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(qcolor(persona.colour))
        p.drawEllipse(QPointF(x + 3 * u, y - size * 0.33), 3 * u, 3 * u)
        _text(p, x + 9 * u, y, name, size, False, st.header_text)
        x += 9 * u + w + 12 * u


def _footer(p: QPainter, frame: PosterFrame, layout: MapLayout, m: JourneyMap) -> None:
    """The legend: what each curve colour, marker and channel icon means (as many rows as the PDF's)."""
    st, u = layout.style, frame.unit
    r = _down(frame, frame.footer)
    groups = legend_groups(m, layout)
    rows = legend_rows(groups)
    size, row_h = legend_metrics(r.height(), u, rows)
    stroke = decor.Stroke(st.grid_line, 0.6 * u)
    p.setPen(qpen(stroke))
    p.drawLine(QPointF(r.left(), r.top()), QPointF(r.right(), r.top()))
    first = r.top() + row_h / 2 + size * 0.35 + 2 * u
    for g in place_legend(groups, u, size, r.left(), r.right(), r.right(), rows):
        base = first + g.row * row_h
        _text(p, g.x, base, g.title, size, True, st.text)
        for sample, word, x in g.items:
            cy = base - size * 0.35
            if isinstance(sample, tuple) and sample[0] == "channel":
                draw_icon(p, sample[1], x, cy - 4 * u, 8 * u)
            elif isinstance(sample, tuple):  # an emotion curve: its line
                _, line = decor.curve_strokes(sample[1])
                p.setPen(qpen(decor.Stroke(line.colour, line.width * u, (), line.cap)))
                p.drawLine(QPointF(x, cy), QPointF(x + 7 * u, cy))
            else:
                p.save()
                p.translate(x + 4 * u, cy)
                p.scale(u * 1.15, u * 1.15)
                paint_card_markers(p, [decor.legend_sample(sample)])
                p.restore()
            _text(p, x + 11 * u, base, word, size, False, st.muted_text)
