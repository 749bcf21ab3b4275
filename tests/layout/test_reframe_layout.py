"""The layout after a change of stages or lanes (layout.reframing.reframe) is the full layout.

Random changes of the grid as the editor makes them (a stage or lane added,
with or without cards, removed with its cards and their connectors, moved,
resized, collapsed and expanded, given another kind or minimum height), mixed
with card edits, on generated maps with connectors, emotion curves and a
collapsed lane: after every step the layout must equal
``LayoutEngine().layout(map)``, and the cards of cells that neither moved nor
changed keep their geometry objects.
"""

from __future__ import annotations

import random

import pytest

from cjm_desktop.layout import LayoutEngine, decor, reframe
from cjm_desktop.model import Card, Lane, LaneKind, ObjectKind, Stage, new_id
from cjm_desktop.templates.generated import generate_map
from tests.layout.test_incremental_layout import _edit, assert_same_layout


def _drop(m, field: str, value: str) -> dict:
    """Remove a stage's or lane's cards and their connectors, as DeleteStageCommand does."""
    gone = {c.id for c in m.cards if getattr(c, field) == value}
    links = {k.id for k in m.connectors if k.source_id in gone or k.target_id in gone}
    m.cards[:] = [c for c in m.cards if c.id not in gone]
    m.connectors[:] = [k for k in m.connectors if k.id not in links]
    emotions = set()
    if field == "stage_id":
        emotions = {e.persona_id for e in m.emotions if e.stage_id == value}
        m.emotions[:] = [e for e in m.emotions if e.stage_id != value]
    return {ObjectKind.CARDS: gone, ObjectKind.CONNECTORS: links, ObjectKind.EMOTIONS: emotions}


def _grid_edit(m, rng: random.Random, step: int) -> dict:
    """One change of the grid, as a command makes it; what it touched."""
    kind = rng.choice(["add stage", "add lane", "add stage with cards", "add lane with cards", "delete stage",
                       "delete lane", "move stage", "move lane", "resize stage", "collapse", "lane kind",
                       "lane height"])
    if kind.startswith("add stage"):
        stage = Stage(title=f"Giai đoạn {step}", width=rng.choice([220.0, 260.0, 300.0]))
        m.stages.insert(rng.randrange(len(m.stages) + 1), stage)
        touched = {ObjectKind.STAGES: {stage.id}}
        if kind.endswith("cards"):
            cards = [Card(id=new_id(), stage_id=stage.id, lane_id=rng.choice(m.lanes).id, order=i,
                          title=f"Thẻ {step}.{i}", body="Khách hàng chờ. " * rng.randrange(0, 6)) for i in range(5)]
            m.cards.extend(cards)
            touched[ObjectKind.CARDS] = {c.id for c in cards}
        return touched
    if kind.startswith("add lane"):
        lane = Lane(title=f"Làn {step}", kind=rng.choice([LaneKind.CUSTOM, LaneKind.ACTIONS, LaneKind.PAIN_POINTS]))
        m.lanes.insert(rng.randrange(len(m.lanes) + 1), lane)
        touched = {ObjectKind.LANES: {lane.id}}
        if kind.endswith("cards"):
            cards = [Card(id=new_id(), stage_id=rng.choice(m.stages).id, lane_id=lane.id, order=i,
                          title=f"Thẻ {step}.{i}") for i in range(4)]
            m.cards.extend(cards)
            touched[ObjectKind.CARDS] = {c.id for c in cards}
        return touched
    if kind == "delete stage" and len(m.stages) > 2:
        stage = m.stages.pop(rng.randrange(len(m.stages)))
        return {ObjectKind.STAGES: {stage.id}, **_drop(m, "stage_id", stage.id)}
    if kind == "delete lane" and len(m.lanes) > 2:
        lane = m.lanes.pop(rng.randrange(len(m.lanes)))
        return {ObjectKind.LANES: {lane.id}, **_drop(m, "lane_id", lane.id)}
    if kind == "move stage":
        stage = m.stages.pop(rng.randrange(len(m.stages)))
        m.stages.insert(rng.randrange(len(m.stages) + 1), stage)
        return {ObjectKind.STAGES: {stage.id}}
    if kind == "move lane":
        lane = m.lanes.pop(rng.randrange(len(m.lanes)))
        m.lanes.insert(rng.randrange(len(m.lanes) + 1), lane)
        return {ObjectKind.LANES: {lane.id}}
    if kind == "resize stage":
        stage = rng.choice(m.stages)
        stage.width = max(160.0, stage.width + rng.choice([-40.0, 40.0, 80.0]))
        return {ObjectKind.STAGES: {stage.id}}
    lane = rng.choice(m.lanes)
    if kind == "collapse":
        lane.collapsed = not lane.collapsed
    elif kind == "lane kind":
        lane.kind = rng.choice([LaneKind.CUSTOM, LaneKind.FEELINGS, LaneKind.TOUCHPOINTS, LaneKind.OPPORTUNITIES])
    else:
        lane.height = rng.choice([80.0, 160.0, 600.0])
    return {ObjectKind.LANES: {lane.id}}


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_changed_grid_is_laid_out_as_the_full_layout_after_every_step(seed):
    m = generate_map(cards=300, stages=6, lanes=6, personas=2, connectors=40, seed=seed)
    m.lanes[2].collapsed = True
    rng = random.Random(seed)
    engine = LayoutEngine()
    layout = engine.layout(m)
    for step in range(80):
        before = dict(layout.cards)  # the new layout takes over the card table
        if step % 3:
            touched = _grid_edit(m, rng, step)
            done = reframe(engine, m, layout, touched)
            assert done.frame and not done.full
        else:  # a card edit between them, through the same function
            ids = _edit(m, rng, step)
            done = reframe(engine, m, layout, {ObjectKind.CARDS: ids})
        assert_same_layout(done.layout, LayoutEngine().layout(m))
        for cid, g in done.layout.cards.items():
            if cid not in done.cards:
                assert g is before[cid]  # shared, so the canvas skips it
        for cid in done.shifted | done.columns:  # their cell moved: their geometry, relative to it, is kept
            assert cid not in done.cards and done.layout.cards[cid] is before[cid]
        assert set(before) - set(done.layout.cards) <= done.cards  # a card no longer drawn is reported
        _assert_routes_reported(done, layout.connectors)
        layout = done.layout


