"""Future states in a .cjm file: one line naming the place when a state breaks the rules."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cjm_desktop.io import CjmError, loads_cjm

GOLDEN = Path(__file__).resolve().parent.parent / "golden" / "v4" / "states.cjm"


def _load_error(raw: dict) -> str:
    with pytest.raises(CjmError) as info:
        loads_cjm(json.dumps(raw, ensure_ascii=False).encode(), "map.cjm")
    return str(info.value)


def test_too_many_states_is_one_line():
    raw = json.loads(GOLDEN.read_bytes())
    state = raw["map"]["states"][0]
    raw["map"]["states"] = [dict(state, id=f"00000000-0000-4000-8000-{i:012d}") for i in range(31)]
    assert _load_error(raw) == "map.cjm: map.states: too many states: 31, at most 30"


def test_a_card_of_a_future_state_naming_a_stage_it_lacks_is_one_line():
    raw = json.loads(GOLDEN.read_bytes())
    raw["map"]["states"][0]["cards"][0]["stage_id"] = "00000000-0000-4000-8000-00000000dead"
    assert _load_error(raw) == (
        'map.cjm: map.states[0].cards[0].stage_id: no stage with id "00000000-0000-4000-8000-00000000dead"')


def test_two_states_with_one_id_is_one_line():
    raw = json.loads(GOLDEN.read_bytes())
    raw["map"]["states"].append(raw["map"]["states"][0])
    assert _load_error(raw).startswith('map.cjm: map.states[1].id: id "7d1c2f0e-4b7a-4c1e-9a55-3f1d2e8b6a01" is used twice')


def test_a_future_state_s_emotion_must_name_a_shared_persona():
    raw = json.loads(GOLDEN.read_bytes())
    raw["map"]["states"][0]["emotions"][0]["persona_id"] = "00000000-0000-4000-8000-00000000beef"
    assert "map.states[0].emotions[0].persona_id: no persona with id" in _load_error(raw)
