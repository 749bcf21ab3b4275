"""Laying out again after the grid changed (stages or lanes added, removed,
moved, resized, collapsed or given another kind), placing again only the
cells that need it. No Qt.

A change of the grid moves whole columns and rows: the cards of a cell whose
stage kept its width and whose lane kept its kind and collapsed state keep
their very geometry (placed relative to their cell, see
:class:`~cjm_desktop.layout.types.CardGeometry`) and only their cell moves.
Only the cells of a new, resized or re-kinded stage or lane, of a lane that
was expanded, and of the cards the change touched are measured and stacked
again. Lane heights, headers, curves and connector routes follow; a
route or header equal to the previous one is the previous object. The result
always equals ``engine.layout(m)``.
"""

from __future__ import annotations

from typing import Optional

from ..model import Card, JourneyMap, ObjectKind
from .engine import LayoutEngine, grid_orders
from .incremental import Relayout, Touched
from .rerouting import FramePutOff
from .routing import route
from .types import Box, CardContent, Cell, ConnectorGeometry, MapLayout, Rect, card_id_of


def reframe(engine: LayoutEngine, m: JourneyMap, prev: MapLayout, touched: Touched,
            area: Optional[Box] = None) -> Relayout:
    """The layout of ``m`` after its stages or lanes changed since ``prev`` was
    computed (by ``engine``); ``touched`` names the objects the change touched
    besides (cards, connectors, emotions, personas), as for
    :func:`~cjm_desktop.layout.incremental.relayout`. With ``area`` (what a view
    shows), the routes that cannot reach it are put off
    (:class:`~cjm_desktop.layout.rerouting.FramePutOff`)."""
    if (prev.style is not engine.style or bool(m.personas) != bool(prev.personas)
            or prev.corner.h != engine.stage_header_height(m)):  # a first stage picture, or the last one gone
        return Relayout(engine.layout(m), full=True)
    ids = {kind: frozenset(values) for kind, values in touched.items()}
    grid = _Grid(engine, m, prev)
    grid.touched_lanes = ids.get(ObjectKind.LANES, frozenset())
    stacks = _dirty_stacks(engine, m, prev, grid, ids.get(ObjectKind.CARDS, frozenset()))
    out = grid.new_layout(stacks)
    result = Relayout(out, frame=True)
    result.headers = grid.relabel(out, ids)
    shifted: list[Cell] = []
    columns: list[Cell] = []
    changed = _place_cards(engine, m, prev, grid, stacks, out, (shifted, columns))
    result.cards = frozenset(changed)
    result.shifted_cells, result.column_cells = frozenset(shifted), frozenset(columns)
    result.lanes = frozenset(lid for lid in out.lane_order if prev.lane_headers.get(lid) != out.lane_headers[lid])
    if ids.get(ObjectKind.PERSONAS):
        engine.layout_personas(m, out)
        result.personas = True
    else:
        out.personas = prev.personas
    engine.layout_curves(m, out)
    result.curves = True
    put_off = None if area is None else FramePutOff(out, area, (k.label for k in m.connectors))
    out.connectors, result.routes = _routes(m, prev, out, put_off)
    result.connectors = result.routes is None or bool(result.routes)
    return result


