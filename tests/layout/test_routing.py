"""Connectors run through the gutters between cells (issue 13, point 9): every
segment is horizontal or vertical, crosses no card but touches its own two at
its ends, stays clear of the emotion curve's labels, and parallel connectors
in one gutter do not overlap. The incremental layout routes the same."""

from __future__ import annotations

import random
from dataclasses import replace
from collections import Counter

import pytest

from cjm_desktop.layout import LayoutEngine, decor
from cjm_desktop.layout.incremental import relayout
from cjm_desktop.layout.routing import Gutters, horizontal
from cjm_desktop.model import Card, Connector, ObjectKind
from cjm_desktop.templates.generated import generate_map
from tools.salon_example import build as salon


def _segments(conn):
    return list(zip(conn.points, conn.points[1:]))


def _crosses(seg, r, margin: float) -> bool:
    """Whether a horizontal or vertical segment enters ``r`` grown by ``margin``
    (a negative margin: only its inside, its edges allowed)."""
    (x1, y1), (x2, y2) = seg
    left, right = r.x - margin, r.x + r.w + margin
    top, bottom = r.y - margin, r.y + r.h + margin
    return min(x1, x2) < right and max(x1, x2) > left and min(y1, y2) < bottom and max(y1, y2) > top


def check_routes(m, layout) -> int:
    ends = {k.id: (k.source_id, k.target_id) for k in m.connectors}
    labels = [h.rect for i, c in enumerate(layout.curves)
              for h in decor.point_label_halos(c, decor.point_label_offsets(layout)[i], layout.style)]
    cards = list(layout.cards.values())
    checked = 0
    for conn in layout.connectors:
        src, dst = ends[conn.connector_id]
        assert conn.start[0] in (layout.rect_of(src).x, layout.rect_of(src).right)
        assert conn.end[0] in (layout.rect_of(dst).x, layout.rect_of(dst).right)
        xs, ys = conn.coords[0::2], conn.coords[1::2]
        assert conn.box == conn.bounds == (min(xs), min(ys), max(xs), max(ys))  # worked out with the route
        for seg in _segments(conn):
            (x1, y1), (x2, y2) = seg
            assert x1 == x2 or y1 == y2, (conn.connector_id, seg)
            for g in cards:
                own = g.card_id in (src, dst)
                assert not _crosses(seg, layout.card_rect(g), -0.01 if own else 1.0), (conn.connector_id, seg, g.card_id)
            for r in labels:
                assert not _crosses(seg, r, 0.5), (conn.connector_id, seg, r)
            checked += 1
    return checked


def check_no_overlap(layout) -> None:
    """Two connectors share no stretch of line, but where both leave or enter one
    card's side, or in a gutter holding more connectors than it has tracks."""
    gutters = Gutters(layout)
    members = Counter(c for conn in layout.connectors for c in conn.channels)
    runs = {}
    for conn in layout.connectors:
        segs = _segments(conn)
        inner = dict(zip(range(1, len(segs) - 1), conn.channels)) if len(segs) > 2 else {}
        for n, ((x1, y1), (x2, y2)) in enumerate(segs):
            channel = inner.get(n)
            crowded = channel is not None and members[channel] > gutters.tracks(channel)
            key = ("v", x1) if x1 == x2 else ("h", y1)
            lo, hi = sorted((y1, y2) if x1 == x2 else (x1, x2))
            runs.setdefault(key, []).append((lo, hi, channel is None or crowded, conn.connector_id))
    for key, spans in runs.items():
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            if a[3] != b[3] and b[0] < a[1] - 0.01:
                assert a[2] and b[2], (key, a, b)


def test_the_salon_example_routes_through_the_gutters():
    m = salon("vi")
    layout = LayoutEngine().layout(m)
    assert len(layout.connectors) == len(m.connectors) > 5
    assert check_routes(m, layout) >= 3 * len(m.connectors)
    check_no_overlap(layout)


@pytest.mark.parametrize("seed", range(6))
def test_random_maps_route_through_the_gutters(seed):
    rng = random.Random(seed)
    m = generate_map(cards=rng.randrange(80, 400), stages=rng.randrange(2, 10), lanes=rng.randrange(2, 9),
                     personas=rng.randrange(1, 4), connectors=rng.randrange(20, 150), seed=seed)
    layout = LayoutEngine().layout(m)
    assert layout.connectors
    check_routes(m, layout)
    check_no_overlap(layout)


