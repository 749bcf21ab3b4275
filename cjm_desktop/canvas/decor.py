"""Screen-only drawing: text caches, selection and hover marks, level of detail.

What a card, header or curve looks like is shared with the PNG/SVG export
(``painting.py``); this module adds what only the interactive canvas shows.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainterPath, QPen, QStaticText

from ..layout import DEFAULT_STYLE, EVIDENCE_COLOURS, SENTIMENT_COLOURS, STATUS_COLOURS, TextLine
from ..model import LaneKind
from .items.base import HIGHLIGHT_COLOUR, HOVER_COLOUR, SELECTION_COLOUR, font_ascent, qcolor, scene_font

#: Below this level of detail cards are coloured blocks without text.
LOD_BLOCKS = 0.38
#: Below this, small marks (badges, handles) are left out.
LOD_TEXT = 0.6

ROLE_COLOURS = {"text": DEFAULT_STYLE.text, "muted": DEFAULT_STYLE.muted_text, "header": DEFAULT_STYLE.header_text}


class TextCache:
    """QStaticText objects for the lines of one card, laid out on first paint."""

    __slots__ = ("lines", "statics")

    def __init__(self, lines: tuple[TextLine, ...]) -> None:
        self.lines = lines
        self.statics = None

    def draw(self, painter, dx: float = 0.0, dy: float = 0.0, colour_override: str | None = None) -> None:
        device = painter.device()
        if self.statics is None:
            self.statics = []
            for line in self.lines:
                st = QStaticText(line.text)
                st.setTextFormat(Qt.PlainText)
                st.setPerformanceHint(QStaticText.AggressiveCaching)
                self.statics.append(st)
        for line, st in zip(self.lines, self.statics):
            painter.setFont(scene_font(line.size, line.bold, device))
            painter.setPen(qcolor(colour_override or ROLE_COLOURS.get(line.role, DEFAULT_STYLE.text)))
            ascent = font_ascent(line.size, line.bold, device)
            painter.drawStaticText(QPointF(line.x + dx, line.y + dy - ascent), st)


def draw_lines(painter, lines, dx: float = 0.0, dy: float = 0.0, colour: str | None = None) -> None:
    """Draw layout text lines at their baselines (headers, personas: few, not cached)."""
    device = painter.device()
    for line in lines:
        painter.setFont(scene_font(line.size, line.bold, device))
        painter.setPen(qcolor(colour or ROLE_COLOURS.get(line.role, DEFAULT_STYLE.text)))
        painter.drawText(QPointF(line.x + dx, line.y + dy), line.text)


# -- cards -----------------------------------------------------------------------
def paint_card_block(painter, rect: QRectF, fill: str, accent: str, marked: bool) -> None:
    """A zoomed-out card: a block in the lane's accent colour, no text."""
    painter.setPen(Qt.NoPen)
    painter.setBrush(qcolor(accent, 150))
    painter.drawRect(rect)
    if marked:
        painter.setPen(QPen(qcolor(SELECTION_COLOUR), 0))
        painter.setBrush(Qt.NoBrush)
        painter.drawRect(rect)


def _stripe_path(w: float, h: float, stripe: float, radius: float) -> QPainterPath:
    return _stripe_path_cached(round(w, 2), round(h, 2), stripe, radius)


@lru_cache(maxsize=1024)
def _stripe_path_cached(w: float, h: float, stripe: float, radius: float) -> QPainterPath:
    full = QPainterPath()
    full.addRoundedRect(QRectF(0, 0, w, h), radius, radius)
    band = QPainterPath()
    band.addRect(QRectF(0, 0, stripe, h))
    return full.intersected(band)


def paint_card_body(painter, rect: QRectF, fill: str, accent: str, border: str = DEFAULT_STYLE.card_border) -> None:
    st = DEFAULT_STYLE
    painter.setPen(QPen(qcolor(border), 0.75))
    painter.setBrush(qcolor(fill))
    painter.drawRoundedRect(rect, 3, 3)
    painter.setPen(Qt.NoPen)
    painter.setBrush(qcolor(accent))
    painter.drawPath(_stripe_path(rect.width(), rect.height(), st.card_stripe, 3))


