"""ConnectorLayer: the connectors of a scene painted in one go, under the cards.

Qt paints an item with a Python ``paint`` at a cost of its own: the painter's
state saved and restored, the style option and the wrappers made for the
call. For a connector that is most of its paint (its few bars and bends cost
~20 us; the call around them as much again), and a view at 100 % crosses
30-50 connectors, so a frame after an edit spent ~3 ms on them. As
:class:`~.card_blocks.CardBlocksItem` does for cards zoomed out, the scene
marks its connector items as having no contents (Qt skips them while
painting, but they are still hit-tested and selected) and this one item
draws them, each from the pieces the item keeps, in map order. A connector
that is selected, or a preview, paints itself above the cards and is left out
here. As Qt no longer repaints where a connector without contents moves, the
item asks the layer to repaint its old and new place
(:meth:`~.connector.ConnectorItem.set_geometry`).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem

from .base import Z_CONNECTOR, guarded_paint
from .connector import REACH, shown_box


class ConnectorLayer(QGraphicsRectItem):
    """One per scene, as large as the scene (its rectangle answered by C++)."""

    def __init__(self) -> None:
        super().__init__()
        self.setPen(Qt.PenStyle.NoPen)
        self.setAcceptedMouseButtons(Qt.NoButton)
        self.setFlag(QGraphicsItem.ItemUsesExtendedStyleOption)  # paint() is told the exposed part
        self.setZValue(Z_CONNECTOR)
        #: the connector items it paints (those not selected and shown), in the order they came
        self.members: dict = {}

    def fit(self, area: QRectF) -> None:
        """At least as large as the scene's rectangle (where every route lies). It
        only grows, with room to spare: a new rectangle repaints all the item
        showed, and a lane that grows or shrinks changes the scene's height."""
        if not self.rect().contains(area):
            self.setRect(area.adjusted(0, 0, area.width() / 4, area.height() / 4))

    @guarded_paint
    def paint(self, painter, option, widget=None) -> None:
        shown = shown_box(painter, option.exposedRect)
        left, top, right, bottom = shown[0] - REACH, shown[1] - REACH, shown[2] + REACH, shown[3] + REACH
        for item in self.members:
            b = item.box
            if b is not None and b[0] <= right and b[2] >= left and b[1] <= bottom and b[3] >= top:
                item.paint_shown(painter, shown)
