"""The QPainter painter: the map as QPainter calls, for the canvas items, PNG and SVG.

Every function takes a QPainter whose coordinates are map points (y down, as
in the layout), geometry from :mod:`cjm_desktop.layout` and the layout's
:class:`~cjm_desktop.layout.style.Style`; every decoration (strokes with
their dash, label pills, halos, persona badges, markers) is a shape computed
by :mod:`cjm_desktop.layout.decor`, which :mod:`.pdf_painter` draws too, so
the screen, PNG, SVG and PDF look alike. Text is drawn at the baselines the
layout computed, in the bundled font (:mod:`cjm_desktop.canvas.fonts`);
nothing here measures or wraps text except to centre a short label.
"""

from __future__ import annotations

import math

from functools import lru_cache
from typing import Optional

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath

from ..layout import decor
from ..layout.types import CardGeometry, ConnectorGeometry, Curve, MapLayout, PersonaGeometry, Rect
from ..layout.style import HINT_SLANT, Style, text_on
from ..layout.text import text_width
from .qt_connectors import paint_connector
from .qt_fonts import draw_text
from .qt_icons import draw_card_icon
from .qt_pens import qcolor, qpen, qpolygon
from ..model import Card, JourneyMap, LaneKind


def _rectf(r: Rect, dx: float = 0.0, dy: float = 0.0) -> QRectF:
    return QRectF(r.x + dx, r.y + dy, r.w, r.h)


def role_colour(role: str, style: Style) -> str:
    if role in ("muted", "hint"):
        return style.muted_text
    if role == "header":
        return style.header_text
    return style.text


def draw_text_lines(p: QPainter, lines, dx: float = 0.0, dy: float = 0.0, colours: Optional[dict] = None, *,
                    style: Style) -> None:
    """Draw layout text lines at their baselines, offset by (dx, dy)."""
    colours = colours or {}
    for line in lines:
        p.setPen(qcolor(colours.get(line.role) or role_colour(line.role, style)))
        draw_text(p, line.x + dx, line.y + dy, line.text, line.size, line.bold,
                  HINT_SLANT if line.role == "hint" else 0.0)


def draw_centred(p: QPainter, text: str, cx: float, baseline: float, size: float, bold: bool, colour: str) -> None:
    """A short label centred on ``cx`` (width from the layout's font metrics, as in the PDF)."""
    p.setPen(qcolor(colour))
    draw_text(p, cx - text_width(text, bold, size) / 2, baseline, text, size, bold)


def draw_label(p: QPainter, lab: decor.Label) -> None:
    draw_centred(p, lab.text, lab.cx, lab.baseline, lab.size, lab.bold, lab.colour)


def draw_pill(p: QPainter, pill: decor.Pill) -> None:
    """A decor pill: a (rounded) box, outlined if it has a stroke, with its label."""
    rect = _rectf(pill.rect)
    if pill.stroke is None and pill.radius <= 0:
        p.fillRect(rect, qcolor(pill.fill))
    else:
        p.setPen(qpen(pill.stroke) if pill.stroke is not None else Qt.PenStyle.NoPen)
        p.setBrush(qcolor(pill.fill))
        p.drawRoundedRect(rect, pill.radius, pill.radius)
    draw_label(p, pill.label)


# -- whole-map parts -----------------------------------------------------------------
def paint_background(p: QPainter, layout: MapLayout) -> None:
    p.fillRect(QRectF(0, 0, layout.width, layout.height), qcolor(layout.style.background))


def paint_persona_strip(p: QPainter, layout: MapLayout) -> None:
    strip = layout.persona_strip
    if strip.h <= 0:
        return
    p.fillRect(_rectf(strip), qcolor(decor.PERSONA_STRIP_FILL))
    p.setPen(qpen(decor.grid_stroke(layout.style)))
    p.drawLine(QPointF(strip.x, strip.bottom), QPointF(strip.right, strip.bottom))


def paint_persona(p: QPainter, g: PersonaGeometry, style: Style, portrait=None) -> None:
    """A persona: coloured circle with initials (or the ``portrait`` QImage), name and role beside it."""
    badge = decor.persona_badge(g)
    r, cx, cy = badge.radius, badge.cx, badge.cy
    p.setPen(qpen(badge.ring))
    p.setBrush(qcolor(badge.fill))
    p.drawEllipse(QPointF(cx, cy), r, r)
    if portrait is not None and not portrait.isNull():
        clip = QPainterPath()
        clip.addEllipse(QPointF(cx, cy), r - 1, r - 1)
        side = min(portrait.width(), portrait.height())
        source = QRectF((portrait.width() - side) / 2, (portrait.height() - side) / 2, side, side)
        p.save()
        p.setClipPath(clip, Qt.ClipOperation.IntersectClip)
        p.drawImage(QRectF(cx - r, cy - r, 2 * r, 2 * r), portrait, source)
        p.restore()
    else:
        draw_label(p, badge.initials)
    draw_text_lines(p, g.name_lines, style=style)