def paint_badges(painter, rect: QRectF, face) -> None:
    """Sentiment, importance, evidence and status marks down the right edge."""
    x = rect.right() - 8.5
    y = 5.0
    if face.sentiment:
        painter.setPen(Qt.NoPen)
        painter.setBrush(qcolor(SENTIMENT_COLOURS[face.sentiment]))
        painter.drawEllipse(QRectF(x, y, 6, 6))
        y += 9
    if face.importance == "high" or face.importance == "medium":
        painter.setPen(Qt.NoPen)
        painter.setBrush(qcolor("#d64545" if face.importance == "high" else "#e0a800"))
        tri = QPainterPath()
        tri.moveTo(x + 3, y)
        tri.lineTo(x + 6.5, y + 6)
        tri.lineTo(x - 0.5, y + 6)
        tri.closeSubpath()
        painter.drawPath(tri)
        y += 9
    if face.status:
        painter.setPen(QPen(qcolor(STATUS_COLOURS[face.status]), 1.6))
        painter.setBrush(qcolor(STATUS_COLOURS[face.status]) if face.status == "done" else Qt.NoBrush)
        painter.drawEllipse(QRectF(x + 0.8, y + 0.8, 4.4, 4.4))
        y += 9
    if face.evidence:
        painter.setPen(Qt.NoPen)
        painter.setBrush(qcolor(EVIDENCE_COLOURS[face.evidence]))
        painter.drawRoundedRect(QRectF(x + 0.5, y, 5, 5), 1, 1)


def paint_card_on_canvas(painter, rect, g, face, cache: TextCache, *, selected, hovered, highlighted, editing, lod) -> None:
    border = HOVER_COLOUR if hovered else DEFAULT_STYLE.card_border
    paint_card_body(painter, rect, g.fill, g.accent, border)
    if not editing:
        cache.draw(painter)
        if not g.content.lines:
            paint_placeholder(painter, rect)
        if lod >= LOD_TEXT:
            paint_badges(painter, rect, face)
            if g.content.overflow:
                paint_overflow_mark(painter, rect)
    if highlighted:
        painter.setPen(QPen(qcolor(HIGHLIGHT_COLOUR), 2.5))
        painter.setBrush(qcolor(HIGHLIGHT_COLOUR, 40))
        painter.drawRoundedRect(rect.adjusted(-1.5, -1.5, 1.5, 1.5), 4, 4)
    if selected:
        painter.setPen(QPen(qcolor(SELECTION_COLOUR), 2))
        painter.setBrush(Qt.NoBrush)
        painter.drawRoundedRect(rect.adjusted(-1.5, -1.5, 1.5, 1.5), 4, 4)


def paint_placeholder(painter, rect: QRectF) -> None:
    from PySide6.QtCore import QCoreApplication

    painter.setFont(scene_font(DEFAULT_STYLE.body_size, False, painter.device()))
    painter.setPen(qcolor(DEFAULT_STYLE.muted_text))
    text = QCoreApplication.translate("Canvas", "Double-click to write")
    painter.drawText(rect.adjusted(DEFAULT_STYLE.card_stripe + 6, 0, -4, 0), Qt.AlignVCenter | Qt.AlignLeft, text)


def paint_overflow_mark(painter, rect: QRectF) -> None:
    painter.setPen(Qt.NoPen)
    painter.setBrush(qcolor(DEFAULT_STYLE.muted_text))
    y = rect.bottom() - 4
    for i in range(3):
        painter.drawEllipse(QPointF(rect.right() - 12 + i * 3.2, y), 0.9, 0.9)


def paint_connector_handle(painter, center: QPointF, radius: float) -> None:
    painter.setPen(QPen(qcolor("#ffffff"), 1.2))
    painter.setBrush(qcolor(SELECTION_COLOUR))
    painter.drawEllipse(center, radius, radius)
    painter.setPen(QPen(qcolor("#ffffff"), 1.2))
    painter.drawLine(QPointF(center.x() - 2.2, center.y()), QPointF(center.x() + 2.2, center.y()))
    painter.drawLine(QPointF(center.x() + 0.6, center.y() - 1.8), QPointF(center.x() + 2.4, center.y()))
    painter.drawLine(QPointF(center.x() + 0.6, center.y() + 1.8), QPointF(center.x() + 2.4, center.y()))


