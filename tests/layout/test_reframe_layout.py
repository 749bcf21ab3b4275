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

from cjm_desktop.layout import LayoutEngine, reframe
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
        layout = done.layout


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
