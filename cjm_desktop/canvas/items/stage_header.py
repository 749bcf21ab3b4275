"""StageHeaderItem: a stage's title across the top; pinned while scrolling down."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QGraphicsItem, QStyle

from ...layout import Rect, TextLine
from .. import decor
from .base import Z_STAGE_HEADER, ModelItem

#: Width of the strip at the right edge that resizes the stage.
EDGE = 5.0


class StageHeaderItem(ModelItem, QGraphicsItem):
    """Click selects, drag reorders, drag the right edge resizes, right-click asks for the menu."""

    kind = "stages"

    def __init__(self, stage_id: str) -> None:
        QGraphicsItem.__init__(self)
        self.model_id = stage_id
        self.rect_in_map = Rect(0, 0, 0, 0)
        self.lines: tuple[TextLine, ...] = ()
        self.colour = "#3d5a80"
        self.title = ""
        self.description = ""
        self.index = 0
        self._rect = QRectF()
        self.setFlag(QGraphicsItem.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        self.setZValue(Z_STAGE_HEADER)

    def set_data(self, rect: Rect, lines, colour: str, title: str, description: str, index: int) -> None:
        if rect.w != self.rect_in_map.w or rect.h != self.rect_in_map.h:
            self.prepareGeometryChange()
            self._rect = QRectF(0, 0, rect.w, rect.h)
        changed = (lines, colour, index) != (self.lines, self.colour, self.index)
        self.rect_in_map, self.lines, self.colour = rect, lines, colour
        self.title, self.description, self.index = title, description, index
        if changed:
            self.update()

    def pin(self, top: float) -> None:
        """Place the header at its column, at ``top`` or its own row if lower."""
        self.setPos(self.rect_in_map.x, max(self.rect_in_map.y, top))

    def tooltip_text(self) -> str:
        from html import escape

        text = f"<b>{escape(self.title)}</b>"
        if self.description:
            text += "<br>" + escape(self.description)
        return text

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._rect

    def paint(self, painter, option, widget=None) -> None:
        selected = bool(option.state & QStyle.State_Selected)
        decor.paint_stage_header_on_canvas(painter, self._rect, self.rect_in_map, self.lines, self.colour,
                                           self.index, selected)

    def on_edge(self, x: float) -> bool:
        return x >= self._rect.width() - EDGE

    def hoverMoveEvent(self, event) -> None:  # noqa: N802
        self.setCursor(Qt.SizeHorCursor if self.on_edge(event.pos().x()) else Qt.ArrowCursor)

    def hoverLeaveEvent(self, event) -> None:  # noqa: N802
        self.unsetCursor()

    def mousePressEvent(self, event) -> None:  # noqa: N802
        if event.button() == Qt.LeftButton and self.on_edge(event.pos().x()):
            self.scene().begin_resize(self, event)
            event.accept()
            return
        super().mousePressEvent(event)
        if event.button() == Qt.LeftButton:
            self.scene().arm_axis_drag(self, event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        self.scene().gesture_move(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        if not self.scene().gesture_release(event):
            super().mouseReleaseEvent(event)

    def contextMenuEvent(self, event) -> None:  # noqa: N802
        if not self.isSelected():
            self.scene().clearSelection()
            self.setSelected(True)
        self.scene().stage_context_requested.emit(self.model_id, event.screenPos())
        event.accept()