# -- tooltips -----------------------------------------------------------------------
def _t(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Canvas", text)


SENTIMENT_NAMES = {"positive": "positive", "neutral": "neutral", "negative": "negative"}
EVIDENCE_NAMES = {"assumption": "assumption", "anecdote": "anecdote", "researched": "researched"}


def card_tooltip(face) -> str:
    """The full text of a card plus its touchpoint and evidence details, as rich text."""
    from html import escape

    parts = []
    if face.title:
        parts.append(f"<b>{escape(face.title)}</b>")
    if face.body:
        parts.append(escape(face.body).replace("\n", "<br>"))
    details = []
    if face.channel:
        details.append(_t("Channel: %1").replace("%1", escape(face.channel)))
    if face.sentiment:
        colour = SENTIMENT_COLOURS[face.sentiment]
        details.append(_t("Touchpoint: %1").replace("%1", f'<span style="color:{colour}">&#9679;</span> ' + _t(face.sentiment)))
    if face.importance:
        details.append(_t("Importance: %1").replace("%1", _t(face.importance)))
    if face.owner:
        details.append(_t("Owner: %1").replace("%1", escape(face.owner)))
    if face.due:
        details.append(_t("Due: %1").replace("%1", escape(face.due)))
    if face.status:
        details.append(_t("Status: %1").replace("%1", _t(face.status)))
    if face.measure:
        details.append(_t("Measured by: %1").replace("%1", escape(face.measure)))
    if face.evidence:
        colour = EVIDENCE_COLOURS[face.evidence]
        line = _t("Evidence: %1").replace("%1", f'<span style="color:{colour}">&#9632;</span> ' + _t(face.evidence))
        if face.source:
            line += " — " + escape(face.source)
        details.append(line)
    elif face.source:
        details.append(_t("Source: %1").replace("%1", escape(face.source)))
    if face.tags:
        details.append(" ".join("#" + escape(t) for t in face.tags))
    if details:
        parts.append('<span style="color:#5a6474">' + "<br>".join(details) + "</span>")
    return "<p style='white-space:pre-wrap'>" + "<br>".join(parts) + "</p>" if parts else ""


# -- headers, grid, corner ---------------------------------------------------------------
def paint_stage_header_on_canvas(painter, rect: QRectF, rect_in_map, lines, colour: str, index: int, selected: bool) -> None:
    painter.setPen(Qt.NoPen)
    painter.setBrush(qcolor(colour))
    painter.drawRect(rect)
    painter.setPen(QPen(qcolor("#ffffff", 90), 1))
    painter.drawLine(QPointF(rect.right() - 0.5, rect.top()), QPointF(rect.right() - 0.5, rect.bottom()))
    draw_lines(painter, lines, -rect_in_map.x, -rect_in_map.y, DEFAULT_STYLE.header_text)
    if selected:
        painter.setPen(QPen(qcolor("#ffffff"), 2))
        painter.setBrush(Qt.NoBrush)
        painter.drawRect(rect.adjusted(1.5, 1.5, -1.5, -1.5))


def paint_lane_header_on_canvas(painter, rect: QRectF, rect_in_map, lines, kind, collapsed: bool, selected: bool,
                                curve_span) -> None:
    st = DEFAULT_STYLE
    fill, accent = st.lane_colours.get(kind, st.lane_colours[LaneKind.CUSTOM])
    painter.setPen(Qt.NoPen)
    painter.setBrush(qcolor(st.lane_header_fill))
    painter.drawRect(rect)
    painter.setBrush(qcolor(accent))
    painter.drawRect(QRectF(rect.right() - 4, rect.top(), 4, rect.height()))
    painter.setPen(QPen(qcolor(st.grid_line), 1))
    painter.drawLine(QPointF(rect.left(), rect.bottom() - 0.5), QPointF(rect.right(), rect.bottom() - 0.5))
    draw_lines(painter, lines, -rect_in_map.x, -rect_in_map.y)
    # collapse toggle: a small triangle, pointing down when open
    painter.setPen(Qt.NoPen)
    painter.setBrush(qcolor(st.muted_text))
    tri = QPainterPath()
    cy = (4 if collapsed else 10) + st.line_height(st.lane_title_size) - 6.5
    if collapsed:
        tri.moveTo(4.5, cy - 3.5)
        tri.lineTo(9, cy)
        tri.lineTo(4.5, cy + 3.5)
    else:
        tri.moveTo(3.5, cy - 2)
        tri.lineTo(10.5, cy - 2)
        tri.lineTo(7, cy + 2.5)
    tri.closeSubpath()
    painter.drawPath(tri)
    if curve_span is not None and not collapsed:
        top, bottom = curve_span
        painter.setFont(scene_font(st.meta_size, False, painter.device()))
        painter.setPen(qcolor(st.muted_text))
        for score in range(3, -4, -1):
            y = top + (3 - score) / 6 * (bottom - top) - rect_in_map.y
            label = f"{score:+d}" if score else "0"
            painter.drawText(QRectF(rect.right() - 30, y - 6, 22, 12), Qt.AlignRight | Qt.AlignVCenter, label)
    if selected:
        painter.setPen(QPen(qcolor(SELECTION_COLOUR), 2))
        painter.setBrush(Qt.NoBrush)
        painter.drawRect(rect.adjusted(1, 1, -1, -1))


def paint_grid_on_canvas(painter, layout, lane_kinds: dict, exposed: QRectF, drop_cell) -> None:
    st = layout.style
    x0 = st.lane_header_width
    painter.setPen(Qt.NoPen)
    painter.setBrush(qcolor(st.background))
    painter.drawRect(exposed.intersected(QRectF(0, 0, layout.width, layout.height)))
    stages = [layout.stage_headers[sid] for sid in layout.stage_order]
    for lane_id in layout.lane_order:
        r = layout.lane_headers[lane_id]
        if r.bottom < exposed.top() or r.y > exposed.bottom():
            continue
        fill, _accent = st.lane_colours.get(lane_kinds.get(lane_id), st.lane_colours[LaneKind.CUSTOM])
        row = QRectF(x0, r.y, layout.width - x0, r.h)
        painter.setBrush(qcolor("#eef0f3") if lane_id in layout.collapsed_lanes else qcolor(fill, 120))
        painter.drawRect(row)
        if lane_id in layout.feelings_lanes and lane_id == layout.feelings_lanes[0] and lane_id not in layout.collapsed_lanes:
            for score in range(-3, 4):
                y = layout.emotion_y(lane_id, score)
                pen = QPen(qcolor(st.grid_line, 255 if score == 0 else 150), 0.8 if score == 0 else 0.5)
                if score:
                    pen.setDashPattern([3, 4])
                painter.setPen(pen)
                painter.drawLine(QPointF(max(x0, exposed.left()), y), QPointF(min(layout.width, exposed.right()), y))
            painter.setPen(Qt.NoPen)
    if drop_cell is not None and drop_cell in layout.cells:
        c = layout.cells[drop_cell]
        painter.setBrush(qcolor(SELECTION_COLOUR, 22))
        painter.drawRect(QRectF(c.x, c.y, c.w, c.h))
    pen = QPen(qcolor(st.grid_line), 1)
    pen.setCosmetic(True)
    painter.setPen(pen)
    top = stages[0].bottom if stages else 0
    for r in stages:
        if exposed.left() - 1 <= r.right <= exposed.right() + 1:
            painter.drawLine(QPointF(r.right, top), QPointF(r.right, layout.height))
    for lane_id in layout.lane_order:
        r = layout.lane_headers[lane_id]
        if exposed.top() - 1 <= r.bottom <= exposed.bottom() + 1:
            painter.drawLine(QPointF(x0, r.bottom), QPointF(layout.width, r.bottom))


def paint_corner_on_canvas(painter, rect: QRectF, title: str) -> None:
    from ..layout import wrap_text
    from ..layout.text import elide

    st = DEFAULT_STYLE
    painter.setPen(Qt.NoPen)
    painter.setBrush(qcolor(st.header_fill))
    painter.drawRect(rect)
    size = 10.0
    width = rect.width() - 20
    lines = wrap_text(title, True, size, width)
    if len(lines) > 2:
        lines = lines[:1] + [elide(lines[1], True, size, width)]
    painter.setFont(scene_font(size, True, painter.device()))
    painter.setPen(qcolor(st.header_text))
    lh = st.line_height(size)
    y = rect.center().y() - lh * len(lines) / 2 + lh * 0.78
    for line in lines:
        painter.drawText(QPointF(10, y), line)
        y += lh


# -- personas ------------------------------------------------------------------------------
def decode_portrait(uri: str):
    """A QImage from a ``data:image/...;base64,`` URI, or None."""
    import base64

    from PySide6.QtGui import QImage

    try:
        _head, _, data = uri.partition(",")
        image = QImage.fromData(base64.b64decode(data, validate=False))
    except (ValueError, TypeError):
        return None
    return None if image.isNull() else image


def paint_persona_on_canvas(painter, g, portrait, selected: bool) -> None:
    c = g.circle
    circle = QRectF(c.x, c.y, c.w, c.h)
    painter.setPen(QPen(qcolor("#ffffff"), 2))
    painter.setBrush(qcolor(g.colour))
    painter.drawEllipse(circle)
    if portrait is not None:
        clip = QPainterPath()
        clip.addEllipse(circle.adjusted(1, 1, -1, -1))
        painter.save()
        painter.setClipPath(clip)
        side = min(portrait.width(), portrait.height())
        src = QRectF((portrait.width() - side) / 2, (portrait.height() - side) / 2, side, side)
        painter.drawImage(circle, portrait, src)
        painter.restore()
    else:
        painter.setFont(scene_font(c.h * 0.36, True, painter.device()))
        painter.setPen(qcolor("#ffffff"))
        painter.drawText(circle, Qt.AlignCenter, g.initials)
    if selected:
        painter.setPen(QPen(qcolor(SELECTION_COLOUR), 2))
        painter.setBrush(Qt.NoBrush)
        painter.drawEllipse(circle.adjusted(-3, -3, 3, 3))
    draw_lines(painter, g.name_lines)


# -- connectors, indicator, curves -----------------------------------------------------------
def connector_label_rect(path: QPainterPath, label: str) -> QRectF:
    from ..layout import text_width

    mid = path.pointAtPercent(0.5)
    w = text_width(label, False, DEFAULT_STYLE.meta_size) + 8
    return QRectF(mid.x() - w / 2, mid.y() - 6, w, 12)


def _arrow_head(path: QPainterPath, size: float = 7.0) -> QPainterPath:
    import math

    end = path.pointAtPercent(1.0)
    before = path.pointAtPercent(0.97)
    angle = math.atan2(end.y() - before.y(), end.x() - before.x())
    head = QPainterPath(end)
    for da in (2.7, -2.7):
        head.lineTo(end.x() + size * math.cos(angle + da), end.y() + size * math.sin(angle + da))
    head.closeSubpath()
    return head


def paint_connector_on_canvas(painter, path: QPainterPath, g, selected: bool, preview: bool) -> None:
    colour = SELECTION_COLOUR if (selected or preview) else "#6b7688"
    pen = QPen(qcolor(colour), 2.0 if selected else 1.4)
    if preview:
        pen.setDashPattern([4, 3])
    painter.setPen(pen)
    painter.setBrush(Qt.NoBrush)
    painter.drawPath(path)
    painter.setPen(Qt.NoPen)
    painter.setBrush(qcolor(colour))
    painter.drawPath(_arrow_head(path))
    if g.label:
        r = connector_label_rect(path, g.label)
        painter.setPen(QPen(qcolor(colour), 0.8))
        painter.setBrush(qcolor("#ffffff"))
        painter.drawRoundedRect(r, 6, 6)
        painter.setFont(scene_font(DEFAULT_STYLE.meta_size, False, painter.device()))
        painter.setPen(qcolor(DEFAULT_STYLE.text))
        painter.drawText(r, Qt.AlignCenter, g.label)


def paint_drop_indicator(painter, line) -> None:
    pen = QPen(qcolor(SELECTION_COLOUR), 2.5)
    pen.setCapStyle(Qt.RoundCap)
    painter.setPen(pen)
    painter.drawLine(line)
    painter.setPen(Qt.NoPen)
    painter.setBrush(qcolor(SELECTION_COLOUR))
    for p in (line.p1(), line.p2()):
        painter.drawEllipse(p, 3.2, 3.2)


def paint_emotion_curve_on_canvas(painter, path: QPainterPath, curve, points, drag) -> None:
    from ..layout import text_width

    st = DEFAULT_STYLE
    pen = QPen(qcolor(curve.colour), 2.4)
    pen.setCapStyle(Qt.RoundCap)
    painter.setPen(pen)
    painter.setBrush(Qt.NoBrush)
    painter.drawPath(path)
    font = scene_font(st.meta_size, False, painter.device())
    for i, ((x, y), p) in enumerate(zip(points, curve.points)):
        dragging = drag is not None and drag[0] == i
        painter.setPen(QPen(qcolor(curve.colour), 2))
        painter.setBrush(qcolor(curve.colour) if dragging else qcolor("#ffffff"))
        painter.drawEllipse(QPointF(x, y), 5, 5)
        if p.label and not dragging:
            painter.setFont(font)
            painter.setPen(qcolor(st.muted_text))
            w = text_width(p.label, False, st.meta_size)
            painter.drawText(QPointF(x - w / 2, y + 16), p.label)
        if dragging:
            score = drag[2]
            badge = QRectF(x + 9, y - 8, 22, 16)
            painter.setPen(Qt.NoPen)
            painter.setBrush(qcolor(curve.colour))
            painter.drawRoundedRect(badge, 4, 4)
            painter.setFont(scene_font(st.body_size, True, painter.device()))
            painter.setPen(qcolor("#ffffff"))
            painter.drawText(badge, Qt.AlignCenter, f"{score:+d}" if score else "0")
