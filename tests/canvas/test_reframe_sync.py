"""Stages and lanes added, removed, moved, resized, collapsed: the canvas shows a fresh layout.

A change of the grid is laid out again without placing every card
(layout.reframing.reframe) and the scene moves lane groups and cards instead of
rebuilding them. These tests push grid commands between card edits on a
generated map with connectors, emotion curves and a collapsed lane, then undo and
redo them one step at a time, and compare every item (cards, connectors, curves,
stage and lane headers, lane groups) with a fresh layout after each step; with
View > Show Only on, the scene shows the filtered layout.
"""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QPointF

from cjm_desktop.commands import (
    AddLaneCommand,
    AddStageCommand,
    DeleteLaneCommand,
    DeleteStageCommand,
    EditCardCommand,
    EditLaneCommand,
    EditStageCommand,
    MoveCardsCommand,
    MoveLaneCommand,
    MoveStageCommand,
)
from cjm_desktop.layout import LayoutEngine
from cjm_desktop.layout.channel_row import stage_channel_rows
from cjm_desktop.layout.filtered import filtered_layout
from cjm_desktop.model import LaneKind, Lane, Stage
from cjm_desktop.model.card_filter import CardFilter
from cjm_desktop.templates.generated import generate_map
from tests.canvas.conftest import make_canvas
from tests.canvas.test_incremental_sync import assert_canvas_matches_model


def assert_headers_match(scene) -> None:
    """Every stage and lane header, and every lane's card group, where a fresh layout puts them."""
    m = scene.doc.map
    fresh = LayoutEngine().layout(m)
    items = scene.items_by_id
    assert set(items.stages) == {s.id for s in m.stages}
    assert set(items.lanes) == {lane.id for lane in m.lanes}
    chips = stage_channel_rows(m, fresh.stage_headers)  # counted from the whole map
    for i, s in enumerate(m.stages):
        item = scene.stage_item(s.id)
        assert item.channel_chips == chips.get(s.id, ()), s.title
        assert item.rect_in_map == fresh.stage_headers[s.id]
        assert item.lines == fresh.stage_header_lines[s.id]
        assert (item.index, item.last) == (i, i == len(m.stages) - 1)
        assert (item.colour, item.title) == (s.colour, s.title)
    feelings = fresh.feelings_lanes[0] if fresh.feelings_lanes else None
    for lane in m.lanes:
        item = scene.lane_item(lane.id)
        assert item.title == lane.title
        assert (item.scale_layout is not None) == (lane.id == feelings)  # the emotion scale's lane
        assert item.rect_in_map == fresh.lane_headers[lane.id]
        assert item.lines == fresh.lane_header_lines[lane.id]
        assert (item.lane_kind, item.collapsed) == (lane.kind, lane.collapsed)
        assert items.groups[lane.id].y() == fresh.lane_headers[lane.id].y
    assert set(items.groups) == {lane.id for lane in m.lanes}
    for card in scene.card_items():
        g = card.geometry
        cell = items.cells[(g.stage_id, g.lane_id)]
        assert card.parentItem() is cell and cell.parentItem() is items.groups[g.lane_id]
        assert cell.x() == fresh.stage_headers[g.stage_id].x
        r = fresh.card_rect(g)
        assert card.scenePos().x() == r.x and card.scenePos().y() == r.y
        # the scene keeps no index: painting and hit tests trust the groups' boxes to hold
        # their cards whole (handle, shadow and outline), and skip a group out of reach
        drawn = card.mapRectToScene(card.boundingRect())
        assert cell.mapRectToScene(cell.rect()).contains(drawn), card.card_id
        assert items.groups[g.lane_id].mapRectToScene(items.groups[g.lane_id].rect()).contains(drawn)
        assert card in scene.items(QPointF(r.x + r.w - 1, r.y + r.h / 2))
    assert all(sid in fresh.stage_headers for sid, _ in items.cells)
    assert scene.sceneRect().height() >= fresh.height


