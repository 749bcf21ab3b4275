"""OffScreen: moving items that no view shows, put off until one may (one per scene).

A lane that grows moves every lane below it, and a stage or lane added moves
whole rows or columns: on a 5,000-card map most of what moves is out of sight.
Qt visits every card of a lane's group that moves (~2,500 below a lane in the
middle of the map), and the connectors below are moved or re-shaped one by
one. So a lane's group, a cell's group in a lane out of sight, or a connector
whose place before *and* after the edit both lie outside the *live area* (what
the view shows and a margin around it) stays where it is for now, its new
place remembered, and gets there (and the layout puts off working out a
route that only moves up or down with its lanes out of sight,
:func:`~cjm_desktop.layout.rerouting.finish_routes`: it is worked out, and
its connector moved, at the same times)

- when the view scrolls, zooms or is resized (it reports what it shows:
  :meth:`OffScreen.set_live`), if it comes within the new live area;
- before a view paints a part it reaches (a safety net: :meth:`realize_rect`);
- when code asks the scene for its items (``MapScene.items_by_id`` and the
  look-ups built on it do everything put off first);
- at the latest when the user pauses (:data:`IDLE_MS` after the last edit).

So nothing out of place is ever painted or hit, and what code reads is exact.
Only while a single editing view shows the scene: with none (a scene alone) or
another view too (Present mode), items move at once.
"""

from __future__ import annotations

import weakref
from typing import Optional

from PySide6.QtCore import QRectF, QTimer

from ..layout import finish_routes
from ..layout.decor import label_reach
from ..layout.types import Box
from .items.lane_group import fit_cell

#: Idle time after the last edit before everything put off is done (the user paused).
IDLE_MS = 150
#: How far around the visible part (scene units) items still move at once, so a
#: small scroll right after an edit finds everything in place already.
MARGIN = 200.0


def meets(box: Box, area: Box) -> bool:
    """Whether two (left, top, right, bottom) boxes overlap or touch."""
    return box[0] <= area[2] and box[2] >= area[0] and box[1] <= area[3] and box[3] >= area[1]


