"""Pictures in the model and the file: one table by content id, references, budget, dropped when unused."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from cjm_desktop.io import CjmSaveError, dumps_cjm, loads_cjm, read_cjm, write_cjm
from cjm_desktop.model import Card, JourneyMap, LaneKind, images, integrity_problems
from tests.factories import small_map
from tests.pictures.helpers import picture_uri


def _with(m: JourneyMap, uri: str) -> str:
    ref = images.image_id(uri)
    m.images[ref] = uri
    return ref


def test_a_picture_used_three_times_is_stored_once_and_survives_save_and_open_byte_for_byte(tmp_path):
    m = small_map()
    uri = picture_uri(kind="JPEG")
    ref = _with(m, uri)
    for card in m.cards[:3]:
        card.image = ref
    m.stages[0].image = ref
    m.logo = ref
    data = dumps_cjm(m)
    assert data.count(uri.encode()) == 1
    write_cjm(tmp_path / "m.cjm", m)
    again = read_cjm(tmp_path / "m.cjm").map
    assert again.images == {ref: uri} and again.logo == ref and again.stages[0].image == ref
    assert dumps_cjm(again) == data


def test_pictures_nothing_shows_are_dropped_on_save():
    m = small_map()
    shown, unused = picture_uri(colour=(1, 2, 3)), picture_uri(colour=(200, 0, 0))
    m.cards[0].image = _with(m, shown)
    _with(m, unused)
    again = loads_cjm(dumps_cjm(m)).map
    assert list(again.images) == [images.image_id(shown)]
    assert len(m.images) == 2  # the map in memory keeps it (an undo may show it again)


def test_a_map_without_pictures_writes_no_picture_keys():
    data = dumps_cjm(small_map())
    assert b'"images"' not in data and b'"image"' not in data and b'"logo"' not in data


def test_a_reference_to_a_missing_picture_is_refused_naming_its_place():
    m = small_map()
    m.cards[1].image = "0" * 32
    assert any("cards[1].image" in str(p) for p in integrity_problems(m))
    with pytest.raises(CjmSaveError, match=r"cards\[1\]\.image"):
        dumps_cjm(m)


def test_the_table_holds_only_policy_pictures():
    with pytest.raises(ValidationError, match="only PNG and JPEG"):
        JourneyMap(images={"a" * 32: "data:image/svg+xml;base64,PHN2Zz4="})
    with pytest.raises(ValidationError):
        Card(stage_id=small_map().stages[0].id, lane_id=small_map().lanes[0].id, image="data:image/png;base64,AA")


def test_the_budget_is_checked_when_a_file_opens(monkeypatch):
    m = small_map()
    m.cards[0].image = _with(m, picture_uri(colour=(1, 1, 1)))
    m.cards[1].image = _with(m, picture_uri(colour=(2, 2, 2)))
    data = dumps_cjm(m)
    monkeypatch.setattr(images, "MAP_IMAGE_BUDGET", 100)
    with pytest.raises(Exception, match="MB are allowed"):
        loads_cjm(data, "m.cjm")


def test_storyboard_is_a_lane_kind():
    assert LaneKind("storyboard") is LaneKind.STORYBOARD


def test_file_bytes_are_told_by_their_magic_and_header():
    from tests.hostile.pictures import png

    with pytest.raises(images.ImageError, match="only PNG and JPEG"):
        images.check_file_bytes(b"GIF89a....")
    with pytest.raises(images.ImageError, match="20000 × 20000"):
        images.check_file_bytes(png(20000, 20000))
    assert images.check_file_bytes(png(6000, 4000)).width == 6000  # a camera photo comes in, downscaled
    assert images.fitted_size(6000, 4000) == (1600, 1067)


def test_a_picture_id_written_twice_is_refused_and_a_clean_table_takes_the_fast_path():
    from cjm_desktop.io import CjmLoadError, reading

    m = small_map()
    uri = picture_uri()
    m.cards[0].image = _with(m, uri)
    data = dumps_cjm(m)
    assert reading._fast(data) is not None  # the table's keys are counted: no second parse
    ref = images.image_id(uri).encode()
    twice = data.replace(b'"' + ref + b'": ', b'"' + ref + b'": "data:image/png;base64,AA==",\n      "' + ref + b'": ', 1)
    with pytest.raises(CjmLoadError, match="written twice"):
        loads_cjm(twice, "m.cjm")
