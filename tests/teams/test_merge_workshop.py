"""Comments and votes in diff and merge: merged by id and per participant, named in the diff's words."""

from __future__ import annotations

from cjm_desktop.model import Comment, Workshop
from cjm_desktop.teams.describe import change_lines
from cjm_desktop.teams.diff import diff_maps
from cjm_desktop.teams.merge import merge_maps
from tests.factories import small_map


def _copies():
    base = small_map()
    base.cards[0].comments = [Comment(author="Lan", text="cũ")]
    base.cards[0].votes = {"Lan": 1}
    return base, base.model_copy(deep=True), base.model_copy(deep=True)


def test_comments_added_on_both_sides_are_all_kept_and_a_resolve_follows():
    base, ours, theirs = _copies()
    ours.cards[0].comments.append(Comment(author="Minh", text="của ta"))
    theirs.cards[0].comments[0] = theirs.cards[0].comments[0].model_copy(update={"resolved": True})
    theirs.cards[0].comments.append(Comment(author="Hương", text="của họ"))
    theirs.stages[1].comments = [Comment(text="giai đoạn")]
    result = merge_maps(base, ours, theirs)
    notes = result.map.cards[0].comments
    assert [(n.text, n.resolved) for n in notes] == [("cũ", True), ("của ta", False), ("của họ", False)]
    assert [n.text for n in result.map.stages[1].comments] == ["giai đoạn"]
    assert result.conflicts == []


def test_a_comment_deleted_on_one_side_goes():
    base, ours, theirs = _copies()
    theirs.cards[0].comments = []
    assert merge_maps(base, ours, theirs).map.cards[0].comments == []


def test_votes_merge_per_participant():
    base, ours, theirs = _copies()
    ours.cards[0].votes = {"Lan": 1, "Minh": 2}
    theirs.cards[0].votes = {"Lan": 3, "": 1}
    theirs.workshop = Workshop(dots_per_participant=5, participants=["Lan", "Minh"])
    result = merge_maps(base, ours, theirs)
    assert result.map.cards[0].votes == {"Lan": 3, "Minh": 2, "": 1}
    assert result.map.workshop.dots_per_participant == 5 and result.conflicts == []


def test_a_two_way_merge_keeps_both_sides_comments_and_votes():
    _, ours, theirs = _copies()
    ours.cards[1].comments = [Comment(text="ta")]
    theirs.cards[1].comments = [Comment(text="họ")]
    theirs.cards[1].votes = {"Minh": 1}
    result = merge_maps(None, ours, theirs)
    assert [n.text for n in result.map.cards[1].comments] == ["ta", "họ"]
    assert result.map.cards[1].votes == {"Minh": 1}


def test_diff_names_comments_votes_and_the_settings():
    base, _, new = _copies()
    new.cards[0].comments.append(Comment(text="mới"))
    new.cards[0].votes = {"Lan": 1, "": 2}
    new.workshop = Workshop(dots_per_participant=4, participants=["Lan"])
    lines = [str(line) for change in diff_maps(base, new) for line in change_lines(change)]
    assert 'map: workshop 3 dots each, no participants → 4 dots each, Lan' in lines
    assert 'card "A0": comments 1 comment, 1 open → 2 comments, 2 open' in lines
    assert 'card "A0": votes Lan 1 → Lan 1, anonymous 2' in lines


def test_the_outline_shows_comments_votes_and_the_settings():
    from pathlib import Path

    from cjm_desktop.io import read_cjm
    from cjm_desktop.teams.outline import outline

    m = read_cjm(Path(__file__).resolve().parents[1] / "golden" / "v4" / "workshop.cjm").map
    lines = list(outline(m))
    assert "  workshop: 4 dots each, Lan, Minh, Hương" in lines
    assert "  votes: Lan 2, Minh 1, anonymous 1" in lines
    assert "  comment (resolved) Minh, 2024-05-14T10:05:00+07:00: Đã hỏi 12 khách: 3 người bỏ về 👍" in lines
    assert not any("comment" in line or "votes" in line for line in outline(read_cjm(
        Path(__file__).resolve().parents[1] / "golden" / "v3" / "full.cjm").map))
