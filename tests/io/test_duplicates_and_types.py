"""Duplicate keys are refused naming the key and its place, however the JSON is
spaced; numbers and true/false are the published schema's types, never converted."""

from __future__ import annotations

import json

import pytest

from cjm_desktop.io import dumps_cjm, loads_cjm, reading
from tests.factories import small_map
from tests.io.test_bad_input import load_error


@pytest.fixture
def canonical() -> bytes:
    return dumps_cjm(small_map())


@pytest.mark.parametrize("spacing", ["canonical", "compact", "spaced"])
def test_a_key_written_twice_is_refused_with_its_place(canonical, spacing):
    text = canonical.decode()
    if spacing == "compact":
        text = json.dumps(json.loads(text), ensure_ascii=False, separators=(",", ":"))
    elif spacing == "spaced":
        text = text.replace('": ', '" :  ')
    key = '"title"' + (":" if spacing == "compact" else ' :  ' if spacing == "spaced" else ": ")
    at = text.index(key, text.index('"cards"'))
    text = text[:at] + key + '"A0 (bản khác)",' + text[at:]
    message = load_error(text.encode(), "dup.cjm")
    assert message == ('dup.cjm: map.cards[0]: "title" is written twice; each field may appear once - '
                       'delete the wrong one')


def test_a_duplicate_hidden_by_a_key_spaced_before_its_colon_is_found(canonical):
    text = canonical.decode()
    first = text.index('"body": ')
    text = text[:first] + '"body" : "x", ' + text[first:]  # one key more, one '":' fewer
    assert "written twice" in load_error(text.encode(), "dup.cjm")


def test_files_without_duplicates_read_the_same_on_both_paths(canonical):
    compact = json.dumps(json.loads(canonical), ensure_ascii=False, separators=(",", ":")).encode()
    colon_in_text = canonical.replace(b'"title": "A1"', b'"title": "A1 \\": b"')
    for data in (canonical, compact):
        assert reading._fast(data) is not None  # proven without a second parse
    assert reading._fast(colon_in_text) is None  # not proven: the slow path looks, and accepts
    assert loads_cjm(colon_in_text).map.cards[1].title == 'A1 ": b'
    assert loads_cjm(compact) == loads_cjm(canonical)


@pytest.mark.parametrize("old, new, expected", [
    ('"order": 1', '"order": "1"', 'map.cards[1].order: expected a whole number, found "1"'),
    ('"order": 1', '"order": true', "map.cards[1].order: expected a whole number, found true"),
    ('"width": 240.0', '"width": "240"', 'map.stages[0].width: expected a number, found "240"'),
    ('"collapsed": false', '"collapsed": 0', "map.lanes[0].collapsed: expected true or false, found 0"),
    ('"score": 0', '"score": "0"', 'map.emotions[0].score: expected a whole number, found "0"'),
])
def test_numbers_and_booleans_are_not_converted(canonical, old, new, expected):
    text = canonical.decode()
    assert old in text
    assert load_error(text.replace(old, new, 1).encode(), "types.cjm") == f"types.cjm: {expected}"


def test_a_whole_number_is_a_valid_width(canonical):
    text = canonical.decode().replace('"width": 240.0', '"width": 240', 1)
    assert loads_cjm(text.encode()).map.stages[0].width == 240.0


def test_colons_in_text_keep_the_fast_path_and_a_key_spaced_by_a_tab_is_still_looked_at(canonical):
    """The proof counts the colons that follow a quote as all colons less those that
    follow anything else: colons in text (after letters, digits or a space) are
    among the latter, so the file is still proven without a second parse."""
    texty = canonical.replace(b'"title": "A1"', b'"title": "Ghi ch\xc3\xba: 08:30 - a : b"')
    assert reading._fast(texty) is not None
    assert loads_cjm(texty).map.cards[1].title == "Ghi chú: 08:30 - a : b"
    text = canonical.decode()
    first = text.index('"body": ')
    tabbed = (text[:first] + '"body"\t: "x", ' + text[first:]).encode()
    assert reading._fast(tabbed) is None
    assert "written twice" in load_error(tabbed, "dup.cjm")


@pytest.mark.parametrize("where", ["comment", "votes"])
def test_a_key_written_twice_inside_a_card_s_comment_or_votes_is_found(where):
    from cjm_desktop.model import Comment

    m = small_map()
    m.cards[1].comments = [Comment(author="Lan", text="Nguồn?")]
    m.cards[2].votes = {"Lan": 1}
    text = dumps_cjm(m).decode()
    if where == "comment":
        at = text.index('"author": "Lan"')
        text = text[:at] + '"author": "Minh", ' + text[at:]
    else:
        at = text.index('"Lan": 1')
        text = text[:at] + '"Lan": 3, ' + text[at:]
    assert "written twice" in load_error(text.encode(), "dup.cjm")