def _push_grid_edits(doc, n: int, rng: random.Random) -> None:
    m = doc.map
    for i in range(n):
        kind = i % 11
        stage, lane = rng.choice(m.stages), rng.choice(m.lanes)
        card = m.cards[rng.randrange(len(m.cards))]
        if kind == 0:
            cmd = AddStageCommand(doc, Stage(title=f"Giai đoạn {i}"), rng.randrange(len(m.stages) + 1))
        elif kind == 1:
            cmd = AddLaneCommand(doc, Lane(title=f"Làn {i}"), rng.randrange(len(m.lanes) + 1))
        elif kind == 2 and len(m.stages) > 3:
            cmd = DeleteStageCommand(doc, stage.id)
        elif kind == 3 and len(m.lanes) > 3:
            cmd = DeleteLaneCommand(doc, lane.id)
        elif kind == 4:
            cmd = MoveStageCommand(doc, stage.id, rng.randrange(len(m.stages)))
        elif kind == 5:
            cmd = MoveLaneCommand(doc, lane.id, rng.randrange(len(m.lanes)))
        elif kind == 6:
            cmd = EditStageCommand(doc, stage.id, {"width": max(180.0, stage.width + rng.choice([-40.0, 60.0]))})
        elif kind == 7:
            cmd = EditLaneCommand(doc, lane.id, {"collapsed": not lane.collapsed})
        elif kind == 8:
            cmd = EditLaneCommand(doc, lane.id, {"kind": rng.choice([LaneKind.FEELINGS, LaneKind.ACTIONS, LaneKind.TOUCHPOINTS])})
        elif kind == 9:
            cmd = MoveCardsCommand(doc, [card.id], stage.id, lane.id, 0)
        else:
            cmd = EditCardCommand(doc, card.id, {"body": "Khách hàng chờ phản hồi quá lâu. " * rng.randrange(0, 6)})
        doc.push(cmd)


def _check(scene) -> None:
    assert_canvas_matches_model(scene)
    assert_headers_match(scene)


@pytest.mark.parametrize("seed", [1, 2])
def test_every_grid_change_and_its_undo_and_redo_leave_the_canvas_as_a_fresh_layout(qtbot, seed):
    m = generate_map(cards=300, stages=6, lanes=6, personas=2, connectors=30, seed=seed)
    m.lanes[3].collapsed = True
    canvas = make_canvas(qtbot, m)
    doc = canvas.doc
    rng = random.Random(seed)
    for _ in range(4):
        _push_grid_edits(doc, 11, rng)
        _check(canvas.scene)
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
        _check(canvas.scene)
    while doc.undo_stack.canRedo():
        doc.undo_stack.redo()
        _check(canvas.scene)


def test_a_new_lane_keeps_every_card_item_and_moves_the_groups_below(qtbot):
    m = generate_map(cards=200, stages=5, lanes=6, personas=2, connectors=20, seed=3)
    canvas = make_canvas(qtbot, m)
    doc, scene = canvas.doc, canvas.scene
    before = {item.card_id: item for item in scene.card_items()}
    cached = {cid: item.applied for cid, item in before.items()}
    doc.push(AddLaneCommand(doc, Lane(title="Làn mới"), 2))
    _check(scene)
    assert {item.card_id: item for item in scene.card_items()} == before
    upper = set(m.lanes[i].id for i in range(2))
    for cid, item in before.items():
        if item.geometry.lane_id not in upper:  # moved with their group, not one by one
            assert item.applied is cached[cid]
    doc.undo_stack.undo()
    _check(scene)
    assert scene.lane_item(m.lanes[2].id) is not None and len(scene.items_by_id.lanes) == 6


def test_a_deleted_stage_with_connectors_comes_back_with_undo(qtbot):
    m = generate_map(cards=200, stages=5, lanes=5, personas=2, connectors=40, seed=4)
    canvas = make_canvas(qtbot, m)
    doc, scene = canvas.doc, canvas.scene
    stage = max(m.stages, key=lambda s: sum(1 for k in m.connectors
                                           for c in m.cards if c.id == k.source_id and c.stage_id == s.id))
    doc.push(DeleteStageCommand(doc, stage.id))
    _check(scene)
    assert scene.stage_item(stage.id) is None
    doc.undo_stack.undo()
    _check(scene)
    assert scene.stage_item(stage.id) is not None


def test_with_show_only_on_a_grid_change_shows_the_filtered_layout(qtbot):
    m = generate_map(cards=200, stages=5, lanes=6, personas=2, connectors=20, seed=5)
    canvas = make_canvas(qtbot, m)
    doc, scene = canvas.doc, canvas.scene
    shown = CardFilter(lane_kind=m.lanes[1].kind)
    scene.set_card_filter(shown)
    for cmd in (AddStageCommand(doc, Stage(title="Mới"), 1), AddLaneCommand(doc, Lane(title="Mới"), 0),
                EditLaneCommand(doc, m.lanes[3].id, {"collapsed": True})):
        doc.push(cmd)
        want = filtered_layout(LayoutEngine(), doc.map, shown.hidden_ids(doc.map)).layout
        assert scene.layout == want
        assert set(scene.items_by_id.cards) == set(want.cards)
    scene.set_card_filter(CardFilter())
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
        _check(scene)


