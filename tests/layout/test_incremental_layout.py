"""The layout after a few cards changed (layout.incremental.relayout) is the full layout.

Random edits of the kinds the editor makes (moves within and across cells,
title, body and field edits, new cards, deleted cards) on generated maps; after
every step the incremental layout must equal ``LayoutEngine().layout(map)`` in
every part a renderer reads, and the cards it did not touch must keep their
geometry objects.
"""

from __future__ import annotations

import random

import pytest

from cjm_desktop.layout import LayoutEngine, MapLayout, relayout
from cjm_desktop.layout.incremental import relayout_cards
from cjm_desktop.model import Card, ObjectKind, new_id
from cjm_desktop.templates.generated import generate_map


def assert_same_layout(got: MapLayout, want: MapLayout) -> None:
    assert got.cards == want.cards
    assert got.lane_headers == want.lane_headers
    assert got.lane_header_lines == want.lane_header_lines
    assert got.stage_headers == want.stage_headers
    assert got.cells == want.cells
    assert got.connectors == want.connectors
    assert got.curves == want.curves
    assert got.personas == want.personas
    assert (got.width, got.height) == (want.width, want.height)
    assert got == want  # every field, the ones above included
    for sid, lid in want.cells:
        assert got.cards_in_cell(sid, lid) == want.cards_in_cell(sid, lid), (sid, lid)


def _renumber(m, cell) -> None:
    for i, c in enumerate(m.cards_in(*cell)):
        c.order = i


def _edit(m, rng: random.Random, step: int) -> set[str]:
    """One edit of the model, as a command would make it; the ids it reports."""
    card = m.cards[rng.randrange(len(m.cards))]
    kind = rng.choice(["move in cell", "move in lane", "move anywhere", "title", "body", "fields", "add", "delete"])
    if kind.startswith("move"):
        old = (card.stage_id, card.lane_id)
        stage = card.stage_id if kind == "move in cell" else rng.choice(m.stages).id
        lane = rng.choice(m.lanes).id if kind == "move anywhere" else card.lane_id
        stack = [c for c in m.cards_in(stage, lane) if c.id != card.id]
        stack.insert(rng.randrange(len(stack) + 1), card)
        card.stage_id, card.lane_id = stage, lane
        for i, c in enumerate(stack):
            c.order = i
        _renumber(m, old)
        return {c.id for c in m.cards if (c.stage_id, c.lane_id) in (old, (stage, lane))}
    if kind == "title":
        card.title = rng.choice(["", "Ngắn", card.title + " – sửa lần " + str(step) * rng.randrange(1, 30)])
        return {card.id}
    if kind == "body":
        card.body = rng.choice(["", "Khách hàng chờ phản hồi quá lâu. " * rng.randrange(0, 8)])
        return {card.id}
    if kind == "fields":
        card.sentiment = rng.choice(["positive", "neutral", "negative"])
        card.owner = rng.choice(["", f"Chị Hà {step}"])
        card.colour = rng.choice([None, "#FFE0B2"])
        return {card.id}
    if kind == "add":
        stage, lane = rng.choice(m.stages).id, rng.choice(m.lanes).id
        stack = m.cards_in(stage, lane)
        new = Card(id=new_id(), stage_id=stage, lane_id=lane, order=0, title=f"Thẻ mới {step}")
        stack.insert(rng.randrange(len(stack) + 1), new)
        m.cards.append(new)
        for i, c in enumerate(stack):
            c.order = i
        return {c.id for c in stack}
    # delete a card no connector is attached to (the connectors would go with it)
    attached = {k.source_id for k in m.connectors} | {k.target_id for k in m.connectors}
    if card.id in attached:
        return set()
    cell = (card.stage_id, card.lane_id)
    m.cards.remove(card)
    _renumber(m, cell)
    return {card.id} | {c.id for c in m.cards_in(*cell)}


