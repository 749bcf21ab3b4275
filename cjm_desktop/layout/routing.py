"""Connector routing: orthogonal paths through the gutters between cells. No Qt.

Cells pad their cards (``Style.cell_padding``), so a band along every stage
boundary (a *vertical gutter*) and along every lane boundary (a *horizontal
gutter*) holds no card, and the emotion curve's labels stay inside the
feelings lane's band, clear of it too. A connector leaves its source card from
the side facing the target, runs in the gutter beside the source's column,
turns along a lane boundary when the two columns are not neighbours, runs in
the gutter beside the target's column and enters the target's facing side.
In each gutter the connectors using it take their own track, spread across its
width, so parallel ones do not overlap (while the gutter has room for them).

Routing is O(connectors): a plan per connector (its two ends and its gutters,
from its two cards alone), then one pass that ranks each gutter's connectors
in map order to give them their tracks. :func:`reroute` takes the previous
routes and plans again only the connectors the caller calls dirty; a route is
rebuilt only when it is dirty or its tracks changed, so an incremental layout
keeps the very objects of all the others.
"""

from __future__ import annotations

import bisect
from typing import Callable, Iterable, Optional

from ..model import Connector
from .types import CardGeometry, ConnectorGeometry, MapLayout, Point, Rect

#: A gutter: ``n >= 0`` the vertical one at stage boundary ``n`` (0: left of
#: the first stage), ``~n`` (negative) the horizontal one at lane boundary ``n``.
Channel = int

#: Distance between two neighbouring tracks of a gutter.
TRACK_SPACING = 3.0
#: Room kept between a track and the cards beside its gutter.
CARD_CLEARANCE = 2.0
#: Room kept between a lane boundary's tracks and the emotion curve's labels.
LABEL_CLEARANCE = 3.0


def horizontal(boundary: int) -> Channel:
    """The channel along lane boundary ``boundary`` (0: above the first lane)."""
    return ~boundary


class Gutters:
    """Where the gutters of a layout run: per boundary its centre and half width."""

    def __init__(self, layout: MapLayout) -> None:
        pad = layout.style.cell_padding
        stages = [layout.stage_headers[sid] for sid in layout.stage_order]
        lanes = [layout.lane_headers[lid] for lid in layout.lane_order]
        xs = [r.x for r in stages[:1]] + [r.right for r in stages]
        ys = [r.y for r in lanes[:1]] + [r.bottom for r in lanes]
        if stages and stages[-1].right < layout.width:  # a narrow map is drawn wider
            xs[-1] = layout.width
        self.x = _bands(xs, pad - CARD_CLEARANCE, pad)
        self.y = _bands(ys, min(pad - CARD_CLEARANCE, pad - LABEL_CLEARANCE), pad)
        self.y_centres = [c for c, _ in self.y]
        self.lane_count = len(lanes)
        #: one tuple of channels per distinct route, shared by its connectors
        self.shared: dict[tuple[Channel, ...], tuple[Channel, ...]] = {}
        self.stage_rank = {sid: n for n, sid in enumerate(layout.stage_order)}
        self.lane_rank = {lid: n for n, lid in enumerate(layout.lane_order)}
        self.cells = layout.cells

    def position(self, channel: Channel, rank: int) -> float:
        """Where the ``rank``-th connector of ``channel`` runs (x or y): the
        first in the middle, the next ones on either side in turn, a track
        spacing apart; a full gutter starts again from the middle. A track
        depends on the rank alone, so a connector added at the end of the map's
        list moves no other one."""
        centre, half = self.x[channel] if channel >= 0 else self.y[~channel]
        spacing = min(TRACK_SPACING, half)
        if spacing <= 0:
            return centre
        slot = rank % (2 * int(half / spacing + 1e-9) + 1)  # self.tracks(channel), inline: the hot path of re-routing
        side = (slot + 1) // 2
        return centre + (side if slot % 2 else -side) * spacing

    def positions(self, channel: Channel, n: int) -> list[float]:
        """``[position(channel, rank) for rank in range(n)]``, by the same sums,
        the gutter's numbers looked up once (a full routing asks for ~800)."""
        centre, half = self.x[channel] if channel >= 0 else self.y[~channel]
        spacing = min(TRACK_SPACING, half)
        if spacing <= 0:
            return [centre] * n
        slots = 2 * int(half / spacing + 1e-9) + 1
        out = []
        for rank in range(n):
            slot = rank % slots
            side = (slot + 1) // 2
            out.append(centre + (side if slot % 2 else -side) * spacing)
        return out

    def tracks(self, channel: Channel) -> int:
        """How many connectors ``channel`` holds side by side."""
        half = (self.x[channel] if channel >= 0 else self.y[~channel])[1]
        spacing = min(TRACK_SPACING, half)
        return 2 * int(half / spacing + 1e-9) + 1 if spacing > 0 else 1

    def boundary_near(self, y1: float, y2: float) -> float:
        """The lane boundary between ``y1`` and ``y2`` nearest their middle (a
        label there sits between the lanes' cards), else the middle."""
        lo, hi = min(y1, y2), max(y1, y2)
        mid = (lo + hi) / 2
        centres = self.y_centres
        n = bisect.bisect_left(centres, mid)
        best = [c for c in centres[max(0, n - 1):n + 1] if lo < c < hi]
        return min(best, key=lambda c: abs(c - mid)) if best else mid


