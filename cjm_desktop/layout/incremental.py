"""Laying out again only what an edit touched, without laying out the whole map.

An undo step, a drop or an inspector edit changes a handful of objects; laying
the whole 5,000-card map out again costs ~25 ms. :func:`relayout` takes the ids
an edit touched per :class:`~cjm_desktop.model.ObjectKind` and stacks again
only the cells of the touched cards; when a lane changes height, the lanes
below it and their cells move down or up, and their cards, placed relative to
their cell, keep their very geometry (nothing is measured or placed again).
Headers of touched stages and lanes, personas, curves and the connectors at
moved cards follow. Everything else is
the very object of the previous layout (a renderer skips it with an ``is``
check), and the result always equals ``engine.layout(m)``.

Only the public API of :class:`~cjm_desktop.layout.engine.LayoutEngine` and
:class:`~cjm_desktop.layout.types.MapLayout` is used.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Iterable, Mapping, Optional

from ..model import Card, JourneyMap, ObjectKind
from .engine import LayoutEngine
from .rerouting import finish_replanned, reroute, reroute_kept
from .routing import horizontal
from .types import Box, CardContent, CardGeometry, Cell, ConnectorGeometry, MapLayout, Rect, card_id_of

Touched = Mapping[ObjectKind, Iterable[str]]


@dataclass
class Relayout:
    """A new layout and what in it may differ from the previous one."""

    layout: MapLayout
    #: laid out in full: anything may differ
    full: bool = False
    #: cards whose geometry may differ (removed ones included)
    cards: frozenset[str] = frozenset()
    #: cells that moved up or down with their lane: their cards not in ``cards``
    #: keep their geometry (relative to the cell, the previous object), not their
    #: place on the map. Cells, not card ids: a lane step moves thousands of cards
    shifted_cells: frozenset[Cell] = frozenset()
    #: cells that moved with their stage (and their lane), their cards likewise
    column_cells: frozenset[Cell] = frozenset()
    #: lanes whose header moved, grew or shrank (the grid changed with them)
    lanes: frozenset[str] = frozenset()
    #: stages and lanes whose header text was laid out again
    headers: frozenset[str] = frozenset()
    connectors: bool = False
    #: when known, the routes that changed by connector id (no connector came or
    #: went; the other routes are the previous objects); None: any may differ
    routes: Optional[dict[str, ConnectorGeometry]] = None
    curves: bool = False
    personas: bool = False
    #: stages or lanes were added, removed, moved, resized, collapsed or changed kind
    #: (:func:`cjm_desktop.layout.reframing.reframe`): every header may differ
    frame: bool = False

    @property
    def shifted(self) -> frozenset[str]:
        """The cards of ``shifted_cells`` not in ``cards`` (worked out when asked,
        from the layout's card table: ask before a later relayout takes it over)."""
        return self._cards_in(self.shifted_cells)

    @property
    def columns(self) -> frozenset[str]:
        """The cards of ``column_cells`` not in ``cards``."""
        return self._cards_in(self.column_cells)

    def _cards_in(self, cells: frozenset[Cell]) -> frozenset[str]:
        index = self.layout.index()
        return frozenset(g.card_id for cell in cells for g in index.get(cell, ()) if g.card_id not in self.cards)


def relayout(engine: LayoutEngine, m: JourneyMap, prev: MapLayout, touched: Touched,
             area: Optional[Box] = None) -> Relayout:
    """The layout of ``m`` after the objects in ``touched`` changed since ``prev``
    was computed (by ``engine``) from it. Stages and lanes must keep their order,
    widths and collapsed state (else the whole map is laid out again).

    The new layout takes over ``prev``'s card table (:func:`take_over`): read the
    previous cards before, not after. With ``area`` (what a view shows), a route
    that only moves up or down with its lanes outside it may be put off
    (:func:`~cjm_desktop.layout.rerouting.finish_routes`)."""
    if (prev.style is not engine.style or not same_frame(m, prev) or bool(m.personas) != bool(prev.personas)
            or prev.corner.h != engine.stage_header_height(m)):  # a first stage picture, or the last one gone
        return Relayout(engine.layout(m), full=True)
    ids = {kind: frozenset(values) for kind, values in touched.items()}
    replanned = finish_replanned(prev)  # (what a grid change put off is worked out before an edit)
    out = take_over(prev)
    result = Relayout(out)
    if ids.get(ObjectKind.CARDS):
        _restack(engine, m, prev, out, ids[ObjectKind.CARDS], result)
    _relayout_headers(engine, m, out, ids, result)
    if ids.get(ObjectKind.PERSONAS):
        engine.layout_personas(m, out)
        result.personas = True
    feelings_moved = bool(out.feelings_lanes) and out.feelings_lanes[0] in result.lanes
    if feelings_moved or ids.get(ObjectKind.PERSONAS) or ids.get(ObjectKind.EMOTIONS):
        engine.layout_curves(m, out)
        result.curves = True
    _reroute(m, prev, out, ids.get(ObjectKind.CONNECTORS, frozenset()), result, area)
    if replanned:
        result.connectors = True
        if result.routes is not None:
            result.routes = {**replanned, **result.routes}
    return result


def relayout_cards(
    engine: LayoutEngine, m: JourneyMap, previous: MapLayout, card_ids: Iterable[str]
) -> tuple[MapLayout, Optional[frozenset[str]]]:
    """:func:`relayout` of card changes only: (layout, the cards whose geometry may
    differ), or (layout, None) when the whole map was laid out again."""
    done = relayout(engine, m, previous, {ObjectKind.CARDS: card_ids})
    return done.layout, (None if done.full else done.cards)


def _restack(engine: LayoutEngine, m: JourneyMap, prev: MapLayout, out: MapLayout, ids: frozenset[str],
             result: Relayout) -> None:
    """Stack again the cells the cards were in and are in now; move the lanes
    below a lane that changed height."""
    now = engine.cards.find_all(m.cards, ids)
    index = prev.index()
    cells: set[Cell] = set()
    for cid in ids:
        g = prev.cards.get(cid)
        if g is not None:
            cells.add((g.stage_id, g.lane_id))
        card = now.get(cid)
        if card is not None and card.lane_id not in prev.collapsed_lanes:  # collapsed: not drawn
            cells.add((card.stage_id, card.lane_id))
    if not cells:
        result.cards = ids
        return
    stacks = _new_stacks(engine, m, prev, cells, ids, now)
    lanes = {lane.id: lane for lane in m.lanes}
    heights: dict[str, float] = {}
    for lid in {lid for _, lid in cells}:
        h = engine.lane_height(lanes[lid], m.stages, lambda cell: _stack_height(engine, cell, stacks, prev))
        if h != prev.lane_headers[lid].h:
            heights[lid] = h
    touched: set[str] = set(ids)
    old: dict[str, CardGeometry] = {}  # the cells' cards as they were (out's table is prev's)
    for cell in cells:
        for g in index.get(cell, ()):
            old[g.card_id] = g
        out.drop_cell(cell)  # all first: a card may go from one of them to another
    touched.update(old)
    for (sid, lid), stack in stacks.items():
        placed = engine.place_stack(stack, sid, lanes[lid], out.stage_headers[sid].w)
        out.put_cell((sid, lid), [_same_or(old.get(g.card_id), g) for g in placed])
        touched.update(map(card_id_of, placed))
    result.cards = frozenset(touched)
    if heights:
        _move_lanes(engine, m, out, heights, result)


def _new_stacks(engine: LayoutEngine, m: JourneyMap, prev: MapLayout, cells: set[Cell], ids: frozenset[str],
                now: dict[str, Card]) -> dict[Cell, list[tuple[Card, CardContent]]]:
    """The touched cells' cards, in stacking order, measured (the cards not
    touched keep their measured content)."""
    index = prev.index()
    members: dict[Cell, list[str]] = {cell: [] for cell in cells}
    for cell in cells:
        members[cell].extend(g.card_id for g in index.get(cell, ()) if g.card_id not in ids)
    for cid, card in now.items():
        stack = members.get((card.stage_id, card.lane_id))
        if stack is not None:
            stack.append(cid)
    lanes = {lane.id: lane for lane in m.lanes}
    stages = {s.id: s for s in m.stages}
    out = {}
    for (sid, lid), member_ids in members.items():
        cards = engine.cards.find_all(m.cards, member_ids)
        stack = sorted((cards[cid] for cid in member_ids if cid in cards), key=lambda c: c.order)
        lane, card_w = lanes[lid], engine.card_width(stages[sid].width)
        measured = []
        for c in stack:
            old = prev.cards.get(c.id)
            keep = c.id not in ids and old is not None
            measured.append((c, old.content if keep else engine.card_content(c, card_w, lane.kind)))
        out[(sid, lid)] = measured
    return out


def _stack_height(engine: LayoutEngine, cell: Cell, stacks: dict, prev: MapLayout) -> Optional[float]:
    """A cell's stacked height: worked out for a cell stacked again, kept for the others."""
    if cell in stacks:
        return engine.stack_height([content for _, content in stacks[cell]])
    return prev.stack_height(cell)


def _move_lanes(engine: LayoutEngine, m: JourneyMap, out: MapLayout, heights: dict[str, float],
                result: Relayout) -> None:
    """Give the lanes in ``heights`` their new height and move the lanes below
    and their cells (the same sums as the full layout, so every number is the
    same); the cells that moved down or up go into ``result.shifted_cells``."""
    st = engine.style
    y0 = out.corner.bottom
    y = y0
    moved = set()
    shifted: list[Cell] = []
    for lane in m.lanes:
        old = out.lane_headers[lane.id]
        h = heights.get(lane.id, old.h)
        if (y, h) != (old.y, old.h):
            moved.add(lane.id)
            r = out.lane_headers[lane.id] = Rect(0, y, st.lane_header_width, h)
            out.lane_header_lines[lane.id] = engine.lane_lines(lane, r)
            for sid in out.stage_order:
                head = out.stage_headers[sid]
                out.cells[(sid, lane.id)] = Rect(head.x, y, head.w, h)
            if y != old.y:
                shifted.extend((sid, lane.id) for sid in out.stage_order)
        y += h
    out.height = max(y, y0 + 100)
    result.lanes = frozenset(moved)
    result.shifted_cells = frozenset(shifted)


def _relayout_headers(engine: LayoutEngine, m: JourneyMap, out: MapLayout, ids: dict, result: Relayout) -> None:
    """Header text of the touched stages and lanes (their size is unchanged)."""
    done = set()
    for stage in m.stages:
        if stage.id in ids.get(ObjectKind.STAGES, ()):
            engine.layout_stage_header(stage, out)
            done.add(stage.id)
    for lane in m.lanes:
        if lane.id in ids.get(ObjectKind.LANES, ()):
            out.lane_header_lines[lane.id] = engine.lane_lines(lane, out.lane_headers[lane.id])
            done.add(lane.id)
    result.headers = frozenset(done)


def _reroute(m: JourneyMap, prev: MapLayout, out: MapLayout, connector_ids: frozenset[str], result: Relayout,
             area: Optional[Box]) -> None:
    """Route again the connectors touched, the ones at a card that moved and
    the ones along a lane boundary that moved; the others keep their route
    unless their gutter's tracks changed. When no connector came or went (the
    ones touched were edited: a label, an end) and none changed its gutters or
    its place in the list, only those are looked at (``reroute_kept``, which
    may put off the ones outside ``area``); else every route put off is
    worked out too."""
    moved = result.cards
    lanes = frozenset(lid for _, lid in result.shifted_cells)  # all of a lane's cells move, or none
    boundaries = _moved_boundaries(prev, out) if result.lanes else frozenset()
    if not connector_ids and not boundaries and not moved and not lanes:
        return  # every route stands
    cards = out.cards

    def in_lanes(card_id: str) -> bool:
        g = cards.get(card_id)
        return g is not None and g.lane_id in lanes

    due = out.routes_due

    def dirty(k, old) -> bool:
        return (k.id in connector_ids or k.id in due or k.source_id in moved or k.target_id in moved
                or (bool(lanes) and (in_lanes(k.source_id) or in_lanes(k.target_id)))
                or (bool(boundaries) and any(c in boundaries for c in old.channels)))

    put_off = None if area is None else (area, _furthest_move(prev, out, result.lanes))
    kept = None
    if not connector_ids or _all_kept(m, connector_ids):  # (edited: a label, an end; none came or went)
        kept = reroute_kept(m.connectors, out, prev.connectors, moved, boundaries, lanes, put_off, connector_ids)
    if kept is not None:
        out.connectors, result.routes = kept
        result.connectors = bool(result.routes)
        return
    routed = reroute(m.connectors, out, prev.connectors, dirty)
    due.clear()
    changed = len(routed) != len(prev.connectors) or any(a is not b for a, b in zip(routed, prev.connectors))
    out.connectors = routed
    result.connectors = changed


def _all_kept(m: JourneyMap, connector_ids: frozenset[str]) -> bool:
    """Whether every connector of ``connector_ids`` is still in the map (else one went)."""
    ids = {k.id for k in m.connectors}
    return all(cid in ids for cid in connector_ids)


def _furthest_move(prev: MapLayout, out: MapLayout, lanes: frozenset[str]) -> float:
    """How far up or down any edge of ``lanes`` moved: no cell, card or gutter
    moved further (each lies at a fixed place from a lane edge)."""
    far = 0.0
    for lid in lanes:
        a, b = prev.lane_headers[lid], out.lane_headers[lid]
        far = max(far, abs(b.y - a.y), abs(b.bottom - a.bottom))
    return far


def _moved_boundaries(prev: MapLayout, out: MapLayout) -> frozenset[int]:
    """The lane boundaries (routing's horizontal gutters) that are not where they were."""
    def edges(layout: MapLayout) -> list[float]:
        lanes = [layout.lane_headers[lid] for lid in layout.lane_order]
        return [r.y for r in lanes[:1]] + [r.bottom for r in lanes]
    return frozenset(horizontal(n) for n, (a, b) in enumerate(zip(edges(prev), edges(out))) if a != b)


def _same_or(old, new):
    """``old`` when it equals ``new``: the same object, so renderers skip it."""
    return old if old is not None and old == new else new


def same_frame(m: JourneyMap, prev: MapLayout) -> bool:
    """Stages and lanes as the previous layout had them (order, widths, collapsed, kinds)."""
    if len(m.stages) != len(prev.stage_order) or len(m.lanes) != len(prev.lane_order):
        return False
    for s, sid in zip(m.stages, prev.stage_order):
        if s.id != sid or prev.stage_headers[sid].w != s.width:
            return False
    for lane, lid in zip(m.lanes, prev.lane_order):
        if lane.id != lid or lane.collapsed != (lid in prev.collapsed_lanes):
            return False
    return True


def take_over(prev: MapLayout) -> MapLayout:
    """A new layout holding the previous one's geometry objects: its card table
    and per-cell index taken over (copying 5,000 cards costs more than laying out
    most edits), everything else in new containers. The previous layout's cards
    are then the new one's; its headers, cells, routes and curves stay as they were."""
    return replace(
        prev,
        stage_headers=dict(prev.stage_headers),
        stage_header_lines=dict(prev.stage_header_lines),
        stage_pictures=dict(prev.stage_pictures),
        lane_headers=dict(prev.lane_headers),
        lane_header_lines=dict(prev.lane_header_lines),
        cells=dict(prev.cells),
        cards=prev.cards,
        curves=list(prev.curves),
        connectors=list(prev.connectors),
        personas=list(prev.personas),
        stage_order=list(prev.stage_order),
        lane_order=list(prev.lane_order),
        collapsed_lanes=set(prev.collapsed_lanes),
        feelings_lanes=list(prev.feelings_lanes),
        lane_kinds=dict(prev.lane_kinds),
        cell_index=prev.index(),
        routes_due=dict(prev.routes_due),
    )
