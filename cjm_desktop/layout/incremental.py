"""Laying out again after a few cards changed, without laying out the whole map.

An undo step, a drop or an inspector edit changes a handful of cards; laying
the whole 5,000-card map out again costs ~25 ms. :func:`relayout_cards` stacks
again only the cells those cards were in and are in now. When no lane changes
height, every other card, header, cell and curve keeps its geometry, and the
previous layout's objects are shared by the new one (so a renderer can tell
what moved with an ``is`` check). When a lane does change height it falls back
to the full layout. Either way the result equals ``engine.layout(m)``.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Iterable, Optional

from ..model import Card, JourneyMap
from .geometry import CardContent, MapLayout, connector_path

if TYPE_CHECKING:
    from .geometry import LayoutEngine

Cell = tuple[str, str]


def relayout_cards(
    engine: "LayoutEngine", m: JourneyMap, previous: MapLayout, card_ids: Iterable[str]
) -> tuple[MapLayout, Optional[frozenset[str]]]:
    """The layout of ``m`` after the cards in ``card_ids`` were added, removed,
    moved or edited since ``previous`` was computed (by ``engine``) from it.

    Nothing else may have changed: stages, lanes, personas, emotions and
    connectors are taken from ``previous`` (a change of the stage or lane lists
    is noticed and laid out in full).

    Returns
    -------
    (layout, touched)
        ``layout`` equals ``engine.layout(m)``. ``touched`` holds the ids of the
        cards whose geometry may differ from ``previous`` (removed ones
        included); every other card's :class:`CardGeometry` is the very object
        of ``previous``. ``touched`` is None when the whole map was laid out
        again (a lane changed height, or the change could not be followed).
    """
    out = _incremental(engine, m, previous, frozenset(card_ids))
    if out is None:
        return engine.layout(m), None
    return out


def _incremental(
    engine: "LayoutEngine", m: JourneyMap, prev: MapLayout, ids: frozenset[str]
) -> Optional[tuple[MapLayout, frozenset[str]]]:
    st = engine.style
    if prev.style is not st or not _same_frame(m, prev):
        return None
    lanes_by_id = {lane.id: lane for lane in m.lanes}
    stage_w = {s.id: s.width for s in m.stages}

    # the cells the cards were in and are in now
    now: dict[str, Card] = {}
    if ids:
        for c in m.cards:
            if c.id in ids:
                now[c.id] = c
    cells: set[Cell] = set()
    for cid in ids:
        g = prev.cards.get(cid)
        if g is not None:
            cells.add((g.stage_id, g.lane_id))
        card = now.get(cid)
        if card is not None and card.lane_id not in prev.collapsed_lanes:  # collapsed: not drawn
            cells.add((card.stage_id, card.lane_id))
    if not cells:
        return _copy(prev), ids

    # the cells' cards, in stacking order, measured
    stacks: dict[Cell, list[Card]] = {cell: [] for cell in cells}
    for c in m.cards:
        stack = stacks.get((c.stage_id, c.lane_id))
        if stack is not None:
            stack.append(c)
    measured: dict[Cell, list[tuple[Card, CardContent]]] = {}
    for (sid, lid), stack in stacks.items():
        stack.sort(key=lambda c: c.order)
        lane = lanes_by_id[lid]
        card_w = stage_w[sid] - 2 * st.cell_padding
        measured[(sid, lid)] = [(c, engine.card_content(c, card_w, lane.kind)) for c in stack]

    # does any lane change height?
    for lid in {lid for _, lid in cells}:
        lane = lanes_by_id[lid]
        need = engine._lane_height(lane, m, _LaneStacks(prev, measured, lid))
        if need != prev.lane_headers[lid].h:
            return None

    # a new layout sharing everything else with the previous one
    out = _copy(prev)
    index = dict(prev._cell_index_of())
    touched: set[str] = set(ids)
    for cell in cells:
        for g in index.get(cell, ()):
            touched.add(g.card_id)
            del out.cards[g.card_id]
    for (sid, lid), stack in measured.items():
        head = prev.stage_headers[sid]
        placed = engine._place_stack(stack, sid, lanes_by_id[lid], head.x, head.w, prev.lane_headers[lid].y)
        kept = []
        for g in placed:
            old = prev.cards.get(g.card_id)
            if old is not None and old == g:
                g = old  # unchanged: the same object, so renderers skip it
            out.cards[g.card_id] = g
            touched.add(g.card_id)
            kept.append(g)
        if kept:
            index[(sid, lid)] = kept
        else:
            index.pop((sid, lid), None)
    out._set_cell_index(index)

    # connectors: the ones at a touched card are routed again
    before = {k.connector_id: k for k in prev.connectors}
    out.connectors = []
    for k in m.connectors:
        old = before.get(k.id)
        if old is not None and old.label == k.label and k.source_id not in touched and k.target_id not in touched:
            out.connectors.append(old)
            continue
        a, b = out.cards.get(k.source_id), out.cards.get(k.target_id)
        if a is not None and b is not None:
            g = connector_path(k.id, a.rect, b.rect, k.label)
            out.connectors.append(old if old == g else g)
    return out, frozenset(touched)


def relayout_connectors(
    engine: "LayoutEngine", m: JourneyMap, previous: MapLayout, connector_ids: Iterable[str]
) -> tuple[MapLayout, Optional[frozenset[str]]]:
    """The layout after the connectors in ``connector_ids`` were added, removed or
    edited (nothing else changed). Returns (layout, the ids) like
    :func:`relayout_cards`; the other connectors keep their geometry objects."""
    ids = frozenset(connector_ids)
    if previous.style is not engine.style or not _same_frame(m, previous):
        return engine.layout(m), None
    out = _copy(previous)
    before = {k.connector_id: k for k in previous.connectors}
    out.connectors = []
    for k in m.connectors:
        old = before.get(k.id)
        if old is not None and k.id not in ids:
            out.connectors.append(old)
            continue
        a, b = out.cards.get(k.source_id), out.cards.get(k.target_id)
        if a is not None and b is not None:
            out.connectors.append(connector_path(k.id, a.rect, b.rect, k.label))
    return out, ids


def relayout_emotions(
    engine: "LayoutEngine", m: JourneyMap, previous: MapLayout, persona_ids: Iterable[str]
) -> tuple[MapLayout, Optional[frozenset[str]]]:
    """The layout after emotion points changed (nothing else): the curves are
    drawn again, everything else is shared. Returns (layout, the persona ids)."""
    if previous.style is not engine.style or not _same_frame(m, previous):
        return engine.layout(m), None
    if [p.id for p in m.personas] != [g.persona_id for g in previous.personas]:
        return engine.layout(m), None
    out = _copy(previous)
    out.curves = []
    stage_x = {sid: (r.x, r.w) for sid, r in previous.stage_headers.items()}
    engine._layout_curves(m, out, stage_x)
    return out, frozenset(persona_ids)


class _LaneStacks:
    """What ``LayoutEngine._lane_height`` reads for one lane: the measured stacks
    of the changed cells, and the unchanged cells' stacks from the previous layout."""

    def __init__(self, prev: MapLayout, measured: dict, lane_id: str) -> None:
        self.prev, self.measured, self.lane_id = prev, measured, lane_id

    def get(self, cell: Cell):
        if cell in self.measured:
            return self.measured[cell]
        return [(None, g.content) for g in self.prev._cell_index_of().get(cell, ())]