class _Grid:
    """The new columns and rows, and which of their cells are placed again in full."""

    def __init__(self, engine: LayoutEngine, m: JourneyMap, prev: MapLayout) -> None:
        self.engine, self.m, self.prev = engine, m, prev
        st = engine.style
        self.x0 = st.lane_header_width
        self.y_stage = st.persona_strip_height if m.personas else 0.0
        self.stage_x: dict[str, tuple[float, float]] = {}
        x = self.x0
        for s in m.stages:
            self.stage_x[s.id] = (x, s.width)
            x += s.width
        self.right = x
        old_w = {sid: prev.stage_headers[sid].w for sid in prev.stage_order}
        #: stages whose cards are measured again: new or resized
        self.new_stages = {s.id for s in m.stages if old_w.get(s.id) != s.width}
        #: lanes whose cards are measured again: new, of another kind, or no longer collapsed
        self.new_lanes = {lane.id for lane in m.lanes
                          if prev.lane_kinds.get(lane.id) != lane.kind
                          or (lane.id in prev.collapsed_lanes and not lane.collapsed)}
        self.lane_y: dict[str, tuple[float, float]] = {}
        self.collapsed_now = {lane.id: lane.collapsed for lane in m.lanes}
        #: lanes the change names (their minimum height may have changed)
        self.touched_lanes: frozenset[str] = frozenset()

    def remeasured(self, cell: Cell) -> bool:
        return cell[0] in self.new_stages or cell[1] in self.new_lanes

    def new_layout(self, stacks: dict[Cell, list[tuple[Card, CardContent]]]) -> MapLayout:
        """The frame of the new layout (headers' rectangles, cells, size), no cards yet."""
        engine, m, prev, st = self.engine, self.m, self.prev, self.engine.style

        def height(cell: Cell) -> Optional[float]:
            if cell in stacks:
                return engine.stack_height([content for _, content in stacks[cell]])
            return prev.stack_height(cell)

        header_h = engine.stage_header_height(m)
        y0 = self.y_stage + header_h
        y = y0
        same = self._same_heights(stacks)
        for lane in m.lanes:
            h = prev.lane_headers[lane.id].h if lane.id in same else engine.lane_height(lane, m.stages, height)
            self.lane_y[lane.id] = (y, h)
            y += h
        width = max(self.right, self.x0 + 200)
        out = MapLayout(
            style=st, width=width, height=max(y, y0 + 100),
            persona_strip=_same_or(prev.persona_strip, Rect(0, 0, width, self.y_stage)),
            corner=prev.corner,
            **grid_orders(m), cell_index={},
        )
        for s in m.stages:
            sx, sw = self.stage_x[s.id]
            out.stage_headers[s.id] = _same_or(prev.stage_headers.get(s.id), Rect(sx, self.y_stage, sw, header_h))
        for lane in m.lanes:
            ly, lh = self.lane_y[lane.id]
            out.lane_headers[lane.id] = _same_or(prev.lane_headers.get(lane.id), Rect(0, ly, self.x0, lh))
            for s in m.stages:
                sx, sw = self.stage_x[s.id]
                out.cells[(s.id, lane.id)] = Rect(sx, ly, sw, lh)
        return out

    def _same_heights(self, stacks: dict) -> set[str]:
        """The lanes whose height cannot have changed: not touched, not collapsed
        or expanded, no cards in a cell stacked again (before or now) or in a
        removed stage (a new or resized stage's cells are stacked again)."""
        prev, touched = self.prev, self.touched_lanes
        gone = [sid for sid in prev.stage_order if sid not in self.stage_x]
        index = prev.index()
        out = {lid for lid in prev.lane_order if lid not in touched and lid not in self.new_lanes
               and (lid in prev.collapsed_lanes) == self.collapsed_now.get(lid)
               and not any(index.get((sid, lid)) for sid in gone)}
        out.difference_update(lid for (sid, lid), stack in stacks.items() if stack or index.get((sid, lid)))
        return out

    def relabel(self, out: MapLayout, ids: dict) -> frozenset[str]:
        """Header lines: the previous ones where the header and its text are
        unchanged, else laid out again; the ids laid out again."""
        engine, prev = self.engine, self.prev
        stage_ids, lane_ids = ids.get(ObjectKind.STAGES, ()), ids.get(ObjectKind.LANES, ())
        done = set()
        for s in self.m.stages:
            r = out.stage_headers[s.id]
            if r is prev.stage_headers.get(s.id) and s.id not in stage_ids:
                out.stage_header_lines[s.id] = prev.stage_header_lines[s.id]
                if s.id in prev.stage_pictures:
                    out.stage_pictures[s.id] = prev.stage_pictures[s.id]
            else:  # its lines and picture box
                engine.layout_stage_header(s, out)
                done.add(s.id)
        for lane in self.m.lanes:
            r = out.lane_headers[lane.id]
            if r is prev.lane_headers.get(lane.id) and lane.id not in lane_ids:
                out.lane_header_lines[lane.id] = prev.lane_header_lines[lane.id]
            else:
                out.lane_header_lines[lane.id] = engine.lane_lines(lane, r)
                done.add(lane.id)
        return frozenset(done)


