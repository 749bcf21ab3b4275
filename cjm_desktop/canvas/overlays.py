"""What only the interactive canvas draws, on top of the shared QPainter painter.

Cards, headers, curves and connectors look the same on screen, in PNG, SVG and
PDF because the items call :mod:`cjm_desktop.render.qt_painter`, which draws
the shapes of :mod:`cjm_desktop.layout.decor`. This module adds the screen-only
parts: level of detail, cached text, selection, hover, Find highlight, the
connector handle, the drop indicator, the lifted look of a dragged card, and
the tooltips.
"""

from __future__ import annotations

from html import escape
from typing import Optional

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QPainterPath, QPen, QPolygonF, QStaticText, QTransform
from PySide6.QtWidgets import QStyleOptionGraphicsItem

from ..i18n import fill, number, tr
from ..layout import EVIDENCE_COLOURS, SENTIMENT_COLOURS, Style, TextLine, text_width
from ..layout.style import HINT_SLANT
from ..layout import decor as shared
from ..layout.words import card_count
from ..render import qt_painter
from ..render.qt_fonts import REFERENCE_SIZE, font_ascent, scene_font
from ..render.qt_icons import draw_card_icon
from .items.base import HIGHLIGHT_COLOUR, HOVER_COLOUR, SELECTION_COLOUR, qcolor

#: Below this level of detail (device pixels per point) cards are coloured
#: blocks without text: a 9.5 pt title would be under 5 pixels tall.
LOD_BLOCKS = 0.5
#: Below this, cards show their titles only, without body, markers or handles.
LOD_TEXT = 0.8

#: Level of detail of the frame being painted, set once per paint by MapView
#: (``levelOfDetailFromTransform`` of its viewport transform), so that thousands
#: of items need not each ask the painter. None outside a view's paint.
frame_lod: Optional[float] = None


def level_of_detail(painter) -> float:
    if frame_lod is not None:
        return frame_lod
    return QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())


class TextCache:
    """QStaticText objects for the lines of one card, laid out on first paint.

    Like :func:`fonts.draw_text` (which :func:`qt_painter.draw_text_lines` uses),
    each line is laid out in a :data:`fonts.REFERENCE_SIZE` font and drawn
    with the painter scaled down, so Qt's whole-pixel glyph advances cannot
    make a line wider than the layout measured it; unlike it, the text is
    shaped once, not on every frame.
    """

    __slots__ = ("lines", "style", "statics")

    def __init__(self, lines: tuple[TextLine, ...], style: Style) -> None:
        self.lines = lines
        self.style = style
        self.statics = None

    def draw(self, painter, titles_only: bool = False) -> None:
        device = painter.device()
        if self.statics is None:
            self.statics = []
            for line in self.lines:
                st = QStaticText(line.text)
                st.setTextFormat(Qt.PlainText)
                st.setPerformanceHint(QStaticText.AggressiveCaching)
                self.statics.append(st)
        base = painter.transform()
        for line, st in zip(self.lines, self.statics):
            if titles_only and not line.bold:
                continue
            k = line.size / REFERENCE_SIZE
            painter.setFont(scene_font(REFERENCE_SIZE, line.bold, device))
            painter.setPen(qcolor(qt_painter.role_colour(line.role, self.style)))
            slant = -HINT_SLANT * k if line.role == "hint" else 0.0  # a hint's text leans like italics
            painter.setTransform(QTransform(k, 0, slant, k, line.x, line.y) * base)
            painter.drawStaticText(QPointF(0.0, -font_ascent(REFERENCE_SIZE, line.bold, device)), st)
        painter.setTransform(base)


# -- cards -----------------------------------------------------------------------------
def paint_card_block(painter, rect: QRectF, accent: str, marked: bool) -> None:
    """A zoomed-out card: a block in the lane's accent colour, no text."""
    painter.fillRect(rect, qcolor(accent, 150))
    if marked:
        painter.setPen(QPen(qcolor(SELECTION_COLOUR), 0))
        painter.setBrush(Qt.NoBrush)
        painter.drawRect(rect)


def paint_card_on_canvas(painter, rect: QRectF, g, markers, cache: TextCache, style: Style, *, selected: bool,
                         hovered: bool, highlighted: bool, editing: bool, lifted: bool, lod: float,
                         badge=None) -> None:
    if lifted:
        paint_lift_shadow(painter, rect)
    qt_painter.paint_card_body(painter, g, style, border=HOVER_COLOUR if hovered else None)
    if not editing:
        painter.save()
        painter.setClipRect(rect)  # text never draws outside its card (a run of combining marks would)
        cache.draw(painter, titles_only=lod < LOD_TEXT)
        painter.restore()
        if not g.content.lines:
            paint_placeholder(painter, rect, style)
        if lod >= LOD_TEXT:
            draw_card_icon(painter, g.content)  # the channel's icon before the meta line (cached path)
            qt_painter.paint_card_markers(painter, markers)
            if badge is not None:
                qt_painter.draw_pill(painter, badge)
            if g.content.overflow:
                paint_overflow_mark(painter, rect, style)
    if highlighted:
        painter.setPen(QPen(qcolor(HIGHLIGHT_COLOUR), 2.5))
        painter.setBrush(qcolor(HIGHLIGHT_COLOUR, 40))
        painter.drawRoundedRect(rect.adjusted(-1.5, -1.5, 1.5, 1.5), 5, 5)
    if selected:
        painter.setPen(QPen(qcolor(SELECTION_COLOUR), 2))
        painter.setBrush(Qt.NoBrush)
        painter.drawRoundedRect(rect.adjusted(-1.5, -1.5, 1.5, 1.5), 5, 5)


