"""Routing again after an edit, from the previous routes (the same result as
:func:`.routing.route`, which this module's property tests compare with ``==``). No Qt.

:func:`reroute` plans again only the connectors the caller calls dirty; a route
is rebuilt only when it is dirty or its tracks changed, so an incremental layout
keeps the very objects of all the others. :func:`reroute_kept`, when no connector
came or went, looks only at the connectors at a moved card, along a moved lane
boundary or edited (a label, an end); one whose two cards stayed in their cells
keeps its gutters, tracks and every x, and only its heights are worked out again.

Given an area (what a view shows), :func:`reroute_kept` also *puts off* such a
route when it lies outside the area before and after: the previous route stays
in the list and the layout's ``routes_due`` names it, until
:func:`finish_routes` works it out (when the user pauses, or a view comes
near it), by the same sums.
"""

from __future__ import annotations

from typing import Callable, Iterable, NamedTuple, Optional

from ..model import Connector
from .decor import CONNECTOR_LABEL_SIZE, connector_label_size, label_reach
from .routing import TRACK_BITS, TRACK_MASK, Channel, Gutters, build, pack_tracks, plan, plan_of, unpack_tracks
from .types import Box, CardGeometry, ConnectorGeometry, MapLayout

#: whether a connector's previous route must be planned again
Dirty = Callable[[Connector, ConnectorGeometry], bool]
#: (an area, how far up or down an edit moved any lane edge at most): a route
#: whose cards stayed in their cells and that lies outside the area is put off
PutOff = tuple[Box, float]


def reroute(connectors: Iterable[Connector], layout: MapLayout, previous: list[ConnectorGeometry],
            dirty: Dirty) -> list[ConnectorGeometry]:
    """:func:`route` again after an edit, from the ``previous`` routes (the
    same result): a connector that is not ``dirty`` keeps its very route unless
    a connector came into or left one of its gutters (its track is counted again)."""
    before = {k.connector_id: (n, k) for n, k in enumerate(previous)}
    g = Gutters(layout)
    cards = layout.cards
    out: list = []
    fresh: list[int] = []
    changed: set[Channel] = set()  # the gutters a connector came into or left
    last = -1
    for k in connectors:
        n, old = before.pop(k.id, (-1, None))
        if old is not None:
            if n < last:  # the connectors were reordered: count every gutter again
                changed.add(_EVERY)
            last = n
            if not dirty(k, old):
                out.append(old)
                continue
        a, b = cards.get(k.source_id), cards.get(k.target_id)
        if a is None or b is None:
            if old is not None:
                changed.update(old.channels)
            continue
        p = plan(a, b, g)
        if old is None or old.channels != p[4]:
            changed.update(p[4])
            changed.update(old.channels if old is not None else ())
        fresh.append(len(out))
        out.append((k, old, p))
    for _, old in before.values():  # removed
        changed.update(old.channels)
    if changed:
        _recount(out, changed, g)
    for n in fresh:
        if type(out[n]) is tuple:
            k, old, p = out[n]
            new = build(k.id, k.label, p, old.tracks, g)
            out[n] = old if old == new else new
    return out