def _bands(edges: list[float], inner_half: float, pad: float) -> list[tuple[float, float]]:
    """(centre, half width) of the gutter at each edge; the outermost two lie
    inside the map, between its edge and the cards."""
    out = [(e, inner_half) for e in edges]
    if out:
        outer_half = max(0.0, pad / 2 - CARD_CLEARANCE)
        out[0] = (edges[0] + pad / 2, outer_half)
        out[-1] = (edges[-1] - pad / 2, outer_half)
    return out


#: (start x, start y, end x, end y, channels): where a connector leaves and
#: enters its cards, and the gutters it runs in.
Plan = tuple[float, float, float, float, tuple[Channel, ...]]


def plan(a: CardGeometry, b: CardGeometry, g: Gutters) -> Plan:
    """Where a connector from card ``a`` to card ``b`` starts and ends, and the gutters it runs in."""
    i, k = g.stage_rank[a.stage_id], g.stage_rank[b.stage_id]
    ra, rb = a.box, b.box  # relative to their cells
    ca, cb = g.cells[(a.stage_id, a.lane_id)], g.cells[(b.stage_id, b.lane_id)]
    ax, bx = ca.x + ra.x, cb.x + rb.x
    ay, by = ca.y + ra.y + ra.h / 2, cb.y + rb.y + rb.h / 2
    if k > i:
        return ax + ra.w, ay, bx, by, _channels(g, i + 1, k, a.lane_id, b.lane_id)
    if k < i:
        return ax, ay, bx + rb.w, by, _channels(g, i, k + 1, a.lane_id, b.lane_id)
    return ax + ra.w, ay, bx + rb.w, by, _channels(g, i + 1, i + 1, a.lane_id, b.lane_id)  # one column


def _channels(g: Gutters, v1: int, v2: int, source_lane: str, target_lane: str) -> tuple[Channel, ...]:
    """The gutter beside each column and, when those differ, the lane boundary
    between them: the middle one between the two lanes, or for one lane its
    bottom (its top for the last lane). One tuple per distinct route."""
    if v1 == v2:
        key: tuple[Channel, ...] = (v1,)
    else:
        j, l = g.lane_rank[source_lane], g.lane_rank[target_lane]
        if j == l:
            boundary = j if 0 < j == g.lane_count - 1 else j + 1
        else:
            boundary = (min(j, l) + 1 + max(j, l)) // 2
        key = (v1, ~boundary, v2)
    return g.shared.setdefault(key, key)


# A connector's tracks, its rank in each of its gutters, packed in one int:
# a route holds no more objects than it must (5,000 routes in a full layout).
_TRACK_BITS = 24
_TRACK_MASK = (1 << _TRACK_BITS) - 1


def pack_tracks(ranks: Iterable[int]) -> int:
    out = 0
    for i, rank in enumerate(ranks):
        out |= rank << (_TRACK_BITS * i)
    return out


