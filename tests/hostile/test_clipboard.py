"""A clipboard payload from another program never raises out of paste or drop."""

from __future__ import annotations

import json

import pytest

from cjm_desktop.editing.clipboard import FORMAT, cards_from_json, new_card_from_json

HOSTILE = {
    "deep nesting": b"[" * 100_000 + b"]" * 100_000,
    "huge number": ('{"format": "%s", "cards": [{"order": %s}]}' % (FORMAT, "9" * 5000)).encode(),
    "not utf-8": b"\xff\xfe\x00{",
    "not json": b"{cards: ",
    "deep in a card": json.dumps({"format": FORMAT, "cards": [{"title": "x"}]}).encode()[:-2]
                      + b", " + b'{"a":' * 5000 + b"1" + b"}" * 5000 + b"]}",
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_clipboard_json_gives_nothing_to_paste(name):
    assert cards_from_json(HOSTILE[name]) == []  # before: RecursionError / ValueError out of Ctrl+V
    assert new_card_from_json(HOSTILE[name]) is None
