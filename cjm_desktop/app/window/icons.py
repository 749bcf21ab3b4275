"""A small set of line icons drawn with QPainter (no image files, no downloads).

Every icon is drawn on a 24-unit grid in one stroke colour with an optional
accent, at 1x and 2x so it stays crisp on high-DPI screens.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

INK = QColor("#2f3d4f")
ACCENT = QColor("#2f7de1")
ADD = QColor("#2e9e5b")
DANGER = QColor("#d64545")

Painter = Callable[[QPainter], None]
_DRAWERS: dict[str, Painter] = {}


def _icon(name: str):
    def register(fn: Painter) -> Painter:
        _DRAWERS[name] = fn
        return fn

    return register


def _pen(p: QPainter, colour: QColor = INK, width: float = 1.7) -> None:
    pen = QPen(colour, width)
    pen.setCapStyle(Qt.RoundCap)
    pen.setJoinStyle(Qt.RoundJoin)
    p.setPen(pen)
    p.setBrush(Qt.NoBrush)


def _plus(p: QPainter, cx: float, cy: float, r: float = 3.2, colour: QColor = ADD) -> None:
    p.setPen(Qt.NoPen)
    p.setBrush(colour)
    p.drawEllipse(QPointF(cx, cy), r + 1.6, r + 1.6)
    pen = QPen(QColor("white"), 1.6)
    pen.setCapStyle(Qt.RoundCap)
    p.setPen(pen)
    p.drawLine(QPointF(cx - r + 0.8, cy), QPointF(cx + r - 0.8, cy))
    p.drawLine(QPointF(cx, cy - r + 0.8), QPointF(cx, cy + r - 0.8))


def _page(p: QPainter, x: float, y: float, w: float, h: float) -> None:
    path = QPainterPath()
    fold = 4.5
    path.moveTo(x, y)
    path.lineTo(x + w - fold, y)
    path.lineTo(x + w, y + fold)
    path.lineTo(x + w, y + h)
    path.lineTo(x, y + h)
    path.closeSubpath()
    p.drawPath(path)
    p.drawPolyline([QPointF(x + w - fold, y), QPointF(x + w - fold, y + fold), QPointF(x + w, y + fold)])


@_icon("new")
def _new(p):
    _pen(p)
    _page(p, 5, 3, 13, 18)
    _plus(p, 17.5, 17.5)


@_icon("open")
def _open(p):
    _pen(p)
    path = QPainterPath()
    path.moveTo(3, 19)
    path.lineTo(3, 6)
    path.lineTo(9, 6)
    path.lineTo(11, 8)
    path.lineTo(18, 8)
    path.lineTo(18, 11)
    p.drawPath(path)
    front = QPainterPath()
    front.moveTo(3, 19)
    front.lineTo(6.5, 11)
    front.lineTo(21.5, 11)
    front.lineTo(18, 19)
    front.closeSubpath()
    p.setBrush(QColor("#dce8f8"))
    p.drawPath(front)


@_icon("save")
def _save(p):
    _pen(p)
    path = QPainterPath()
    path.moveTo(4, 4)
    path.lineTo(17, 4)
    path.lineTo(20, 7)
    path.lineTo(20, 20)
    path.lineTo(4, 20)
    path.closeSubpath()
    p.drawPath(path)
    p.drawRect(QRectF(8, 4, 8, 5))
    p.setBrush(QColor("#dce8f8"))
    p.drawRoundedRect(QRectF(7, 13, 10, 7), 1, 1)


def _curved_arrow(p: QPainter, mirror: bool) -> None:
    p.save()
    if mirror:
        p.translate(24, 0)
        p.scale(-1, 1)
    _pen(p, INK, 1.9)
    path = QPainterPath()
    path.moveTo(6, 9)
    path.lineTo(15, 9)
    path.cubicTo(22, 9, 22, 19, 15, 19)
    path.lineTo(9, 19)
    p.drawPath(path)
    p.drawPolyline([QPointF(9.5, 5.5), QPointF(6, 9), QPointF(9.5, 12.5)])
    p.restore()


@_icon("undo")
def _undo(p):
    _curved_arrow(p, False)


@_icon("redo")
def _redo(p):
    _curved_arrow(p, True)


@_icon("cut")
def _cut(p):
    _pen(p)
    p.drawEllipse(QPointF(7, 17), 3, 3)
    p.drawEllipse(QPointF(17, 17), 3, 3)
    p.drawLine(QPointF(9, 15), QPointF(17, 3))
    p.drawLine(QPointF(15, 15), QPointF(7, 3))


@_icon("copy")
def _copy(p):
    _pen(p)
    p.drawRoundedRect(QRectF(4, 4, 11, 13), 1.5, 1.5)
    p.setBrush(QColor("white"))
    p.drawRoundedRect(QRectF(9, 8, 11, 13), 1.5, 1.5)


@_icon("paste")
def _paste(p):
    _pen(p)
    p.drawRoundedRect(QRectF(5, 5, 14, 16), 1.5, 1.5)
    p.setBrush(QColor("#dce8f8"))
    p.drawRoundedRect(QRectF(8.5, 3, 7, 4), 1, 1)
    p.drawLine(QPointF(8.5, 12), QPointF(15.5, 12))
    p.drawLine(QPointF(8.5, 16), QPointF(13.5, 16))


@_icon("duplicate")
def _duplicate(p):
    _copy(p)
    _plus(p, 17.5, 17.5)


@_icon("delete")
def _delete(p):
    _pen(p, INK)
    p.drawLine(QPointF(4, 6.5), QPointF(20, 6.5))
    p.drawPolyline([QPointF(9, 6.5), QPointF(9.5, 3.5), QPointF(14.5, 3.5), QPointF(15, 6.5)])
    path = QPainterPath()
    path.moveTo(6, 6.5)
    path.lineTo(7.2, 20.5)
    path.lineTo(16.8, 20.5)
    path.lineTo(18, 6.5)
    p.drawPath(path)
    _pen(p, DANGER, 1.6)
    p.drawLine(QPointF(10.3, 10), QPointF(10.6, 17))
    p.drawLine(QPointF(13.7, 10), QPointF(13.4, 17))


@_icon("card")
def _card(p):
    _pen(p)
    p.setBrush(QColor("#fff6e5"))
    p.drawRoundedRect(QRectF(3, 5, 16, 13), 2, 2)
    p.setPen(QPen(QColor("#e08a00"), 2.2))
    p.drawLine(QPointF(4.2, 6.5), QPointF(4.2, 16.5))
    _pen(p, INK, 1.3)
    p.drawLine(QPointF(7.5, 9), QPointF(15, 9))
    p.drawLine(QPointF(7.5, 12.5), QPointF(12.5, 12.5))
    _plus(p, 18, 18)


@_icon("stage")
def _stage(p):
    _pen(p)
    p.drawRect(QRectF(3, 4, 16, 15))
    p.setBrush(QColor("#3d5a80"))
    p.drawRect(QRectF(8.5, 4, 5.5, 15))
    _plus(p, 18, 18)


@_icon("lane")
def _lane(p):
    _pen(p)
    p.drawRect(QRectF(3, 4, 16, 15))
    p.setBrush(QColor("#8fb3e8"))
    p.drawRect(QRectF(3, 9, 16, 5))
    _plus(p, 18, 18)


@_icon("persona")
def _persona(p):
    _pen(p)
    p.setBrush(QColor("#dce8f8"))
    p.drawEllipse(QPointF(11, 8), 3.6, 3.6)
    path = QPainterPath()
    path.moveTo(4, 20)
    path.cubicTo(4, 13, 18, 13, 18, 20)
    p.drawPath(path)
    _plus(p, 18.5, 17.5)


def _magnifier(p: QPainter) -> None:
    _pen(p, INK, 1.9)
    p.drawEllipse(QPointF(10, 10), 6, 6)
    p.drawLine(QPointF(14.5, 14.5), QPointF(20, 20))


@_icon("zoom_in")
def _zoom_in(p):
    _magnifier(p)
    _pen(p, ACCENT, 1.8)
    p.drawLine(QPointF(7, 10), QPointF(13, 10))
    p.drawLine(QPointF(10, 7), QPointF(10, 13))


@_icon("zoom_out")
def _zoom_out(p):
    _magnifier(p)
    _pen(p, ACCENT, 1.8)
    p.drawLine(QPointF(7, 10), QPointF(13, 10))


@_icon("zoom_reset")
def _zoom_reset(p):
    _magnifier(p)
    _pen(p, ACCENT, 1.6)
    p.drawLine(QPointF(8.5, 8), QPointF(10.3, 6.8))
    p.drawLine(QPointF(10.3, 6.8), QPointF(10.3, 13))


@_icon("zoom_fit")
def _zoom_fit(p):
    _pen(p, INK, 1.9)
    for sx, sy in ((1, 1), (-1, 1), (1, -1), (-1, -1)):
        cx, cy = 12 - sx * 8, 12 - sy * 8
        p.drawPolyline([QPointF(cx, cy + sy * 4.5), QPointF(cx, cy), QPointF(cx + sx * 4.5, cy)])
    p.setPen(Qt.NoPen)
    p.setBrush(ACCENT)
    p.drawRoundedRect(QRectF(8, 9, 8, 6), 1, 1)


@_icon("find")
def _find(p):
    _magnifier(p)


@_icon("export")
def _export(p):
    _pen(p)
    p.drawPolyline([QPointF(10, 5), QPointF(4, 5), QPointF(4, 20), QPointF(19, 20), QPointF(19, 14)])
    _pen(p, ACCENT, 1.9)
    p.drawLine(QPointF(10, 14), QPointF(20, 4))
    p.drawPolyline([QPointF(14, 4), QPointF(20, 4), QPointF(20, 10)])


@_icon("palette")
def _palette(p):
    for i, colour in enumerate(("#3b6fd8", "#e08a00", "#d64545", "#2e9e5b")):
        p.setPen(Qt.NoPen)
        p.setBrush(QColor(colour))
        p.drawRoundedRect(QRectF(3 + (i % 2) * 10, 3 + (i // 2) * 10, 8, 8), 2, 2)


@_icon("inspector")
def _inspector(p):
    _pen(p)
    p.drawRoundedRect(QRectF(4, 3, 16, 18), 2, 2)
    for y in (8, 12, 16):
        p.drawLine(QPointF(7, y), QPointF(10, y))
        p.drawLine(QPointF(12, y), QPointF(17, y))


@_icon("personas")
def _personas(p):
    _pen(p)
    for cx, cy in ((8, 8), (16, 8)):
        p.drawEllipse(QPointF(cx, cy), 3, 3)
    path = QPainterPath()
    path.moveTo(2.5, 19)
    path.cubicTo(2.5, 13, 13.5, 13, 13.5, 19)
    path.moveTo(10.5, 19)
    path.cubicTo(10.5, 13, 21.5, 13, 21.5, 19)
    p.drawPath(path)


def _draw(name: str, size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.Antialiasing)
    p.scale(size / 24.0, size / 24.0)
    _DRAWERS[name](p)
    p.end()
    return pixmap


@lru_cache(maxsize=None)
def icon(name: str) -> QIcon:
    """The icon called ``name`` (see :data:`names`)."""
    result = QIcon()
    for size in (16, 24, 32, 48):
        result.addPixmap(_draw(name, size))
    return result


def names() -> list[str]:
    return sorted(_DRAWERS)


def swatch(colour: str, size: int = 16, accent: str | None = None) -> QIcon:
    """A rounded colour square (with an optional accent stripe) for lists and buttons."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.Antialiasing)
    p.setPen(QPen(QColor("#9aa5b4"), 1))
    p.setBrush(QColor(colour))
    p.drawRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), 3, 3)
    if accent:
        p.setPen(Qt.NoPen)
        p.setBrush(QColor(accent))
        p.drawRoundedRect(QRectF(1, 1, max(3.0, size / 5), size - 2), 1.5, 1.5)
    p.end()
    return QIcon(pixmap)
