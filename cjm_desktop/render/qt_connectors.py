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

import math
from typing import NamedTuple

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPolygonF

from ..layout import decor
from ..layout.types import Box, ConnectorGeometry
from .qt_pens import qcolor, qpen


#: all a painter may show (a :data:`Box`, in the connector's coordinates)
EVERYWHERE: Box = (-math.inf, -math.inf, math.inf, math.inf)


class ConnectorPieces(NamedTuple):
    """Plain numbers: a piece becomes a Qt object only when a paint shows it (a
    long connector crosses a view with a few of its pieces)."""

    bars: tuple[tuple[float, float, float, float], ...]  # the straight runs as (x, y, w, h), as wide as the stroke
    #: the rounded corners (and any run neither across nor down, which decor's outlines
    #: do not have), each stroked alone as (left, top, right, bottom) then its path's
    #: numbers (x0, y0, x1, y1, or x0, y0, c1, c2, x1, y1): the rasteriser works through a
    #: path's whole height, so corners far apart in one path cost as much as the line
    bends: tuple[tuple[float, ...], ...]
    head: tuple[float, ...]  # left, top, right, bottom, then its tip and back corners


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
    width = decor.CONNECTOR_WIDTH
    half = width / 2
    arrow = decor.arrow_head(conn)
    ops = decor.connector_outline(conn, arrow)
    bars: list[tuple[float, float, float, float]] = []
    bends: list[tuple[float, ...]] = []
    x, y = ops[0][1]
    for op in ops[1:]:
        if op[0] == "L":
            x1, y1 = op[1]
            if y1 == y:
                if x1 != x:
                    bars.append((x if x < x1 else x1, y - half, abs(x1 - x), width))
            elif x1 == x:
                bars.append((x - half, y if y < y1 else y1, width, abs(y1 - y)))
            else:
                bends.append((min(x, x1) - half, min(y, y1) - half, max(x, x1) + half, max(y, y1) + half,
                              x, y, x1, y1))
        else:
            (c1x, c1y), (c2x, c2y), (x1, y1) = op[1], op[2], op[3]
            bends.append((min(x, c1x, c2x, x1) - half, min(y, c1y, c2y, y1) - half,
                          max(x, c1x, c2x, x1) + half, max(y, c1y, c2y, y1) + half, x, y, c1x, c1y, c2x, c2y, x1, y1))
        x, y = x1, y1
    (hx, hy), (h1x, h1y), (h2x, h2y) = arrow
    head = (min(hx, h1x, h2x), min(hy, h1y, h2y), max(hx, h1x, h2x), max(hy, h1y, h2y), hx, hy, h1x, h1y, h2x, h2y)
    return ConnectorPieces(tuple(bars), tuple(bends), head)


def paint_connector(p: QPainter, conn: ConnectorGeometry, colour: str = decor.CONNECTOR_COLOUR) -> None:
    """An arrow between two cards (its label separately, above the cards)."""
    paint_connector_pieces(p, connector_pieces(conn), colour)


def paint_connector_pieces(p: QPainter, pieces: ConnectorPieces, colour: str = decor.CONNECTOR_COLOUR,
                           shown: Box = EVERYWHERE) -> None:
    """:func:`paint_connector` from pieces computed once (the canvas keeps them per
    item); only the pieces that reach into ``shown`` (``shown`` covers the
    anti-aliased edge: one pixel around what the painter shows)."""
    left, top, right, bottom = shown
    fill = qcolor(colour)
    for x, y, w, h in pieces.bars:
        if x <= right and x + w >= left and y <= bottom and y + h >= top:
            p.fillRect(QRectF(x, y, w, h), fill)
    pen = None
    for b in pieces.bends:
        if b[0] <= right and b[2] >= left and b[1] <= bottom and b[3] >= top:
            if pen is None:
                p.setBrush(Qt.BrushStyle.NoBrush)
                pen = qpen(decor.connector_stroke(colour))
                p.setPen(pen)
            p.drawPath(_bend(b))
    h = pieces.head
    if h[0] <= right and h[2] >= left and h[1] <= bottom and h[3] >= top:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(fill)
        p.drawPolygon(head_polygon(pieces))


def head_polygon(pieces: ConnectorPieces) -> QPolygonF:
    h = pieces.head
    return QPolygonF([QPointF(h[4], h[5]), QPointF(h[6], h[7]), QPointF(h[8], h[9])])


def _bend(b: tuple[float, ...]) -> QPainterPath:
    path = QPainterPath()
    path.moveTo(b[4], b[5])
    if len(b) == 8:
        path.lineTo(b[6], b[7])
    else:
        path.cubicTo(b[6], b[7], b[8], b[9], b[10], b[11])
    return path
