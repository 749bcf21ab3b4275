"""Channel icons drawn by QPainter (canvas, PNG, SVG), from the catalogue's path commands.

Each icon's ``QPainterPath`` is built once (in its 24 x 24 box) and drawn scaled
into a square, filled with the non-zero rule (brand marks) or stroked with
round caps and joins (generic glyphs), as :mod:`.pdf_icons` draws the same
commands into the PDF.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from ..layout.channel_row import CHIP_FILL, CHIP_RADIUS, stage_channel_rows
from ..layout.types import CardContent, Rect
from ..model.channels import ICON_STROKE_WIDTH, catalogue


@lru_cache(maxsize=None)
def icon_qpath(channel_id: str) -> QPainterPath:
    """The icon of ``channel_id`` as a path in its own 24 x 24 box."""
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    for cmd in catalogue().get(channel_id).commands:
        op = cmd[0]
        if op == "M":
            path.moveTo(cmd[1], cmd[2])
        elif op == "L":
            path.lineTo(cmd[1], cmd[2])
        elif op == "C":
            path.cubicTo(QPointF(cmd[1], cmd[2]), QPointF(cmd[3], cmd[4]), QPointF(cmd[5], cmd[6]))
        else:
            path.closeSubpath()
    return path


@lru_cache(maxsize=None)
def _pen_and_brush(channel_id: str):
    ch = catalogue().get(channel_id)
    colour = QColor(ch.colour)
    if ch.paint == "stroke":
        pen = QPen(colour, ICON_STROKE_WIDTH)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        return pen, Qt.BrushStyle.NoBrush
    return Qt.PenStyle.NoPen, colour


def draw_icon(p: QPainter, channel_id: str, x: float, y: float, side: float) -> None:
    """The icon of ``channel_id`` in the square at (``x``, ``y``) of side ``side``."""
    pen, brush = _pen_and_brush(channel_id)
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.translate(x, y)
    p.scale(side / catalogue().size, side / catalogue().size)
    p.setPen(pen)
    p.setBrush(brush)
    p.drawPath(icon_qpath(channel_id))
    p.restore()


def draw_card_icon(p: QPainter, content: CardContent, dx: float = 0.0, dy: float = 0.0) -> None:
    """A card's channel icon before its meta line (nothing for a card without one)."""
    box: Rect = content.icon_box
    if content.channel_icon is not None and box is not None:
        draw_icon(p, content.channel_icon, dx + box.x, dy + box.y, box.w)


def draw_channel_chips(p: QPainter, chips) -> None:
    """A stage's channel row: each icon on its white rounded chip (map coordinates)."""
    if not chips:
        return
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(CHIP_FILL))
    for chip in chips:
        r = chip.chip
        p.drawRoundedRect(QRectF(r.x, r.y, r.w, r.h), CHIP_RADIUS, CHIP_RADIUS)
    p.restore()
    for chip in chips:
        draw_icon(p, chip.channel_id, chip.icon.x, chip.icon.y, chip.icon.w)


def paint_stage_channels(p: QPainter, layout, m) -> None:
    """Every stage header's channel row (PNG and SVG export; the canvas's headers draw their own)."""
    for chips in stage_channel_rows(m, layout.stage_headers).values():
        draw_channel_chips(p, chips)
