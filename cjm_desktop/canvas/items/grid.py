"""GridItem: the cells behind the cards, lane tints, grid lines and the emotion scale."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QGraphicsItem

from ...layout import MapLayout
from .. import decor
from .base import Z_GRID


class GridItem(QGraphicsItem):
    """One item for all cells: only the exposed part is painted."""

    def __init__(self) -> None:
        super().__init__()
        self.layout: MapLayout | None = None
        self.lane_kinds: dict = {}
        self.drop_cell: tuple[str, str] | None = None
        self._rect = QRectF()
        self.setFlag(QGraphicsItem.ItemUsesExtendedStyleOption)
        self.setAcceptedMouseButtons(Qt.NoButton)  # clicks go to the rubber band
        self.setZValue(Z_GRID)

    def set_layout(self, layout: MapLayout, lane_kinds: dict) -> None:
        rect = QRectF(0, 0, layout.width, layout.height)
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect
        self.layout, self.lane_kinds = layout, lane_kinds
        self.update()

    def set_drop_cell(self, cell: tuple[str, str] | None) -> None:
        if cell != self.drop_cell:
            for c in (self.drop_cell, cell):
                if c is not None and self.layout is not None and c in self.layout.cells:
                    r = self.layout.cells[c]
                    self.update(QRectF(r.x, r.y, r.w, r.h))
            self.drop_cell = cell

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._rect

    def paint(self, painter, option, widget=None) -> None:
        if self.layout is not None:
            decor.paint_grid_on_canvas(painter, self.layout, self.lane_kinds, option.exposedRect, self.drop_cell)