def _assert_routes_reported(done, previous: list) -> None:
    """The routes a re-framing reports are exactly those that are new objects
    (the canvas follows only them); none reported only when a connector came or
    went, which the canvas then finds by looking at every one."""
    routes = done.layout.connectors
    if done.routes is None:
        assert [r.connector_id for r in routes] != [r.connector_id for r in previous]
        assert done.connectors
        return
    assert [r.connector_id for r in routes] == [r.connector_id for r in previous]
    differ = {r.connector_id: r for r, was in zip(routes, previous) if r is not was}
    assert done.routes == differ and all(done.routes[cid] is r for cid, r in differ.items())
    assert done.connectors == bool(differ)


def test_a_new_empty_lane_moves_the_lanes_below_and_keeps_everything_above():
    m = generate_map(cards=200, stages=4, lanes=6, personas=2, connectors=20, seed=6)
    engine = LayoutEngine()
    layout = engine.layout(m)
    lane = Lane(title="Làn mới")
    m.lanes.insert(3, lane)
    before = dict(layout.cards)  # the new layout takes over the card table
    done = reframe(engine, m, layout, {ObjectKind.LANES: {lane.id}})
    assert_same_layout(done.layout, LayoutEngine().layout(m))
    assert set(done.layout.cards) == set(before)
    above = {lid for lid in layout.lane_order[:3]}
    for cid, g in done.layout.cards.items():
        if g.lane_id in above:
            assert g is before[cid]
        else:  # only moved down with its lane, measured content kept
            assert cid in done.shifted and g is before[cid]
            assert done.layout.card_rect(g).y > layout.card_rect(g).y
    assert not done.columns
    assert done.lanes == {lane.id, *layout.lane_order[3:]}


def test_a_new_empty_stage_moves_the_cards_right_of_it_and_keeps_the_others():
    m = generate_map(cards=200, stages=5, lanes=5, personas=2, connectors=20, seed=7)
    engine = LayoutEngine()
    layout = engine.layout(m)
    stage = Stage(title="Giai đoạn mới")
    m.stages.insert(2, stage)
    before = dict(layout.cards)  # the new layout takes over the card table
    done = reframe(engine, m, layout, {ObjectKind.STAGES: {stage.id}})
    assert_same_layout(done.layout, LayoutEngine().layout(m))
    assert set(done.layout.cards) == set(before)
    left = set(layout.stage_order[:2])
    for cid, g in done.layout.cards.items():
        if g.stage_id in left:
            assert g is before[cid]
        else:
            assert cid in done.columns and g is before[cid]
            assert done.layout.card_rect(g).x > layout.card_rect(g).x
    assert not done.lanes and not done.shifted  # no lane changed its height


