"""A three-way merge keeps the pictures either side added (format version 3): a
card's picture, the logo and the image table they name; two different pictures
on one card are a conflict like any other field."""

from __future__ import annotations

from pathlib import Path

from cjm_desktop.io import read_cjm
from cjm_desktop.model import JourneyMap
from cjm_desktop.teams import merge_maps

SALON = Path(__file__).resolve().parents[2] / "resources" / "examples" / "salon-vi.cjm"


def _without_pictures(m: JourneyMap) -> JourneyMap:
    data = m.model_dump()
    for state in [data, *data.get("states", [])]:  # the current state and the future ones
        for card in state["cards"]:
            card["image"] = None
        for stage in state["stages"]:
            stage["image"] = None
    for persona in data["personas"]:
        persona["portrait"] = None
    data["images"], data["logo"] = {}, None
    return JourneyMap.model_validate(data)


def test_pictures_added_on_their_side_survive_a_merge_with_our_edits():
    theirs = read_cjm(SALON).map
    assert theirs.logo and any(c.image for c in theirs.cards)
    base = _without_pictures(theirs)
    ours = base.model_copy(deep=True)
    ours.cards[0].title = "Sửa bởi chúng tôi"
    result = merge_maps(base, ours, theirs)
    merged = result.map
    assert not result.conflicts
    assert merged.cards[0].title == "Sửa bởi chúng tôi"
    pictured = {c.id: c.image for c in theirs.cards if c.image}
    assert {c.id: c.image for c in merged.cards if c.image} == pictured
    assert merged.logo == theirs.logo
    assert all(merged.image(i) == theirs.image(i) for i in [*pictured.values(), theirs.logo])


def test_two_different_pictures_on_one_card_are_a_conflict_and_ours_stands():
    m = read_cjm(SALON).map
    base = _without_pictures(m)
    ids = sorted({c.image for c in m.cards if c.image})
    assert len(ids) >= 2
    ours, theirs = base.model_copy(deep=True), base.model_copy(deep=True)
    card = base.cards[5].id
    for side, picture in ((ours, ids[0]), (theirs, ids[1])):
        side.images = {picture: m.images[picture]}
        side.cards[5].image = picture
    result = merge_maps(base, ours, theirs)
    assert [(c.object_id, c.field) for c in result.conflicts] == [(card, "image")]
    assert result.map.card(card).image == ids[0]
