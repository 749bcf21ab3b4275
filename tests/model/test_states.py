"""Future states: the model's fields, integrity per state, limits, and swapping which state the map shows."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from cjm_desktop.io import dumps_cjm, loads_cjm
from cjm_desktop.model import Card, JourneyMap, Lane, MapState, Stage, integrity_problems, new_id
from cjm_desktop.model import states as st
from cjm_desktop.model.limits import LIMITS


def _map() -> JourneyMap:
    m = JourneyMap(title="Salon", language="en")
    stage = Stage(title="Book")
    lane = Lane(title="Actions")
    m.stages.append(stage)
    m.lanes.append(lane)
    m.cards.append(Card(stage_id=stage.id, lane_id=lane.id, title="Call the salon"))
    return m


def test_a_map_has_one_current_state_by_default_named_by_its_language():
    m = _map()
    assert st.state_ids(m) == [None] and st.state_name(m, None) == "Current state"
    m.language = "vi"
    assert st.state_name(m, None) == "Hiện trạng"


def test_showing_a_future_state_swaps_its_content_in_and_writes_the_current_state_canonically():
    m = _map()
    future = st.copy_of_shown(m, new_id(), "Online booking")
    future.cards[0].title = "Book online"
    m.states.append(future)
    before = dumps_cjm(m)
    current_cards = m.cards
    st.show_state(m, future.id)
    assert st.shown_state(m) == future.id
    assert m.cards[0].title == "Book online" and m.cards[0].id == current_cards[0].id  # same ids
    assert st.state_name(m, future.id) == "Online booking" and st.state_name(m, None) == "Current state"
    assert dumps_cjm(m) == before  # saved as the current state in the own fields
    assert st.map_of_state(m, None).cards[0].title == "Call the salon"
    st.show_state(m, None)
    assert m.cards is current_cards and dumps_cjm(m) == before


def test_renaming_a_state_while_another_is_shown_names_the_right_one():
    m = _map()
    m.states.append(st.copy_of_shown(m, new_id(), "B"))
    fid = m.states[0].id
    st.show_state(m, fid)
    st.set_state_name(m, None, "Today")
    st.set_state_name(m, fid, "Tomorrow")
    st.show_state(m, None)
    assert (m.state_name, m.states[0].name) == ("Today", "Tomorrow")
    assert st.find_state(m, " tomorrow ") == fid and st.find_state(m, "TODAY") is None
    with pytest.raises(KeyError):
        st.find_state(m, "Yesterday")


def test_a_card_of_a_future_state_must_name_a_stage_of_that_state():
    m = _map()
    other = MapState(name="x")
    data = m.model_dump(mode="json")
    data["states"] = [{**other.model_dump(mode="json"), "cards": [m.cards[0].model_dump(mode="json")]}]
    with pytest.raises(ValidationError, match=r"states\[0\]\.cards\[0\]\.stage_id"):
        JourneyMap.model_validate(data)


def test_ids_are_unique_within_a_state_and_shared_between_states():
    m = _map()
    m.states.append(st.copy_of_shown(m, new_id(), "B"))
    assert integrity_problems(m) == []
    m.states[0].cards.append(m.states[0].cards[0].model_copy())
    assert any("states[0].cards[1].id" in str(p) for p in integrity_problems(m))


def test_the_number_of_states_and_all_their_cards_are_bounded(monkeypatch):
    from cjm_desktop.model import integrity

    m = _map()
    data = m.model_dump(mode="json")
    data["states"] = [{"id": new_id(), "name": ""} for _ in range(LIMITS.max_states + 1)]
    with pytest.raises(ValidationError, match="states"):
        JourneyMap.model_validate(data)
    data["states"] = [{"id": new_id(), "stages": data["stages"], "lanes": data["lanes"], "cards": data["cards"]}]
    two = JourneyMap.model_validate(data)  # a card in each state: two in all
    assert integrity_problems(two) == []
    monkeypatch.setattr(integrity, "LIMITS", type(LIMITS)(max_cards_all_states=1))
    assert any("2 cards in all states together, at most 1" in str(p) for p in integrity_problems(two))


def test_a_future_state_round_trips_through_the_file():
    m = _map()
    m.states.append(st.copy_of_shown(m, new_id(), "Online"))
    again = loads_cjm(dumps_cjm(m), "m.cjm").map
    assert again.states[0].name == "Online" and again.states[0].cards[0].id == m.cards[0].id
    assert b'"states"' not in dumps_cjm(_map()) and b'"state_name"' not in dumps_cjm(_map())