def reroute_kept(connectors: Iterable[Connector], layout: MapLayout, previous: list[ConnectorGeometry],
                 moved: frozenset[str], boundaries: frozenset[Channel] = frozenset(),
                 lanes: frozenset[str] = frozenset(), put_off: Optional[PutOff] = None,
                 edited: frozenset[str] = frozenset()
                 ) -> Optional[tuple[list[ConnectorGeometry], dict[str, ConnectorGeometry]]]:
    """:func:`reroute` when no connector came or went: the connectors at a card
    in ``moved`` or in one of ``lanes`` (whose cells all moved, their cards with
    them) or along a gutter in ``boundaries``, and the connectors ``edited``
    (a label, or a card at one end, changed), are planned again, and when each
    keeps its gutters (so no track changes) only they are built again; the other
    routes are not looked at. None when one of them changed its gutters or came
    into or left the layout, or when ``edited`` connectors changed places in the
    list (call :func:`reroute`); else (the routes, the ones that changed by
    connector id). With ``put_off``, one whose cards stayed in their cells and
    that lies outside its area keeps its route for now and goes into
    ``layout.routes_due`` (see :func:`finish_routes`)."""
    at_card = _moving(connectors, layout, previous, moved, boundaries, lanes, edited)
    changed: dict[str, ConnectorGeometry] = {}
    if not at_card:
        return previous, changed
    at = {r.connector_id: n for n, r in enumerate(previous)}
    if edited and [k.id for k in connectors if k.id in at] != [r.connector_id for r in previous]:
        return None  # (a track is a connector's rank in the list: the ranks may change)
    cards = layout.cards
    g = Gutters(layout)
    out = previous
    due = layout.routes_due
    for k in at_card:
        n = at.get(k.id)
        a, b = cards.get(k.source_id), cards.get(k.target_id)
        if n is None or a is None or b is None:
            return None  # a connector that comes into or leaves the layout (a card in a collapsed lane)
        old = previous[n]
        was_due = due.pop(k.id, None) if due else None  # (then ``old`` is out of date: it is worked out now)
        if k.source_id in moved or k.target_id in moved or k.id in edited:
            p = plan(a, b, g)
            if p[4] != old.channels:
                return None
            new = build(k.id, k.label, p, old.tracks, g)
            if new == old:
                continue
        else:
            if put_off is not None:
                slack = put_off[1] + (was_due[0] if was_due else 0.0)
                if not _reaches(old, slack, put_off[0]):
                    due[k.id] = (slack, k.source_id, k.target_id)
                    continue
            new = _in_same_cells(k.id, k.label, old, a, b, g)
            if new is old:
                continue
        if out is previous:
            out = list(previous)
        out[n] = changed[k.id] = new
    return out, changed


def _moving(connectors: Iterable[Connector], layout: MapLayout, previous: list[ConnectorGeometry],
            moved: frozenset[str], boundaries: frozenset[Channel], lanes: frozenset[str],
            edited: frozenset[str] = frozenset()) -> list[Connector]:
    """The connectors :func:`reroute_kept` looks at, in the map's order."""
    along = {r.connector_id for r in previous if boundaries and not boundaries.isdisjoint(r.channels)} | edited
    if not lanes:
        return [k for k in connectors if k.id in along or k.source_id in moved or k.target_id in moved]
    geometry = layout.cards
    at_card = []
    for k in connectors:  # (written out: a lane step asks this of every connector's two cards)
        a, b = geometry.get(k.source_id), geometry.get(k.target_id)
        if (k.id in along or k.source_id in moved or k.target_id in moved
                or (a is not None and a.lane_id in lanes) or (b is not None and b.lane_id in lanes)):
            at_card.append(k)
    return at_card


def finish_routes(layout: MapLayout, area: Optional[Box] = None,
                  replanned: bool = False) -> dict[str, ConnectorGeometry]:
    """Work out the routes :func:`reroute_kept` or a grid change
    (:class:`FramePutOff`) put off (all, or those that may reach ``area``, or
    with ``replanned`` all a grid change put off), in ``layout``; then its
    routes are what :func:`route` gives. Returns the ones that changed, by
    connector id."""
    due = layout.routes_due
    if not due:
        return {}
    spans: dict = {}  # (each grid change's margin: its stages' and lanes' spans, worked out once)
    if replanned:
        todo = [cid for cid, entry in due.items() if type(entry) is Replan]
    else:
        todo = list(due) if area is None else [r.connector_id for r in layout.connectors if r.connector_id in due
                                               and _may_reach(layout, r, due[r.connector_id], area, spans)]
    if not todo:
        return {}
    at = {r.connector_id: n for n, r in enumerate(layout.connectors)}
    cards, g = layout.cards, Gutters(layout)
    out = list(layout.connectors)
    changed: dict[str, ConnectorGeometry] = {}
    for cid in todo:
        entry = due.pop(cid)  # (either kind: its source and target card second and third)
        n, a, b = at.get(cid), cards.get(entry[1]), cards.get(entry[2])
        if n is None or a is None or b is None:
            continue  # (an edit that takes a connector or a card away routes every one again)
        old = out[n]
        if type(entry) is Replan:  # planned afresh on the tracks the grid change gave it
            new = build(cid, old.label, plan(a, b, g), entry.tracks, g)
            new = old if new == old else new
        else:
            new = _in_same_cells(cid, old.label, old, a, b, g)
        if new is not old:
            out[n] = changed[cid] = new
    layout.connectors = out
    return changed


