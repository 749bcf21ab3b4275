"""One Ctrl+Z at a time: after every step the canvas shows what a fresh layout says.

A card change re-stacks only the cells it touched (layout.incremental.relayout)
and the scene brings only those cards in step; connector and emotion changes
re-route only those. These tests undo and redo mixed edits one step at a time
on a generated map (with a collapsed lane) and compare every item with a fresh
layout of the model after each step.
"""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QPointF

from cjm_desktop.commands import (
    AddCardsCommand,
    DeleteCardsCommand,
    EditCardCommand,
    EditConnectorCommand,
    MoveCardsCommand,
    SetEmotionCommand,
)
from cjm_desktop.layout import LayoutEngine
from cjm_desktop.model import Card, new_id
from cjm_desktop.templates.generated import generate_map
from tests.canvas.conftest import make_canvas


def assert_canvas_matches_model(scene) -> None:
    m = scene.doc.map
    fresh = LayoutEngine().layout(m)
    scene.off_screen.realize()  # what waits for the user to pause (routes out of sight too) is done
    assert scene.layout == fresh
    items = {item.card_id: item for item in scene.card_items()}
    assert set(items) == set(fresh.cards)
    by_id = {c.id: c for c in m.cards}
    for cid, g in fresh.cards.items():
        item = items[cid]
        assert item.scenePos() == QPointF(*fresh.card_rect(g)[:2]), cid  # Qt's equality of positions (relative 1e-12)
        assert item.geometry == g
        assert item.face.sentiment == by_id[cid].sentiment
    shown = {g.connector_id for g in fresh.connectors}
    ends = {k.id: (k.source_id, k.target_id) for k in m.connectors}
    for g in fresh.connectors:
        item = scene.connector_item(g.connector_id)
        assert item.geometry == g
        assert (item.source_id, item.target_id) == ends[g.connector_id]  # (a card drag moves it with them)
    assert all(scene.connector_item(k.id) is None for k in m.connectors if k.id not in shown)
    for curve in fresh.curves:
        if curve.points:
            assert scene.curve_item(curve.persona_id).curve == curve
    hidden = {}
    for c in m.cards:
        if c.lane_id in fresh.collapsed_lanes:
            hidden[(c.stage_id, c.lane_id)] = hidden.get((c.stage_id, c.lane_id), 0) + 1
    assert scene.grid.hidden_counts == hidden


def _push_mixed_edits(doc, n: int, rng: random.Random) -> None:
    m = doc.map
    for i in range(n):
        card = m.cards[rng.randrange(len(m.cards))]
        kind = i % 8
        if kind in (0, 1):
            lane = card.lane_id if kind == 0 else rng.choice(m.lanes).id
            cmd = MoveCardsCommand(doc, [card.id], rng.choice(m.stages).id, lane, rng.randrange(4))
        elif kind == 2:
            cmd = EditCardCommand(doc, card.id, {"body": "Khách hàng chờ phản hồi quá lâu. " * rng.randrange(0, 6)})
        elif kind == 3:
            cmd = EditCardCommand(doc, card.id, {"sentiment": rng.choice(["positive", "negative", None])})
        elif kind == 4:
            new = Card(id=new_id(), stage_id=rng.choice(m.stages).id, lane_id=rng.choice(m.lanes).id,
                       order=rng.randrange(3), title=f"Thẻ mới {i}")
            cmd = AddCardsCommand(doc, [new])
        elif kind == 5:
            cmd = DeleteCardsCommand(doc, [card.id])
        elif kind == 6:
            cmd = SetEmotionCommand(doc, rng.choice(m.personas).id, rng.choice(m.stages).id, rng.randint(-3, 3))
        else:
            k = m.connectors[rng.randrange(len(m.connectors))]
            cmd = EditConnectorCommand(doc, k.id, {"label": f"bước {i}"})
        doc.push(cmd)


@pytest.mark.parametrize("seed", [1, 2])
def test_every_single_undo_and_redo_step_leaves_the_canvas_as_a_fresh_layout(qtbot, seed):
    m = generate_map(cards=300, stages=6, lanes=6, personas=2, connectors=30, seed=seed)
    m.lanes[3].collapsed = True
    canvas = make_canvas(qtbot, m)
    doc = canvas.doc
    rng = random.Random(seed)
    _push_mixed_edits(doc, 60, rng)
    assert_canvas_matches_model(canvas.scene)
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
        assert_canvas_matches_model(canvas.scene)
    for _ in range(20):
        doc.undo_stack.redo()
        assert_canvas_matches_model(canvas.scene)


