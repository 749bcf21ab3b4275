"""GridItem: the map's background: persona strip, lane fills, grid lines, emotion scale."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QGraphicsItem

from ...layout import MapLayout, decor
from ...render import qt_painter
from .. import overlays
from .base import Z_GRID, guarded_paint


class GridItem(QGraphicsItem):
    """One item for all cells: only the exposed part is painted."""

    def __init__(self) -> None:
        super().__init__()
        self.layout: MapLayout | None = None
        self.lane_kinds: dict = {}
        self.language = "vi"
        self.drop_cell: tuple[str, str] | None = None
        #: where Paste puts cards (the empty cell clicked last), outlined lightly
        self.target_cell: tuple[str, str] | None = None
        #: cards hidden in each cell of a collapsed lane, shown as a count
        self.hidden_counts: dict[tuple[str, str], int] = {}
        #: cards View > Show Only hides in each cell, and the top of their mark
        self.filter_marks: dict[tuple[str, str], tuple[int, float]] = {}
        self._rect = QRectF()
        self.setFlag(QGraphicsItem.ItemUsesExtendedStyleOption)
        self.setAcceptedMouseButtons(Qt.NoButton)  # clicks go to the rubber band
        self.setZValue(Z_GRID)

    def set_layout(self, layout: MapLayout, lane_kinds: dict, language: str, hidden_counts=None,
                   dirty: QRectF | None = None) -> None:
        """``dirty``: only this part changed (lanes moved below it): the bounds then
        only grow, with room to spare, so the rest of the map is not repainted."""
        rect = QRectF(0, 0, layout.width, layout.height)
        if dirty is None and rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect
        elif dirty is not None and not self._rect.contains(rect):
            self.prepareGeometryChange()
            self._rect = rect.adjusted(0, 0, 0, 2000)
        self.layout, self.lane_kinds, self.language = layout, lane_kinds, language
        if hidden_counts is not None:
            self.hidden_counts = hidden_counts
        self.update() if dirty is None else self.update(dirty)

    def set_drop_cell(self, cell: tuple[str, str] | None) -> None:
        if cell != self.drop_cell:
            self._update_cells(self.drop_cell, cell)
            self.drop_cell = cell

    def set_target_cell(self, cell: tuple[str, str] | None) -> None:
        if cell != self.target_cell:
            self._update_cells(self.target_cell, cell)
            self.target_cell = cell

    def _update_cells(self, *cells) -> None:
        for c in cells:
            if c is not None and self.layout is not None and c in self.layout.cells:
                r = self.layout.cells[c]
                self.update(QRectF(r.x, r.y, r.w, r.h))

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._rect

    @guarded_paint
    def paint(self, painter, option, widget=None) -> None:
        lay = self.layout
        if lay is None:
            return
        painter.save()
        exposed = option.exposedRect
        painter.setClipRect(exposed)
        edge = 1.0 / overlays.level_of_detail(painter) + decor.GRID_WIDTH  # a line's anti-aliased edge
        shown = exposed.adjusted(-edge, -edge, edge, edge)
        qt_painter.paint_background(painter, lay)
        qt_painter.paint_persona_strip(painter, lay)
        qt_painter.paint_captions(painter, lay, self.language, on_dark=False)
        qt_painter.paint_cell_grid(painter, lay, self.lane_kinds, shown)
        if self.drop_cell is not None and self.drop_cell in lay.cells:
            c = lay.cells[self.drop_cell]
            overlays.paint_drop_cell(painter, QRectF(c.x, c.y, c.w, c.h))
        if self.target_cell is not None and self.target_cell in lay.cells:
            c = lay.cells[self.target_cell]
            overlays.paint_target_cell(painter, QRectF(c.x, c.y, c.w, c.h))
        qt_painter.paint_emotion_scale_lines(painter, lay, shown)
        for (stage_id, lane_id), n in self.hidden_counts.items():
            cell = lay.cells.get((stage_id, lane_id))
            if cell is not None:
                overlays.paint_hidden_count(painter, QRectF(cell.x, cell.y, cell.w, cell.h), n, self.language,
                                            lay.style)
        for (stage_id, lane_id), (n, top) in self.filter_marks.items():
            cell = lay.cells.get((stage_id, lane_id))
            if cell is not None:
                overlays.paint_filter_mark(painter, QRectF(cell.x, cell.y, cell.w, cell.h), top, n, lay.style)
        painter.restore()