@pytest.mark.parametrize("seed, collapse", [(1, False), (2, True), (3, False)])
def test_incremental_layout_equals_the_full_layout_after_every_edit(seed, collapse):
    m = generate_map(cards=300, stages=6, lanes=6, personas=2, connectors=40, seed=seed)
    if collapse:
        m.lanes[2].collapsed = True
    rng = random.Random(seed)
    engine = LayoutEngine()
    layout = engine.layout(m)
    layout.cards_in_cell(m.stages[0].id, m.lanes[0].id)  # an index to keep up to date
    paths = {"same lanes": 0, "lanes moved": 0}
    for step in range(150):
        ids = _edit(m, rng, step)
        before = dict(layout.cards)  # the new layout takes over the card table
        done = relayout(engine, m, layout, {ObjectKind.CARDS: ids})
        got, touched = done.layout, done.cards
        assert_same_layout(got, LayoutEngine().layout(m))
        assert not done.full
        paths["lanes moved" if done.lanes else "same lanes"] += 1
        assert ids <= touched
        for cid, g in got.cards.items():
            if cid not in touched:
                assert g is before[cid]  # shared, so the canvas skips it
        layout = got
    # both paths were taken (a lane grows or shrinks now and then)
    assert paths["same lanes"] > 50 and paths["lanes moved"] > 0, paths


def test_a_lane_that_grows_moves_the_lanes_below_without_measuring_them_again():
    m = generate_map(cards=200, stages=4, lanes=5, personas=2, connectors=20, seed=6)
    engine = LayoutEngine()
    layout = engine.layout(m)
    lane = m.lanes[1]
    stage = m.stages[2]
    new = [Card(id=new_id(), stage_id=stage.id, lane_id=lane.id, order=100 + i, title=f"Thẻ mới {i}",
                body="Khách hàng chờ phản hồi quá lâu. " * 3) for i in range(12)]
    m.cards.extend(new)
    before = dict(layout.cards)  # the new layout takes over the card table
    done = relayout(engine, m, layout, {ObjectKind.CARDS: {c.id for c in new}})
    assert_same_layout(done.layout, LayoutEngine().layout(m))
    assert lane.id in done.lanes and m.lanes[0].id not in done.lanes
    below = [g for g in done.layout.cards.values() if g.lane_id == m.lanes[4].id]
    # their geometry, relative to their cell, is kept whole: only their cell moved
    assert below and all(g is before[g.card_id] for g in below)
    assert all(done.layout.card_rect(g).y > layout.card_rect(g).y for g in below)
    assert {g.card_id for g in below} <= done.shifted
    above = [g for g in done.layout.cards.values() if g.lane_id == m.lanes[0].id]
    assert all(g is before[g.card_id] for g in above)


def test_emotions_personas_and_headers_are_laid_out_again_alone():
    m = generate_map(cards=120, stages=4, lanes=5, personas=2, connectors=10, seed=8)
    engine = LayoutEngine()
    layout = engine.layout(m)
    m.emotions[0].score = -m.emotions[0].score or 2
    m.personas[0].name = "Chị Lan"
    m.stages[1].title = "Một tiêu đề mới rất dài cho giai đoạn này"
    m.lanes[2].title = "Làn mới"
    before = dict(layout.cards)
    done = relayout(engine, m, layout, {ObjectKind.EMOTIONS: {m.emotions[0].persona_id},
                                        ObjectKind.PERSONAS: {m.personas[0].id},
                                        ObjectKind.STAGES: {m.stages[1].id}, ObjectKind.LANES: {m.lanes[2].id}})
    assert_same_layout(done.layout, LayoutEngine().layout(m))
    assert done.curves and done.personas and not done.full
    assert all(done.layout.cards[cid] is g for cid, g in before.items())


def test_a_change_of_stages_or_lanes_is_laid_out_in_full():
    m = generate_map(cards=60, stages=4, lanes=4, personas=1, connectors=5, seed=4)
    engine = LayoutEngine()
    layout = engine.layout(m)
    m.stages[1].width += 40
    card = next(c for c in m.cards if c.stage_id == m.stages[0].id)
    got, touched = relayout_cards(engine, m, layout, {card.id})
    assert touched is None
    assert_same_layout(got, LayoutEngine().layout(m))
    m.lanes[0].collapsed = True
    got, touched = relayout_cards(engine, m, got, {card.id})
    assert touched is None
    assert_same_layout(got, LayoutEngine().layout(m))


def test_nothing_to_relayout_gives_an_equal_layout_of_the_same_cards():
    m = generate_map(cards=40, stages=3, lanes=3, personas=1, connectors=3, seed=5)
    engine = LayoutEngine()
    layout = engine.layout(m)
    before = dict(layout.cards)
    got, touched = relayout_cards(engine, m, layout, ())
    assert touched == frozenset()
    assert_same_layout(got, LayoutEngine().layout(m))
    assert all(got.cards[cid] is g for cid, g in before.items())
