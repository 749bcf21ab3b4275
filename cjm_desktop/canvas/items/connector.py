"""ConnectorItem: an arrow from one card to another, following its cards."""

from __future__ import annotations

import operator
from typing import Optional

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainterPath, QPainterPathStroker
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem

from ...layout import ConnectorGeometry, decor
from ...layout.types import Box
from ...model import ObjectKind
from ...plain_text import plain_tooltip
from ...render import qt_connectors
from .. import overlays
from .base import SELECTION_COLOUR, Z_CONNECTOR, Z_CONNECTOR_SELECTED, ModelItem, guarded_paint
from .connector_label import ConnectorLabelItem


class ConnectorItem(ModelItem, QGraphicsRectItem):
    """Drawn under the cards (its label above them); selectable by its line. In a
    scene with a :class:`~.connector_layer.ConnectorLayer` the layer paints it
    (it has no contents of its own) except while it is selected.

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
        self.box: Optional[Box] = None
        self.label_item = ConnectorLabelItem(self)
        #: the scene's ConnectorLayer (none in a scene without one, nor for a preview), and
        #: whether it paints this item now (shown and not selected: then it has no contents)
        self._layer = None
        self._in_layer = False
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
                self._repaint()  # where it was (Qt repaints an item with contents itself)
                b, (dx, dy), (ex, ey) = self.box, self._shift, shift
                self.box = (b[0] - dx + ex, b[1] - dy + ey, b[2] - dx + ex, b[3] - dy + ey)
                self._shift = shift
                self.setPos(*shift)
                self.label_item.setPos(*shift)
                self._repaint()
            return
        self._repaint()
        self.prepareGeometryChange()  # a new line, even within the same bounds: drawn again
        self.drawn = g
        if self._shift != (0.0, 0.0):
            self._shift = (0.0, 0.0)
            self.setPos(0, 0)
            self.label_item.setPos(0, 0)
        self._path = self._pieces = None  # built when first hit or painted: most connectors are off screen
        self.box = left, top, right, bottom = g.bounds
        m = REACH
        self.setRect(QRectF(left - m, top - m, right - left + 2 * m, bottom - top + 2 * m))
        self.label_item.set_connector(g)
        self._repaint()

    def _repaint(self) -> None:
        """While the layer paints it: the layer repaints where it lies (Qt does not
        for an item without contents). Through the layer, not ``scene.update``: an
        update of the scene in the same turn as an item's move kept Qt from
        repainting where that item was (a connector's label left behind)."""
        if self._in_layer:
            self._layer.update(self.sceneBoundingRect())

    def _settle(self) -> None:
        """Painted by its scene's layer while shown and not selected (then it has no
        contents of its own), else by itself."""
        wanted = self._layer is not None and self.isVisible() and not self.isSelected()
        if wanted != self._in_layer:
            self._layered(wanted)

    def _join(self, scene) -> None:
        """Into (or, ``scene`` None, out of) a scene, and the layer it may have."""
        if self._in_layer:
            self._layered(False)  # out of the old scene's layer
        self._layer = None if self.preview or scene is None else getattr(scene, "connector_layer", None)
        self._settle()

    def _layered(self, on: bool) -> None:
        """Into or out of its layer's members; the layer repaints where it lies."""
        layer = self._layer
        if on:
            layer.members[self] = None
        else:
            layer.members.pop(self, None)
        self._in_layer = on
        self.setFlag(QGraphicsItem.ItemHasNoContents, on)
        layer.update(self.sceneBoundingRect())

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

    def _passes(self, left: float, top: float, right: float, bottom: float) -> bool:
        """Whether its line comes within reach of the box (in its own coordinates):
        its runs are horizontal or vertical, so each is a thin box to test."""
        c = self.drawn.coords if self.drawn is not None else ()
        left, top, right, bottom = left - REACH, top - REACH, right + REACH, bottom + REACH
        for i in range(0, len(c) - 2, 2):
            x0, y0, x1, y1 = c[i], c[i + 1], c[i + 2], c[i + 3]
            if min(x0, x1) <= right and max(x0, x1) >= left and min(y0, y1) <= bottom and max(y0, y1) >= top:
                return True
        return False

    def _pieces_built(self) -> qt_connectors.ConnectorPieces:
        if self._pieces is None:
            self._pieces = qt_connectors.connector_pieces(self.drawn)
        return self._pieces

    @guarded_paint
    def paint(self, painter, option, widget=None) -> None:
        """Selected or a preview (else the layer paints it): above the cards, highlighted."""
        exposed = option.exposedRect
        if self.geometry is None or not self._passes(exposed.left(), exposed.top(), exposed.right(), exposed.bottom()):
            return  # a repaint of cards its bounding box spans, away from its line
        shown = shown_box(painter, exposed)
        colour = SELECTION_COLOUR if self.preview or self.isSelected() else decor.CONNECTOR_COLOUR
        qt_connectors.paint_connector_pieces(painter, self._pieces_built(), colour, shown)

    def paint_shown(self, painter, shown: Box) -> None:
        """Paint (for the layer) what reaches into ``shown`` (scene coordinates)."""
        dx, dy = self._shift
        left, top, right, bottom = shown[0] - dx, shown[1] - dy, shown[2] - dx, shown[3] - dy
        if self._pieces is None and (self.drawn is None or not self._passes(left, top, right, bottom)):
            return  # (its pieces, once built, are each tested against what shows as they are drawn)
        if dx or dy:
            transform = painter.transform()
            painter.translate(dx, dy)
            qt_connectors.paint_connector_pieces(painter, self._pieces_built(), shown=(left, top, right, bottom))
            painter.setTransform(transform)
        else:
            qt_connectors.paint_connector_pieces(painter, self._pieces_built(), shown=shown)

    def itemChange(self, change, value):  # noqa: N802
        if change == QGraphicsItem.ItemSelectedHasChanged:
            self.setZValue(Z_CONNECTOR_SELECTED if value else Z_CONNECTOR)
            self.label_item.update()
            self._settle()
        elif change == QGraphicsItem.ItemVisibleHasChanged:
            self._settle()
        elif change == QGraphicsItem.ItemSceneHasChanged:
            old = self.label_item.scene()
            if old is not None and old is not value:
                old.removeItem(self.label_item)
            if value is not None and self.label_item.scene() is not value:
                value.addItem(self.label_item)
            self._join(value)
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


def shown_box(painter, exposed: QRectF) -> Box:
    """What a paint shows (``exposed``, in the painter's coordinates) and a pixel
    around it: the anti-aliased edge of a piece just outside."""
    edge = 1.0 / overlays.level_of_detail(painter)
    return exposed.left() - edge, exposed.top() - edge, exposed.right() + edge, exposed.bottom() + edge


#: its bounds around its corners: the rounded corners stay inside, the arrow head
#: (decor.ARROW_LENGTH and its half width) and the pen reach this far out
REACH = 14.0

_EPS = 1e-6  # a millionth of a point: nothing a screen or a printer can show
