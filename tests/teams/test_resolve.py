"""Two-way merges (no common version: every difference a choice) and resolving
conflicts by keeping ours or using theirs."""

from __future__ import annotations

import json

import pytest

from cjm_desktop.commands import AddCardsCommand, DeleteStageCommand, EditMapCommand
from cjm_desktop.model import Card
from cjm_desktop.teams import merge_maps
from cjm_desktop.teams.resolve import ResolveError, resolved
from tests.factories import small_map
from tests.teams.edits import card, edited
from tests.teams.test_merge import move, retitle, titles_in


def test_without_a_common_version_every_difference_is_a_choice_and_ours_stands():
    base = small_map()
    ours = edited(base, retitle("A0", "Lan"))
    theirs = edited(base, retitle("A0", "Minh"), lambda d: AddCardsCommand(d, [Card(
        stage_id=d.map.stages[2].id, lane_id=d.map.lanes[0].id, order=0, title="Chỉ có ở Minh")]))
    result = merge_maps(None, ours, theirs)
    kinds = sorted((c.kind, c.field) for c in result.conflicts)
    assert kinds == [("cards", ""), ("cards", "title")]
    assert titles_in(result.map, 0) == ["Lan", "A1", "A2"] and titles_in(result.map, 2) == []
    title = next(c for c in result.conflicts if c.field == "title")
    assert title.base is None and json.loads(title.theirs) == "Minh"
    whole = next(c for c in result.conflicts if c.field == "")
    assert whole.ours is None and json.loads(whole.theirs)["title"] == "Chỉ có ở Minh"

    with_card = resolved(result.map, whole.id, use_theirs=True)
    assert titles_in(with_card, 2) == ["Chỉ có ở Minh"] and len(with_card.conflicts) == 1
    kept = resolved(with_card, title.id, use_theirs=False)
    assert titles_in(kept, 0)[0] == "Lan" and kept.conflicts == []
    used = resolved(with_card, title.id, use_theirs=True)
    assert titles_in(used, 0)[0] == "Minh" and used.conflicts == []


def test_two_way_merge_of_equal_maps_has_no_conflicts():
    m = small_map()
    assert merge_maps(None, m, m.model_copy(deep=True)).conflicts == []


def test_using_their_cell_and_their_order():
    base = small_map()
    cell = merge_maps(base, edited(base, move("A1", 1)), edited(base, move("A1", 2)))
    (c,) = cell.conflicts
    after = resolved(cell.map, c.id, use_theirs=True)
    assert titles_in(after, 2) == ["A1"] and titles_in(after, 1) == ["B0"]

    order = merge_maps(base, edited(base, move("A2", 0, 0)), edited(base, move("A2", 0, 1)))
    (c,) = order.conflicts
    assert titles_in(resolved(order.map, c.id, use_theirs=True), 0) == ["A0", "A2", "A1"]
    assert titles_in(resolved(order.map, c.id, use_theirs=False), 0) == ["A2", "A0", "A1"]


def test_using_their_deletion_of_a_stage_takes_what_was_in_it():
    base = small_map()
    theirs = edited(base, lambda d: DeleteStageCommand(d, d.map.stages[1].id))
    result = merge_maps(None, base.model_copy(deep=True), theirs)
    stage = next(c for c in result.conflicts if c.kind == "stages")
    after = resolved(result.map, stage.id, use_theirs=True)
    assert [s.title for s in after.stages] == ["Nhận biết", "Mua hàng"]
    assert all(c.stage_id != base.stages[1].id for c in after.cards)
    assert all(k.target_id in {c.id for c in after.cards} for k in after.connectors)


def test_the_map_title_and_a_gone_conflict():
    base = small_map()
    result = merge_maps(base, edited(base, lambda d: EditMapCommand(d, {"title": "Lan"})),
                        edited(base, lambda d: EditMapCommand(d, {"title": "Minh"})))
    (c,) = result.conflicts
    assert resolved(result.map, c.id, use_theirs=True).title == "Minh"
    done = resolved(result.map, c.id, use_theirs=False)
    with pytest.raises(ResolveError, match="no longer in the map"):
        resolved(done, c.id, use_theirs=True)
    assert card(done, "A0").title == "A0"
