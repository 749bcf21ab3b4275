"""CardGroups: the invisible parents of the card items, a mixin of SceneItems.

A card item's parent is its cell's group, itself a child of its lane's group
(:mod:`.items.lane_group`): the lane group sits at the lane's top edge, the
cell group at its stage's left edge, the card at its offset in the cell. So
when a lane above grows, the lanes below move by one ``setPos`` each, and when
a stage is added, removed, moved or resized, the cells right of it move by one
``setPos`` each; no card item is touched. A dragged card is lifted onto the
drag layer (drawn above every lane) and settled back.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QGraphicsItem

from ..layout import CardGeometry
from .items.base import Z_DRAGGED
from .items.card import CardItem
from .items.lane_group import LaneGroupItem, cell_item, fit_cell
from .off_screen import meets


class CardGroups:
    """Needs ``scene``, ``layout`` and the ``groups`` / ``cells`` tables of SceneItems."""

    @property
    def drag_layer(self) -> LaneGroupItem:
        """The parent of cards being dragged, above every lane (made on first use).
        Every card item always has a parent the scene owns, so no item that is
        shown is ever left to Python's ownership."""
        if self._drag_layer is None:
            self._drag_layer = LaneGroupItem("", Z_DRAGGED)
            self.scene.addItem(self._drag_layer)
        return self._drag_layer

    def place_groups(self, lane_ids) -> None:
        """Each of these lanes' card group at its lane's top edge and as tall as
        its lane, with its cells (made if new)."""
        headers = self.layout.lane_headers
        for lid in lane_ids:
            group = self.groups.get(lid)
            if group is None:
                group = self.groups[lid] = LaneGroupItem(lid)
                self.scene.addItem(group)
            lane = headers[lid]
            self.off_screen.place_group(group, lane.y, lane.h)  # now, or when it may be seen

    def place_cells(self) -> None:
        """Every cell group at its stage's left edge and of its cell's size (after
        stages were added, removed, moved or resized); the groups of stages gone
        are dropped. The cells of a stage whose place and width are those they
        were last given are not looked at (a lane added or removed: every stage)."""
        headers = self.layout.stage_headers
        given = self._stage_places
        moved = {sid for sid, head in headers.items() if given.get(sid) != (head.x, head.w)}
        for key, cell in list(self.cells.items()):
            head = headers.get(key[0])
            if head is None:
                self._drop_cell(key)
            elif key[0] in moved:
                self.off_screen.place_cell(cell, self.groups.get(key[1]), head.x, head.w)
        self._stage_places = {sid: (head.x, head.w) for sid, head in headers.items()}

    def fit_cards(self, scale: float, area: QRectF) -> None:
        """The card items' bounds to whole pixels of the editing view, which
        shows the map at ``scale`` (pixels per scene unit) and may soon show
        ``area`` (see :meth:`CardItem.fit_bounds`). When the scale changes, every
        cell waits; a cell's cards are fitted when it first comes within ``area``
        (before they are painted at that scale), so a zoom fits only what is seen."""
        if scale != self.geometry.scale:
            self.geometry.scale = scale
            self._unfitted = set(self.cells)
        if not self._unfitted:
            return
        box = (area.left(), area.top(), area.right(), area.bottom())
        rects = self.layout.cells
        for key in [key for key in self._unfitted
                    if key in rects and meets((rects[key].x, rects[key].y, rects[key].right, rects[key].bottom), box)]:
            self._unfitted.discard(key)
            cell = self.cells.get(key)
            if cell is not None:
                for item in cell.childItems():
                    if item.fitted_scale != scale:
                        item.fit_bounds()

    def cell_group(self, g: CardGeometry) -> QGraphicsItem:
        """The group of the card's cell (made, in its lane's group, if new)."""
        cell = self.cells.get((g.stage_id, g.lane_id))
        if cell is None:
            cell = self.cells[(g.stage_id, g.lane_id)] = cell_item(g.stage_id, g.lane_id, self.groups[g.lane_id])
            head = self.layout.stage_headers[g.stage_id]
            cell.setPos(head.x, 0.0)
            cell.width = head.w
            fit_cell(cell, head.w)
        return cell

    def regroup(self, item: CardItem, g: CardGeometry) -> None:
        """A card that went to another cell joins that cell's group (not while
        a drag holds it lifted out of its lane: the drag puts it back)."""
        cell = self.cell_group(g)
        if item.parentItem() is not cell and not item.lifted:
            item.setParentItem(cell)

    def lift(self, item: CardItem) -> None:
        """Move a card from its cell's group to the drag layer (same place on
        screen), so it is drawn above every lane's cards."""
        pos = item.scenePos()
        item.setParentItem(self.drag_layer)
        item.setPos(pos)

    def settle(self, item: CardItem) -> None:
        """Put a lifted card back into its cell's group, where the layout says."""
        self.regroup(item, item.geometry)
        item.setPos(item.local_pos())

    def _drop_cell(self, key) -> None:
        cell = self.cells.pop(key)
        self.off_screen.forget(cell)
        for child in cell.childItems():  # never removed with it: the card table keeps them
            child.setParentItem(self.drag_layer)
        self.scene.removeItem(cell)

    def _drop_groups(self, keep) -> None:
        """The groups of lanes not in ``keep``, and their cells, out of the scene."""
        for lid in [lid for lid in self.groups if lid not in keep]:
            for key in [key for key in self.cells if key[1] == lid]:
                self._drop_cell(key)
            group = self.groups.pop(lid)
            self.off_screen.forget(group)
            self.scene.removeItem(group)