def paint_lift_shadow(painter, rect: QRectF) -> None:
    """A soft shadow under a card being dragged."""
    painter.setPen(Qt.NoPen)
    for i, alpha in ((3.0, 18), (2.0, 26), (1.0, 34)):
        painter.setBrush(qcolor("#0b1a33", alpha))
        painter.drawRoundedRect(rect.adjusted(-i + 1.5, -i + 2.5, i + 1.5, i + 2.5), 4 + i, 4 + i)


def paint_placeholder(painter, rect: QRectF, style: Style) -> None:
    painter.setFont(scene_font(style.body_size, False, painter.device()))
    painter.setPen(qcolor(style.muted_text))
    inner = rect.adjusted(style.card_stripe + style.card_padding, 0, -4, 0)
    painter.drawText(inner, Qt.AlignVCenter | Qt.AlignLeft, tr("Double-click to write"))


def paint_overflow_mark(painter, rect: QRectF, style: Style) -> None:
    """Three dots: the card has more text than it shows (the tooltip has it all)."""
    painter.setPen(Qt.NoPen)
    painter.setBrush(qcolor(style.muted_text))
    y = rect.bottom() - 4
    for i in range(3):
        painter.drawEllipse(QPointF(rect.right() - 22 + i * 3.2, y), 0.9, 0.9)


def paint_connector_handle(painter, center: QPointF, radius: float) -> None:
    painter.setPen(QPen(qcolor("#ffffff"), 1.2))
    painter.setBrush(qcolor(SELECTION_COLOUR))
    painter.drawEllipse(center, radius, radius)
    x, y = center.x(), center.y()
    painter.drawLine(QPointF(x - 2.2, y), QPointF(x + 2.2, y))
    painter.drawLine(QPointF(x + 0.6, y - 1.8), QPointF(x + 2.4, y))
    painter.drawLine(QPointF(x + 0.6, y + 1.8), QPointF(x + 2.4, y))


# -- headers, personas -------------------------------------------------------------------
def outline_stage_header(painter, rect, first: bool) -> None:
    """The selection mark of a stage header: its chevron, outlined."""
    pen = QPen(qcolor(SELECTION_COLOUR), 2.5)
    pen.setJoinStyle(Qt.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.NoBrush)
    painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in shared.chevron(rect, first)]))


def outline_rect(painter, rect: QRectF, colour: str = SELECTION_COLOUR) -> None:
    painter.setPen(QPen(qcolor(colour), 2))
    painter.setBrush(Qt.NoBrush)
    painter.drawRect(rect.adjusted(1, 1, -1, -1))


def paint_collapse_toggle(painter, x: float, cy: float, collapsed: bool, style: Style) -> None:
    """A small triangle: pointing right when the lane is collapsed, down when open."""
    painter.setPen(Qt.NoPen)
    painter.setBrush(qcolor(style.muted_text))
    tri = QPainterPath()
    if collapsed:
        tri.moveTo(x + 1, cy - 3)
        tri.lineTo(x + 5, cy)
        tri.lineTo(x + 1, cy + 3)
    else:
        tri.moveTo(x, cy - 1.8)
        tri.lineTo(x + 6, cy - 1.8)
        tri.lineTo(x + 3, cy + 2)
    tri.closeSubpath()
    painter.drawPath(tri)


def paint_hidden_count(painter, cell: QRectF, n: int, language: str, style: Style) -> None:
    """How many cards a collapsed lane hides in a cell: a small grey pill, in the map's language."""
    text = card_count(n, language)
    size = style.meta_size
    w = text_width(text, False, size) + 10
    pill = QRectF(cell.x() + style.cell_padding, cell.center().y() - 6.5, w, 13)
    painter.setPen(Qt.NoPen)
    painter.setBrush(qcolor("#dfe3e9"))
    painter.drawRoundedRect(pill, 6.5, 6.5)
    painter.setFont(scene_font(size, False, painter.device()))
    painter.setPen(qcolor(style.muted_text))
    painter.drawText(QPointF(pill.x() + 5, pill.center().y() + size * 0.35), text)


