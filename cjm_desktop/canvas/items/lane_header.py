"""LaneHeaderItem: a lane's title down the left; pinned while scrolling right."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QGraphicsItem, QStyle

from ...layout import Rect, TextLine
from ...model import LaneKind
from .. import decor
from .base import Z_LANE_HEADER, ModelItem

#: Height of the strip at the bottom edge that resizes the lane.
EDGE = 5.0
#: The collapse toggle, in item coordinates.
TOGGLE = QRectF(0, 2, 14, 22)


class LaneHeaderItem(ModelItem, QGraphicsItem):
    """Click selects, drag reorders, drag the bottom edge resizes, the triangle collapses."""

    kind = "lanes"

    def __init__(self, lane_id: str) -> None:
        QGraphicsItem.__init__(self)
        self.model_id = lane_id
        self.rect_in_map = Rect(0, 0, 0, 0)
        self.lines: tuple[TextLine, ...] = ()
        self.lane_kind = LaneKind.CUSTOM
        self.collapsed = False
        self.title = ""
        self.curve_span: tuple[float, float] | None = None
        self._rect = QRectF()
        self.setFlag(QGraphicsItem.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        self.setZValue(Z_LANE_HEADER)

    def set_data(self, rect: Rect, lines, kind: LaneKind, collapsed: bool, title: str, curve_span=None) -> None:
        if rect.w != self.rect_in_map.w or rect.h != self.rect_in_map.h:
            self.prepareGeometryChange()
            self._rect = QRectF(0, 0, rect.w, rect.h)
        changed = (lines, kind, collapsed, curve_span) != (self.lines, self.lane_kind, self.collapsed, self.curve_span)
        self.rect_in_map, self.lines, self.lane_kind, self.collapsed = rect, lines, kind, collapsed
        self.title, self.curve_span = title, curve_span
        if changed:
            self.update()

    def pin(self, left: float) -> None:
        self.setPos(max(self.rect_in_map.x, left), self.rect_in_map.y)

    def tooltip_text(self) -> str:
        from html import escape

        return f"<b>{escape(self.title)}</b>"

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._rect

    def paint(self, painter, option, widget=None) -> None:
        selected = bool(option.state & QStyle.State_Selected)
        decor.paint_lane_header_on_canvas(painter, self._rect, self.rect_in_map, self.lines, self.lane_kind,
                                          self.collapsed, selected, self.curve_span)

    def on_edge(self, y: float) -> bool:
        return not self.collapsed and y >= self._rect.height() - EDGE

    def hoverMoveEvent(self, event) -> None:  # noqa: N802
        pos = event.pos()
        if TOGGLE.contains(pos):
            self.setCursor(Qt.PointingHandCursor)
        else:
            self.setCursor(Qt.SizeVerCursor if self.on_edge(pos.y()) else Qt.ArrowCursor)

    def hoverLeaveEvent(self, event) -> None:  # noqa: N802
        self.unsetCursor()

    def mousePressEvent(self, event) -> None:  # noqa: N802
        if event.button() == Qt.LeftButton:
            if TOGGLE.contains(event.pos()):
                self.scene().toggle_lane(self.model_id)
                event.accept()
                return
            if self.on_edge(event.pos().y()):
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
        self.scene().lane_context_requested.emit(self.model_id, event.screenPos())
        event.accept()
