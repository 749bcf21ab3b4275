"""The invisible parents of card items: a lane's group (:class:`LaneGroupItem`, at the
lane's top edge; also the drag layer, ``lane_id`` empty) and a cell's group inside it
(:func:`cell_item`, at its stage's left edge). See :mod:`cjm_desktop.canvas.card_groups`.

Cards sit relative to their cell, so when a lane above grows or shrinks, the
lanes below move by one ``setPos`` each, and when a stage changes, the cells
right of it do, instead of one per card: the time of such an edit no longer
depends on how many cards move.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem

from .base import Z_CARD


#: how far a group's box reaches beyond its lane or cell: its cards' hover handle,
#: shadow and selection outline (card.py's bounding rect) stay inside it
GROUP_MARGIN = 12.0
#: a lane's box is as wide, and a cell's box as tall, as any map: the lane's box skips
#: lanes above and below, the cell's box the cells to the left and right, and neither
#: changes when a stage or the map's width does (a lane's height or a stage's width does)
UNBOUNDED = 1e6


class LaneGroupItem(QGraphicsRectItem):
    """Draws nothing and is never hit: only its children (the cards) are.

    A lane's group is a box around its lane that contains every card in it
    (``ItemContainsChildrenInShape``): the scene keeps no index of its items
    (``NoIndex``), and painting and hit tests skip a whole lane, then a whole
    cell, whose box is out of reach, so a lane that moves re-indexes nothing.
    The drag layer (``lane_id`` empty) has no box: its cards may be anywhere."""

    def __init__(self, lane_id: str, z: float = Z_CARD) -> None:
        super().__init__()
        self.lane_id = lane_id
        self.height = -1.0  # of the lane its box was fitted to
        self.setPen(Qt.PenStyle.NoPen)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        if lane_id:
            self.setFlag(QGraphicsItem.ItemContainsChildrenInShape, True)
        else:
            self.setFlag(QGraphicsItem.ItemHasNoContents, True)
        self.setZValue(z)

    def fit(self, height: float) -> None:
        """Its box: its lane, ``height`` tall, and a margin."""
        m = GROUP_MARGIN
        self.setRect(QRectF(-m, -m, UNBOUNDED, height + 2 * m))


def fit_cell(cell: QGraphicsRectItem, width: float) -> None:
    """A cell's group box: its stage's column, ``width`` wide, and a margin."""
    m = GROUP_MARGIN
    cell.setRect(QRectF(-m, -m, width + 2 * m, UNBOUNDED))


def cell_item(stage_id: str, lane_id: str, lane_group: QGraphicsItem) -> QGraphicsRectItem:
    """A cell's group: a Qt rectangle item around its cell, without pen or brush
    (it draws nothing), made in its lane's group (which owns it). Not a Python
    subclass: Qt asks it nothing it would have to call Python for, however many
    cells a map has. Its box contains its cards (see :class:`LaneGroupItem`)."""
    cell = QGraphicsRectItem(lane_group)
    cell.setPen(Qt.PenStyle.NoPen)
    cell.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
    cell.setFlag(QGraphicsItem.ItemContainsChildrenInShape, True)
    cell.lane_id, cell.stage_id = lane_id, stage_id
    cell.width = -1.0  # of the stage its box was fitted to
    return cell
