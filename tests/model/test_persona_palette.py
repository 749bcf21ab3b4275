"""The persona palette: eight colours told apart on screen, in greyscale print
and with the common colour-vision deficiencies; a new persona takes the first
colour no persona uses; templates take theirs from the palette."""

from __future__ import annotations

import itertools

import pytest
from coloraide import Color

from cjm_desktop.model import PERSONA_PALETTE, next_persona_colour
from cjm_desktop.templates import TEMPLATE_IDS, build_map, load_spec
from cjm_desktop.templates.generated import generate_map

#: CIEDE2000 of about 10 or more reads as a different colour at a glance,
#: also for a thin line; lightness (L*) is what a greyscale print keeps.
MIN_DELTA_E = 15
MIN_DELTA_E_CVD = 12
MIN_DELTA_L = 6


def _pairs():
    return list(itertools.combinations(PERSONA_PALETTE, 2))


def _simulated(hex_colour: str, deficiency: str) -> Color:
    return Color(hex_colour).filter(deficiency, method="machado").clip()


def _lightness(hex_colour: str) -> float:
    return Color(hex_colour).convert("lab-d65")["lightness"]


def test_the_palette_has_at_least_eight_distinct_colours():
    assert len(PERSONA_PALETTE) >= 8
    assert len({c.lower() for c in PERSONA_PALETTE}) == len(PERSONA_PALETTE)


def test_every_two_colours_differ_in_colour():
    worst = min(Color(a).delta_e(b, method="2000") for a, b in _pairs())
    assert worst >= MIN_DELTA_E


@pytest.mark.parametrize("deficiency", ["deutan", "protan"])
def test_every_two_colours_differ_for_colour_blind_eyes(deficiency):
    worst = min(_simulated(a, deficiency).delta_e(_simulated(b, deficiency), method="2000") for a, b in _pairs())
    assert worst >= MIN_DELTA_E_CVD


def test_every_two_colours_differ_in_greyscale():
    worst = min(abs(_lightness(a) - _lightness(b)) for a, b in _pairs())
    assert worst >= MIN_DELTA_L


def test_every_colour_shows_as_a_line_on_white_paper():
    """A curve in the lightest colour still stands out from the white page."""
    assert all(_lightness(c) <= 80 for c in PERSONA_PALETTE)


def test_a_new_persona_takes_the_first_colour_no_one_uses():
    assert next_persona_colour([]) == PERSONA_PALETTE[0]
    assert next_persona_colour([PERSONA_PALETTE[0].upper()]) == PERSONA_PALETTE[1]
    assert next_persona_colour([PERSONA_PALETTE[1], "#123456"]) == PERSONA_PALETTE[0]
    # all taken: the first of those used least often
    assert next_persona_colour(list(PERSONA_PALETTE) + [PERSONA_PALETTE[0]]) == PERSONA_PALETTE[1]


@pytest.mark.parametrize("template_id", TEMPLATE_IDS)
def test_templates_take_their_persona_colours_from_the_palette(template_id):
    assert load_spec(template_id).persona.colour.lower() in PERSONA_PALETTE
    for lang in ("vi", "en"):
        assert all(p.colour in PERSONA_PALETTE for p in build_map(template_id, lang).personas)


def test_generated_maps_give_personas_palette_colours():
    m = generate_map(cards=0, stages=1, lanes=1, personas=8, connectors=0)
    assert [p.colour for p in m.personas] == list(PERSONA_PALETTE)
