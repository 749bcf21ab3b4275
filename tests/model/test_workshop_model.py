"""Comments, dot votes and the workshop settings in the model (format version 4): limits and integrity."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from cjm_desktop.io import dumps_cjm, loads_cjm
from cjm_desktop.io.errors import CjmLoadError
from cjm_desktop.model import LIMITS, Comment, JourneyMap, Workshop
from tests.factories import small_map


def test_a_map_without_comments_or_votes_writes_none_of_their_keys():
    data = dumps_cjm(small_map())
    assert b'"comments"' not in data and b'"votes"' not in data and b'"workshop"' not in data


def test_comments_votes_and_settings_round_trip():
    m = small_map()
    m.cards[0].comments = [Comment(author="Lan", text="Cần số liệu"), Comment(text="ok", resolved=True)]
    m.stages[0].comments = [Comment(author="Minh", text="Tách đôi?")]
    m.lanes[1].comments = [Comment(text="làn")]
    m.cards[1].votes = {"Lan": 2, "": 1}
    m.workshop = Workshop(dots_per_participant=5, participants=["Lan", "Minh"])
    again = loads_cjm(dumps_cjm(m), "m.cjm").map
    assert again == m


def test_comment_ids_are_map_ids():
    m = small_map()
    m.cards[0].comments = [Comment(id=m.cards[1].id, text="x")]
    with pytest.raises(ValidationError, match="used twice"):
        JourneyMap.model_validate(m.model_dump())


def test_too_many_comments_on_one_object_are_refused():
    m = small_map().model_dump(mode="json")
    m["cards"][0]["comments"] = [{"text": "x"}] * (LIMITS.comments_per_object + 1)
    with pytest.raises(ValidationError, match="at most 500"):
        JourneyMap.model_validate(m)


def test_too_many_comments_on_the_map_are_refused(monkeypatch):
    import cjm_desktop.model.integrity as integrity

    monkeypatch.setattr(integrity, "LIMITS", type(LIMITS)(max_comments=3))
    m = small_map()
    for card in m.cards:
        card.comments = [Comment(text="x")]
    with pytest.raises(ValidationError, match="4 comments, at most 3"):
        JourneyMap.model_validate(m.model_dump())


@pytest.mark.parametrize("votes", [{"Lan": 0}, {"Lan": LIMITS.max_dots + 1}, {"Lan": "2"}, {"Lan": 1.5},
                                   {"x" * (LIMITS.participant_name + 1): 1}])
def test_bad_votes_are_refused(votes):
    m = small_map().model_dump(mode="json")
    m["cards"][0]["votes"] = votes
    with pytest.raises(ValidationError):
        JourneyMap.model_validate(m)


def test_too_many_voters_on_a_card_are_refused():
    m = small_map().model_dump(mode="json")
    m["cards"][0]["votes"] = {f"p{i}": 1 for i in range(LIMITS.max_participants + 2)}
    with pytest.raises(ValidationError):
        JourneyMap.model_validate(m)


@pytest.mark.parametrize("settings", [{"dots_per_participant": 0}, {"dots_per_participant": LIMITS.max_dots + 1},
                                      {"participants": [""]},
                                      {"participants": [f"p{i}" for i in range(LIMITS.max_participants + 1)]}])
def test_bad_workshop_settings_are_refused(settings):
    with pytest.raises(ValidationError):
        Workshop.model_validate(settings)


def test_a_hostile_file_with_a_huge_comment_list_is_one_line():
    m = small_map().model_dump(mode="json")
    m["cards"][0]["comments"] = [{"text": "x"}] * 1000
    import json

    data = json.dumps({"format": "cjm", "version": 4, "map": m}).encode()
    with pytest.raises(CjmLoadError) as info:
        loads_cjm(data, "bad.cjm")
    assert "\n" not in str(info.value) and "comments" in str(info.value)
