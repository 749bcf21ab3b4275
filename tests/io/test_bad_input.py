"""Every class of bad input gives ONE line naming the file and the place."""

from __future__ import annotations

import codecs
import json
import os
import unicodedata

import pytest

from cjm_desktop.io import CjmError, CjmLoadError, UnsupportedFormatVersionError, loads_cjm, read_cjm
from cjm_desktop.io import reading
from cjm_desktop.model import LIMITS, new_id


def load_error(data: bytes, name: str = "salon.cjm") -> str:
    with pytest.raises(CjmError) as info:
        loads_cjm(data, name)
    message = str(info.value)
    assert "\n" not in message, message
    assert message.startswith(f"{name}: "), message
    assert "Traceback" not in message and "validation error" not in message
    assert "Value error," not in message and "pydantic" not in message
    assert len(message) < 400, message
    return message


# -- before JSON ----------------------------------------------------------------------------


def test_empty_file():
    assert "is empty (0 bytes)" in load_error(b"")


def test_utf8_bom_is_accepted(file_dict, encode):
    plain = encode(file_dict)
    with_bom = codecs.BOM_UTF8 + plain
    assert loads_cjm(with_bom, "x.cjm") == loads_cjm(plain, "x.cjm")


def test_bom_only_is_empty():
    assert "empty" in load_error(codecs.BOM_UTF8)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_is_named(file_dict, encoding):
    data = json.dumps(file_dict, ensure_ascii=False).encode(encoding)
    assert "UTF-16 text; a .cjm map must be UTF-8 - save it again as UTF-8" in load_error(data)


@pytest.mark.parametrize(
    "data",
    [
        os.urandom(4096),
        b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
        b"PK\x03\x04" + bytes(200),  # a zip (an .xlsx renamed)
    ],
    ids=["random", "png", "zip"],
)
def test_binary_garbage(data):
    assert "binary data, not a .cjm map" in load_error(data)


def test_legacy_8bit_text_names_line_and_column():
    # Windows-1258 / Latin-1 text: "Trần" written as 8-bit bytes, after a UTF-8 "Đây".
    data = '{\n  "format": "cjm",\n  "map": {"title": "Đây Trần"}}'.encode("utf-8").replace(
        "ầ".encode("utf-8"), b"\xe0"
    )
    message = load_error(data)
    assert "line 3, column 27: byte 0xe0 is not UTF-8 text; save the file again as UTF-8" in message


# -- JSON -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, where",
    [
        ('{"format": "cjm",\n "version": 1,\n "map": {"title": NaN}}', "line 3, column 19"),
        ('{"format": "cjm", "version": 1, "map": {', "line 1, column 40"),
        ('{"format": "cjm", "version": 1,}', "line 1, column 32"),
        ('{"format": "cjm", "map": {"title": "Đây là", x}}', "line 1, column 46"),
        ('{"format": "cjm"} trailing', "line 1, column 19"),
    ],
)
def test_broken_json_names_line_and_column(text, where):
    message = load_error(text.encode())
    assert where in message and "not valid JSON" in message


def test_deep_nesting_past_the_parser_limit():
    data = b'{"format": "cjm", "version": 1, "map": {"title": ' + b"[" * 100_000 + b"]" * 100_000 + b"}}"
    assert "nested too deeply" in load_error(data)


def test_deep_nesting_past_the_depth_cap_names_the_place(file_dict, encode):
    deep: object = "x"
    for _ in range(LIMITS.max_json_depth + 5):
        deep = [deep]
    file_dict["map"]["cards"][1]["tags"] = deep
    message = load_error(encode(file_dict))
    assert message.startswith("salon.cjm: map.cards[1].tags[0]")
    assert f"nested too deeply (more than {LIMITS.max_json_depth} levels)" in message


# -- header ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data, expected",
    [
        (b"[1, 2]", "not a .cjm map: the file holds a list"),
        (b'"just text"', 'not a .cjm map: the file holds "just text"'),
        (b"42", "not a .cjm map: the file holds 42"),
        (b"null", "not a .cjm map: the file holds null"),
    ],
)
def test_wrong_top_level_type(data, expected):
    assert expected in load_error(data)


def test_missing_format():
    assert 'no "format" field' in load_error(b'{"version": 1, "map": {}}')


