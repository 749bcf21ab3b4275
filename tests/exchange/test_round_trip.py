"""A map exported as XLSX or CSV and imported again keeps every card's text and fields (no Qt)."""

from __future__ import annotations

import pytest

from cjm_desktop.exchange import export_map, import_map
from cjm_desktop.templates.generated import generate_map

from .helpers import assert_cards_equal, assert_whole_map_equal, awkward_map, bundled_maps

BUNDLED = bundled_maps()


@pytest.mark.parametrize("name,journey_map", BUNDLED, ids=[n for n, _ in BUNDLED])
def test_bundled_maps_come_back_whole_from_xlsx(tmp_path, name, journey_map):
    path = export_map(journey_map, tmp_path / "map.xlsx")
    assert_whole_map_equal(journey_map, import_map(path))


@pytest.mark.parametrize("name,journey_map", BUNDLED, ids=[n for n, _ in BUNDLED])
def test_bundled_maps_keep_every_card_through_csv(tmp_path, name, journey_map):
    path = export_map(journey_map, tmp_path / "map.csv")
    after = import_map(path)
    assert_cards_equal(journey_map, after, notes=False)
    assert after.language == journey_map.language or not journey_map.cards


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_text_a_spreadsheet_could_change_comes_back_as_written(tmp_path, suffix):
    before = awkward_map()
    after = import_map(export_map(before, tmp_path / f"awkward{suffix}"))
    assert_cards_equal(before, after)
    if suffix == ".xlsx":
        assert_whole_map_equal(before, after)


def test_csv_has_a_byte_order_mark_and_no_live_formula(tmp_path):
    data = export_map(awkward_map(), tmp_path / "cards.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert ",=1+1," not in text and "'=1+1" in text
    assert "Hành trình" in text


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_the_5000_card_map_round_trips(tmp_path, suffix):
    before = generate_map(cards=5000, stages=20, lanes=12, personas=2, connectors=300, seed=0)
    after = import_map(export_map(before, tmp_path / f"big{suffix}"))
    assert_cards_equal(before, after)
    if suffix == ".xlsx":
        assert_whole_map_equal(before, after)


def test_a_workbook_keeps_the_cards_comments_and_votes_and_drops_a_damaged_note(tmp_path):
    from cjm_desktop.exchange.table import with_card_notes
    from cjm_desktop.model import Comment

    before = awkward_map()
    before.cards[0].comments = [Comment(author="Lan", text="Cần số liệu", resolved=True)]
    before.cards[1].votes = {"Lan": 2, "": 1}
    after = import_map(export_map(before, tmp_path / "notes.xlsx"))
    got = {c.id: c for c in after.cards}
    assert got[before.cards[0].id].comments == before.cards[0].comments
    assert got[before.cards[1].id].votes == {"Lan": 2, "": 1}
    kept = with_card_notes(before.cards, {before.cards[1].id: {"votes": {"Lan": "lots"}}})
    assert kept[1] is before.cards[1]  # the bad note is left out, the card kept as it was
