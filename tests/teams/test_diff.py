"""``diff``: what changed between two versions, in words, matched by id."""

from __future__ import annotations

import json

import pytest

from cjm_desktop.app.cli.main import main
from cjm_desktop.commands import (
    AddCardsCommand,
    AddConnectorCommand,
    AddStageCommand,
    DeleteCardsCommand,
    DeleteLaneCommand,
    EditCardCommand,
    EditMapCommand,
    EditStageCommand,
    MoveCardsCommand,
    MoveStageCommand,
    SetEmotionCommand,
)
from cjm_desktop.io import write_cjm
from cjm_desktop.model import Card, Connector, Stage
from cjm_desktop.teams import change_lines, diff_maps
from tests.factories import small_map
from tests.teams.edits import card, edited


def lines(old, new) -> list[str]:
    return [str(line) for change in diff_maps(old, new) for line in change_lines(change)]


def test_the_same_map_has_no_changes():
    m = small_map()
    assert diff_maps(m, m.model_copy(deep=True)) == []


def test_card_edits_moves_additions_and_removals_in_words():
    base = small_map()
    new = edited(
        base,
        lambda d: EditCardCommand(d, card(d.map, "A0").id, {"title": "A0 mới", "sentiment": "negative",
                                                            "body": "Một ghi chú rất dài " * 5}),
        lambda d: MoveCardsCommand(d, [card(d.map, "A1").id], d.map.stages[2].id, d.map.lanes[0].id, 0),
        lambda d: AddCardsCommand(d, [Card(stage_id=d.map.stages[1].id, lane_id=d.map.lanes[0].id, order=0,
                                           title="Thẻ mới")]),
        lambda d: DeleteCardsCommand(d, [card(d.map, "B0").id]),
    )
    assert lines(base, new) == [
        'card "A0 mới": title "A0" → "A0 mới"',
        'card "A0 mới": body changed',
        'card "A0 mới": sentiment — → negative',
        'card "Thẻ mới" added in Tìm hiểu · Hành động',
        'card "A1" moved from Nhận biết · Hành động to Mua hàng · Hành động',
        'card "B0" removed from Tìm hiểu · Hành động',
        'connector "A0 → B0" removed',  # with the card it pointed at
    ]


def test_a_card_added_above_others_does_not_make_them_moved():
    base = small_map()
    new = edited(base, lambda d: AddCardsCommand(d, [Card(stage_id=d.map.stages[0].id,
                                                          lane_id=d.map.lanes[0].id, order=0, title="Đầu")]))
    assert lines(base, new) == ['card "Đầu" added in Nhận biết · Hành động']


def test_a_card_reordered_within_its_cell():
    base = small_map()
    new = edited(base, lambda d: MoveCardsCommand(d, [card(d.map, "A2").id], d.map.stages[0].id,
                                                  d.map.lanes[0].id, 0))
    assert lines(base, new) == ['card "A2" moved within Nhận biết · Hành động']


def test_structure_people_connectors_emotions_and_the_map():
    base = small_map()
    new = edited(
        base,
        lambda d: EditMapCommand(d, {"title": "Bản đồ 2"}),
        lambda d: EditStageCommand(d, d.map.stages[0].id, {"title": "Nhận diện", "width": 300.0}),
        lambda d: MoveStageCommand(d, d.map.stages[2].id, 0),
        lambda d: AddStageCommand(d, Stage(title="Giới thiệu")),
        lambda d: DeleteLaneCommand(d, d.map.lanes[1].id),
        lambda d: AddConnectorCommand(d, Connector(source_id=card(d.map, "A1").id, target_id=card(d.map, "A2").id,
                                                   label="rồi")),
    )
    assert lines(base, new) == [
        'map: title "Bản đồ" → "Bản đồ 2"',
        'stage "Nhận diện": title "Nhận biết" → "Nhận diện"',
        'stage "Nhận diện": width 240.0 → 300.0',
        'stage "Giới thiệu" added at position 4',
        'stage "Mua hàng" moved from position 3 to 1',
        'lane "Cảm xúc" removed',
        'connector "A1 → A2" added',
    ]
    emotional = edited(base, lambda d: SetEmotionCommand(d, d.map.personas[0].id, d.map.stages[1].id, score=-2))
    assert lines(base, emotional) == ['emotion "Chị Lan · Tìm hiểu": score 0 → -2']


def test_file_text_cannot_drive_the_terminal(tmp_path, capsys):
    base = small_map()
    new = edited(base, lambda d: EditCardCommand(d, card(d.map, "A0").id, {"title": "A0\x1b]0;pwned\x07"}))
    old_path, new_path = tmp_path / "old.cjm", tmp_path / "new.cjm"
    write_cjm(old_path, base)
    write_cjm(new_path, new)
    assert main(["diff", str(old_path), str(new_path)]) == 1
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out
    assert '\\x1b]0;pwned\\x07' in out


def test_cli_exit_status_and_json(tmp_path, capsys):
    base = small_map()
    new = edited(base, lambda d: EditCardCommand(d, card(d.map, "A0").id, {"title": "A0 mới"}))
    a, b = tmp_path / "a.cjm", tmp_path / "b.cjm"
    write_cjm(a, base)
    write_cjm(b, new)
    assert main(["diff", str(a), str(a)]) == 0
    assert capsys.readouterr().out == ""
    assert main(["diff", str(a), str(b), "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data == [{"kind": "cards", "op": "edited", "id": card(new, "A0 mới").id, "label": "A0 mới",
                     "fields": [{"field": "title", "old": "A0", "new": "A0 mới"}], "where": [],
                     "text": ['card "A0 mới": title "A0" → "A0 mới"']}]


@pytest.mark.parametrize("content", [b"not json", b'{"format": "cjm", "version": 9, "map": {}}'])
def test_cli_bad_file_is_one_line_and_exit_2(tmp_path, capsys, content):
    good, bad = tmp_path / "good.cjm", tmp_path / "bad.cjm"
    write_cjm(good, small_map())
    bad.write_bytes(content)
    assert main(["diff", str(good), str(bad)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert len(captured.err.strip().splitlines()) == 1 and captured.err.startswith("cjm-desktop diff: error: bad.cjm")