def unpack_tracks(packed: int, n: int) -> list[int]:
    return [(packed >> (_TRACK_BITS * i)) & _TRACK_MASK for i in range(n)]


def build(connector_id: str, label: str, p: Plan, tracks: int, g: Gutters,
          at: Optional[tuple[float, ...]] = None) -> ConnectorGeometry:
    """The route of a planned connector on its (packed) tracks; ``at``: where
    those tracks run, when the caller has them already."""
    sx, ay, ex, by, channels = p
    if at is None:  # unpack_tracks, inline: every route an edit re-plans comes here
        position = g.position
        if len(channels) == 1:
            at = (position(channels[0], tracks & _TRACK_MASK),)
        else:
            at = (position(channels[0], tracks & _TRACK_MASK),
                  position(channels[1], (tracks >> _TRACK_BITS) & _TRACK_MASK),
                  position(channels[2], (tracks >> 2 * _TRACK_BITS) & _TRACK_MASK))
    if len(channels) == 1:
        x = at[0]
        coords = (sx, ay, ex, by) if ay == by else (sx, ay, x, ay, x, by, ex, by)
        label_at = (x, g.boundary_near(ay, by)) if label else None
    else:
        x1, y, x2 = at
        coords = (sx, ay, x1, ay, x1, y, x2, y, x2, by, ex, by)
        label_at = ((x1 + x2) / 2, y) if label else None
    geometry = _new(ConnectorGeometry)  # without the frozen dataclass's __init__ (5,000 of them)
    _set(geometry, "__dict__", {"connector_id": connector_id, "coords": coords, "label": label,
                                "channels": channels, "tracks": tracks, "label_at": label_at})
    return geometry


_new = object.__new__
_set = object.__setattr__


def _plan_of(route: ConnectorGeometry) -> Plan:
    c = route.coords
    return c[0], c[1], c[-2], c[-1], route.channels


def simplify(points: list[Point]) -> tuple[Point, ...]:
    """The corners of an orthogonal polyline: repeated points and straight-through ones dropped."""
    out: list[Point] = []
    for p in points:
        if out and p == out[-1]:
            continue
        if len(out) >= 2:
            q, r = out[-2], out[-1]
            if (q[0] == r[0] == p[0]) or (q[1] == r[1] == p[1]):
                out[-1] = p
                continue
        out.append(p)
    if len(out) == 1:
        out.append(out[0])
    return tuple(out)


Dirty = Callable[[Connector, ConnectorGeometry], bool]