def test_a_stage_dragged_by_its_header_takes_its_cards_and_connectors_along(qtbot):
    m = generate_map(cards=120, stages=4, lanes=4, personas=2, connectors=20, seed=8)
    canvas = make_canvas(qtbot, m)
    scene = canvas.scene
    canvas.view.zoom_to_fit()
    lay = scene.layout
    first, third = lay.stage_headers[m.stages[0].id], lay.stage_headers[m.stages[2].id]
    moved = m.stages[0].id
    canvas.drag(canvas.at(first.x + first.w / 2, first.y + first.h / 2), canvas.at(third.x + third.w * 0.6, third.y + 10))
    assert [s.id for s in m.stages].index(moved) == 2
    assert canvas.doc.undo_stack.undoText() == "Move Stage"
    _check(scene)
    canvas.doc.undo_stack.undo()
    assert m.stages[0].id == moved
    _check(scene)


def test_stage_headers_count_channels_again_when_a_lane_becomes_or_stops_being_touchpoints(qtbot):
    m = generate_map(cards=200, stages=5, lanes=6, personas=1, connectors=0, seed=5)
    touch = next(lane for lane in m.lanes if lane.kind == LaneKind.TOUCHPOINTS)
    other = next(lane for lane in m.lanes if lane.kind == LaneKind.ACTIONS)
    for c in m.cards:
        c.channel = "Zalo" if c.lane_id == touch.id else "Facebook" if c.lane_id == other.id else ""
    canvas = make_canvas(qtbot, m)
    doc, scene = canvas.doc, canvas.scene

    def shown() -> set[str]:
        return {chip.channel_id for s in m.stages for chip in scene.stage_item(s.id).channel_chips}

    assert shown() == {"zalo"}
    doc.push(EditLaneCommand(doc, other.id, {"kind": LaneKind.TOUCHPOINTS}))
    _check(scene)
    assert shown() == {"zalo", "facebook"}
    doc.push(EditLaneCommand(doc, touch.id, {"kind": LaneKind.ACTIONS}))
    _check(scene)
    assert shown() == {"facebook"}
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    _check(scene)
    assert shown() == {"zalo"}


def test_a_lane_turned_into_feelings_above_the_first_takes_the_emotion_scale_from_it(qtbot):
    """The emotion scale goes with the first feelings lane: a lane above it that becomes
    one takes the scale, though the old one's header did not move."""
    m = generate_map(cards=120, stages=4, lanes=6, personas=1, connectors=10, seed=6)
    feelings = next(i for i, lane in enumerate(m.lanes) if lane.kind == LaneKind.FEELINGS)
    assert feelings > 0
    above = m.lanes[feelings - 1]
    canvas = make_canvas(qtbot, m)
    doc, scene = canvas.doc, canvas.scene
    old = scene.lane_item(m.lanes[feelings].id)
    # the lane above as tall as a feelings lane, so nothing below it moves when its kind changes
    doc.push(EditLaneCommand(doc, above.id, {"height": old.rect_in_map.h}))
    before = old.rect_in_map
    doc.push(EditLaneCommand(doc, above.id, {"kind": LaneKind.FEELINGS}))
    assert old.rect_in_map == before  # its header stands where it was
    _check(scene)
    assert scene.lane_item(above.id).scale_layout is not None and old.scale_layout is None
    doc.undo_stack.undo()
    _check(scene)


def test_a_stage_recoloured_in_the_same_step_as_a_new_lane_shows_its_colour(qtbot):
    m = generate_map(cards=120, stages=4, lanes=5, personas=1, connectors=10, seed=7)
    canvas = make_canvas(qtbot, m)
    doc, scene = canvas.doc, canvas.scene
    stage = m.stages[1]
    doc.undo_stack.beginMacro("recolour and add a lane")
    doc.push(EditStageCommand(doc, stage.id, {"colour": "#123456"}))
    doc.push(AddLaneCommand(doc, Lane(title="Làn mới"), 2))
    doc.undo_stack.endMacro()
    _check(scene)
    assert scene.stage_item(stage.id).colour == "#123456"
    doc.undo_stack.undo()
    _check(scene)
