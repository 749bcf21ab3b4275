"""Golden files: version 2 loads and re-saves byte for byte; version 1 loads
and saves as version 2 with only its version line changed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from cjm_desktop.io import dumps_cjm, loads_cjm, read_cjm, write_cjm
from cjm_desktop.model import LaneKind

GOLDEN = Path(__file__).resolve().parent.parent / "golden"
GOLDEN_V1 = sorted((GOLDEN / "v1").glob("*.cjm"))
GOLDEN_V2 = sorted((GOLDEN / "v2").glob("*.cjm"))


def test_there_are_golden_files_for_versions_1_and_2():
    assert {p.name for p in GOLDEN_V1} >= {"minimal.cjm", "full.cjm"}
    assert {p.name for p in GOLDEN_V2} >= {"minimal.cjm", "full.cjm"}


@pytest.mark.parametrize("path", GOLDEN_V1, ids=lambda p: p.name)
def test_version_1_golden_file_opens_and_saves_as_version_2(path):
    loaded = loads_cjm(path.read_bytes(), path.name)
    assert loaded.map.conflicts == []
    saved = dumps_cjm(loaded.map, loaded.view)
    assert saved == path.read_bytes().replace(b'"version": 1', b'"version": 2', 1)
    if path.name == "minimal.cjm":  # v2/full.cjm adds merge conflicts to v1/full.cjm
        assert saved == (GOLDEN / "v2" / path.name).read_bytes()


def test_version_2_full_golden_file_holds_merge_conflicts():
    m = loads_cjm((GOLDEN / "v2" / "full.cjm").read_bytes(), "full.cjm").map
    title, whole = m.conflicts
    assert (title.kind, title.field, title.theirs) == ("cards", "title", '"Xem video trên TikTok – bản của Minh"')
    assert (whole.field, whole.theirs) == ("", None) and whole.ours.startswith('{"id":')


@pytest.mark.parametrize("path", GOLDEN_V2, ids=lambda p: p.name)
def test_golden_file_round_trips_byte_for_byte(path, tmp_path):
    original = path.read_bytes()
    loaded = loads_cjm(original, path.name)
    assert dumps_cjm(loaded.map, loaded.view) == original
    # and through the disk, atomically
    copy = tmp_path / path.name
    write_cjm(copy, loaded.map, loaded.view)
    assert copy.read_bytes() == original
    assert read_cjm(copy) == loaded


def test_full_golden_file_holds_every_feature(golden_dir):
    data = (golden_dir / "v1" / "full.cjm").read_bytes()
    m = loads_cjm(data, "full.cjm").map
    view = loads_cjm(data, "full.cjm").view
    assert m.title == "Hành trình khách hàng: Salon tóc Hoa Mai"
    assert [s.title for s in m.stages] == ["Nhận biết", "Trải nghiệm tại Salon", "Mua lại/Giới thiệu"]
    assert "Hành trình khách hàng".encode("utf-8") in data  # raw UTF-8, not \u escapes
    assert b"\\u" not in data
    assert "👍".encode("utf-8") in data
    assert {lane.kind for lane in m.lanes} >= {LaneKind.ACTIONS, LaneKind.TOUCHPOINTS, LaneKind.FEELINGS, LaneKind.CUSTOM}
    assert any(lane.collapsed for lane in m.lanes)
    assert m.modified.utcoffset() == dt.timedelta(hours=7)
    action = next(c for c in m.cards if c.owner)
    assert (action.owner, action.due, action.status) == ("Chị Hương (quản lý)", dt.date(2024, 6, 30), "doing")
    assert {c.sentiment for c in m.cards} >= {"positive", "neutral", "negative"}
    assert {c.evidence for c in m.cards} >= {"assumption", "anecdote", "researched"}
    assert len(m.connectors) == 2 and all(k.label for k in m.connectors)
    scores = [e.score for e in m.emotions]
    assert min(scores) == -3 and max(scores) == 2
    assert m.personas[0].portrait.startswith("data:image/png;base64,")
    assert (view.zoom, view.show_connectors) == (1.25, False)
    # every field of every class is written (nothing left to defaults in the reader)
    for name in ("channel", "sentiment", "importance", "owner", "due", "measure", "status", "evidence", "source", "colour", "tags"):
        assert f'"{name}": '.encode() in data


def test_golden_files_are_what_a_person_can_diff(golden_dir):
    for path in (golden_dir / "v1").glob("*.cjm"):
        text = path.read_bytes().decode("utf-8")
        assert text.startswith('{\n  "format": "cjm",\n  "version": 1,\n  "map": {\n    "title": ')
    for path in (golden_dir / "v2").glob("*.cjm"):
        text = path.read_bytes().decode("utf-8")
        assert text.startswith('{\n  "format": "cjm",\n  "version": 2,\n  "map": {\n    "title": ')
        assert text.endswith("}\n") and not text.endswith("\n\n")
        assert "\r" not in text and "\t" not in text