def test_wrong_format():
    assert 'format: "drawio" is not "cjm"' in load_error(b'{"format": "drawio", "version": 1}')


def test_missing_version():
    assert "version: missing" in load_error(b'{"format": "cjm", "map": {}}')


@pytest.mark.parametrize("version, found", [('"1"', '"1"'), ("1.0", "1.0"), ("true", "true"), ("null", "null")])
def test_version_not_a_whole_number(version, found):
    data = ('{"format": "cjm", "version": %s, "map": {}}' % version).encode()
    assert f"version: expected a whole number, found {found}" in load_error(data)


def test_version_zero():
    assert "version: 0 is not a format version" in load_error(b'{"format": "cjm", "version": 0, "map": {}}')


def test_newer_version_says_update_before_looking_at_the_map():
    # The map is nonsense for version 2: the version must be checked first.
    data = b'{"format": "cjm", "version": 7, "map": {"cards": "a new shape"}, "layers": []}'
    with pytest.raises(UnsupportedFormatVersionError) as info:
        loads_cjm(data, "salon.cjm")
    assert str(info.value) == (
        "salon.cjm: made by a newer cjm-desktop (format version 7); "
        "this version reads up to 4 - update cjm-desktop"
    )
    assert (info.value.version, info.value.supported) == (7, 4)
    assert isinstance(info.value, CjmLoadError)


def test_unknown_top_level_field(file_dict, encode):
    file_dict["layers"] = []
    assert "salon.cjm: layers: unknown top-level field" in load_error(encode(file_dict))


def test_missing_map():
    assert "map: missing" in load_error(b'{"format": "cjm", "version": 1, "view": {}}')


def test_map_of_wrong_type():
    assert "map: expected an object {...}, found a list" in load_error(b'{"format": "cjm", "version": 1, "map": []}')


# -- the model -------------------------------------------------------------------------------


def test_dangling_stage_id_names_the_card(file_dict, encode):
    ghost = new_id()
    file_dict["map"]["cards"][2]["stage_id"] = ghost
    assert load_error(encode(file_dict)) == f'salon.cjm: map.cards[2].stage_id: no stage with id "{ghost}"'


def test_dangling_connector_names_the_connector(file_dict, encode):
    ghost = new_id()
    file_dict["map"]["connectors"][0]["target_id"] = ghost
    assert load_error(encode(file_dict)) == f'salon.cjm: map.connectors[0].target_id: no card with id "{ghost}"'


def test_duplicate_id(file_dict, encode):
    file_dict["map"]["cards"][1]["id"] = file_dict["map"]["cards"][0]["id"]
    message = load_error(encode(file_dict))
    assert "map.cards[1].id: id" in message and "is used twice (also at cards[0].id)" in message


@pytest.mark.parametrize(
    "edit, expected",
    [
        (lambda m: m["cards"][0].update(colour="red"), 'map.cards[0].colour: "red" is not a colour like "#3d5a80"'),
        (lambda m: m["cards"][0].update(sentiment="great"), "map.cards[0].sentiment: \"great\" is not allowed; expected 'positive', 'neutral' or 'negative'"),
        (lambda m: m["cards"][0].update(due="tomorrow"), 'map.cards[0].due: "tomorrow" is not a date like "2024-06-30"'),
        (lambda m: m["cards"][0].update(id="abc"), 'map.cards[0].id: "abc" is not a valid id (a uuid is expected)'),
        (lambda m: m["cards"][0].update(tags="abc"), 'map.cards[0].tags: expected a list [...], found "abc"'),
        (lambda m: m["cards"][0].update(order=1.5), "map.cards[0].order: expected a whole number, found 1.5"),
        (lambda m: m["cards"][0].update(bogus=1), "map.cards[0].bogus: unknown field"),
        (lambda m: m["cards"][0].pop("lane_id"), "map.cards[0].lane_id: missing (this field is required)"),
        (lambda m: m.update(created="noon"), 'map.created: "noon" is not a date and time'),
        (lambda m: m.update(language="fr"), "map.language: \"fr\" is not allowed; expected 'vi' or 'en'"),
        (lambda m: m["emotions"][0].update(score=5), "map.emotions[0].score: 5 is too large; at most 3"),
        (lambda m: m["lanes"][0].update(kind="feelz"), 'map.lanes[0].kind: "feelz" is not allowed'),
        (lambda m: m["stages"][0].update(title={"vi": "x"}), "map.stages[0].title: expected text, found an object"),
        (lambda m: m["cards"].append(17), "map.cards[4]: expected an object {...}, found 17"),
    ],
    ids=["colour", "sentiment", "due", "id", "tags", "order", "extra", "missing", "created",
         "language", "score", "kind", "title-type", "card-type"],
)
def test_model_problems_name_the_place(file_dict, encode, edit, expected):
    edit(file_dict["map"])
    assert expected in load_error(encode(file_dict))


