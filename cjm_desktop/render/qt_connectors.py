"""Connectors with QPainter: decor's outline drawn as straight bars and small
stroked corners, and the arrow head.

A connector's runs are horizontal or vertical. Stroked as one path, a run down
the whole screen costs Qt's anti-aliasing rasteriser ~45 us (it works row by
row); the same run as an anti-aliased bar (``fillRect``) costs ~10 us, and a
rounded corner stroked alone ~4 us. So the outline is drawn in those pieces:
the same shape (the corners' round caps overlap the bars' ends in the same
opaque colour, so no seam shows), in a third of the time on a full repaint.
The path as one piece stays for hit tests (:func:`connector_qpath`).
"""

from __future__ import annotations

from typing import NamedTuple, Optional

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPolygonF

from ..layout import decor
from ..layout.types import ConnectorGeometry
from .qt_pens import qcolor, qpen, qpolygon


#: a run off the straight by less than this (points) is drawn straight: nothing a screen shows
_STRAIGHT = 0.01


class ConnectorPieces(NamedTuple):
    bars: tuple[QRectF, ...]  # the straight runs, as wide as the stroke
    #: the rounded corners, one small path each: the rasteriser works through a path's
    #: whole height, so corners far apart in one path cost as much as the line they replace
    bends: tuple[QPainterPath, ...]
    head: QPolygonF
    #: runs neither across nor down (x0, y0, x1, y1): the last run when the arrow head
    #: covers a short one before it; drawn cut to the part on screen
    slants: tuple[tuple[float, float, float, float], ...] = ()


def connector_qpath(conn: ConnectorGeometry) -> QPainterPath:
    """The line as one path (the canvas's shape for hit tests and selection)."""
    ops = decor.connector_outline(conn)
    path = QPainterPath(QPointF(*ops[0][1]))
    for op in ops[1:]:
        if op[0] == "L":
            path.lineTo(QPointF(*op[1]))
        else:
            path.cubicTo(QPointF(*op[1]), QPointF(*op[2]), QPointF(*op[3]))
    return path


def connector_pieces(conn: ConnectorGeometry) -> ConnectorPieces:
    """The outline of :func:`decor.connector_outline` as bars, bends and the head."""
    half = decor.connector_stroke().width / 2
    ops = decor.connector_outline(conn)
    bars: list[QRectF] = []
    bends: list[QPainterPath] = []
    slants: list[tuple[float, float, float, float]] = []
    x, y = ops[0][1]
    for op in ops[1:]:
        if op[0] == "L":
            (x1, y1) = op[1]
            if abs(y1 - y) < _STRAIGHT and x1 != x:  # (the shaft's end, computed, may be a hair off)
                bars.append(QRectF(min(x, x1), y - half, abs(x1 - x), 2 * half))
            elif abs(x1 - x) < _STRAIGHT and y1 != y:
                bars.append(QRectF(x - half, min(y, y1), 2 * half, abs(y1 - y)))
            elif (x1, y1) != (x, y):
                slants.append((x, y, x1, y1))
        else:
            bend = QPainterPath(QPointF(x, y))
            bend.cubicTo(QPointF(*op[1]), QPointF(*op[2]), QPointF(*op[3]))
            bends.append(bend)
            x1, y1 = op[3]
        x, y = x1, y1
    return ConnectorPieces(tuple(bars), tuple(bends), qpolygon(decor.arrow_head(conn)), tuple(slants))


def paint_connector(p: QPainter, conn: ConnectorGeometry, colour: str = decor.CONNECTOR_COLOUR) -> None:
    """An arrow between two cards (its label separately, above the cards)."""
    paint_connector_pieces(p, connector_pieces(conn), colour)


def paint_connector_pieces(p: QPainter, pieces: ConnectorPieces, colour: str = decor.CONNECTOR_COLOUR,
                           exposed: Optional[QRectF] = None) -> None:
    """:func:`paint_connector` from pieces computed once (the canvas keeps them per item);
    ``exposed``: the part being painted, in the painter's coordinates (a slanted run
    is cut to it, as Qt's rasteriser would work through its whole length)."""
    fill = qcolor(colour)
    for bar in pieces.bars:
        p.fillRect(bar, fill)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.setPen(qpen(decor.connector_stroke(colour)))
    for bend in pieces.bends:
        p.drawPath(bend)
    for run in pieces.slants:
        cut = run if exposed is None else clipped(run, exposed.adjusted(-_REACH, -_REACH, _REACH, _REACH))
        if cut is not None:
            p.drawLine(QLineF(*cut))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(fill)
    p.drawPolygon(pieces.head)


#: how far past the exposed part a cut run goes (the pen's round end and anti-aliasing)
_REACH = 4.0


def clipped(run: tuple[float, float, float, float], r: QRectF) -> Optional[tuple[float, float, float, float]]:
    """The part of the segment ``run`` inside ``r`` (Liang-Barsky), or None."""
    x0, y0, x1, y1 = run
    dx, dy = x1 - x0, y1 - y0
    t0, t1 = 0.0, 1.0
    for p, q in ((-dx, x0 - r.left()), (dx, r.right() - x0), (-dy, y0 - r.top()), (dy, r.bottom() - y0)):
        if p == 0:
            if q < 0:
                return None
            continue
        t = q / p
        if p < 0:
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
        if t0 > t1:
            return None
    return x0 + t0 * dx, y0 + t0 * dy, x0 + t1 * dx, y0 + t1 * dy
