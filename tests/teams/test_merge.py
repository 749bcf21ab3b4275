"""Three-way merge by ids: what combines, what conflicts, and the command."""

from __future__ import annotations

import json

import pytest

from cjm_desktop.app.cli.main import main
from cjm_desktop.commands import (
    AddCardsCommand,
    DeleteCardsCommand,
    DeleteStageCommand,
    EditCardCommand,
    EditStageCommand,
    MoveCardsCommand,
    MoveLaneCommand,
    MoveStageCommand,
)
from cjm_desktop.io import dumps_cjm, read_cjm, write_cjm
from cjm_desktop.model import Card, JourneyMap
from cjm_desktop.teams import conflict_line, merge_maps
from tests.factories import small_map
from tests.teams.edits import card, edited

GOLDEN_V1_FULL = __import__("pathlib").Path(__file__).resolve().parent.parent / "golden" / "v1" / "full.cjm"


def titles_in(m: JourneyMap, stage: int, lane: int = 0) -> list[str]:
    return [c.title for c in m.cards_in(m.stages[stage].id, m.lanes[lane].id)]


def retitle(title: str, new: str):
    return lambda d: EditCardCommand(d, card(d.map, title).id, {"title": new})


def add(stage: int, order: int, title: str):
    return lambda d: AddCardsCommand(d, [Card(stage_id=d.map.stages[stage].id, lane_id=d.map.lanes[0].id,
                                              order=order, title=title)])


def move(title: str, stage: int, order: int = 0):
    return lambda d: MoveCardsCommand(d, [card(d.map, title).id], d.map.stages[stage].id, d.map.lanes[0].id, order)


# -- what combines ----------------------------------------------------------------------------
def test_different_cards_and_different_fields_of_one_card_combine():
    base = small_map()
    ours = edited(base, retitle("A0", "A0 của Lan"), lambda d: EditCardCommand(d, card(d.map, "A1").id,
                                                                               {"sentiment": "positive"}))
    theirs = edited(base, retitle("A2", "A2 của Minh"), lambda d: EditCardCommand(d, card(d.map, "A1").id,
                                                                                  {"owner": "Minh"}))
    result = merge_maps(base, ours, theirs)
    assert result.conflicts == [] and result.map.conflicts == []
    assert titles_in(result.map, 0) == ["A0 của Lan", "A1", "A2 của Minh"]
    a1 = card(result.map, "A1")
    assert (a1.sentiment, a1.owner) == ("positive", "Minh")


def test_additions_on_both_sides_are_kept_in_a_stable_order():
    base = small_map()
    ours = edited(base, add(0, 1, "Lan 1"), add(1, 1, "Lan cuối"))
    theirs = edited(base, add(0, 3, "Minh cuối"), add(0, 1, "Minh 1"))
    result = merge_maps(base, ours, theirs)
    assert result.conflicts == []
    assert titles_in(result.map, 0) == ["A0", "Lan 1", "Minh 1", "A1", "A2", "Minh cuối"]
    assert titles_in(result.map, 1) == ["B0", "Lan cuối"]
    assert sorted(c.order for c in result.map.cards_in(result.map.stages[0].id, result.map.lanes[0].id)) == list(
        range(6))


def test_a_move_on_one_side_and_an_edit_on_the_other():
    base = small_map()
    ours = edited(base, move("A1", 2))
    theirs = edited(base, retitle("A1", "A1 sửa"), add(0, 0, "Mới"))
    result = merge_maps(base, ours, theirs)
    assert result.conflicts == []
    assert titles_in(result.map, 2) == ["A1 sửa"]
    assert titles_in(result.map, 0) == ["Mới", "A0", "A2"]


def test_reorders_of_different_cells_and_of_the_stages_combine():
    base = small_map()
    base.cards.append(Card(stage_id=base.stages[1].id, lane_id=base.lanes[0].id, order=1, title="B1"))
    ours = edited(base, move("A2", 0, 0))
    theirs = edited(base, move("B1", 1, 0), lambda d: MoveStageCommand(d, d.map.stages[2].id, 0))
    result = merge_maps(base, ours, theirs)
    assert result.conflicts == []
    assert [s.title for s in result.map.stages] == ["Mua hàng", "Nhận biết", "Tìm hiểu"]
    assert titles_in(result.map, 1) == ["A2", "A0", "A1"]  # stage 1 is now Nhận biết
    assert titles_in(result.map, 2) == ["B1", "B0"]


def test_merging_a_map_with_itself_changes_nothing():
    m = small_map()
    result = merge_maps(m, m.model_copy(deep=True), m.model_copy(deep=True))
    assert result.conflicts == [] and dumps_cjm(result.map) == dumps_cjm(m)


# -- what conflicts -----------------------------------------------------------------------------
def test_the_same_field_changed_to_different_values():
    base = small_map()
    result = merge_maps(base, edited(base, retitle("A0", "Lan")), edited(base, retitle("A0", "Minh")))
    (c,) = result.conflicts
    assert (c.kind, c.object_id, c.field) == ("cards", card(base, "A0").id, "title")
    assert (json.loads(c.base), json.loads(c.ours), json.loads(c.theirs)) == ("A0", "Lan", "Minh")
    assert card(result.map, "Lan").id == c.object_id  # ours stands
    assert result.map.conflicts == [c]
    assert str(conflict_line(c)) == 'conflict: card "Lan" title: ours "Lan", theirs "Minh"'


def test_a_card_moved_to_different_cells_is_one_conflict():
    base = small_map()
    result = merge_maps(base, edited(base, move("A1", 1)), edited(base, move("A1", 2)))
    (c,) = result.conflicts
    assert c.field == "cell"
    assert json.loads(c.theirs)["stage_id"] == base.stages[2].id
    assert card(result.map, "A1").stage_id == base.stages[1].id