def route(connectors: Iterable[Connector], layout: MapLayout) -> list[ConnectorGeometry]:
    """The routes of ``connectors`` whose two cards are laid out, in their order:
    plan each connector and count its place in its gutters, then build it on its track."""
    g = Gutters(layout)
    cards = layout.cards
    planned = []
    counts: dict[Channel, int] = {}
    for k in connectors:
        a, b = cards.get(k.source_id), cards.get(k.target_id)
        if a is None or b is None:  # a card in a collapsed lane
            continue
        p = plan(a, b, g)
        channels = p[4]
        c = channels[0]
        r0 = counts.get(c, 0)
        counts[c] = r0 + 1
        if len(channels) == 1:
            planned.append((k, p, r0, 0, 0))
            continue
        h, v = channels[1], channels[2]
        r1, r2 = counts.get(h, 0), counts.get(v, 0)
        counts[h], counts[v] = r1 + 1, r2 + 1
        planned.append((k, p, r0, r1, r2))
    at = {c: g.positions(c, n) for c, n in counts.items()}
    shift = _TRACK_BITS
    out = []
    for k, p, r0, r1, r2 in planned:
        channels = p[4]
        c = channels[0]
        if len(channels) == 1:
            out.append(build(k.id, k.label, p, r0, g, (at[c][r0],)))
        else:
            h, v = channels[1], channels[2]
            out.append(build(k.id, k.label, p, r0 | r1 << shift | r2 << 2 * shift, g,
                             (at[c][r0], at[h][r1], at[v][r2])))
    return out


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
                 lanes: frozenset[str] = frozenset()
                 ) -> Optional[tuple[list[ConnectorGeometry], dict[str, ConnectorGeometry]]]:
    """:func:`reroute` when no connector came or went: the connectors at a card
    in ``moved`` or in one of ``lanes`` (whose cells all moved, their cards with
    them) or along a gutter in ``boundaries`` are planned again, and when each
    keeps its gutters (so no track changes) only they are built again; the other
    routes are not looked at. None when one of them changed its gutters or came
    into or left the layout (call :func:`reroute`); else (the routes, the ones
    that changed by connector id)."""
    along = {r.connector_id for r in previous if boundaries and not boundaries.isdisjoint(r.channels)}
    if lanes:  # (written out: a lane step asks this of every connector's two cards)
        geometry = layout.cards
        at_card = []
        for k in connectors:
            a, b = geometry.get(k.source_id), geometry.get(k.target_id)
            if (k.id in along or k.source_id in moved or k.target_id in moved
                    or (a is not None and a.lane_id in lanes) or (b is not None and b.lane_id in lanes)):
                at_card.append(k)
    else:
        at_card = [k for k in connectors if k.id in along or k.source_id in moved or k.target_id in moved]
    changed: dict[str, ConnectorGeometry] = {}
    if not at_card:
        return previous, changed
    at = {r.connector_id: n for n, r in enumerate(previous)}
    cards = layout.cards
    g = Gutters(layout)
    out = previous
    for k in at_card:
        n = at.get(k.id)
        a, b = cards.get(k.source_id), cards.get(k.target_id)
        if n is None or a is None or b is None:
            return None  # a connector that comes into or leaves the layout (a card in a collapsed lane)
        old = previous[n]
        if k.source_id in moved or k.target_id in moved:
            p = plan(a, b, g)
            if p[4] != old.channels:
                return None
            new = build(k.id, k.label, p, old.tracks, g)
            if new == old:
                continue
        else:
            new = _in_same_cells(k, old, a, b, g)
            if new is old:
                continue
        if out is previous:
            out = list(previous)
        out[n] = changed[k.id] = new
    return out, changed


def _in_same_cells(k: Connector, old: ConnectorGeometry, a: CardGeometry, b: CardGeometry,
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
        if ay == c[1] and by == c[-1] and not k.label:  # (a label sits at the lane boundary nearest
            return old                                     # its middle, which may have moved)
        new = build(k.id, k.label, (c[0], ay, c[-2], by, channels), tracks, g)
        return old if new == old else new
    y = g.position(channels[1], (tracks >> _TRACK_BITS) & _TRACK_MASK)
    if ay == c[1] and by == c[-1] and y == c[5]:  # (sx, ay, x1, ay, x1, y, x2, y, x2, by, ex, by)
        return old
    return build(k.id, k.label, (c[0], ay, c[-2], by, channels), tracks, g, (c[2], y, c[8]))


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
        k, old, p = item if type(item) is tuple else (None, item, _plan_of(item))
        channels = p[4]
        kept = unpack_tracks(old.tracks, len(channels)) if old is not None else []
        tracks = pack_tracks([r if r is not None else kept[i] for i, r in enumerate(rank)])
        if k is None:
            if tracks != old.tracks:
                out[n] = build(old.connector_id, old.label, p, tracks, g)
        else:
            new = build(k.id, k.label, p, tracks, g)
            out[n] = old if old == new else new


def connector_path(connector_id: str, a: Rect, b: Rect, label: str = "") -> ConnectorGeometry:
    """An orthogonal elbow from card ``a`` to card ``b`` without the grid: the
    preview while a card is dragged or a connector is drawn."""
    ay, by = a.y + a.h / 2, b.y + b.h / 2
    if b.x >= a.right:
        sx, ex = a.right, b.x
        x = (sx + ex) / 2
    elif b.right <= a.x:
        sx, ex = a.x, b.right
        x = (sx + ex) / 2
    else:
        sx, ex = a.right, b.right
        x = max(a.right, b.right) + 9.0
    points = simplify([(sx, ay), (x, ay), (x, by), (ex, by)])
    return ConnectorGeometry(connector_id, tuple(v for p in points for v in p), label)