def paint_cell_grid(p: QPainter, layout: MapLayout, lane_kinds: dict, exposed: Optional[QRectF] = None) -> None:
    """Lane backgrounds in the lane kind's fill and the grid lines between cells;
    only what reaches into ``exposed`` (a canvas's repaint: it covers the lines'
    anti-aliased edge), each line only as long as it crosses it."""
    st = layout.style
    left, top, right, bottom = ((exposed.left(), exposed.top(), exposed.right(), exposed.bottom())
                                if exposed is not None else (-math.inf, -math.inf, math.inf, math.inf))
    for lid in layout.lane_order:
        header = layout.lane_headers[lid]
        if header.bottom < top or header.y > bottom:
            continue
        fill, _ = st.lane_colours.get(lane_kinds.get(lid), st.lane_colours[LaneKind.CUSTOM])
        p.fillRect(QRectF(header.right, header.y, layout.width - header.right, header.h), qcolor(fill))
    p.setPen(qpen(decor.grid_stroke(st)))
    x0, x1 = max(0.0, left), min(layout.width, right)
    y0, y1 = max(layout.corner.bottom, top), min(layout.height, bottom)
    for lid in layout.lane_order:
        b = layout.lane_headers[lid].bottom
        if top <= b <= bottom:
            p.drawLine(QPointF(x0, b), QPointF(x1, b))
    if y0 < y1:
        for x in [layout.stage_headers[sid].right for sid in layout.stage_order] + [layout.corner.right]:
            if left <= x <= right:
                p.drawLine(QPointF(x, y0), QPointF(x, y1))


def paint_lane_header(p: QPainter, rect: Rect, lines, kind: LaneKind, style: Style) -> None:
    """A lane header: light fill, the lane kind's accent bar on the left, the title."""
    _, accent = style.lane_colours.get(kind, style.lane_colours[LaneKind.CUSTOM])
    p.fillRect(_rectf(rect), qcolor(style.lane_header_fill))
    p.fillRect(QRectF(rect.x, rect.y, decor.LANE_ACCENT_WIDTH, rect.h), qcolor(accent))
    draw_text_lines(p, lines, style=style)


def paint_corner(p: QPainter, layout: MapLayout, language: str = "vi") -> None:
    """The top-left corner: dark fill, a diagonal, "Stages" / "Lanes"."""
    k = layout.corner
    p.fillRect(_rectf(k), qcolor(layout.style.header_fill))
    x0, y0, x1, y1 = decor.corner_diagonal(layout)
    p.setPen(qpen(decor.CORNER_DIAGONAL))
    p.drawLine(QPointF(x0, y0), QPointF(x1, y1))
    paint_captions(p, layout, language, on_dark=True)


def paint_captions(p: QPainter, layout: MapLayout, language: str = "vi", on_dark: Optional[bool] = None) -> None:
    """Words placed by the decoration; ``on_dark`` picks the corner's or the strip's."""
    for cap in decor.map_captions(layout, language):
        if on_dark is not None and cap.on_dark != on_dark:
            continue
        draw_caption(p, cap, decor.CAPTION_ON_DARK if cap.on_dark else layout.style.muted_text)


def draw_caption(p: QPainter, cap: decor.Caption, colour: str) -> None:
    """A word decor placed, left- or right-aligned on its x."""
    p.setPen(qcolor(colour))
    x = cap.x - text_width(cap.text, cap.bold, cap.size) if cap.align == "right" else cap.x
    draw_text(p, x, cap.y, cap.text, cap.size, cap.bold)


def paint_stage_header(p: QPainter, rect: Rect, lines, colour: str, first: bool, style: Style) -> None:
    """A stage header: a chevron in the stage's colour with its title."""
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(qcolor(colour))
    p.drawPolygon(qpolygon(decor.chevron(rect, first)))
    draw_text_lines(p, lines, colours={"header": text_on(colour)}, style=style)


def paint_emotion_scale(p: QPainter, layout: MapLayout) -> None:
    """The -3..+3 scale of the feelings lane: dotted score lines, a dashed zero line, labels."""
    paint_emotion_scale_lines(p, layout)
    paint_emotion_scale_labels(p, layout)