def test_a_long_connector_turns_along_a_lane_boundary_with_rounded_corners():
    m = salon("vi")
    layout = LayoutEngine().layout(m)
    far = [k for k in layout.connectors if len(k.channels) == 3]
    assert far, "the salon example has connectors across more than two columns"
    for k in far:
        y = k.points[2][1]
        edges = {layout.lane_headers[lid].y for lid in layout.lane_order}
        edges |= {layout.lane_headers[lid].bottom for lid in layout.lane_order}
        assert min(abs(y - e) for e in edges) <= layout.style.cell_padding
        outline = decor.connector_outline(k)
        assert sum(op[0] == "C" for op in outline) == len(k.points) - 2  # every corner rounded


def test_parallel_connectors_take_their_own_tracks():
    m = generate_map(cards=60, stages=3, lanes=3, personas=1, connectors=0, seed=3)
    by_cell = {}
    for c in m.cards:
        by_cell.setdefault((c.stage_id, c.lane_id), []).append(c)
    left = by_cell[(m.stages[0].id, m.lanes[0].id)]
    right = by_cell[(m.stages[1].id, m.lanes[1].id)]
    m.connectors = [Connector(source_id=a.id, target_id=b.id) for a, b in zip(left, right)][:4]
    layout = LayoutEngine().layout(m)
    xs = {k.points[1][0] for k in layout.connectors}
    assert len(xs) == len(layout.connectors) == 4
    gutter = layout.stage_headers[m.stages[0].id].right
    assert all(abs(x - gutter) < layout.style.cell_padding - 1 for x in xs)


def test_incremental_routes_equal_the_full_ones_when_a_lane_grows_under_a_connector():
    m = generate_map(cards=80, stages=5, lanes=4, personas=1, connectors=0, seed=11)
    lane = m.lanes[1]
    a = next(c for c in m.cards if c.lane_id == lane.id and c.stage_id == m.stages[0].id)
    b = next(c for c in m.cards if c.lane_id == lane.id and c.stage_id == m.stages[3].id)
    m.connectors = [Connector(source_id=a.id, target_id=b.id)]
    engine = LayoutEngine()
    before = engine.layout(m)
    assert before.connectors[0].channels[1] == horizontal(2)  # along the lane's bottom
    tall = Card(stage_id=m.stages[4].id, lane_id=lane.id, order=99, title="cao " * 40, body="dài " * 200)
    m.cards.append(tall)
    done = relayout(engine, m, before, {ObjectKind.CARDS: [tall.id]})
    assert done.layout.lane_headers[lane.id].h > before.lane_headers[lane.id].h
    assert done.layout.connectors == engine.layout(m).connectors
    assert done.connectors and done.layout.connectors[0] != before.connectors[0]


def test_a_card_edit_reroutes_only_its_gutters():
    m = generate_map(cards=400, stages=8, lanes=6, personas=1, connectors=150, seed=2)
    engine = LayoutEngine()
    before = engine.layout(m)
    card = next(c for c in m.cards if c.id == m.connectors[0].source_id)
    card.body = card.body + " thêm"
    done = relayout(engine, m, before, {ObjectKind.CARDS: [card.id]})
    assert done.layout.connectors == engine.layout(m).connectors
    kept = sum(a is b for a, b in zip(done.layout.connectors, before.connectors))
    assert kept >= len(before.connectors) * 0.8


def _label_pills_on_cards(m, layout) -> list:
    hits = []
    for conn in layout.connectors:
        pill = decor.connector_label_pill(conn)
        if pill is None:
            continue
        r = pill.rect
        for g in layout.cards.values():
            c = layout.card_rect(g)
            if r.x < c.x + c.w and c.x < r.x + r.w and r.y < c.y + c.h and c.y < r.y + r.h:
                hits.append((conn.connector_id, g.card_id))
    return hits


def test_connector_labels_sit_between_the_lanes_clear_of_the_cards():
    m = salon("vi")
    layout = LayoutEngine().layout(m)
    assert sum(bool(k.label) for k in layout.connectors) >= 5
    assert _label_pills_on_cards(m, layout) == []


