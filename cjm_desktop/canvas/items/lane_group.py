"""LaneGroupItem: the invisible parent of one lane's card items.

Cards sit relative to their lane's top edge, so when a lane above grows or
shrinks, the lanes below move by one ``setPos`` each instead of one per card:
the time of an edit that changes a lane's height no longer depends on how
many cards lie below it.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QGraphicsItem

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
