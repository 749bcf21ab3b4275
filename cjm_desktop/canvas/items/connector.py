"""ConnectorItem: an arrow from one card to another, following its cards."""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainterPath, QPainterPathStroker
from PySide6.QtWidgets import QGraphicsItem, QStyle

from ...layout import ConnectorGeometry
from ...model import ObjectKind
from ...plain_text import plain_tooltip
from ...render import qt_painter
from .base import SELECTION_COLOUR, Z_CONNECTOR, Z_CONNECTOR_SELECTED, ModelItem, guarded_paint
from .connector_label import ConnectorLabelItem


class ConnectorItem(ModelItem, QGraphicsItem):
    """Drawn under the cards (its label above them); selectable by its line."""

    kind = ObjectKind.CONNECTORS

    def __init__(self, geometry: Optional[ConnectorGeometry], source_id: str = "", target_id: str = "",
                 preview: bool = False) -> None:
        QGraphicsItem.__init__(self)
        self.model_id = geometry.connector_id if geometry else ""
        self.source_id, self.target_id = source_id, target_id
        self.preview = preview
        self.geometry: Optional[ConnectorGeometry] = None
        self._shape = QPainterPath()
        self._path = QPainterPath()
        self._head = None
        self._bounds = QRectF()
        self.label_item = ConnectorLabelItem(self)
        # paint() is told the exposed part, to skip a long arrow that only passes near it
        self.setFlag(QGraphicsItem.ItemUsesExtendedStyleOption)
        if not preview:
            self.setFlag(QGraphicsItem.ItemIsSelectable)
        else:
            self.setAcceptedMouseButtons(Qt.NoButton)
        self.setZValue(Z_CONNECTOR_SELECTED if preview else Z_CONNECTOR)
        if geometry is not None:
            self.set_geometry(geometry)

    def set_geometry(self, g: ConnectorGeometry) -> None:
        if g == self.geometry:
            return
        self.prepareGeometryChange()
        self.geometry = g
        self._path = qt_painter.connector_qpath(g)
        self._head = qt_painter.connector_head(g)
        stroker = QPainterPathStroker()
        stroker.setWidth(9)
        self._shape = stroker.createStroke(self._path)
        self._bounds = self._path.boundingRect().united(self._head.boundingRect()).adjusted(-6, -6, 6, 6)
        self.label_item.set_connector(g)

    def tooltip_text(self) -> str:
        return plain_tooltip(self.geometry.label) if self.geometry and self.geometry.label else ""

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._bounds

    def shape(self) -> QPainterPath:
        return self._shape

    @guarded_paint
    def paint(self, painter, option, widget=None) -> None:
        if self.geometry is None or not self._shape.intersects(option.exposedRect):
            return  # a repaint of cards its bounding box spans, away from its line
        selected = bool(option.state & QStyle.State_Selected)
        if selected or self.preview:
            qt_painter.paint_connector_shapes(painter, self._path, self._head, SELECTION_COLOUR)
        else:
            qt_painter.paint_connector_shapes(painter, self._path, self._head)

    def itemChange(self, change, value):  # noqa: N802
        if change == QGraphicsItem.ItemSelectedHasChanged:
            self.setZValue(Z_CONNECTOR_SELECTED if value else Z_CONNECTOR)
            self.label_item.update()
        elif change == QGraphicsItem.ItemSceneHasChanged:
            old = self.label_item.scene()
            if old is not None and old is not value:
                old.removeItem(self.label_item)
            if value is not None and self.label_item.scene() is not value:
                value.addItem(self.label_item)
        return super().itemChange(change, value)

    def contextMenuEvent(self, event) -> None:  # noqa: N802
        if not self.isSelected():
            self.scene().clearSelection()
            self.setSelected(True)
        self.scene().connector_context_requested.emit(self.model_id, event.screenPos())
        event.accept()