@pytest.mark.parametrize("seed", [1, 2])
def test_incremental_routes_equal_the_full_ones_after_connector_and_card_edits(seed):
    from tests.layout.test_incremental_layout import _edit

    m = generate_map(cards=200, stages=6, lanes=5, personas=1, connectors=60, seed=seed)
    rng = random.Random(seed)
    engine = LayoutEngine()
    layout = engine.layout(m)
    for step in range(80):
        kind = rng.choice(["card", "card", "add", "remove", "reorder", "label"])
        touched = {}
        if kind == "card":
            touched[ObjectKind.CARDS] = _edit(m, rng, step)
        elif kind == "add":
            a, b = rng.sample(m.cards, 2)
            k = Connector(source_id=a.id, target_id=b.id, label=rng.choice(["", "rồi"]))
            m.connectors.insert(rng.randrange(len(m.connectors) + 1), k)
            touched[ObjectKind.CONNECTORS] = [k.id]
        elif kind == "remove" and m.connectors:
            k = m.connectors.pop(rng.randrange(len(m.connectors)))
            touched[ObjectKind.CONNECTORS] = [k.id]
        elif kind == "reorder" and len(m.connectors) > 2:
            k = m.connectors.pop(0)
            m.connectors.append(k)
            touched[ObjectKind.CONNECTORS] = [k.id]
        elif m.connectors:
            k = rng.choice(m.connectors)
            k.label = f"bước {step}"
            touched[ObjectKind.CONNECTORS] = [k.id]
        done = relayout(engine, m, layout, touched)
        assert done.layout.connectors == LayoutEngine().layout(m).connectors, (step, kind)
        layout = done.layout


def test_a_new_connector_moves_no_other_route():
    m = generate_map(cards=200, stages=5, lanes=4, personas=1, connectors=40, seed=9)
    engine = LayoutEngine()
    before = engine.layout(m)
    a, b = m.cards[0], m.cards[-1]
    k = Connector(source_id=a.id, target_id=b.id, label="mới")
    m.connectors.append(k)
    done = relayout(engine, m, before, {ObjectKind.CONNECTORS: [k.id]})
    assert all(x is y for x, y in zip(done.layout.connectors, before.connectors))
    assert done.layout.connectors[-1].connector_id == k.id
    assert done.layout.connectors == engine.layout(m).connectors


def test_a_card_moved_in_its_cell_rebuilds_only_its_connectors_and_a_change_of_gutters_goes_the_long_way():
    from cjm_desktop.layout.rerouting import reroute_kept

    m = generate_map(cards=300, stages=6, lanes=5, personas=1, connectors=60, seed=12)
    engine = LayoutEngine()
    before = engine.layout(m)
    k = m.connectors[0]
    card = next(c for c in m.cards if c.id == k.source_id)
    stack = m.cards_in(card.stage_id, card.lane_id)
    for i, c in enumerate([card] + [c for c in stack if c is not card]):  # to the top of its cell
        c.order = i
    snapshot = list(before.connectors)
    done = relayout(engine, m, before, {ObjectKind.CARDS: {c.id for c in stack}})
    assert done.routes is not None and k.id in done.routes  # the fast path, and it told which
    assert done.layout.connectors == engine.layout(m).connectors
    for old, new in zip(snapshot, done.layout.connectors):
        assert (new is old) == (new.connector_id not in done.routes)
    # the card goes to another stage: its connector runs in other gutters
    card.stage_id = m.stages[(next(i for i, s in enumerate(m.stages) if s.id == card.stage_id) + 2) % 6].id
    full = engine.layout(m)
    assert reroute_kept(m.connectors, full, done.layout.connectors, frozenset({card.id})) is None
    again = relayout(engine, m, done.layout, {ObjectKind.CARDS: {card.id}})
    assert again.layout.connectors == full.connectors


def test_a_gutters_positions_are_its_tracks_one_by_one():
    """Gutters.positions (what a full routing asks for) gives each rank the place
    position gives it, for full and narrow gutters and more connectors than tracks."""
    from cjm_desktop.layout.routing import Gutters

    m = generate_map(cards=200, stages=5, lanes=4, personas=1, connectors=30, seed=3)
    g = Gutters(LayoutEngine().layout(m))
    channels = list(range(len(g.x))) + [~n for n in range(len(g.y))]
    g.x[0] = (g.x[0][0], 0.0)  # a gutter without room: every track in the middle
    for c in channels:
        assert g.positions(c, 3 * g.tracks(c) + 2) == [g.position(c, r) for r in range(3 * g.tracks(c) + 2)]


