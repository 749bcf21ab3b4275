"""ConnectorItem: an arrow from one card to another, following its cards."""

from __future__ import annotations

import operator
from typing import Optional

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainterPath, QPainterPathStroker
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem

from ...layout import ConnectorGeometry
from ...model import ObjectKind
from ...plain_text import plain_tooltip
from ...render import qt_connectors
from .. import overlays
from .base import SELECTION_COLOUR, Z_CONNECTOR, Z_CONNECTOR_SELECTED, ModelItem, guarded_paint
from .connector_label import ConnectorLabelItem


class ConnectorItem(ModelItem, QGraphicsRectItem):
    """Drawn under the cards (its label above them); selectable by its line.

    A rectangle item without a pen whose rectangle is the line's bounds: Qt asks for
    an item's bounds whenever it or a lane above moves, and this way it answers
    from C++ instead of calling into Python (hundreds of calls a lane step)."""

    kind = ObjectKind.CONNECTORS

    def __init__(self, geometry: Optional[ConnectorGeometry], source_id: str = "", target_id: str = "",
                 preview: bool = False) -> None:
        QGraphicsRectItem.__init__(self)
        self.setPen(Qt.PenStyle.NoPen)
        self.model_id = geometry.connector_id if geometry else ""
        self.source_id, self.target_id = source_id, target_id
        self.preview = preview
        self.geometry: Optional[ConnectorGeometry] = None
        #: the geometry its path was built from; ``pos()`` is how far ``geometry`` lies from it
        self.drawn: Optional[ConnectorGeometry] = None
        self._shape = QPainterPath()
        self._path = QPainterPath()
        self._pieces = None
        self._shift = (0.0, 0.0)  # pos(): how far ``geometry`` lies from ``drawn``
        #: where its line lies on the map (left, top, right, bottom), as drawn
        self.box: Optional[tuple[float, float, float, float]] = None
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
        """Follow a new route (the layout hands over a new object only for a route
        that changed, so an equal one is only moved by nothing)."""
        if g is self.geometry:
            return
        self.geometry = g
        shift = translation(self.drawn, g)
        if shift is not None:  # its cards moved together (a lane above grew): move, build nothing
            if shift != self._shift:
                b, (dx, dy), (ex, ey) = self.box, self._shift, shift
                self.box = (b[0] - dx + ex, b[1] - dy + ey, b[2] - dx + ex, b[3] - dy + ey)
                self._shift = shift
                self.setPos(*shift)
                self.label_item.setPos(*shift)
            return
        self.prepareGeometryChange()  # a new line, even within the same bounds: drawn again
        self.drawn = g
        if self._shift != (0.0, 0.0):
            self._shift = (0.0, 0.0)
            self.setPos(0, 0)
            self.label_item.setPos(0, 0)
        self._path = self._pieces = None  # built when first hit or painted: most connectors are off screen
        self.box = left, top, right, bottom = g.bounds
        m = _MARGIN
        self.setRect(QRectF(left - m, top - m, right - left + 2 * m, bottom - top + 2 * m))
        self.label_item.set_connector(g)

    def _built(self) -> QPainterPath:
        """Its path and shape (built from ``drawn`` the first time a hit test or a
        selection needs them; painting needs only the pieces); returns its shape."""
        if self._path is None and self.drawn is not None:
            self._path = qt_connectors.connector_qpath(self.drawn)
            stroker = QPainterPathStroker()
            stroker.setWidth(9)
            self._shape = stroker.createStroke(self._path)
        return self._shape

    def scene_path(self) -> QPainterPath:
        """The line as drawn, in scene coordinates."""
        self._built()
        return self._path.translated(self.pos())

    def tooltip_text(self) -> str:
        return plain_tooltip(self.geometry.label) if self.geometry and self.geometry.label else ""

    def shape(self) -> QPainterPath:
        return self._built()

    def _passes(self, rect: QRectF) -> bool:
        """Whether its line comes within reach of ``rect`` (in its own coordinates):
        its runs are horizontal or vertical, so each is a thin box to test."""
        c = self.drawn.coords if self.drawn is not None else ()
        left, top, right, bottom = rect.left() - _MARGIN, rect.top() - _MARGIN, rect.right() + _MARGIN, rect.bottom() + _MARGIN
        for i in range(0, len(c) - 2, 2):
            x0, y0, x1, y1 = c[i], c[i + 1], c[i + 2], c[i + 3]
            if min(x0, x1) <= right and max(x0, x1) >= left and min(y0, y1) <= bottom and max(y0, y1) >= top:
                return True
        return False

    @guarded_paint
    def paint(self, painter, option, widget=None) -> None:
        exposed = option.exposedRect
        if self.geometry is None or not self._passes(exposed):
            return  # a repaint of cards its bounding box spans, away from its line
        if self._pieces is None:
            self._pieces = qt_connectors.connector_pieces(self.drawn)
        edge = 1.0 / overlays.level_of_detail(painter)  # a pixel: the anti-aliased edge of a piece outside
        shown = (exposed.left() - edge, exposed.top() - edge, exposed.right() + edge, exposed.bottom() + edge)
        if self.preview or self.isSelected():  # (a C++ call: cheaper than testing option.state)
            qt_connectors.paint_connector_pieces(painter, self._pieces, SELECTION_COLOUR, shown)
        else:
            qt_connectors.paint_connector_pieces(painter, self._pieces, shown=shown)

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


def translation(drawn: Optional[ConnectorGeometry], g: ConnectorGeometry) -> Optional[tuple[float, float]]:
    """(dx, dy) when ``g`` is ``drawn`` moved as a whole (same corners, label and
    label place, all shifted alike), else None. A lane growing above both of a
    connector's cards moves it this way; its path need not be built again."""
    if drawn is None or drawn.label != g.label or len(drawn.coords) != len(g.coords):
        return None
    a, b = drawn.coords, g.coords
    if abs((b[-2] - a[-2]) - (b[0] - a[0])) > _EPS or abs((b[-1] - a[-1]) - (b[1] - a[1])) > _EPS:
        return None  # its ends moved apart (a lane between its cards grew): most routes that change shape
    moved = tuple(map(operator.sub, b, a))  # (hundreds of routes a lane step: in C)
    across, down = moved[0::2], moved[1::2]
    if max(across) - min(across) > _EPS or max(down) - min(down) > _EPS:
        return None
    dx, dy = moved[0], moved[1]
    la, lb = drawn.label_at, g.label_at
    if (la is None) != (lb is None) or (la is not None and (abs(lb[0] - la[0] - dx) > _EPS
                                                           or abs(lb[1] - la[1] - dy) > _EPS)):
        return None
    return dx, dy


#: its bounds around its corners: the rounded corners stay inside, the arrow head
#: (decor.ARROW_LENGTH and its half width) and the pen reach this far out
_MARGIN = 14.0

_EPS = 1e-6  # a millionth of a point: nothing a screen or a printer can show