def test_a_changed_grid_with_stage_pictures_is_laid_out_as_the_full_layout():
    """Stage pictures make every header taller: a grid change keeps their boxes, and
    the first picture coming (or the last one going) lays the map out again in full."""
    from tests.pictures.helpers import picture_uri
    from cjm_desktop.model import images

    m = generate_map(cards=200, stages=5, lanes=5, personas=2, connectors=20, seed=8)
    uri = picture_uri(400, 300)
    ref = images.image_id(uri)
    m.images[ref] = uri
    m.stages[1].image = ref
    rng = random.Random(8)
    engine = LayoutEngine()
    layout = engine.layout(m)
    assert layout.stage_pictures
    for step in range(40):
        touched = _grid_edit(m, rng, step)
        if step % 7 == 3:  # a picture put on or taken off a stage
            stage = rng.choice(m.stages)
            stage.image = None if stage.image else ref
            touched.setdefault(ObjectKind.STAGES, set()).add(stage.id)
        done = reframe(engine, m, layout, touched)
        assert_same_layout(done.layout, LayoutEngine().layout(m))
        layout = done.layout


def _ink(route) -> tuple[float, float, float, float]:
    """Where a route's line, arrow head and label's pill may be drawn."""
    left, top, right, bottom = decor.label_reach(route.bounds, route.label)
    reach = 14.0  # the arrow head and the pen beyond its corners (the canvas item's REACH)
    return left - reach, top - reach, right + reach, bottom + reach


def _meets(box, area) -> bool:
    return box[0] <= area[2] and box[2] >= area[0] and box[1] <= area[3] and box[3] >= area[1]


@pytest.mark.parametrize("seed", [4, 5, 6])
def test_a_changed_grid_puts_off_the_routes_out_of_sight_and_works_them_out_exactly(seed):
    """With an area (what a view shows), a change of the grid leaves the routes
    that cannot reach it for later (their previous route stays in the list):
    every other route is the full layout's at once, no route put off has any
    of its ink in the area, and the ones put off are worked out, when the view
    moves to them, before the next edit or when the user pauses, as the full
    layout routes them. Card and connector edits, and views that move, come between."""
    from cjm_desktop.layout import finish_routes, relayout
    from cjm_desktop.layout.rerouting import Replan
    from tests.layout.test_routing import assert_out_of

    m = generate_map(cards=300, stages=7, lanes=7, personas=1, connectors=80, seed=seed)
    for n, k in enumerate(m.connectors[::5]):
        k.label = ["gọi lại", "chuyển sang kênh tổng đài sau khi chờ quá lâu"][n % 2]
    rng = random.Random(seed)
    engine = LayoutEngine()
    layout = engine.layout(m)
    put_off = 0
    for step in range(90):
        if step % 3 == 0:  # the view moves; what it may show now is worked out first
            left, top = rng.uniform(-200, layout.width), rng.uniform(-200, layout.height)
            area = (left, top, left + rng.uniform(100, 1400), top + rng.uniform(100, 1000))
            finish_routes(layout, area)
        if step % 4 == 3:
            ids = _edit(m, rng, step)
            touched = {ObjectKind.CARDS: ids}
            if step % 8 == 7 and m.connectors:
                k = rng.choice(m.connectors)
                k.label = rng.choice(["", f"bước {step}"])
                touched[ObjectKind.CONNECTORS] = {k.id}
            done = relayout(engine, m, layout, touched, area)
        else:
            done = reframe(engine, m, layout, _grid_edit(m, rng, step), area)
        layout = done.layout
        fresh = {r.connector_id: r for r in engine.layout(m).connectors}
        due = layout.routes_due
        put_off += sum(1 for entry in due.values() if type(entry) is Replan)
        assert {r.connector_id for r in layout.connectors} == set(fresh), step
        for r in layout.connectors:
            if r.connector_id in due:
                true = fresh[r.connector_id]
                if type(due[r.connector_id]) is Replan:  # no ink of it in the area
                    assert not _meets(_ink(true), area), (step, r.connector_id)
                else:  # put off by a card edit
                    assert_out_of(true, area, step)
            else:
                assert r == fresh[r.connector_id], (step, r.connector_id)
        if step % 15 == 14:
            finish_routes(layout)  # the user paused
            assert_same_layout(layout, engine.layout(m))
    assert put_off > 100  # (the changes did put routes off)
    finish_routes(layout)
    assert_same_layout(layout, engine.layout(m))


