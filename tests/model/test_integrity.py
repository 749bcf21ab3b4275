"""Model integrity: ids are unique, every reference points at something."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from cjm_desktop.io.messages import describe_validation_error
from cjm_desktop.model import (
    Card,
    Connector,
    EmotionPoint,
    JourneyMap,
    Lane,
    Persona,
    Stage,
    integrity_problems,
    new_id,
)


def parts():
    stage, lane, persona = Stage(title="Nhận biết"), Lane(title="Hành động"), Persona(name="Chị Lan")
    cards = [Card(stage_id=stage.id, lane_id=lane.id, title=t) for t in ("A", "B")]
    return stage, lane, persona, cards


def problem_of(**fields) -> str:
    """The one line a user sees when building the map fails."""
    with pytest.raises(ValidationError) as info:
        JourneyMap(**fields)
    return describe_validation_error(info.value, "map")


def test_a_consistent_map_has_no_problems():
    stage, lane, persona, cards = parts()
    m = JourneyMap(
        stages=[stage], lanes=[lane], personas=[persona], cards=cards,
        connectors=[Connector(source_id=cards[0].id, target_id=cards[1].id)],
        emotions=[EmotionPoint(persona_id=persona.id, stage_id=stage.id, score=-3)],
    )
    assert integrity_problems(m) == []


def test_ids_are_uuid4_strings():
    import uuid

    ids = {new_id() for _ in range(100)}
    assert len(ids) == 100
    assert all(uuid.UUID(i).version == 4 and str(uuid.UUID(i)) == i for i in ids)


def test_non_canonical_uuid_is_normalised():
    raw = "{0000000A-0000-4000-8000-00000000000F}"
    assert Stage(id=raw).id == "0000000a-0000-4000-8000-00000000000f"


def test_duplicate_card_ids():
    stage, lane, _, cards = parts()
    twin = cards[0].model_copy(update={"title": "twin"})
    message = problem_of(stages=[stage], lanes=[lane], cards=[*cards, twin])
    assert message == f'map.cards[2].id: id "{cards[0].id}" is used twice (also at cards[0].id)'


def test_duplicate_ids_across_collections():
    stage, lane, _, _ = parts()
    card = Card(id=stage.id, stage_id=stage.id, lane_id=lane.id)
    assert "is used twice (also at stages[0].id)" in problem_of(stages=[stage], lanes=[lane], cards=[card])


def test_card_on_a_missing_stage():
    stage, lane, _, _ = parts()
    ghost = new_id()
    message = problem_of(stages=[stage], lanes=[lane], cards=[Card(stage_id=ghost, lane_id=lane.id)])
    assert message == f'map.cards[0].stage_id: no stage with id "{ghost}"'


def test_card_on_a_missing_lane():
    stage, lane, _, _ = parts()
    ghost = new_id()
    message = problem_of(stages=[stage], lanes=[lane], cards=[Card(stage_id=stage.id, lane_id=ghost)])
    assert message == f'map.cards[0].lane_id: no lane with id "{ghost}"'


@pytest.mark.parametrize("end", ["source_id", "target_id"])
def test_dangling_connector(end):
    stage, lane, _, cards = parts()
    ghost = new_id()
    ends = {"source_id": cards[0].id, "target_id": cards[1].id, end: ghost}
    message = problem_of(stages=[stage], lanes=[lane], cards=cards, connectors=[Connector(**ends)])
    assert message == f'map.connectors[0].{end}: no card with id "{ghost}"'


def test_self_connector():
    stage, lane, _, cards = parts()
    message = problem_of(
        stages=[stage], lanes=[lane], cards=cards,
        connectors=[Connector(source_id=cards[0].id, target_id=cards[0].id)],
    )
    assert message == "map.connectors[0]: a connector cannot join a card to itself"


def test_emotion_of_a_missing_persona():
    stage, _, _, _ = parts()
    ghost = new_id()
    message = problem_of(stages=[stage], emotions=[EmotionPoint(persona_id=ghost, stage_id=stage.id)])
    assert message == f'map.emotions[0].persona_id: no persona with id "{ghost}"'


def test_emotion_at_a_missing_stage():
    _, _, persona, _ = parts()
    ghost = new_id()
    message = problem_of(personas=[persona], emotions=[EmotionPoint(persona_id=persona.id, stage_id=ghost)])
    assert message == f'map.emotions[0].stage_id: no stage with id "{ghost}"'


def test_two_scores_for_one_persona_and_stage():
    stage, _, persona, _ = parts()
    points = [EmotionPoint(persona_id=persona.id, stage_id=stage.id, score=s) for s in (1, -1)]
    message = problem_of(stages=[stage], personas=[persona], emotions=points)
    assert message == "map.emotions[1]: a second score for the same persona and stage"


@pytest.mark.parametrize("score, words", [(-4, "too small; at least -3"), (4, "too large; at most 3")])
def test_emotion_score_scale(score, words):
    with pytest.raises(ValidationError) as info:
        EmotionPoint(persona_id=new_id(), stage_id=new_id(), score=score)
    assert describe_validation_error(info.value, "map.emotions[0]") == f"map.emotions[0].score: {score} is {words}"


def test_integrity_problems_lists_every_problem():
    stage, lane, _, cards = parts()
    m = JourneyMap(stages=[stage], lanes=[lane], cards=cards)
    m.stages.clear()  # in place: no validator runs
    problems = integrity_problems(m)
    assert problems == [
        f'cards[0].stage_id: no stage with id "{stage.id}"',
        f'cards[1].stage_id: no stage with id "{stage.id}"',
    ]


def test_assignment_is_checked_too():
    stage, lane, _, cards = parts()
    m = JourneyMap(stages=[stage], lanes=[lane], cards=cards)
    with pytest.raises(ValidationError) as info:
        m.lanes = []
    assert describe_validation_error(info.value, "map").startswith("map.cards[0].lane_id: no lane with id")


def test_the_quick_proof_agrees_with_the_detailed_checks():
    """Opening proves a map sound with set operations and names problems only when
    that proof fails: on random maps with random faults both must agree."""
    import random

    from cjm_desktop.model import integrity

    rng = random.Random(11)
    for _ in range(300):
        stages = [Stage() for _ in range(rng.randint(1, 3))]
        lanes = [Lane() for _ in range(rng.randint(1, 3))]
        personas = [Persona() for _ in range(rng.randint(0, 2))]
        ids = [s.id for s in stages] + [lane.id for lane in lanes] + [p.id for p in personas] + ["x"]
        pick = lambda pool: rng.choice(pool if rng.random() < 0.9 else ids)  # noqa: E731 - a fault now and then
        cards = [Card.model_construct(id=pick([new_id()]), stage_id=pick([s.id for s in stages]),
                                      lane_id=pick([lane.id for lane in lanes]), comments=[], image=None)
                 for _ in range(rng.randint(0, 4))]
        card_ids = [c.id for c in cards] or ["x"]
        connectors = [Connector.model_construct(id=new_id(), source_id=pick(card_ids), target_id=pick(card_ids))
                      for _ in range(rng.randint(0, 2))]
        emotions = [EmotionPoint.model_construct(persona_id=pick([p.id for p in personas] or ["x"]),
                                                 stage_id=pick([s.id for s in stages]), score=0)
                    for _ in range(rng.randint(0, 2))]
        m = JourneyMap.model_construct(stages=stages, lanes=lanes, personas=personas, cards=cards,
                                       connectors=connectors, emotions=emotions)
        detailed = integrity._detailed_problems(m, m, "")
        assert integrity._surely_sound(m, m) == (detailed == []), detailed
