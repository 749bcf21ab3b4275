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


class LaneGroupItem(QGraphicsItem):
    """Draws nothing and is never hit: only its children (the cards) are."""

    def __init__(self, lane_id: str, z: float = Z_CARD) -> None:
        super().__init__()
        self.lane_id = lane_id
        self.setFlag(QGraphicsItem.ItemHasNoContents, True)
        self.setZValue(z)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return QRectF()

    def paint(self, painter, option, widget=None) -> None:
        pass


def cell_item(stage_id: str, lane_id: str, lane_group: QGraphicsItem) -> QGraphicsRectItem:
    """A cell's group: a Qt rectangle item with no rectangle and no contents, made
    in its lane's group (which owns it). Not a Python subclass: Qt asks it nothing
    it would have to call Python for, however many cells a map has."""
    cell = QGraphicsRectItem(lane_group)
    cell.setPen(Qt.PenStyle.NoPen)
    cell.setFlag(QGraphicsItem.ItemHasNoContents, True)
    cell.lane_id, cell.stage_id = lane_id, stage_id
    return cell
