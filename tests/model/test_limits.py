"""Every size cap refuses with a clear one-line message naming the place and the cap."""

from __future__ import annotations

import copy
import json

import pytest

from cjm_desktop.io import CjmLoadError, loads_cjm
from cjm_desktop.model import LIMITS, Card, Connector, EmotionPoint, JourneyMap, Lane, Persona, Stage, images, new_id


def base() -> dict:
    stage, lane, persona = Stage(), Lane(), Persona()
    cards = [Card(stage_id=stage.id, lane_id=lane.id, order=i) for i in range(2)]
    m = JourneyMap(
        stages=[stage], lanes=[lane], personas=[persona], cards=cards,
        connectors=[Connector(source_id=cards[0].id, target_id=cards[1].id)],
        emotions=[EmotionPoint(persona_id=persona.id, stage_id=stage.id)],
    )
    return {"format": "cjm", "version": 1, "map": m.model_dump(mode="json")}


BASE = base()


#: a version-1 portrait one character too long (opening moves it into the image table)
LONG_PORTRAIT = "data:image/png;base64," + "A" * LIMITS.portrait_chars


def many(key: str, count: int):
    def edit(m):
        item = m[key][0]
        m[key] = [item] * count  # same dict: the count cap is checked before the ids

    return edit


def setter(path, value):
    def edit(m):
        target = m
        for part in path[:-1]:
            target = target[part]
        target[path[-1]] = value

    return edit


CAPS = [
    ("cards", many("cards", LIMITS.max_cards + 1), f"map.cards: too many cards: {LIMITS.max_cards + 1:,}, at most {LIMITS.max_cards:,}"),
    ("stages", many("stages", LIMITS.max_stages + 1), f"map.stages: too many stages: {LIMITS.max_stages + 1}, at most {LIMITS.max_stages}"),
    ("lanes", many("lanes", LIMITS.max_lanes + 1), f"map.lanes: too many lanes: {LIMITS.max_lanes + 1}, at most {LIMITS.max_lanes}"),
    ("personas", many("personas", LIMITS.max_personas + 1), f"map.personas: too many personas: {LIMITS.max_personas + 1}, at most {LIMITS.max_personas}"),
    ("connectors", many("connectors", LIMITS.max_connectors + 1), f"map.connectors: too many connectors: {LIMITS.max_connectors + 1:,}, at most {LIMITS.max_connectors:,}"),
    ("emotions", many("emotions", LIMITS.max_emotions + 1), f"map.emotions: too many emotions: {LIMITS.max_emotions + 1:,}, at most {LIMITS.max_emotions:,}"),
    ("short-text", setter(("cards", 0, "title"), "x" * (LIMITS.short_text + 1)), f"map.cards[0].title: text too long: {LIMITS.short_text + 1} characters, at most {LIMITS.short_text}"),
    ("long-text", setter(("cards", 0, "body"), "ư" * (LIMITS.long_text + 1)), f"map.cards[0].body: text too long: {LIMITS.long_text + 1:,} characters, at most {LIMITS.long_text:,}"),
    ("map-title", setter(("title",), "x" * (LIMITS.short_text + 1)), f"map.title: text too long: {LIMITS.short_text + 1} characters, at most {LIMITS.short_text}"),
    ("tag-text", setter(("cards", 1, "tags"), ["ok", "t" * (LIMITS.tag_text + 1)]), f"map.cards[1].tags[1]: text too long: {LIMITS.tag_text + 1} characters, at most {LIMITS.tag_text}"),
    ("tags", setter(("cards", 0, "tags"), ["t"] * (LIMITS.tags_per_card + 1)), f"map.cards[0].tags: too many tags: {LIMITS.tags_per_card + 1}, at most {LIMITS.tags_per_card}"),
    ("goals", setter(("personas", 0, "goals"), ["g"] * (LIMITS.persona_goals + 1)), f"map.personas[0].goals: too many goals: {LIMITS.persona_goals + 1}, at most {LIMITS.persona_goals}"),
    ("portrait", setter(("personas", 0, "portrait"), LONG_PORTRAIT), f'map.images.{images.image_id(LONG_PORTRAIT)}: text too long: 4,194,326 characters, at most 4,194,304'),
    ("stage-narrow", setter(("stages", 0, "width"), LIMITS.stage_width_min - 1), f"map.stages[0].width: {LIMITS.stage_width_min - 1} is too small; at least {LIMITS.stage_width_min}"),
    ("stage-wide", setter(("stages", 0, "width"), LIMITS.stage_width_max + 1), f"map.stages[0].width: {LIMITS.stage_width_max + 1} is too large; at most {LIMITS.stage_width_max}"),
    ("lane-low", setter(("lanes", 0, "height"), LIMITS.lane_height_min - 1), f"map.lanes[0].height: {LIMITS.lane_height_min - 1} is too small; at least {LIMITS.lane_height_min}"),
    ("lane-high", setter(("lanes", 0, "height"), LIMITS.lane_height_max + 1), f"map.lanes[0].height: {LIMITS.lane_height_max + 1} is too large; at most {LIMITS.lane_height_max}"),
    ("order", setter(("cards", 0, "order"), LIMITS.max_cards + 1), f"map.cards[0].order: {LIMITS.max_cards + 1} is too large; at most {LIMITS.max_cards}"),
    ("id", setter(("cards", 0, "id"), "f" * 65), "map.cards[0].id: text too long: 65 characters, at most 64"),
]


@pytest.mark.parametrize("edit, expected", [c[1:] for c in CAPS], ids=[c[0] for c in CAPS])
def test_size_cap_message(edit, expected):
    data = copy.deepcopy(BASE)
    edit(data["map"])
    with pytest.raises(CjmLoadError) as info:
        loads_cjm(json.dumps(data, ensure_ascii=False).encode("utf-8"), "big.cjm")
    assert str(info.value) == f"big.cjm: {expected}"


@pytest.mark.parametrize("edit", [c[1] for c in CAPS[:6]], ids=[c[0] for c in CAPS[:6]])
def test_exactly_at_the_cap_is_accepted_by_the_count_check(edit):
    """One item fewer passes the count check (and then fails only for duplicate ids)."""
    data = copy.deepcopy(BASE)
    edit(data["map"])
    key = next(k for k in ("cards", "stages", "lanes", "personas", "connectors", "emotions") if len(data["map"][k]) > 2)
    data["map"][key] = data["map"][key][:-1]
    with pytest.raises(CjmLoadError) as info:
        loads_cjm(json.dumps(data).encode(), "big.cjm")
    assert "too many" not in str(info.value)


def test_the_caps_allow_a_large_workshop_map():
    assert LIMITS.max_cards >= 5_000 and LIMITS.max_stages >= 20 and LIMITS.max_lanes >= 12
    assert LIMITS.max_file_bytes >= 16 * 1024 * 1024


def test_a_new_id_is_not_limited_by_the_id_cap():
    assert len(new_id()) <= 64