def test_a_routes_bounds_are_its_corners_whether_or_not_the_router_made_it():
    from cjm_desktop.layout.routing import connector_path
    from cjm_desktop.layout.types import Rect

    preview = connector_path("k", Rect(10, 20, 50, 30), Rect(200, 90, 50, 30))
    assert preview.box is None  # made without the grid: its bounds come from its corners
    assert preview.bounds == (60, 35, 200, 105)
    routed = LayoutEngine().layout(salon("vi")).connectors[0]
    assert routed == replace(routed, box=None)  # the box is not part of what makes two routes equal


@pytest.mark.parametrize("seed", [3, 5])
def test_routing_again_from_the_previous_routes_keeps_the_equal_ones_as_they_were(seed):
    """``route(..., previous)`` equals routing afresh, route for route; an equal
    route is the previous object and every other one differs from the previous
    one, across lanes and stages added, grown and removed, with labelled
    connectors in one gutter and along a lane boundary."""
    from cjm_desktop.layout.routing import route
    from cjm_desktop.model import Lane, Stage

    m = generate_map(cards=150, stages=6, lanes=6, personas=1, connectors=50, seed=seed)
    rng = random.Random(seed)
    for k in m.connectors[::3]:
        k.label = rng.choice(["rồi", "sau đó hỏi lại"])
    engine = LayoutEngine()
    previous = engine.layout(m).connectors
    kept = fresh = 0
    for step in range(12):
        if step % 4 == 0:
            m.lanes.insert(rng.randrange(len(m.lanes) + 1), Lane(title=f"làn {step}"))
        elif step % 4 == 1:
            m.stages.insert(rng.randrange(len(m.stages) + 1), Stage(title=f"giai đoạn {step}"))
        elif step % 4 == 2:
            lane = rng.choice(m.lanes)
            lane.height = (lane.height or 120) + 60
        else:
            gone = m.lanes[rng.randrange(len(m.lanes))].id
            left = {c.id for c in m.cards if c.lane_id != gone}
            m.connectors = [k for k in m.connectors if {k.source_id, k.target_id} <= left]
            m.cards = [c for c in m.cards if c.id in left]
            m.lanes = [lane for lane in m.lanes if lane.id != gone]
        layout = engine.layout(m)
        again = route(m.connectors, layout, previous)
        assert again == route(m.connectors, layout), step
        before = {r.connector_id: r for r in previous}
        for r in again:
            old = before.get(r.connector_id)
            if old is not None and old == r:
                assert r is old, step
                kept += 1
            else:
                fresh += 1
        previous = again
    assert kept and fresh  # some routes stayed, some moved


def assert_out_of(true, area, step) -> None:
    """A route put off: its true line and its label's pill lie outside ``area``."""
    pill = decor.connector_label_pill(true)
    assert not _meets(true.bounds, area), (step, true.connector_id)
    assert pill is None or not _meets((pill.rect.x, pill.rect.y, pill.rect.right, pill.rect.bottom),
                                      area), (step, true.connector_id)


def _meets(box, area) -> bool:
    return box[0] <= area[2] and box[2] >= area[0] and box[1] <= area[3] and box[3] >= area[1]


@pytest.mark.parametrize("seed", [3, 4])
def test_routes_put_off_outside_an_area_are_exact_where_seen_and_once_worked_out(seed):
    """A relayout given an area (what a view shows) may put off the routes that
    only move up or down with their lanes outside it. After every edit each
    route not put off is the full layout's, no route put off has its true line
    in the area, and working them out gives the full layout's routes."""
    from tests.layout.test_incremental_layout import _edit
    from cjm_desktop.layout import finish_routes

    m = generate_map(cards=300, stages=6, lanes=8, personas=1, connectors=80, seed=seed)
    rng = random.Random(seed)
    engine = LayoutEngine()
    layout = engine.layout(m)
    put_off = 0
    for step in range(80):
        if step % 4 == 0:  # the view stays a while, then scrolls
            left, top = rng.uniform(0, layout.width), rng.uniform(0, layout.height)
            area = (left, top, left + rng.uniform(50, 900), top + rng.uniform(50, 900))
            finish_routes(layout, area)  # what it may show now is worked out first
        touched = _delete_connected(m, rng) if step % 5 == 4 else {ObjectKind.CARDS: _edit(m, rng, step)}
        if step % 7 == 6 and m.connectors:
            k = rng.choice(m.connectors)
            k.label = rng.choice(["", f"bước {step}", "chuyển sang kênh tổng đài sau khi chờ quá lâu"])
            touched[ObjectKind.CONNECTORS] = [k.id]
        layout = relayout(engine, m, layout, touched, area).layout
        fresh = {r.connector_id: r for r in engine.layout(m).connectors}
        due = layout.routes_due
        put_off += len(due)
        for r in layout.connectors:
            if r.connector_id in due:
                assert_out_of(fresh[r.connector_id], area, step)
                assert not _meets(decor.label_reach(r.bounds, r.label), area), (step, r.connector_id)  # as drawn
            else:
                assert r == fresh[r.connector_id], (step, r.connector_id)
        if step % 20 == 19:
            finish_routes(layout)  # the user paused
            assert not layout.routes_due and layout.connectors == list(fresh.values())
    assert put_off > 50  # (the edits did put routes off)
    finish_routes(layout)
    assert layout == engine.layout(m)


