"""ConnectorLabelItem: a connector's label, drawn above the cards its line passes under."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QGraphicsRectItem

from ...layout import ConnectorGeometry
from ...layout import decor as shared
from ...render import qt_painter
from .. import overlays
from .base import SELECTION_COLOUR, Z_CONNECTOR_LABEL, qcolor, guarded_paint


def label_rect(g: ConnectorGeometry) -> QRectF:
    """Where :func:`qt_painter.paint_connector_label` draws the label's pill (decor's
    pill's rectangle, without making the pill)."""
    if not g.label:
        return QRectF()
    x, y = shared.connector_label_point(g)
    w, h = shared.connector_label_size(g.label)
    return QRectF(x - w / 2, y - h / 2, w, h)


class ConnectorLabelItem(QGraphicsRectItem):
    """A rectangle item without a pen: its bounds (the pill and a margin) answered by
    C++, as for :class:`~.connector.ConnectorItem`."""

    def __init__(self, connector) -> None:
        super().__init__()
        self.setPen(Qt.PenStyle.NoPen)
        self.connector = connector
        self.geometry = None
        self._rect = QRectF()
        self.setZValue(Z_CONNECTOR_LABEL)
        self.hide()

    def set_connector(self, g: ConnectorGeometry) -> None:
        self.geometry = g
        if not g.label or not self.connector.isVisible():  # View > Connectors off hides the labels too
            self.hide()
            return
        rect = label_rect(g)
        if rect != self._rect:
            self._rect = rect
            self.setRect(rect.adjusted(-2, -2, 2, 2))
        self.show()
        self.update()

    @guarded_paint
    def paint(self, painter, option, widget=None) -> None:
        if self.geometry is None or overlays.level_of_detail(painter) < overlays.LOD_TEXT:
            return
        qt_painter.paint_connector_label(painter, self.geometry)
        if self.connector.isSelected():
            painter.setPen(QPen(qcolor(SELECTION_COLOUR), 1.2))
            painter.setBrush(Qt.NoBrush)
            h = self._rect.height()
            painter.drawRoundedRect(self._rect.adjusted(-0.6, -0.6, 0.6, 0.6), h / 2, h / 2)

    def tooltip_text(self) -> str:
        return self.connector.tooltip_text()

    def mousePressEvent(self, event) -> None:  # noqa: N802
        if event.button() != Qt.LeftButton:
            event.ignore()
            return
        toggle = bool(event.modifiers() & Qt.ControlModifier)
        if not toggle:
            self.scene().clearSelection()
        self.connector.setSelected(not self.connector.isSelected() if toggle else True)
        event.accept()

    def contextMenuEvent(self, event) -> None:  # noqa: N802
        self.connector.contextMenuEvent(event)
