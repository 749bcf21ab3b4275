"""ConnectorItem: an arrow from one card to another, following its cards."""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainterPath, QPainterPathStroker
from PySide6.QtWidgets import QGraphicsItem, QStyle

from ...layout import ConnectorGeometry
from .. import decor
from .base import Z_CONNECTOR, ModelItem


def cubic_path(g: ConnectorGeometry) -> QPainterPath:
    path = QPainterPath(QPointF(*g.start))
    path.cubicTo(QPointF(*g.c1), QPointF(*g.c2), QPointF(*g.end))
    return path


class ConnectorItem(ModelItem, QGraphicsItem):
    kind = "connectors"

    def __init__(self, geometry: Optional[ConnectorGeometry], source_id: str = "", target_id: str = "",
                 preview: bool = False) -> None:
        QGraphicsItem.__init__(self)
        self.model_id = geometry.connector_id if geometry else ""
        self.source_id, self.target_id = source_id, target_id
        self.preview = preview
        self.geometry: Optional[ConnectorGeometry] = None
        self._path = QPainterPath()
        self._shape = QPainterPath()
        self._bounds = QRectF()
        if not preview:
            self.setFlag(QGraphicsItem.ItemIsSelectable)
        else:
            self.setAcceptedMouseButtons(Qt.NoButton)
        self.setZValue(Z_CONNECTOR)
        if geometry is not None:
            self.set_geometry(geometry)

    def set_geometry(self, g: ConnectorGeometry) -> None:
        if g == self.geometry:
            return
        self.prepareGeometryChange()
        self.geometry = g
        self._path = cubic_path(g)
        stroker = QPainterPathStroker()
        stroker.setWidth(9)
        self._shape = stroker.createStroke(self._path)
        self._bounds = self._path.boundingRect().adjusted(-8, -8, 8, 8)
        if g.label:
            self._bounds = self._bounds.united(decor.connector_label_rect(self._path, g.label).adjusted(-2, -2, 2, 2))

    def tooltip_text(self) -> str:
        from html import escape

        return escape(self.geometry.label) if self.geometry and self.geometry.label else ""

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._bounds

    def shape(self) -> QPainterPath:
        return self._shape

    def paint(self, painter, option, widget=None) -> None:
        if self.geometry is None:
            return
        selected = bool(option.state & QStyle.State_Selected)
        decor.paint_connector_on_canvas(painter, self._path, self.geometry, selected, self.preview)

    def contextMenuEvent(self, event) -> None:  # noqa: N802
        if not self.isSelected():
            self.scene().clearSelection()
            self.setSelected(True)
        self.scene().connector_context_requested.emit(self.model_id, event.screenPos())
        event.accept()