def _delete_connected(m, rng: random.Random) -> dict:
    """A card that has connectors deleted, and its connectors with it (as the
    Delete command does: a connector goes, so every gutter it ran in is
    counted again); what it touched."""
    ends = {k.source_id for k in m.connectors} | {k.target_id for k in m.connectors}
    card = rng.choice([c for c in m.cards if c.id in ends])
    gone = [k for k in m.connectors if card.id in (k.source_id, k.target_id)]
    for k in gone:
        m.connectors.remove(k)
    cell = (card.stage_id, card.lane_id)
    m.cards.remove(card)
    stack = m.cards_in(*cell)
    for i, c in enumerate(stack):
        c.order = i
    return {ObjectKind.CARDS: {card.id} | {c.id for c in stack}, ObjectKind.CONNECTORS: {k.id for k in gone}}


def _two_cards(m, lane_a: int, lane_b: int):
    a = next(c for c in m.cards if c.lane_id == m.lanes[lane_a].id and c.stage_id == m.stages[0].id)
    b = next(c for c in m.cards if c.lane_id == m.lanes[lane_b].id and c.stage_id == m.stages[3].id)
    return a, b


def _grow_top_lane(m, step: int) -> set[str]:
    """A card more at the bottom of every cell of the top lane: it grows."""
    lane = m.lanes[0].id
    new = [Card(stage_id=s.id, lane_id=lane, order=99, title=f"Thêm {step}", body="Chờ phản hồi quá lâu.")
           for s in m.stages]
    m.cards += new
    return {c.id for c in new}


def _route(layout, connector_id):
    return next(r for r in layout.connectors if r.connector_id == connector_id)


def test_a_route_put_off_twice_counts_both_moves():
    """Put off at one edit, a route moves again at the next: it is worked out if
    its line, moved by both, may reach the area (not by the last move alone)."""
    from cjm_desktop.layout import finish_routes

    m = generate_map(cards=120, stages=5, lanes=5, personas=1, connectors=0, seed=7)
    a, b = _two_cards(m, 2, 3)
    k = Connector(source_id=a.id, target_id=b.id)
    m.connectors = [k]
    engine = LayoutEngine()
    first = engine.layout(m)
    stale = _route(first, k.id)
    far = (first.width + 1000, 0, first.width + 2000, 10)  # right of the map: the route is put off
    layout = relayout(engine, m, first, {ObjectKind.CARDS: _grow_top_lane(m, 1)}, far).layout
    assert k.id in layout.routes_due and _route(layout, k.id) is stale
    once = _route(engine.layout(m), k.id)
    touched = _grow_top_lane(m, 2)
    true = _route(engine.layout(m), k.id)
    moved_first, moved_then = once.bounds[3] - stale.bounds[3], true.bounds[3] - once.bounds[3]
    assert moved_first > 2 and moved_then > 2
    # a band the line reaches after both moves, out of reach of either move alone
    area = (stale.bounds[0], true.bounds[3] - 1, stale.bounds[2], true.bounds[3] + 1)
    finish_routes(layout, area)  # the view scrolls there before the edit
    assert k.id in layout.routes_due
    layout = relayout(engine, m, layout, {ObjectKind.CARDS: touched}, area).layout
    assert k.id not in layout.routes_due and _route(layout, k.id) == true


