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
in map order to give them their tracks. Routing again after an edit, from the
previous routes, is :mod:`.rerouting`.
"""

from __future__ import annotations

import bisect
from typing import Iterable, Optional, Protocol

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
        return _track(*self._spread(channel), rank)

    def positions(self, channel: Channel, n: int) -> list[float]:
        """``[position(channel, rank) for rank in range(n)]``, the gutter's
        numbers looked up once (a full routing asks for ~800)."""
        centre, spacing, slots = self._spread(channel)
        return [_track(centre, spacing, slots, rank) for rank in range(n)]

    def tracks(self, channel: Channel) -> int:
        """How many connectors ``channel`` holds side by side."""
        return self._spread(channel)[2]

    def _spread(self, channel: Channel) -> tuple[float, float, int]:
        """(centre, spacing of its tracks, how many tracks) of a gutter; one track,
        in the middle, when it has no room."""
        centre, half = self.x[channel] if channel >= 0 else self.y[~channel]
        spacing = min(TRACK_SPACING, half)
        return (centre, spacing, 2 * int(half / spacing + 1e-9) + 1) if spacing > 0 else (centre, spacing, 1)

    def boundary_near(self, y1: float, y2: float) -> float:
        """The lane boundary between ``y1`` and ``y2`` nearest their middle (a
        label there sits between the lanes' cards), else the middle."""
        lo, hi = min(y1, y2), max(y1, y2)
        mid = (lo + hi) / 2
        centres = self.y_centres
        n = bisect.bisect_left(centres, mid)
        best = [c for c in centres[max(0, n - 1):n + 1] if lo < c < hi]
        return min(best, key=lambda c: abs(c - mid)) if best else mid


def _track(centre: float, spacing: float, slots: int, rank: int) -> float:
    """The place of the ``rank``-th track of a gutter (see :meth:`Gutters.position`)."""
    slot = rank % slots
    side = (slot + 1) // 2
    return centre + (side if slot % 2 else -side) * spacing


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
    channels = ranked_channels(g, i, k, g.lane_rank[a.lane_id], g.lane_rank[b.lane_id])
    if k > i:
        return ax + ra.w, ay, bx, by, channels
    if k < i:
        return ax, ay, bx + rb.w, by, channels
    return ax + ra.w, ay, bx + rb.w, by, channels  # one column


def ranked_channels(g: Gutters, i: int, k: int, j: int, l: int) -> tuple[Channel, ...]:
    """The gutters of a connector from stage ``i`` and lane ``j`` to stage ``k``
    and lane ``l`` (ranks): beside the source's column on the target's side, and
    beside the target's column on the source's side (the right of a single column)."""
    if k > i:
        return _channels(g, i + 1, k, j, l)
    if k < i:
        return _channels(g, i, k + 1, j, l)
    return _channels(g, i + 1, i + 1, j, l)


def _channels(g: Gutters, v1: int, v2: int, j: int, l: int) -> tuple[Channel, ...]:
    """The gutter beside each column and, when those differ, the lane boundary
    between them (lanes ``j`` and ``l``, by rank): the middle one between the two
    lanes, or for one lane its bottom (its top for the last lane). One tuple per
    distinct route."""
    if v1 == v2:
        key: tuple[Channel, ...] = (v1,)
    else:
        if j == l:
            boundary = j if 0 < j == g.lane_count - 1 else j + 1
        else:
            boundary = (min(j, l) + 1 + max(j, l)) // 2
        key = (v1, ~boundary, v2)
    return g.shared.setdefault(key, key)


#: A connector's tracks, its rank in each of its gutters, packed in one int
#: (this many bits each): a route holds no more objects than it must.
TRACK_BITS = 24
TRACK_MASK = (1 << TRACK_BITS) - 1


def pack_tracks(ranks: Iterable[int]) -> int:
    out = 0
    for i, rank in enumerate(ranks):
        out |= rank << (TRACK_BITS * i)
    return out


def unpack_tracks(packed: int, n: int) -> list[int]:
    return [(packed >> (TRACK_BITS * i)) & TRACK_MASK for i in range(n)]


def build(connector_id: str, label: str, p: Plan, tracks: int, g: Gutters,
          at: Optional[tuple[float, ...]] = None) -> ConnectorGeometry:
    """The route of a planned connector on its (packed) tracks; ``at``: where
    those tracks run, when the caller has them already."""
    channels = p[4]
    if at is None:  # unpack_tracks, inline: every route an edit re-plans comes here
        position = g.position
        if len(channels) == 1:
            at = (position(channels[0], tracks & TRACK_MASK),)
        else:
            at = (position(channels[0], tracks & TRACK_MASK),
                  position(channels[1], (tracks >> TRACK_BITS) & TRACK_MASK),
                  position(channels[2], (tracks >> 2 * TRACK_BITS) & TRACK_MASK))
    return _made(connector_id, label, channels, tracks, _corners(p, at), _label_at(label, p, at, g))


def _corners(p: Plan, at: tuple[float, ...]) -> tuple[float, ...]:
    """A planned route's corners (x, y, x, y, ...) on tracks that run ``at``."""
    sx, ay, ex, by = p[0], p[1], p[2], p[3]
    if len(at) == 1:
        x = at[0]
        return (sx, ay, ex, by) if ay == by else (sx, ay, x, ay, x, by, ex, by)
    x1, y, x2 = at
    return (sx, ay, x1, ay, x1, y, x2, y, x2, by, ex, by)


def _label_at(label: str, p: Plan, at: tuple[float, ...], g: Gutters) -> Optional[tuple[float, float]]:
    """Where a planned route's label sits: on its track down, at the lane boundary
    nearest the middle of its ends (one gutter), or in the middle of its run
    along a lane boundary."""
    if not label:
        return None
    if len(at) == 1:
        return at[0], g.boundary_near(p[1], p[3])
    return (at[0] + at[2]) / 2, at[1]


def _made(connector_id: str, label: str, channels: tuple[Channel, ...], tracks: int, c: tuple[float, ...],
          label_at: Optional[tuple[float, float]]) -> ConnectorGeometry:
    n = len(c)
    if n == 12:  # (sx, ay, x1, ay, x1, y, x2, y, x2, by, ex, by)
        box = (min(c[0], c[2], c[6], c[10]), min(c[1], c[5], c[9]), max(c[0], c[2], c[6], c[10]),
               max(c[1], c[5], c[9]))
    elif n == 8:  # (sx, ay, x, ay, x, by, ex, by)
        box = (min(c[0], c[2], c[6]), min(c[1], c[5]), max(c[0], c[2], c[6]), max(c[1], c[5]))
    else:
        box = (min(c[0], c[2]), c[1], max(c[0], c[2]), c[1])
    geometry = _new(ConnectorGeometry)  # without the frozen dataclass's __init__ (5,000 of them)
    _set(geometry, "__dict__", {"connector_id": connector_id, "coords": c, "label": label, "channels": channels,
                                "tracks": tracks, "label_at": label_at, "box": box})
    return geometry


_new = object.__new__
_set = object.__setattr__


def plan_of(route: ConnectorGeometry) -> Plan:
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


class PutOff(Protocol):
    """What :func:`route` may leave for later (:class:`~.rerouting.FramePutOff`):
    a route between stages and lanes (by rank) that all lie before or after
    these may be left as it is for now."""

    stages: tuple[int, int]
    lanes: tuple[int, int]

    def wait(self, k: Connector, tracks: int, ranks: tuple[int, int, int, int]) -> None:
        """``k``'s route, left for now, runs on these (packed) tracks, between
        these stages and lanes (first stage, last stage, first lane, last lane)."""


def route(connectors: Iterable[Connector], layout: MapLayout,
          previous: Iterable[ConnectorGeometry] = (), put_off: Optional[PutOff] = None) -> list[ConnectorGeometry]:
    """The routes of ``connectors`` whose two cards are laid out, in their order:
    plan each connector and count its place in its gutters, then build it on
    its track. A route equal to one of ``previous`` (the layout's before an
    edit) is that object, so renderers skip it; it is found equal from its
    corners and tracks, before a new route is made. A connector whose stages
    and lanes all lie outside ``put_off``'s keeps its previous route in the
    list, and only its gutters are worked out (for the others' tracks);
    ``put_off`` is told its tracks."""
    g = Gutters(layout)
    planned, counts = _ranked(connectors, layout.cards, g, {r.connector_id: r for r in previous}, put_off)
    at = {c: g.positions(c, n) for c, n in counts.items()}
    shift = TRACK_BITS
    out = []
    for k, p, old, r0, r1, r2 in planned:
        if len(p) == 4:  # put off: (its first and last stage, its first and last lane)
            put_off.wait(k, r0 | r1 << shift | r2 << 2 * shift, p)
            out.append(old)
            continue
        channels = p[4]
        if len(channels) == 1:
            tracks, where = r0, (at[channels[0]][r0],)
        else:
            tracks, where = r0 | r1 << shift | r2 << 2 * shift, (at[channels[0]][r0], at[channels[1]][r1],
                                                               at[channels[2]][r2])
        coords, label = _corners(p, where), k.label
        label_at = _label_at(label, p, where, g) if label else None
        if (old is not None and old.coords == coords and old.tracks == tracks and old.label == label
                and old.channels == channels and old.label_at == label_at):
            out.append(old)
        else:
            out.append(_made(k.id, label, channels, tracks, coords, label_at))
    return out


def _ranked(connectors: Iterable[Connector], cards: dict, g: Gutters, before: dict,
            put_off: Optional[PutOff]) -> tuple[list[tuple], dict[Channel, int]]:
    """Each connector's plan (or, for one ``put_off`` leaves for later, its first
    and last stage and lane, by rank), its previous route and its rank in each of
    its gutters, in map order; and how many connectors each gutter holds."""
    planned: list[tuple] = []
    counts: dict[Channel, int] = {}
    count = counts.get
    stage_rank, lane_rank = g.stage_rank, g.lane_rank
    (s0, s1), (l0, l1) = (put_off.stages, put_off.lanes) if put_off is not None else ((0, -1), (0, -1))
    for k in connectors:
        a, b = cards.get(k.source_id), cards.get(k.target_id)
        if a is None or b is None:  # a card in a collapsed lane
            continue
        old = before.get(k.id) if before else None
        p = None
        if put_off is not None and old is not None:  # (written out: 300 connectors a grid change)
            i, n, j, m = stage_rank[a.stage_id], stage_rank[b.stage_id], lane_rank[a.lane_id], lane_rank[b.lane_id]
            first, last = (i, n) if i < n else (n, i)
            top, bottom = (j, m) if j < m else (m, j)
            if first > s1 or last < s0 or top > l1 or bottom < l0:  # wholly before or after what may show
                p, channels = (first, last, top, bottom), ranked_channels(g, i, n, j, m)
        if p is None:
            p = plan(a, b, g)
            channels = p[4]
        c = channels[0]
        r0 = count(c, 0)
        counts[c] = r0 + 1
        if len(channels) == 1:
            planned.append((k, p, old, r0, 0, 0))
            continue
        h, v = channels[1], channels[2]
        r1, r2 = count(h, 0), count(v, 0)
        counts[h], counts[v] = r1 + 1, r2 + 1
        planned.append((k, p, old, r0, r1, r2))
    return planned, counts


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