def finish_replanned(layout: MapLayout) -> dict[str, ConnectorGeometry]:
    """:func:`finish_routes` of the routes a grid change put off (before the
    layout is edited again: only :func:`route` knows their kind), by connector id."""
    return finish_routes(layout, replanned=True)


class Replan(NamedTuple):
    """A route a grid change put off: it runs between these stages and lanes
    (ranks: first stage, last stage, first lane, last lane), on these tracks;
    its label's pill reaches ``margin`` (across, up and down) beyond."""

    ranks: tuple[int, int, int, int]
    source_id: str
    target_id: str
    tracks: int
    margin: tuple[float, float]


class FramePutOff:
    """What :func:`~.routing.route` leaves for later after a grid change: the
    route of a connector that cannot reach ``area``. A route runs between its
    two cards' stages and lanes (its gutters are their edges, or the edges
    between them), so it lies in the rectangle from the first of those stages
    and lanes to the last, a gutter wider, and its label's pill within
    ``margin`` of that. ``stages`` and ``lanes`` are the ranks of those that
    may reach ``area`` so: a route wholly before or after either is put off.
    Its previous route stays in the list; ``layout.routes_due`` gets a
    :class:`Replan`."""

    def __init__(self, layout: MapLayout, area: Box, labels: Iterable[str]) -> None:
        longest = max((connector_label_size(label)[0] for label in set(labels) if label), default=0.0)
        self.margin = (longest / 2, CONNECTOR_LABEL_SIZE if longest else 0.0)
        self.due = layout.routes_due
        self.stages, self.lanes = _reaching(layout, area, self.margin)

    def wait(self, k: Connector, tracks: int, ranks: tuple[int, int, int, int]) -> None:
        self.due[k.id] = Replan(ranks, k.source_id, k.target_id, tracks, self.margin)


def _spans(layout: MapLayout, margin: tuple[float, float]) -> tuple[list[tuple[float, float]], list]:
    """Across each stage and down each lane, in order: where a route between
    them may lie (a gutter and ``margin`` wider)."""
    pad = layout.style.cell_padding + _INK
    mx, my = pad + margin[0], pad + margin[1]
    stages = [layout.stage_headers[sid] for sid in layout.stage_order]
    columns = [(r.x - mx, r.right + mx) for r in stages]
    if columns and stages[-1].right < layout.width:  # a narrow map is drawn wider: its last gutter at its edge
        columns[-1] = (columns[-1][0], layout.width + mx)
    rows = [(r.y - my, r.bottom + my) for r in (layout.lane_headers[lid] for lid in layout.lane_order)]
    return columns, rows


#: how far a line's ink reaches beyond its corners (the arrow head, the pen)
_INK = 16.0


def _reaching(layout: MapLayout, area: Box, margin: tuple[float, float]) -> tuple[tuple[int, int], tuple[int, int]]:
    """(first, last) of the stages, and of the lanes, whose spans meet ``area``
    ((0, -1): none)."""
    columns, rows = _spans(layout, margin)

    def met(spans: list, low: float, high: float) -> tuple[int, int]:
        hit = [n for n, (a, b) in enumerate(spans) if a <= high and b >= low]
        return (hit[0], hit[-1]) if hit else (0, -1)
    return met(columns, area[0], area[2]), met(rows, area[1], area[3])