def paint_filter_mark(painter, cell: QRectF, top: float, n: int, style: Style) -> None:
    """How many cards View > Show Only hides in a cell: a dashed pill below its shown cards."""
    text = fill(tr("%1 hidden"), number(n))
    size = style.meta_size
    pill = QRectF(cell.x() + style.cell_padding, top, text_width(text, False, size) + 12, 12)
    pen = QPen(qcolor(style.muted_text), 0.8, Qt.DashLine)
    painter.setPen(pen)
    painter.setBrush(qcolor("#eef1f5"))
    painter.drawRoundedRect(pill, 6, 6)
    painter.setFont(scene_font(size, False, painter.device()))
    painter.setPen(qcolor(style.muted_text))
    painter.drawText(QPointF(pill.x() + 6, pill.center().y() + size * 0.35), text)


# -- drop indicator ---------------------------------------------------------------------------
def paint_drop_indicator(painter, line) -> None:
    pen = QPen(qcolor(SELECTION_COLOUR), 2.5)
    pen.setCapStyle(Qt.RoundCap)
    painter.setPen(pen)
    painter.drawLine(line)
    painter.setPen(Qt.NoPen)
    painter.setBrush(qcolor(SELECTION_COLOUR))
    for p in (line.p1(), line.p2()):
        painter.drawEllipse(p, 3.2, 3.2)


def paint_drop_cell(painter, rect: QRectF) -> None:
    painter.fillRect(rect, qcolor(SELECTION_COLOUR, 22))


def paint_target_cell(painter, rect: QRectF) -> None:
    """The light outline of the cell Paste puts cards in."""
    pen = QPen(qcolor(SELECTION_COLOUR, 150), 1.5)
    pen.setDashPattern([4, 3])
    painter.setPen(pen)
    painter.setBrush(Qt.NoBrush)
    painter.drawRect(rect.adjusted(2, 2, -2, -2))


# -- tooltips ----------------------------------------------------------------------------------
#: Words for a card's values. The same source texts and context as the choices
#: in app/labels.py, so one translation serves the inspector and the tooltip.
VALUE_LABELS = {
    "positive": QT_TRANSLATE_NOOP("Labels", "Positive"),
    "neutral": QT_TRANSLATE_NOOP("Labels", "Neutral"),
    "negative": QT_TRANSLATE_NOOP("Labels", "Negative"),
    "high": QT_TRANSLATE_NOOP("Labels", "High"),
    "medium": QT_TRANSLATE_NOOP("Labels", "Medium"),
    "low": QT_TRANSLATE_NOOP("Labels", "Low"),
    "todo": QT_TRANSLATE_NOOP("Labels", "To do"),
    "doing": QT_TRANSLATE_NOOP("Labels", "In progress"),
    "done": QT_TRANSLATE_NOOP("Labels", "Done"),
    "dropped": QT_TRANSLATE_NOOP("Labels", "Dropped"),
    "assumption": QT_TRANSLATE_NOOP("Labels", "Assumption"),
    "anecdote": QT_TRANSLATE_NOOP("Labels", "Anecdote"),
    "researched": QT_TRANSLATE_NOOP("Labels", "Researched"),
}


def label_text(value: str) -> str:
    """The interface's word for a card value (``"positive"`` -> "Positive" / "Tích cực")."""
    text = VALUE_LABELS.get(value)
    return QCoreApplication.translate("Labels", text) if text else value


def card_tooltip(face) -> str:
    """The full text of a card plus its touchpoint and evidence details, as rich text."""
    parts = []
    if face.title:
        parts.append(f"<b>{escape(face.title)}</b>")
    if face.body:
        parts.append(escape(face.body).replace("\n", "<br>"))
    details = []
    if face.channel:
        details.append(fill(tr("Channel: %1"), escape(face.channel)))
    if face.sentiment:
        dot = f'<span style="color:{SENTIMENT_COLOURS[face.sentiment]}">&#9679;</span> '
        details.append(fill(tr("Touchpoint: %1"), dot + label_text(face.sentiment)))
    if face.importance:
        details.append(fill(tr("Importance: %1"), label_text(face.importance)))
    if face.owner:
        details.append(fill(tr("Owner: %1"), escape(face.owner)))
    if face.due:
        details.append(fill(tr("Due: %1"), escape(face.due)))
    if face.status:
        details.append(fill(tr("Status: %1"), label_text(face.status)))
    if face.measure:
        details.append(fill(tr("Measured by: %1"), escape(face.measure)))
    if face.evidence:
        dot = f'<span style="color:{EVIDENCE_COLOURS[face.evidence]}">&#9679;</span> '
        line = fill(tr("Evidence: %1"), dot + label_text(face.evidence))
        if face.source:
            line += " — " + escape(face.source)
        details.append(line)
    elif face.source:
        details.append(fill(tr("Source: %1"), escape(face.source)))
    if face.tags:
        details.append(" ".join("#" + escape(t) for t in face.tags))
    if details:
        parts.append('<span style="color:#5a6474">' + "<br>".join(details) + "</span>")
    return "<p>" + "<br>".join(parts) + "</p>" if parts else ""