def test_a_moved_card_stays_selected_and_found_and_other_cards_keep_their_items(qtbot):
    m = generate_map(cards=120, stages=4, lanes=4, personas=1, connectors=10, seed=3)
    canvas = make_canvas(qtbot, m)
    doc = canvas.doc
    scene = canvas.scene
    card = m.cards[0]
    items = {item.card_id: item for item in scene.card_items()}
    scene.select_ids([card.id])
    scene.highlight([card.id, m.cards[1].id])
    target = next(s.id for s in m.stages if s.id != card.stage_id)
    doc.push(MoveCardsCommand(doc, [card.id], target, card.lane_id, 0))
    doc.undo_stack.undo()
    assert_canvas_matches_model(scene)
    assert {item.card_id: item for item in scene.card_items()} == items  # none recreated
    assert scene.selected_card_ids() == [card.id]
    assert scene.card_item(card.id).highlighted and scene.card_item(m.cards[1].id).highlighted


def test_a_lane_that_grows_moves_the_lanes_below_and_keeps_their_items(qtbot):
    m = generate_map(cards=300, stages=5, lanes=6, personas=2, connectors=30, seed=11)
    c = make_canvas(qtbot, m)
    scene, doc = c.scene, c.doc
    items = {item.card_id: item for item in scene.card_items()}
    above = {cid: g for cid, g in scene.layout.cards.items() if g.lane_id == m.lanes[0].id}
    lane = m.lanes[1]
    stage = m.stages[2]
    new = [Card(id=new_id(), stage_id=stage.id, lane_id=lane.id, order=100 + i, title=f"Thẻ {i}",
                body="Khách hàng chờ phản hồi quá lâu. " * 3) for i in range(10)]
    lane_y = scene.lane_item(m.lanes[4].id).rect_in_map.y
    doc.push(AddCardsCommand(doc, new))
    assert_canvas_matches_model(scene)
    assert scene.lane_item(m.lanes[4].id).rect_in_map.y > lane_y  # the lanes below moved down
    assert all(scene.card_item(cid) is item for cid, item in items.items())  # moved, not rebuilt
    assert all(scene.layout.cards[cid] is g for cid, g in above.items())  # the lane above: untouched
    doc.undo_stack.undo()
    assert_canvas_matches_model(scene)
    assert scene.lane_item(m.lanes[4].id).rect_in_map.y == lane_y


def test_deleting_a_card_with_connectors_lays_out_only_its_cell(qtbot):
    m = generate_map(cards=300, stages=5, lanes=6, personas=2, connectors=30, seed=12)
    c = make_canvas(qtbot, m)
    scene, doc = c.scene, c.doc
    k = m.connectors[0]
    card = m.card(k.source_id)
    before = dict(scene.layout.cards)
    doc.push(DeleteCardsCommand(doc, [card.id]))
    assert_canvas_matches_model(scene)
    assert scene.connector_item(k.id) is None
    lay = scene.layout
    other_cells = [cid for cid, g in before.items() if (g.stage_id, g.lane_id) != (card.stage_id, card.lane_id)
                   and g.lane_id not in _lanes_below(m, card.lane_id)]
    assert other_cells and all(lay.cards[cid] is before[cid] for cid in other_cells)
    doc.undo_stack.undo()
    assert_canvas_matches_model(scene)
    assert scene.connector_item(k.id) is not None


def _lanes_below(m, lane_id: str) -> set[str]:
    ids = [lane.id for lane in m.lanes]
    return set(ids[ids.index(lane_id) + 1:])


def test_a_connector_moved_to_another_card_follows_it_and_back_on_undo(qtbot):
    """An edit of a connector's end (no connector came or went: only it is
    routed again) leaves its item at the new card, ready to follow it in a drag."""
    m = generate_map(cards=120, stages=4, lanes=4, personas=1, connectors=10, seed=3)
    canvas = make_canvas(qtbot, m)
    doc, scene = canvas.doc, canvas.scene
    k = m.connectors[0]
    other = next(c for c in m.cards if c.id not in (k.source_id, k.target_id) and c.stage_id == m.stages[0].id)
    for fields in ({"source_id": other.id}, {"label": "gọi lại sau 2 ngày"}):
        doc.push(EditConnectorCommand(doc, k.id, fields))
        assert_canvas_matches_model(scene)
    assert scene.connector_item(k.id).source_id == other.id
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
        assert_canvas_matches_model(scene)
