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

from typing import NamedTuple

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPolygonF

from ..layout import decor
from ..layout.types import ConnectorGeometry
from .qt_pens import qcolor, qpen


class ConnectorPieces(NamedTuple):
    bars: tuple[QRectF, ...]  # the straight runs, as wide as the stroke
    #: the rounded corners (and any run neither across nor down, which decor's outlines
    #: do not have), one small path each: the rasteriser works through a path's whole
    #: height, so corners far apart in one path cost as much as the line they replace
    bends: tuple[QPainterPath, ...]
    head: QPolygonF


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
    """The outline of :func:`decor.connector_outline` as bars, bends and the head
    (numbers straight to Qt, no point objects: a lane step builds those of every
    route it re-shapes on screen)."""
    width = decor.connector_stroke().width
    half = width / 2
    ops = decor.connector_outline(conn)
    bars: list[QRectF] = []
    bends: list[QPainterPath] = []
    x, y = ops[0][1]
    for op in ops[1:]:
        if op[0] == "L":
            x1, y1 = op[1]
            if y1 == y:
                if x1 != x:
                    bars.append(QRectF(x if x < x1 else x1, y - half, abs(x1 - x), width))
            elif x1 == x:
                bars.append(QRectF(x - half, y if y < y1 else y1, width, abs(y1 - y)))
            else:
                bend = QPainterPath()
                bend.moveTo(x, y)
                bend.lineTo(x1, y1)
                bends.append(bend)
        else:
            (c1x, c1y), (c2x, c2y), (x1, y1) = op[1], op[2], op[3]
            bend = QPainterPath()
            bend.moveTo(x, y)
            bend.cubicTo(c1x, c1y, c2x, c2y, x1, y1)
            bends.append(bend)
        x, y = x1, y1
    (hx, hy), (h1x, h1y), (h2x, h2y) = decor.arrow_head(conn)
    return ConnectorPieces(tuple(bars), tuple(bends), QPolygonF([QPointF(hx, hy), QPointF(h1x, h1y), QPointF(h2x, h2y)]))


def paint_connector(p: QPainter, conn: ConnectorGeometry, colour: str = decor.CONNECTOR_COLOUR) -> None:
    """An arrow between two cards (its label separately, above the cards)."""
    paint_connector_pieces(p, connector_pieces(conn), colour)


def paint_connector_pieces(p: QPainter, pieces: ConnectorPieces, colour: str = decor.CONNECTOR_COLOUR) -> None:
    """:func:`paint_connector` from pieces computed once (the canvas keeps them per item)."""
    fill = qcolor(colour)
    for bar in pieces.bars:
        p.fillRect(bar, fill)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.setPen(qpen(decor.connector_stroke(colour)))
    for bend in pieces.bends:
        p.drawPath(bend)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(fill)
    p.drawPolygon(pieces.head)