def test_a_route_put_off_by_a_grid_change_is_worked_out_where_the_view_goes():
    """Scrolled to, a route put off is worked out; elsewhere it stays put off."""
    from cjm_desktop.layout import finish_routes

    m = generate_map(cards=200, stages=8, lanes=6, personas=1, connectors=60, seed=9)
    engine = LayoutEngine()
    layout = engine.layout(m)
    corner = (0.0, 0.0, 300.0, 300.0)  # the top left corner of the map
    m.lanes.insert(3, Lane(title="Làn mới"))
    layout = reframe(engine, m, layout, {ObjectKind.LANES: {m.lanes[3].id}}, corner).layout
    due = dict(layout.routes_due)
    fresh = {r.connector_id: r for r in engine.layout(m).connectors}
    far = next(cid for cid in due if fresh[cid].bounds[1] > layout.height / 2)
    there = fresh[far].bounds
    changed = finish_routes(layout, there)
    assert far not in layout.routes_due and next(r for r in layout.connectors if r.connector_id == far) == fresh[far]
    assert changed[far] == fresh[far]  # (it moved down with the lanes below the new one)
    assert layout.routes_due  # the others still wait
    finish_routes(layout)
    assert_same_layout(layout, engine.layout(m))


def test_a_long_label_reaching_into_sight_keeps_its_route_from_being_put_off():
    """A label's pill is centred on its route and may be wider than the gutter
    it runs in: a route whose stages lie out of sight but whose pill reaches
    into it is worked out at once."""
    from cjm_desktop.model import Connector

    m = generate_map(cards=120, stages=5, lanes=5, personas=1, connectors=0, seed=7)
    a = next(c for c in m.cards if c.stage_id == m.stages[1].id and c.lane_id == m.lanes[1].id)
    b = next(c for c in m.cards if c.stage_id == m.stages[1].id and c.lane_id == m.lanes[3].id)
    k = Connector(source_id=a.id, target_id=b.id, label="chuyển sang kênh tổng đài sau khi chờ quá lâu")
    m.connectors = [k]
    engine = LayoutEngine()
    layout = engine.layout(m)
    m.lanes.append(Lane(title="Làn cuối"))
    true = engine.layout(m).connectors[0]
    pill = decor.connector_label_pill(true).rect
    edge = layout.stage_headers[m.stages[1].id].right
    assert pill.right > edge + 60  # the pill reaches well into the next stage
    area = (edge + 50, pill.y, edge + 55, pill.bottom)  # in the next stage, under the pill only
    done = reframe(engine, m, layout, {ObjectKind.LANES: {m.lanes[-1].id}}, area)
    assert k.id not in done.layout.routes_due and done.layout.connectors[0] == true


def test_an_edit_after_a_grid_change_works_out_what_it_put_off_and_says_so():
    """The next edit works out the routes a grid change put off first, and
    reports them changed, even when the edit itself changes no route (a
    connector to a card in a collapsed lane, which has none)."""
    from cjm_desktop.layout import relayout
    from cjm_desktop.layout.rerouting import Replan
    from cjm_desktop.model import Connector

    m = generate_map(cards=200, stages=6, lanes=6, personas=1, connectors=40, seed=3)
    m.lanes[5].collapsed = True
    engine = LayoutEngine()
    layout = engine.layout(m)
    m.lanes.insert(1, Lane(title="Làn mới"))
    layout = reframe(engine, m, layout, {ObjectKind.LANES: {m.lanes[1].id}}, (0.0, 0.0, 300.0, 300.0)).layout
    waiting = {cid for cid, entry in layout.routes_due.items() if type(entry) is Replan}
    assert waiting
    hidden = next(c for c in m.cards if c.lane_id == m.lanes[6].id)
    k = Connector(source_id=m.cards[0].id, target_id=hidden.id)
    m.connectors.append(k)
    done = relayout(engine, m, layout, {ObjectKind.CONNECTORS: {k.id}}, (0.0, 0.0, 300.0, 300.0))
    assert done.connectors
    assert not any(type(entry) is Replan for entry in done.layout.routes_due.values())
    assert_same_layout(done.layout, engine.layout(m))
