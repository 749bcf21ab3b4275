"""The synthetic benchmark map: sizes as asked, identical for a seed, realistic fields."""

from __future__ import annotations

import uuid
from collections import Counter

import pytest

from cjm_desktop.layout.text import missing_glyphs
from cjm_desktop.model import JourneyMap, LaneKind
from cjm_desktop.templates.generated import generate_map


@pytest.fixture(scope="module")
def big() -> JourneyMap:
    return generate_map()


def test_default_counts(big):
    assert len(big.cards) == 5000
    assert len(big.stages) == 20
    assert len(big.lanes) == 12
    assert len(big.personas) == 2
    assert len(big.connectors) == 300
    assert len(big.emotions) == 2 * 20


def test_same_seed_same_map_other_seed_other_map(big):
    assert generate_map().model_dump(mode="json") == big.model_dump(mode="json")
    other = generate_map(seed=1)
    assert {c.id for c in other.cards}.isdisjoint({c.id for c in big.cards})
    assert [c.title for c in other.cards] != [c.title for c in big.cards]


def test_ids_are_uuid4_and_unique(big):
    ids = [x.id for x in [*big.stages, *big.lanes, *big.cards, *big.personas, *big.connectors]]
    assert len(set(ids)) == len(ids)
    assert all(uuid.UUID(i).version == 4 for i in ids)


def test_lanes_cycle_through_the_kinds_with_one_feelings_lane():
    m = generate_map(cards=50, stages=3, lanes=20, connectors=5)
    kinds = Counter(lane.kind for lane in m.lanes)
    assert kinds[LaneKind.FEELINGS] == 1
    assert set(kinds) == set(LaneKind)


def test_every_persona_has_a_score_at_every_stage(big):
    pairs = {(e.persona_id, e.stage_id) for e in big.emotions}
    assert pairs == {(p.id, s.id) for p in big.personas for s in big.stages}
    assert {e.score for e in big.emotions} >= {-3, 3}


def test_kind_specific_fields_are_filled(big):
    kind_of = {lane.id: lane.kind for lane in big.lanes}
    touch = [c for c in big.cards if kind_of[c.lane_id] is LaneKind.TOUCHPOINTS]
    improve = [c for c in big.cards if kind_of[c.lane_id] is LaneKind.IMPROVEMENTS]
    assert touch and improve
    assert all(c.channel and c.sentiment and c.importance for c in touch)
    assert all(c.owner and c.due and c.measure and c.status for c in improve)
    assert any(c.evidence and c.source for c in big.cards)


def test_text_is_vietnamese_with_some_long_bodies(big):
    assert any("ệ" in c.title or "ư" in c.title for c in big.cards)
    lengths = sorted(len(c.body) for c in big.cards)
    assert lengths[0] == 0
    assert lengths[-1] > 800
    assert lengths[len(lengths) // 2] > 20
    assert missing_glyphs(big.all_text()) == []


def test_cards_are_ordered_within_each_cell(big):
    cells: dict = {}
    for c in big.cards:
        cells.setdefault((c.stage_id, c.lane_id), []).append(c.order)
    assert all(sorted(v) == list(range(len(v))) for v in cells.values())


def test_small_and_degenerate_sizes():
    m = generate_map(cards=0, stages=1, lanes=1, personas=0, connectors=0)
    assert (len(m.cards), len(m.stages), len(m.lanes), len(m.emotions)) == (0, 1, 1, 0)
    with pytest.raises(ValueError):
        generate_map(cards=1, connectors=1)