def _may_reach(layout: MapLayout, route: ConnectorGeometry, entry: tuple, area: Box, spans: dict) -> bool:
    """Whether a route put off (``entry``: a grid change's :class:`Replan` or a lane
    step's) may meet ``area`` once worked out; ``spans`` keeps each grid change's
    stage and lane spans, worked out once per call of :func:`finish_routes`."""
    if type(entry) is Replan:
        found = spans.get(entry.margin)
        if found is None:
            found = spans[entry.margin] = _spans(layout, entry.margin)
        columns, rows = found
        first, last, top, bottom = entry.ranks
        return (columns[first][0] <= area[2] and columns[last][1] >= area[0]
                and rows[top][0] <= area[3] and rows[bottom][1] >= area[1])
    return _reaches(route, entry[0], area)


def _reaches(route: ConnectorGeometry, slack: float, area: Box) -> bool:
    """Whether a route, its corners moved up or down by up to ``slack``, may
    meet ``area``; its label's pill counts."""
    left, top, right, bottom = label_reach(route.bounds, route.label)
    return left <= area[2] and right >= area[0] and top - slack <= area[3] and bottom + slack >= area[1]


def _in_same_cells(cid: str, label: str, old: ConnectorGeometry, a: CardGeometry, b: CardGeometry,
                   g: Gutters) -> ConnectorGeometry:
    """:func:`build` of :func:`plan` for a connector whose two cards stayed in
    their cells (which moved up or down with their lanes) and in place in them:
    its gutters, its tracks and every x are the old route's; the heights of its
    ends and of its lane boundary's track are worked out again, by the same sums
    as :func:`plan` and :meth:`Gutters.position` (so the numbers are the same).
    ``old`` itself when none of them changed, else a route that differs from it."""
    ra, rb, cells = a.box, b.box, g.cells
    ay = cells[(a.stage_id, a.lane_id)].y + ra.y + ra.h / 2
    by = cells[(b.stage_id, b.lane_id)].y + rb.y + rb.h / 2
    c, channels, tracks = old.coords, old.channels, old.tracks
    if len(channels) == 1:  # (sx, ay, ex, by) or (sx, ay, x, ay, x, by, ex, by)
        if ay == c[1] and by == c[-1] and not label:  # (a label sits at the lane boundary nearest
            return old                                   # its middle, which may have moved)
        new = build(cid, label, (c[0], ay, c[-2], by, channels), tracks, g)
        return old if new == old else new
    y = g.position(channels[1], (tracks >> TRACK_BITS) & TRACK_MASK)
    if ay == c[1] and by == c[-1] and y == c[5]:  # (sx, ay, x1, ay, x1, y, x2, y, x2, by, ex, by)
        return old
    return build(cid, label, (c[0], ay, c[-2], by, channels), tracks, g, (c[2], y, c[8]))


_EVERY: Channel = 1 << 40


def _recount(out: list, changed: set[Channel], g: Gutters) -> None:
    """Rank the connectors in the ``changed`` gutters again, in
    place: ``out`` holds kept routes and (connector, old route, plan) tuples."""
    every = _EVERY in changed
    counts: dict[Channel, int] = {}
    ranks: list = []
    for item in out:
        channels = item[2][4] if type(item) is tuple else item.channels
        rank = None
        for i, c in enumerate(channels):
            if every or c in changed:
                if rank is None:
                    rank = [None] * len(channels)
                n = counts.get(c, 0)
                rank[i] = n
                counts[c] = n + 1
        ranks.append(rank)
    for n, (item, rank) in enumerate(zip(out, ranks)):
        if rank is None:
            continue
        k, old, p = item if type(item) is tuple else (None, item, plan_of(item))
        channels = p[4]
        kept = unpack_tracks(old.tracks, len(channels)) if old is not None else []
        tracks = pack_tracks([r if r is not None else kept[i] for i, r in enumerate(rank)])
        if k is None:
            if tracks != old.tracks:
                out[n] = build(old.connector_id, old.label, p, tracks, g)
        else:
            new = build(k.id, k.label, p, tracks, g)
            out[n] = old if old == new else new
