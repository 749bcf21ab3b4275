"""DropIndicatorItem: where a dragged card (or stage, or lane) will land."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtWidgets import QGraphicsItem

from .. import overlays
from .base import Z_INDICATOR, guarded_paint


class DropIndicatorItem(QGraphicsItem):
    def __init__(self) -> None:
        super().__init__()
        self.line = QLineF()
        self.setAcceptedMouseButtons(Qt.NoButton)
        self.setZValue(Z_INDICATOR)
        self.hide()

    def show_line(self, x1: float, y1: float, x2: float, y2: float) -> None:
        line = QLineF(x1, y1, x2, y2)
        if line != self.line:
            self.prepareGeometryChange()
            self.line = line
        self.show()

    def boundingRect(self) -> QRectF:  # noqa: N802
        return QRectF(self.line.p1(), self.line.p2()).normalized().adjusted(-5, -5, 5, 5)

    @guarded_paint
    def paint(self, painter, option, widget=None) -> None:
        overlays.paint_drop_indicator(painter, self.line)