class OffScreen:
    """The items whose move is put off, and doing it (one per scene, which owns its timer)."""

    def __init__(self, scene) -> None:
        self._scene = weakref.ref(scene)
        #: the live area (left, top, right, bottom) while a single editing view shows the scene
        self.live: Optional[Box] = None
        #: ConnectorItem -> (its new route, the bounds of its old line, of its new line)
        self.routes: dict = {}
        self.groups: dict = {}  # LaneGroupItem -> (top, height) of its lane
        self.cells: dict = {}  # a lane's group -> {a cell's group in it: (left, width) of its stage}
        #: the scene's connector items by id (SceneItems'), for the routes the layout put off
        self.connector_items: dict = {}
        self._timer: Optional[QTimer] = None

    def __bool__(self) -> bool:
        return bool(self.routes or self.groups or self.cells or self._layout_due())

    def _layout_due(self):
        """The scene's layout if it put off routes (else None)."""
        scene = self._scene()
        layout = getattr(scene, "layout", None) if scene is not None else None
        return layout if layout is not None and layout.routes_due else None

    # -- putting off -------------------------------------------------------------------------
    def follow_routes(self, moves) -> None:
        """Each connector item of ``moves`` (item, route) to follow its route, now
        or later: later when its line and its label lie outside the live area
        before and after."""
        live, routes = self.live, self.routes
        for item, g in moves:
            if g is item.geometry:
                routes.pop(item, None)  # back where it is drawn (an undo)
                continue
            old = item.box
            if live is not None and old is not None and not meets(old, live):
                new = g.bounds
                if not meets(new, live):
                    shown = item.geometry
                    if g.label or (shown is not None and shown.label):  # a label's pill reaches further
                        old, new = label_reach(old, shown.label if shown is not None else ""), label_reach(new, g.label)
                    if not (meets(old, live) or meets(new, live)):
                        routes[item] = (g, old, new)  # where it is and will be: what a paint checks
                        continue
            routes.pop(item, None)
            item.set_geometry(g)

    def place_group(self, group, top: float, height: float) -> None:
        """Lane ``group`` to the lane at ``top``, ``height`` tall, now or later
        (the moves of its cells wait with it)."""
        live = self.live
        if (top, height) == (group.y(), group.height):
            self.groups.pop(group, None)  # where it is (an undo)
            return
        if live is not None and group.height >= 0 and not self._lane_meets(top, height, live) \
                and not self._lane_meets(group.y(), group.height, live):
            self.groups[group] = (top, height)
            return
        self.groups.pop(group, None)
        _place_group(group, top, height)

    def place_cell(self, cell, group, left: float, width: float) -> None:
        """A cell's group (in lane ``group``) to its stage at ``left``, ``width``
        wide: later if its lane's group waits or its lane is out of sight."""
        if (left, width) == (cell.x(), cell.width):
            self._unwait(group, cell)  # where it is (an undo)
            return
        live = self.live
        if group in self.groups or (live is not None and group.height >= 0
                                    and not self._lane_meets(group.y(), group.height, live)):
            self.cells.setdefault(group, {})[cell] = (left, width)
            return
        self._unwait(group, cell)
        _place_cell(cell, left, width)

    def _unwait(self, group, cell) -> None:
        waiting = self.cells.get(group)
        if waiting and waiting.pop(cell, None) is not None and not waiting:
            del self.cells[group]

    @staticmethod
    def _lane_meets(top: float, height: float, live: Box) -> bool:
        return top - MARGIN <= live[3] and top + height + MARGIN >= live[1]

    def arm(self) -> None:
        """After an edit: if anything waits, it is done when the user pauses
        (the clock starts again at every edit; called once per edit, not per item)."""
        if not self:
            return
        if self._timer is None:
            self._timer = QTimer(self._scene())
            self._timer.setSingleShot(True)
            self._timer.setInterval(IDLE_MS)
            self._timer.timeout.connect(self.realize)
        self._timer.start()

    # -- doing it ----------------------------------------------------------------------------
    def set_live(self, area: Optional[QRectF]) -> None:
        """What the single editing view shows now (None: no such view, so nothing
        is put off any more); what comes within reach is moved."""
        if area is None:
            self.live = None
            self.realize()
            return
        self.live = (area.left() - MARGIN, area.top() - MARGIN, area.right() + MARGIN, area.bottom() + MARGIN)
        if self:
            self.realize(self.live)

    def realize_rect(self, area: QRectF) -> None:
        """Before a view paints ``area`` (scene units): what was put off there moves.
        Nothing waits within the live area (what would is moved at once, and what
        comes within it when it changes is moved then), so a paint inside it has
        nothing to look for: the usual case, each frame after an edit."""
        if self:
            box, live = (area.left(), area.top(), area.right(), area.bottom()), self.live
            if live is None or not (live[0] <= box[0] and live[1] <= box[1] and box[2] <= live[2] and box[3] <= live[3]):
                self.realize(box)

    def realize(self, area: Optional[Box] = None) -> None:
        """Move what was put off: all of it, or what lies within ``area``
        (left, top, right, bottom) before or after the move."""
        if not self:
            return
        layout = self._layout_due()
        if layout is not None:  # first the routes it put off (then they wait like any other, or move)
            items = self.connector_items
            self.follow_routes([(items[cid], g) for cid, g in finish_routes(layout, area).items() if cid in items])
        groups = list(self.groups.items()) if area is None else [
            (group, place) for group, place in self.groups.items()
            if self._lane_meets(place[0], place[1], area) or self._lane_meets(group.y(), group.height, area)]
        for group, (top, height) in groups:
            del self.groups[group]
            _place_group(group, top, height)
        for group in [group for group in self.cells if group not in self.groups and (
                area is None or self._lane_meets(group.y(), group.height, area))]:
            for cell, (left, width) in self.cells.pop(group).items():
                _place_cell(cell, left, width)
        routes = list(self.routes.items()) if area is None else [
            (item, put) for item, put in self.routes.items() if meets(put[1], area) or meets(put[2], area)]
        for item, (g, _, _) in routes:
            del self.routes[item]
            item.set_geometry(g)
        if not self and self._timer is not None:
            self._timer.stop()

    def forget(self, item) -> None:
        """An item leaves the scene: nothing to do for it any more."""
        self.routes.pop(item, None)
        self.groups.pop(item, None)
        self.cells.pop(item, None)  # a lane's group, with its cells' moves
        for group in list(self.cells):
            self._unwait(group, item)

    def clear(self) -> None:
        self.routes.clear()
        self.groups.clear()
        self.cells.clear()
        if self._timer is not None:
            self._timer.stop()


def _place_group(group, top: float, height: float) -> None:
    if group.y() != top:
        group.setPos(0.0, top)
    if group.height != height:
        group.height = height
        group.fit(height)


def _place_cell(cell, left: float, width: float) -> None:
    if cell.x() != left:
        cell.setPos(left, 0.0)
    if cell.width != width:
        cell.width = width
        fit_cell(cell, width)