def paint_emotion_scale_lines(p: QPainter, layout: MapLayout, exposed: Optional[QRectF] = None) -> None:
    """The scale's lines across the cells (the canvas draws them with the grid);
    only those that cross ``exposed``, when given (each whole: they are dotted)."""
    scale = decor.emotion_scale(layout)
    if scale is None:
        return
    top, bottom = (exposed.top(), exposed.bottom()) if exposed is not None else (-math.inf, math.inf)
    ticks, zero = decor.scale_strokes(layout.style)
    p.setPen(qpen(ticks))
    for score, y in scale.ticks:
        if score != 0 and top <= y <= bottom:
            p.drawLine(QPointF(scale.x0, y), QPointF(scale.x1, y))
    if top <= scale.zero_y <= bottom:
        p.setPen(qpen(zero))
        p.drawLine(QPointF(scale.x0, scale.zero_y), QPointF(scale.x1, scale.zero_y))


def paint_emotion_scale_labels(p: QPainter, layout: MapLayout) -> None:
    """The scale's +3..-3 labels inside the lane header (the canvas draws them with the pinned header)."""
    scale = decor.emotion_scale(layout)
    if scale is None:
        return
    for cap in decor.scale_captions(scale):
        draw_caption(p, cap, layout.style.muted_text)


# -- cards -----------------------------------------------------------------------------
@lru_cache(maxsize=2048)
def _stripe_path(w: float, h: float, stripe: float, radius: float) -> QPainterPath:
    full = QPainterPath()
    full.addRoundedRect(QRectF(0, 0, w, h), radius, radius)
    band = QPainterPath()
    band.addRect(QRectF(0, 0, stripe, h))
    return full.intersected(band)


def paint_card_body(p: QPainter, g: CardGeometry, style: Style, at: tuple[float, float] = (0.0, 0.0),
                    border: Optional[str] = None) -> None:
    """A card's box and accent stripe, without text (the canvas draws cached text on it),
    its top-left corner ``at`` (the canvas's item draws at its own origin).

    ``border`` replaces the border colour (the canvas uses it for hover)."""
    r = g.box
    dx, dy = at
    body = decor.card_body(g, style, border)
    p.setPen(qpen(body.border))
    p.setBrush(qcolor(body.fill))
    p.drawRoundedRect(QRectF(dx, dy, r.w, r.h), body.radius, body.radius)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(qcolor(body.stripe_colour))
    p.drawPath(_stripe_path(round(r.w, 2), round(r.h, 2), body.stripe_width, body.radius).translated(dx, dy))


def paint_card(p: QPainter, g: CardGeometry, card: Optional[Card], language: str, style: Style,
               at: tuple[float, float] = (0.0, 0.0)) -> None:
    """One card: rounded white (or tinted) box, lane-kind accent stripe, text, markers,
    its top-left corner ``at`` (its place on the map: :meth:`MapLayout.card_rect`).
    """
    r = g.box
    dx, dy = at
    paint_card_body(p, g, style, at)
    p.save()
    p.setClipRect(QRectF(dx, dy, r.w, r.h))  # text never draws outside its card
    draw_text_lines(p, g.content.lines, dx, dy, style=style)
    draw_card_icon(p, g.content, dx, dy)
    p.restore()
    badge = decor.hint_badge(g, style, language, dx, dy)
    if badge is not None:
        draw_pill(p, badge)
    if card is not None:
        paint_card_markers(p, decor.card_markers(card, g, language, style.card_padding), dx, dy)


def paint_card_markers(p: QPainter, markers, dx: float = 0.0, dy: float = 0.0) -> None:
    """Sentiment / status discs, importance bars and the evidence badge."""
    for mk in markers:
        if mk.kind == "importance":
            p.setPen(Qt.PenStyle.NoPen)
            for bar, on in decor.importance_bars(mk):
                p.fillRect(_rectf(bar, dx, dy), qcolor(mk.colour if on else decor.IMPORTANCE_OFF))
            continue
        centre = QPointF(dx + mk.x, dy + mk.y)
        if mk.symbol == "ring":
            p.setPen(qpen(decor.Stroke(mk.colour, decor.MARKER_RING_WIDTH)))
            p.setBrush(Qt.BrushStyle.NoBrush)
            rr = decor.ring_radius(mk)
            p.drawEllipse(centre, rr, rr)
            continue
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(qcolor(mk.colour))
        p.drawEllipse(centre, mk.radius, mk.radius)
        if mk.symbol == "half":
            h = decor.half_disc_radius(mk)
            p.setBrush(qcolor(decor.WHITE))
            p.drawPie(QRectF(centre.x() - h, centre.y() - h, 2 * h, 2 * h), 90 * 16, 180 * 16)
        elif mk.kind == "evidence":
            lab = decor.evidence_letter(mk)
            draw_centred(p, lab.text, dx + lab.cx, dy + lab.baseline, lab.size, lab.bold, lab.colour)
        else:
            p.setPen(qpen(decor.MARKER_SYMBOL))
            for x0, y0, x1, y1 in decor.marker_symbol_lines(mk):
                p.drawLine(QPointF(dx + x0, dy + y0), QPointF(dx + x1, dy + y1))