def _dirty_stacks(engine: LayoutEngine, m: JourneyMap, prev: MapLayout, grid: _Grid,
                  card_ids: frozenset[str]) -> dict[Cell, list[tuple[Card, CardContent]]]:
    """The cells stacked again (of new, resized or re-kinded stages and lanes,
    and of the touched cards), their cards in order and measured."""
    collapsed = {lane.id for lane in m.lanes if lane.collapsed}
    stages, lanes = {s.id for s in m.stages}, {lane.id: lane for lane in m.lanes}
    members: dict[Cell, list[str]] = {}
    for sid in stages:
        for lid in lanes:
            if lid not in collapsed and grid.remeasured((sid, lid)):
                members[(sid, lid)] = []
    index = prev.index()
    now = engine.cards.find_all(m.cards, card_ids)
    for cid in card_ids:
        g = prev.cards.get(cid)
        if g is not None and g.stage_id in stages and g.lane_id in lanes and g.lane_id not in collapsed:
            members.setdefault((g.stage_id, g.lane_id), [])
        card = now.get(cid)
        if card is not None and card.lane_id not in collapsed:
            members.setdefault((card.stage_id, card.lane_id), [])
    opened = {lid for lid in grid.new_lanes if lid in prev.collapsed_lanes and lid not in collapsed}
    for cell, stack in members.items():
        stack.extend(g.card_id for g in index.get(cell, ()) if g.card_id not in card_ids)
    for cid, card in now.items():
        stack = members.get((card.stage_id, card.lane_id))
        if stack is not None and card.lane_id not in opened:
            stack.append(cid)
    if opened:  # the cards of a lane that was collapsed are in no previous cell
        for c in m.cards:
            if c.lane_id in opened:
                members[(c.stage_id, c.lane_id)].append(c.id)
    out = {}
    for (sid, lid), member_ids in members.items():
        cards = engine.cards.find_all(m.cards, member_ids)
        stack = sorted(cards.values(), key=lambda c: c.order)
        card_w, kind, again = engine.card_width(grid.stage_x[sid][1]), lanes[lid].kind, grid.remeasured((sid, lid))
        measured = []
        for c in stack:
            old = None if again or c.id in card_ids else prev.cards.get(c.id)
            measured.append((c, old.content if old is not None else engine.card_content(c, card_w, kind)))
        out[(sid, lid)] = measured
    return out


def _place_cards(engine: LayoutEngine, m: JourneyMap, prev: MapLayout, grid: _Grid,
                 stacks: dict[Cell, list[tuple[Card, CardContent]]], out: MapLayout,
                 moved: tuple[list[Cell], list[Cell]]) -> set[str]:
    """Put every drawn cell's cards into ``out``, which takes over the previous
    layout's card table and per-cell index (as an incremental layout does): the
    cells in ``stacks`` placed again, the cells no longer drawn (a stage or lane
    gone or collapsed) dropped, the others kept as they were (their cell moved
    with its column and row; those cells into ``moved``: the ones that only
    moved down or up with their lane, and the ones that moved with their stage).
    The ids of the cards placed again or dropped."""
    shifted, columns = moved
    index = prev.index()
    out.cards, out.cell_index, out.stack_heights = prev.cards, index, prev.stack_heights
    changed: set[str] = set()
    drawn = {lid for lid in out.lane_order if lid not in out.collapsed_lanes}
    gone = [cell for cell in index if cell[0] not in grid.stage_x or cell[1] not in drawn]
    for cell in gone + [cell for cell in stacks if cell in index]:  # all first: a card may go from one to another
        changed.update(map(card_id_of, index[cell]))
        out.drop_cell(cell)
    lanes = {lane.id: lane for lane in m.lanes}
    for lid in out.lane_order:
        if lid not in drawn:
            continue
        ly = grid.lane_y[lid][0]
        old_lane = prev.lane_headers.get(lid)
        for sid in out.stage_order:
            cell = (sid, lid)
            if cell in stacks:
                placed = engine.place_stack(stacks[cell], sid, lanes[lid], grid.stage_x[sid][1])
                placed = [_same_or(prev.cards.get(g.card_id), g) for g in placed]
                changed.update(map(card_id_of, placed))
                out.put_cell(cell, placed)
                continue
            stack = index.get(cell)
            if not stack:
                continue
            if prev.stage_headers[sid].x != grid.stage_x[sid][0]:
                columns.append(cell)
            elif old_lane.y != ly:
                shifted.append(cell)
    return changed


def _routes(m: JourneyMap, prev: MapLayout, out: MapLayout,
            put_off: Optional[FramePutOff]) -> tuple[list, Optional[dict[str, ConnectorGeometry]]]:
    """Every connector routed again (or put off); a route equal to the previous
    one is that object. (the routes, those that differ by connector id; None
    when a connector came or went, or they are in another order)"""
    routed = route(m.connectors, out, prev.connectors, put_off)
    if len(routed) != len(prev.connectors) or any(a.connector_id != b.connector_id
                                                   for a, b in zip(routed, prev.connectors)):
        return routed, None
    return routed, {a.connector_id: a for a, b in zip(routed, prev.connectors) if a is not b}


def _same_or(old: Optional[object], new):
    """``old`` when it equals ``new``: the same object, so renderers skip it."""
    return old if old is not None and old == new else new