def test_a_label_below_a_route_counts_when_it_is_put_off():
    """A label's pill reaches past its route's line (along the lane's bottom):
    an area the pill reaches and the line does not gets the route worked out."""
    m = generate_map(cards=120, stages=5, lanes=5, personas=1, connectors=0, seed=7)
    a, b = _two_cards(m, 2, 2)
    k = Connector(source_id=a.id, target_id=b.id, label="gọi lại")
    m.connectors = [k]
    engine = LayoutEngine()
    first = engine.layout(m)
    layout_touched = _grow_top_lane(m, 1)
    true = _route(engine.layout(m), k.id)
    pill = decor.connector_label_pill(true).rect
    assert pill.bottom > true.bounds[3] + 2  # the pill hangs below the line
    area = (true.bounds[0], true.bounds[3] + 1, true.bounds[2], true.bounds[3] + 2)
    layout = relayout(engine, m, first, {ObjectKind.CARDS: layout_touched}, area).layout
    assert k.id not in layout.routes_due and _route(layout, k.id) == true


def _far_area(layout) -> tuple[float, float, float, float]:
    """An area right of the map: every route that may be put off is."""
    return layout.width + 1000, 0, layout.width + 2000, 10


def test_a_connector_edit_leaves_the_routes_put_off_and_routes_the_edited_one_alone():
    """A label edited (or an end moved to another card) plans that connector
    again and no other: the routes an earlier edit put off stay put off, and
    every route is still what a full layout gives once they are worked out."""
    from cjm_desktop.layout import finish_routes

    m = generate_map(cards=200, stages=5, lanes=6, personas=1, connectors=40, seed=11)
    engine = LayoutEngine()
    layout = engine.layout(m)
    area = _far_area(layout)
    layout = relayout(engine, m, layout, {ObjectKind.CARDS: _grow_top_lane(m, 1)}, area).layout
    due = dict(layout.routes_due)
    assert len(due) > 10
    before = list(layout.connectors)
    edited = next(k for k in m.connectors if k.id not in due)
    edited.label = "gọi lại sau 2 ngày"
    done = relayout(engine, m, layout, {ObjectKind.CONNECTORS: [edited.id]}, area)
    assert done.layout.routes_due == due  # not worked out by a label edit
    assert set(done.routes) == {edited.id}
    assert all(a is b for a, b in zip(done.layout.connectors, before) if a.connector_id != edited.id)
    assert _route(done.layout, edited.id) == _route(engine.layout(m), edited.id)
    finish_routes(done.layout)
    assert done.layout == engine.layout(m)


@pytest.mark.parametrize("seed", [5, 6])
def test_connector_edits_route_as_the_full_layout_does(seed):
    """Labels, ends moved to another card (in another column or lane, or put off
    before), connectors reordered in the list and one deleted, each named by
    the change: the layout equals the full one."""
    from cjm_desktop.layout import finish_routes

    m = generate_map(cards=240, stages=6, lanes=6, personas=1, connectors=50, seed=seed)
    rng = random.Random(seed)
    engine = LayoutEngine()
    layout = engine.layout(m)
    area = (0.0, 0.0, layout.width / 2, layout.height / 3)
    kinds = Counter()
    for step in range(60):
        touched = {ObjectKind.CARDS: _grow_top_lane(m, step)} if step % 5 == 0 else {}
        k = rng.choice(m.connectors)
        kind = rng.choice(["label", "label", "end", "reorder", "delete"])
        if kind == "label":
            k.label = rng.choice(["", f"bước {step}", "chuyển sang kênh tổng đài sau khi chờ quá lâu"])
            ids = [k.id]
        elif kind == "end":
            k.source_id = rng.choice([c.id for c in m.cards if c.id != k.target_id])
            ids = [k.id]
        elif kind == "reorder":
            i = m.connectors.index(k)
            m.connectors.insert(rng.randrange(len(m.connectors)), m.connectors.pop(i))
            ids = [k.id]
        else:
            m.connectors.remove(k)
            ids = [k.id]
        kinds[kind] += 1
        touched[ObjectKind.CONNECTORS] = ids
        layout = relayout(engine, m, layout, touched, area).layout
        fresh = {r.connector_id: r for r in engine.layout(m).connectors}
        for r in layout.connectors:
            if r.connector_id not in layout.routes_due:
                assert r == fresh[r.connector_id], (step, kind, r.connector_id)
        if step % 10 == 9:
            finish_routes(layout)
            assert layout == engine.layout(m), (step, kind)
    assert min(kinds.values()) > 3, kinds
