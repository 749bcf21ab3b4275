"""The QColor and QPen of decor's colours and strokes, made once each (every
painter of :mod:`cjm_desktop.render` asks for them on every item it draws)."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPen, QPolygonF

from ..layout import decor


@lru_cache(maxsize=512)
def qcolor(hex_colour: str) -> QColor:
    return QColor(hex_colour)


@lru_cache(maxsize=512)
def qpen(stroke: decor.Stroke) -> QPen:
    """The QPen of a decor stroke (Qt counts dashes in line widths, decor in points)."""
    pen = QPen(qcolor(stroke.colour), stroke.width, Qt.PenStyle.SolidLine)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap if stroke.cap == "round" else Qt.PenCapStyle.FlatCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    if stroke.dash:
        pen.setStyle(Qt.PenStyle.CustomDashLine)
        pen.setDashPattern([d / stroke.width for d in stroke.dash])
    return pen


def qpolygon(points) -> QPolygonF:
    return QPolygonF([QPointF(x, y) for x, y in points])
