"""Future states in a diff and a merge: matched by id, each state as a whole."""

from __future__ import annotations

from cjm_desktop.model import new_id
from cjm_desktop.model import states as st
from cjm_desktop.teams import change_lines, diff_maps, merge_maps
from tests.factories import small_map


def _with_future():
    m = small_map()
    m.states.append(st.copy_of_shown(m, new_id(), "Tương lai"))
    return m


def _lines(changes) -> list[str]:
    return [str(line) for change in changes for line in change_lines(change)]


def test_a_future_state_added_removed_renamed_or_changed_is_one_change():
    old = small_map()
    new = old.model_copy(deep=True)
    new.states.append(st.copy_of_shown(new, new_id(), "Tương lai"))
    assert _lines(diff_maps(old, new)) == ['future state "Tương lai" added at position 1']
    assert _lines(diff_maps(new, old)) == ['future state "Tương lai" removed']
    renamed = new.model_copy(deep=True)
    renamed.states[0].name = "Kịch bản B"
    renamed.states[0].cards[0].title = "khác"
    lines = _lines(diff_maps(new, renamed))
    assert 'future state "Kịch bản B": name "Tương lai" → "Kịch bản B"' in lines
    assert 'future state "Kịch bản B": cards changed' in lines and len(lines) == 2


def test_a_diff_reads_a_map_that_shows_a_future_state_as_saved():
    m = _with_future()
    shown = m.model_copy(deep=True)
    st.show_state(shown, shown.states[0].id)
    assert diff_maps(m, shown) == []


def test_merge_takes_a_future_state_added_or_changed_on_one_side():
    base = _with_future()
    ours, theirs = base.model_copy(deep=True), base.model_copy(deep=True)
    ours.cards[0].title = "ours"
    theirs.states[0].cards[0].title = "theirs in the future"
    theirs.states.append(st.copy_of_shown(theirs, new_id(), "Thêm"))
    result = merge_maps(base, ours, theirs)
    assert result.map.cards[0].title == "ours" and not result.conflicts
    assert [s.name for s in result.map.states] == ["Tương lai", "Thêm"]
    assert result.map.states[0].cards[0].title == "theirs in the future"


def test_merge_keeps_both_when_both_changed_the_same_future_state():
    base = _with_future()
    ours, theirs = base.model_copy(deep=True), base.model_copy(deep=True)
    ours.states[0].cards[0].title = "ours"
    theirs.states[0].cards[0].title = "theirs"
    st.show_state(ours, ours.states[0].id)  # the window showing the state: merged as saved
    merged = merge_maps(base, ours, theirs).map
    assert [s.name for s in merged.states] == ["Tương lai", "Tương lai (theirs)"]
    assert [s.cards[0].title for s in merged.states] == ["ours", "theirs"]
    assert merged.states[1].id != merged.states[0].id and st.shown_state(merged) is None


def test_the_outline_lists_each_future_state_s_lines_after_its_name():
    from cjm_desktop.teams.outline import outline

    m = _with_future()
    m.states[0].cards[0].title = "Đặt lịch online"
    plain = list(outline(small_map()))
    lines = list(outline(m))
    assert lines[:len(plain)][:3] == plain[:3] and "  current state: Hiện trạng" in lines
    assert "state Tương lai" in lines
    assert any(line.startswith("Tương lai ▸ card [Nhận biết · Hành động] Đặt lịch online") for line in lines)
    st.show_state(m, m.states[0].id)  # as saved, whatever the window shows
    assert list(outline(m)) == lines
