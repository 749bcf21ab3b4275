"""Maps and files shared by the io tests (no Qt)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cjm_desktop.io import ViewState, dumps_cjm
from cjm_desktop.model import Card, Connector, EmotionPoint, JourneyMap, Lane, LaneKind, Persona, Stage

GOLDEN = Path(__file__).resolve().parent.parent / "golden"


def sample_map() -> JourneyMap:
    stages = [Stage(title=t) for t in ("Nhận biết", "Tìm hiểu", "Mua hàng")]
    lanes = [Lane(title="Hành động", kind=LaneKind.ACTIONS), Lane(title="Cảm xúc", kind=LaneKind.FEELINGS)]
    persona = Persona(name="Chị Lan")
    cards = [Card(stage_id=stages[0].id, lane_id=lanes[0].id, order=i, title=f"Thẻ {i}") for i in range(3)]
    cards.append(Card(stage_id=stages[1].id, lane_id=lanes[0].id, title="Đánh giá", tags=["điểm đau"]))
    return JourneyMap(
        title="Hành trình khách hàng",
        stages=stages,
        lanes=lanes,
        personas=[persona],
        cards=cards,
        connectors=[Connector(source_id=cards[0].id, target_id=cards[3].id, label="quay lại")],
        emotions=[EmotionPoint(persona_id=persona.id, stage_id=s.id, score=i - 1) for i, s in enumerate(stages)],
    )


@pytest.fixture
def journey_map() -> JourneyMap:
    return sample_map()


@pytest.fixture
def file_dict(journey_map) -> dict:
    """A valid file as a plain dict, to break in one place per test."""
    return json.loads(dumps_cjm(journey_map, ViewState()))


def _to_bytes(data) -> bytes:
    return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")


@pytest.fixture
def encode():
    """``encode(dict) -> bytes``: a file's bytes, written by plain json (not by io)."""
    return _to_bytes


@pytest.fixture
def golden_dir() -> Path:
    return GOLDEN