def test_several_problems_report_the_first_and_count_the_rest(file_dict, encode):
    for card in file_dict["map"]["cards"]:
        card["colour"] = "red"
    message = load_error(encode(file_dict))
    assert message.startswith("salon.cjm: map.cards[0].colour:")
    assert message.endswith("(and 3 more problems)")


def test_bad_view_falls_back_to_the_default_view_and_keeps_the_map(file_dict, encode, caplog):
    file_dict["view"]["zoom"] = 1000
    file_dict["view"]["unknown"] = True
    loaded = loads_cjm(encode(file_dict), "salon.cjm")
    assert loaded.view.zoom != 1000
    assert len(loaded.map.cards) == len(file_dict["map"]["cards"]) > 0
    assert "view.zoom: 1000 is too large" in caplog.text


def test_decomposed_text_in_a_file_is_read_as_nfc(file_dict, encode):
    file_dict["map"]["title"] = unicodedata.normalize("NFD", "Hành trình khách hàng")
    data = encode(file_dict)
    assert "Hành trình".encode() not in data  # really decomposed on disk
    assert loads_cjm(data, "x.cjm").map.title == "Hành trình khách hàng"


# -- sizes -----------------------------------------------------------------------------------


def test_huge_string_is_refused_without_echoing_it(file_dict, encode):
    file_dict["map"]["cards"][0]["title"] = "Đ" * 5_000_000
    message = load_error(encode(file_dict))
    assert "map.cards[0].title: text too long: 5,000,000 characters, at most 500" in message


def test_too_many_items(file_dict, encode):
    card = file_dict["map"]["cards"][0]
    file_dict["map"]["cards"] = [dict(card, id=new_id()) for _ in range(LIMITS.max_cards + 1)]
    message = load_error(encode(file_dict))
    assert f"map.cards: too many cards: {LIMITS.max_cards + 1:,}, at most {LIMITS.max_cards:,}" in message


def test_file_over_the_size_cap_in_memory():
    data = b" " * (LIMITS.max_file_bytes + 1)
    assert "a .cjm map is at most 64 MB" in load_error(data)


def test_2gb_file_is_refused_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "huge.cjm"
    with open(path, "wb") as f:
        f.truncate(2 * 1024**3)  # sparse: takes no disk space
    opened = []
    monkeypatch.setattr(reading, "open", lambda *a, **k: opened.append(a) or open(*a, **k), raising=False)
    with pytest.raises(CjmLoadError) as info:
        read_cjm(path)
    assert str(info.value) == "huge.cjm: the file is 2 GB; a .cjm map is at most 64 MB - is this the right file?"
    assert opened == []  # the size is checked with stat, before any read


# -- the file system -------------------------------------------------------------------------


def test_missing_file(tmp_path):
    with pytest.raises(CjmLoadError, match=r"^nope\.cjm: no such file"):
        read_cjm(tmp_path / "nope.cjm")


def test_folder_instead_of_file(tmp_path):
    (tmp_path / "d.cjm").mkdir()
    with pytest.raises(CjmLoadError, match=r"^d\.cjm: is a folder, not a \.cjm map$"):
        read_cjm(tmp_path / "d.cjm")


def test_unreadable_file(tmp_path, monkeypatch):
    path = tmp_path / "locked.cjm"
    path.write_bytes(b"{}")

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(reading, "open", denied, raising=False)
    with pytest.raises(CjmLoadError, match=r"^locked\.cjm: cannot read the file: permission denied$"):
        read_cjm(path)


def test_fifo_is_refused_without_blocking(tmp_path):
    path = tmp_path / "pipe.cjm"
    os.mkfifo(path)
    with pytest.raises(CjmLoadError, match="is not a regular file"):
        read_cjm(path)
