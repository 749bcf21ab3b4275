"""CardBlocksItem: every card as a coloured block, painted in one go when zoomed out.

Below :data:`overlays.LOD_BLOCKS` a card is a block of its lane's accent colour
without text. Painting 5,000 such blocks one :class:`CardItem` at a time costs
a Python call (and its Qt wrappers) per card per frame; instead the scene marks
its card items as having no contents (Qt then skips them while painting, but
they are still hit-tested, selected and dragged) and this one item draws all
blocks with a few ``drawRects`` calls, one per colour. A card being dragged
paints itself again and is left out here.
"""

from __future__ import annotations

from typing import Callable, Iterable, Optional

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QGraphicsItem

from ...layout import MapLayout
from .. import overlays
from .base import SELECTION_COLOUR, Z_CARD, guarded_paint, qcolor

#: Alpha of a block's colour, as :func:`overlays.paint_card_block` draws it.
BLOCK_ALPHA = 150


class CardBlocksItem(QGraphicsItem):
    """All card blocks of the scene; active only while the view is zoomed out."""

    def __init__(self, marked_ids: Callable[[], Iterable[str]]) -> None:
        """``marked_ids`` returns the ids of cards to outline (selected or found)."""
        super().__init__()
        self.layout: Optional[MapLayout] = None
        self.active = False
        self.lifted: set[str] = set()
        self._marked_ids = marked_ids
        self._groups: Optional[dict[str, list[QRectF]]] = None
        self._bounds = QRectF()
        self.setAcceptedMouseButtons(Qt.NoButton)
        self.setFlag(QGraphicsItem.ItemHasNoContents, True)
        self.setZValue(Z_CARD - 1)  # under a dragged card, which paints itself

    def set_layout(self, layout: MapLayout) -> None:
        """The cards moved, changed colour, came or went."""
        self.layout = layout
        self._groups = None
        bounds = QRectF(0, 0, layout.width, layout.height)
        if bounds != self._bounds:
            self.prepareGeometryChange()
            self._bounds = bounds
        if self.active:
            self.update()

    def set_active(self, on: bool) -> None:
        if on != self.active:
            self.active = on
            self.setFlag(QGraphicsItem.ItemHasNoContents, not on)
            self.update()

    def set_lifted(self, card_id: str, on: bool) -> None:
        """A card being dragged draws itself; its block is left out meanwhile."""
        if on != (card_id in self.lifted):
            (self.lifted.add if on else self.lifted.discard)(card_id)
            self._groups = None
            if self.active:
                self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return self._bounds

    def _blocks(self) -> dict[str, list[QRectF]]:
        if self._groups is None:
            groups: dict[str, list[QRectF]] = {}
            lifted = self.lifted
            card_rect = self.layout.card_rect
            for cid, g in self.layout.cards.items():
                if cid not in lifted:
                    r = card_rect(g)
                    groups.setdefault(g.accent, []).append(QRectF(r.x, r.y, r.w, r.h))
            self._groups = groups
        return self._groups

    @guarded_paint
    def paint(self, painter, option, widget=None) -> None:
        if self.layout is None or overlays.level_of_detail(painter) >= overlays.LOD_BLOCKS:
            return  # zoomed in (e.g. another render): the cards paint themselves
        painter.setPen(Qt.NoPen)
        for colour, rects in self._blocks().items():
            painter.setBrush(qcolor(colour, BLOCK_ALPHA))
            painter.drawRects(rects)
        lay = self.layout
        marked = [lay.rect_of(cid) for cid in self._marked_ids() if cid in lay.cards and cid not in self.lifted]
        if marked:
            painter.setPen(QPen(qcolor(SELECTION_COLOUR), 0))
            painter.setBrush(Qt.NoBrush)
            painter.drawRects([QRectF(r.x, r.y, r.w, r.h) for r in marked])
