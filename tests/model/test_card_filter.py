"""Which cards View > Show Only hides, and which persona a tag names."""

from __future__ import annotations

from cjm_desktop.model import LaneKind, Persona
from cjm_desktop.model.card_filter import CardFilter, tag_names_persona
from tests.factories import small_map


def test_a_tag_names_a_persona_by_whole_words():
    lan = Persona(name="Chị Lan Anh")
    assert tag_names_persona("Lan Anh", lan) and tag_names_persona("chị lan anh", lan)
    assert not tag_names_persona("Anh", lan) and not tag_names_persona("Lan An", lan)
    assert tag_names_persona("Thư", Persona(name="Thư"))


def test_filters_hide_by_persona_tag_and_lane_kind():
    m = small_map()
    m.cards[0].tags = ["Chị Lan"]
    assert CardFilter().hidden_ids(m) == set()
    assert CardFilter(persona_id=m.personas[0].id).hidden_ids(m) == {c.id for c in m.cards[1:]}
    assert CardFilter(lane_kind=LaneKind.FEELINGS).hidden_ids(m) == {c.id for c in m.cards}
    assert CardFilter(persona_id="gone").hidden_ids(m) == set()
