"""The layout after a few cards changed (LayoutEngine.relayout_cards) is the full layout.

Random edits of the kinds the editor makes (moves within and across cells,
title, body and field edits, new cards, deleted cards) on generated maps; after
every step the incremental layout must equal ``LayoutEngine().layout(map)`` in
every part a renderer reads, and the cards it did not touch must keep their
geometry objects.
"""

from __future__ import annotations

import random

import pytest

from cjm_desktop.layout import LayoutEngine, MapLayout
from cjm_desktop.model import Card, new_id
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
    # delete a card no connector is attached to (deleting one with connectors is a "reset")
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
    paths = {"incremental": 0, "full": 0}
    for step in range(150):
        ids = _edit(m, rng, step)
        got, touched = engine.relayout_cards(m, layout, ids)
        assert_same_layout(got, LayoutEngine().layout(m))
        if touched is None:
            paths["full"] += 1
        else:
            paths["incremental"] += 1
            assert ids <= touched
            for cid, g in got.cards.items():
                if cid not in touched:
                    assert g is layout.cards[cid]  # shared, so the canvas skips it
        layout = got
    # both paths were taken (a lane grows or shrinks now and then)
    assert paths["incremental"] > 50 and paths["full"] > 0, paths


def test_a_change_of_stages_or_lanes_is_laid_out_in_full():
    m = generate_map(cards=60, stages=4, lanes=4, personas=1, connectors=5, seed=4)
    engine = LayoutEngine()
    layout = engine.layout(m)
    m.stages[1].width += 40
    card = next(c for c in m.cards if c.stage_id == m.stages[0].id)
    got, touched = engine.relayout_cards(m, layout, {card.id})
    assert touched is None
    assert_same_layout(got, LayoutEngine().layout(m))
    m.lanes[0].collapsed = True
    got, touched = engine.relayout_cards(m, got, {card.id})
    assert touched is None
    assert_same_layout(got, LayoutEngine().layout(m))


def test_nothing_to_relayout_gives_an_equal_layout_of_the_same_cards():
    m = generate_map(cards=40, stages=3, lanes=3, personas=1, connectors=3, seed=5)
    engine = LayoutEngine()
    layout = engine.layout(m)
    got, touched = engine.relayout_cards(m, layout, ())
    assert touched == frozenset()
    assert_same_layout(got, layout)
    assert all(got.cards[cid] is g for cid, g in layout.cards.items())