def _same_frame(m: JourneyMap, prev: MapLayout) -> bool:
    """Stages and lanes as the previous layout had them (order, widths, collapsed)."""
    if len(m.stages) != len(prev.stage_order) or len(m.lanes) != len(prev.lane_order):
        return False
    for s, sid in zip(m.stages, prev.stage_order):
        if s.id != sid or prev.stage_headers[sid].w != s.width:
            return False
    for lane, lid in zip(m.lanes, prev.lane_order):
        if lane.id != lid or lane.collapsed != (lid in prev.collapsed_lanes):
            return False
    return True


def _copy(prev: MapLayout) -> MapLayout:
    """A new layout holding the previous one's geometry objects in new containers."""
    return replace(
        prev,
        stage_headers=dict(prev.stage_headers),
        stage_header_lines=dict(prev.stage_header_lines),
        lane_headers=dict(prev.lane_headers),
        lane_header_lines=dict(prev.lane_header_lines),
        cells=dict(prev.cells),
        cards=dict(prev.cards),
        curves=list(prev.curves),
        connectors=list(prev.connectors),
        personas=list(prev.personas),
        stage_order=list(prev.stage_order),
        lane_order=list(prev.lane_order),
        collapsed_lanes=set(prev.collapsed_lanes),
        feelings_lanes=list(prev.feelings_lanes),
    )