@pytest.mark.parametrize("we_delete", [True, False])
def test_deleted_on_one_side_edited_on_the_other(we_delete):
    base = small_map()
    delete = lambda d: DeleteCardsCommand(d, [card(d.map, "A2").id])  # noqa: E731
    change = retitle("A2", "A2 sửa")
    ours, theirs = (edited(base, delete), edited(base, change)) if we_delete else (
        edited(base, change), edited(base, delete))
    result = merge_maps(base, ours, theirs)
    (c,) = result.conflicts
    assert (c.kind, c.field) == ("cards", "")
    if we_delete:  # ours stands: gone, their version kept in the conflict
        assert "A2" not in titles_in(result.map, 0) and "A2 sửa" not in titles_in(result.map, 0)
        assert c.ours is None and json.loads(c.theirs)["title"] == "A2 sửa"
    else:
        assert "A2 sửa" in titles_in(result.map, 0) and c.theirs is None


def test_both_sides_moving_different_cards_of_one_cell_get_both_moves():
    base = small_map()
    result = merge_maps(base, edited(base, move("A2", 0, 0)), edited(base, move("A1", 0, 0)))
    assert result.conflicts == []
    assert titles_in(result.map, 0) == ["A2", "A1", "A0"]  # both put one first: ours, then theirs


def test_both_sides_moving_the_same_card_to_different_places():
    base = small_map()
    result = merge_maps(base, edited(base, move("A2", 0, 0)), edited(base, move("A2", 0, 1)))
    (c,) = result.conflicts
    assert c.field == "order"
    assert titles_in(result.map, 0) == ["A2", "A0", "A1"]  # ours


def test_a_card_added_in_a_stage_the_other_side_deleted_brings_the_stage_back():
    base = small_map()
    ours = edited(base, lambda d: DeleteStageCommand(d, d.map.stages[1].id))
    theirs = edited(base, add(1, 0, "Mới ở Tìm hiểu"), lambda d: EditStageCommand(d, d.map.stages[0].id,
                                                                                  {"title": "Nhận diện"}))
    result = merge_maps(base, ours, theirs)
    assert [s.title for s in result.map.stages] == ["Nhận diện", "Tìm hiểu", "Mua hàng"]
    assert titles_in(result.map, 1) == ["Mới ở Tìm hiểu"]  # B0 was deleted with its stage, untouched by theirs
    (c,) = result.conflicts
    assert (c.kind, c.object_id, c.ours) == ("stages", base.stages[1].id, None)


def test_lanes_reordered_on_one_side_and_a_card_edited_on_the_other():
    base = small_map()
    ours = edited(base, lambda d: MoveLaneCommand(d, d.map.lanes[1].id, 0))
    theirs = edited(base, retitle("B0", "B0 sửa"))
    result = merge_maps(base, ours, theirs)
    assert [lane.title for lane in result.map.lanes] == ["Cảm xúc", "Hành động"]
    assert result.conflicts == []


# -- the command ------------------------------------------------------------------------------------
def _files(tmp_path, base, ours, theirs):
    paths = [tmp_path / n for n in ("base.cjm", "ours.cjm", "theirs.cjm")]
    for p, m in zip(paths, (base, ours, theirs)):
        write_cjm(p, m)
    return paths


def test_cli_merge_clean_writes_ours(tmp_path, capsys):
    base = small_map()
    b, o, t = _files(tmp_path, base, edited(base, retitle("A0", "Lan")), edited(base, retitle("A1", "Minh")))
    assert main(["merge", str(b), str(o), str(t)]) == 0
    assert titles_in(read_cjm(o).map, 0) == ["Lan", "Minh", "A2"]
    assert "no conflicts" in capsys.readouterr().err


def test_cli_merge_with_conflicts_exits_1_and_lists_them(tmp_path, capsys):
    base = small_map()
    b, o, t = _files(tmp_path, base, edited(base, retitle("A0", "Lan")), edited(base, retitle("A0", "Minh")))
    out = tmp_path / "merged.cjm"
    assert main(["merge", str(b), str(o), str(t), "-o", str(out)]) == 1
    captured = capsys.readouterr()
    assert captured.out == 'conflict: card "Lan" title: ours "Lan", theirs "Minh"\n'
    assert "1 conflict" in captured.err
    merged = read_cjm(out).map  # a valid map that opens, with the conflict in it
    assert len(merged.conflicts) == 1 and titles_in(merged, 0)[0] == "Lan"


def test_cli_merge_with_a_copy_from_format_version_1(tmp_path, capsys):
    v1 = GOLDEN_V1_FULL.read_bytes()
    base = read_cjm(GOLDEN_V1_FULL).map
    theirs_path = tmp_path / "theirs.cjm"
    theirs_path.write_bytes(v1)  # an old copy, untouched since
    ours = edited(base, lambda d: EditCardCommand(d, d.map.cards[0].id, {"title": "mới"}))
    b, o = tmp_path / "base.cjm", tmp_path / "ours.cjm"
    b.write_bytes(v1)
    write_cjm(o, ours)
    assert main(["merge", str(b), str(o), str(theirs_path)]) == 0
    assert read_cjm(o).map.cards[0].title == "mới"


@pytest.mark.parametrize("bad", ["base", "theirs"])
def test_cli_merge_bad_input_writes_nothing(tmp_path, capsys, bad):
    base = small_map()
    b, o, t = _files(tmp_path, base, edited(base, retitle("A0", "Lan")), base)
    {"base": b, "theirs": t}[bad].write_text("{ not json", encoding="utf-8")
    before = o.read_bytes()
    assert main(["merge", str(b), str(o), str(t)]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and err.startswith("cjm-desktop merge: error: ")
    assert o.read_bytes() == before
