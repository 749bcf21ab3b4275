"""Whatever the bytes, loading raises only CjmError, with one line (never a traceback)."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cjm_desktop.io import CjmError, loads_cjm

FULL = (Path(__file__).resolve().parent.parent / "golden" / "v1" / "full.cjm").read_bytes()

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check(data: bytes) -> None:
    try:
        loads_cjm(data, "f.cjm")
    except CjmError as exc:
        message = str(exc)
        assert message.startswith("f.cjm: ") and "\n" not in message and len(message) < 600, message


@FAST
@given(st.binary(max_size=300))
def test_random_bytes(data):
    check(data)


@FAST
@given(st.lists(st.tuples(st.integers(0, len(FULL) - 1), st.integers(0, 255)), min_size=1, max_size=8))
def test_golden_file_with_flipped_bytes(flips):
    data = bytearray(FULL)
    for position, value in flips:
        data[position] = value
    check(bytes(data))


@FAST
@given(st.sampled_from(["format", "version", "map", "view"]), json_values)
def test_any_json_in_a_top_level_field(key, value):
    doc = json.loads(FULL)
    doc[key] = value
    check(json.dumps(doc).encode())


@FAST
@given(
    st.sampled_from(["personas", "stages", "lanes", "cards", "connectors", "emotions"]),
    st.integers(0, 1),
    st.text(max_size=12),
    json_values,
)
def test_any_json_in_a_map_item_field(collection, index, field, value):
    doc = json.loads(FULL)
    items = doc["map"][collection]
    items[min(index, len(items) - 1)][field or "title"] = value
    check(json.dumps(doc, ensure_ascii=False).encode())
