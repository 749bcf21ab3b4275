"""ConnectorLabelItem: a connector's label, drawn above the cards its line passes under."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QGraphicsItem

from .. import decor
from .base import Z_CONNECTOR_LABEL


class ConnectorLabelItem(QGraphicsItem):
    def __init__(self, connector) -> None:
        super().__init__()
        self.connector = connector
        self.text = ""
        self._rect = QRectF()
        self.setZValue(Z_CONNECTOR_LABEL)
        self.hide()

    def set_label(self, text: str, rect) -> None:
        if rect is None or not text:
            self.hide()
            return
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = QRectF(rect)
        self.text = text
        self.show()
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._rect.adjusted(-1, -1, 1, 1)

    def paint(self, painter, option, widget=None) -> None:
        decor.paint_connector_label(painter, self._rect, self.text, self.connector.isSelected() or self.connector.preview)

    def tooltip_text(self) -> str:
        return self.connector.tooltip_text()

    def mousePressEvent(self, event) -> None:  # noqa: N802
        if event.button() != Qt.LeftButton:
            event.ignore()
            return
        scene = self.scene()
        if not event.modifiers() & Qt.ControlModifier:
            scene.clearSelection()
        self.connector.setSelected(not self.connector.isSelected() if event.modifiers() & Qt.ControlModifier else True)
        event.accept()

    def contextMenuEvent(self, event) -> None:  # noqa: N802
        self.connector.contextMenuEvent(event)