# -- connectors and curves ---------------------------------------------------------------
def paint_connector_label(p: QPainter, conn: ConnectorGeometry) -> None:
    pill = decor.connector_label_pill(conn)
    if pill is not None:
        draw_pill(p, pill)


def curve_qpath(curve: Curve, segments=None) -> QPainterPath:
    """The curve's line (or of these of its ``segments``, one run after another)."""
    path = QPainterPath()
    last = None
    for start, c1, c2, end in curve.segments if segments is None else segments:
        if start != last:
            path.moveTo(QPointF(*start))
        path.cubicTo(QPointF(*c1), QPointF(*c2), QPointF(*end))
        last = end
    return path


def paint_curve(p: QPainter, curve: Curve, label_offsets, style: Style, area: Optional[QRectF] = None) -> None:
    """One persona's emotion curve: white halo, smooth line, points, labels.

    ``label_offsets`` is this curve's row of :func:`decor.point_label_offsets`
    (labels above the points when None). ``area``: only what reaches into it
    is drawn (the canvas repaints a part of the view; a curve runs the map's
    whole width, and stroking all of it cost ~0.5 ms a repaint). Within the
    area the pixels are the same: a run's cut ends lie farther out than its
    widest stroke reaches."""
    segments, points, halos = curve.segments, curve.points, decor.point_label_halos(curve, label_offsets, style)
    if area is not None:
        reach = decor.CURVE_HALO_WIDTH + decor.POINT_RADIUS
        left, right = area.left() - reach, area.right() + reach
        segments = [seg for seg in segments if min(seg[0][0], seg[3][0]) <= right and max(seg[0][0], seg[3][0]) >= left]
        points = [pt for pt in points if left <= pt.x <= right]
        halos = [h for h in halos if area.intersects(_rectf(h.rect))]
    if segments:
        path = curve_qpath(curve, segments)
        p.setBrush(Qt.BrushStyle.NoBrush)
        for stroke in decor.curve_strokes(curve.colour):
            p.setPen(qpen(stroke))
            p.drawPath(path)
    p.setPen(qpen(decor.POINT_RING))
    p.setBrush(qcolor(curve.colour))
    for pt in points:
        p.drawEllipse(QPointF(pt.x, pt.y), decor.POINT_RADIUS, decor.POINT_RADIUS)
    for halo in halos:
        draw_pill(p, halo)


# -- everything, in order ----------------------------------------------------------------
def paint_map(p: QPainter, layout: MapLayout, m: JourneyMap) -> None:
    """The whole map, as the PDF draws it (used by the PNG and SVG export)."""
    st = layout.style
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    stages = {s.id: s for s in m.stages}
    kinds = {lane.id: lane.kind for lane in m.lanes}
    cards = {c.id: c for c in m.cards}
    paint_background(p, layout)
    paint_persona_strip(p, layout)
    for g in layout.personas:
        paint_persona(p, g, st)
    paint_cell_grid(p, layout, kinds)
    for lid in layout.lane_order:
        paint_lane_header(p, layout.lane_headers[lid], layout.lane_header_lines[lid], kinds[lid], st)
    paint_corner(p, layout, m.language)
    p.save()
    p.setClipRect(QRectF(0, 0, layout.width, layout.height))
    for i, sid in enumerate(layout.stage_order):
        paint_stage_header(p, layout.stage_headers[sid], layout.stage_header_lines[sid], stages[sid].colour, i == 0, st)
    p.restore()
    paint_captions(p, layout, m.language, on_dark=False)
    paint_emotion_scale(p, layout)
    for conn in layout.connectors:
        paint_connector(p, conn)
    for g in layout.cards.values():
        r = layout.card_rect(g)
        paint_card(p, g, cards.get(g.card_id), m.language, st, (r.x, r.y))
    for conn in layout.connectors:
        paint_connector_label(p, conn)
    offsets = decor.point_label_offsets(layout)
    for i, curve in enumerate(layout.curves):
        paint_curve(p, curve, offsets[i], st)
    p.restore()
