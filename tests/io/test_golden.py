"""Golden files: version 4 loads and re-saves byte for byte; versions 1 to 3
load and save as version 4 with only the version line changed and (1, 2) a
portrait moved into the image table."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from cjm_desktop.io import dumps_cjm, loads_cjm, read_cjm, write_cjm
from cjm_desktop.model import LaneKind, images

GOLDEN = Path(__file__).resolve().parent.parent / "golden"
GOLDEN_V1 = sorted((GOLDEN / "v1").glob("*.cjm"))
GOLDEN_V2 = sorted((GOLDEN / "v2").glob("*.cjm"))
GOLDEN_V3 = sorted((GOLDEN / "v3").glob("*.cjm"))
GOLDEN_V4 = sorted((GOLDEN / "v4").glob("*.cjm"))


def test_there_are_golden_files_for_versions_1_to_4():
    assert {p.name for p in GOLDEN_V4} >= {"states.cjm"}
    assert {p.name for p in GOLDEN_V1} >= {"minimal.cjm", "full.cjm"}
    assert {p.name for p in GOLDEN_V2} >= {"minimal.cjm", "full.cjm"}
    assert {p.name for p in GOLDEN_V3} >= {"minimal.cjm", "full.cjm"}
    assert {p.name for p in GOLDEN_V4} >= {"minimal.cjm", "workshop.cjm"}


def _as_version_4(data: bytes, version: int) -> bytes:
    """An old golden file as version 4 writes it: the version line, and a
    portrait's data URI in the image table (at the end of the map) by its id."""
    raw = json.loads(data)
    uris = [p["portrait"] for p in raw["map"]["personas"] if (p.get("portrait") or "").startswith("data:")]
    text = data.replace(f'"version": {version}'.encode(), b'"version": 4', 1)
    if not uris:
        return text
    table = ",\n    \"images\": {\n" + ",\n".join(
        f'      "{images.image_id(u)}": "{u}"' for u in sorted(uris, key=images.image_id)) + "\n    }\n  },\n  \"view\""
    for u in uris:
        text = text.replace(u.encode(), images.image_id(u).encode(), 1)
    head, tail = text.rsplit(b'\n  },\n  "view"', 1)
    return head + table.encode() + tail


@pytest.mark.parametrize("path", GOLDEN_V1 + GOLDEN_V2 + GOLDEN_V3, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_old_golden_files_open_and_save_as_version_4(path):
    version = int(path.parent.name[1:])
    loaded = loads_cjm(path.read_bytes(), path.name)
    assert loaded.map.states == [] and loaded.map.state_name == ""  # one state: the current one
    saved = dumps_cjm(loaded.map, loaded.view)
    assert saved == _as_version_4(path.read_bytes(), version)
    if path.name == "minimal.cjm":
        assert saved == (GOLDEN / "v4" / path.name).read_bytes()


def test_version_1_golden_file_has_no_conflicts():
    assert loads_cjm((GOLDEN / "v1" / "full.cjm").read_bytes(), "full.cjm").map.conflicts == []


def test_version_2_full_golden_file_holds_merge_conflicts():
    m = loads_cjm((GOLDEN / "v2" / "full.cjm").read_bytes(), "full.cjm").map
    title, whole = m.conflicts
    assert (title.kind, title.field, title.theirs) == ("cards", "title", '"Xem video trên TikTok – bản của Minh"')
    assert (whole.field, whole.theirs) == ("", None) and whole.ours.startswith('{"id":')


def test_version_3_full_golden_file_holds_pictures():
    data = (GOLDEN / "v3" / "full.cjm").read_bytes()
    m = loads_cjm(data, "full.cjm").map
    kinds = {uri.split(";")[0] for uri in m.images.values()}
    assert kinds == {"data:image/png", "data:image/jpeg"}
    assert m.logo in m.images and m.stages[0].image in m.images and m.personas[0].portrait in m.images
    story = next(lane for lane in m.lanes if lane.kind == LaneKind.STORYBOARD)
    framed = [c for c in m.cards if c.lane_id == story.id]
    assert len(framed) == 2 and framed[0].image == framed[1].image  # one picture used twice, stored once
    assert data.count(m.images[framed[0].image].encode()) == 1
    assert data.count(b'"image": null') == 0  # no picture: no key


def test_version_4_workshop_golden_file_holds_comments_votes_and_settings():
    data = (GOLDEN / "v4" / "workshop.cjm").read_bytes()
    m = loads_cjm(data, "workshop.cjm").map
    noted = [c for c in m.cards if c.comments]
    assert len(noted) == 1 and [n.resolved for n in noted[0].comments] == [False, True]
    assert noted[0].comments[0].created.utcoffset() == dt.timedelta(hours=7)
    assert noted[0].votes == {"Lan": 2, "Minh": 1, "": 1}  # "" is an anonymous voter
    assert m.stages[1].comments[0].author == "Hương" and m.lanes[0].comments[0].author == ""
    assert (m.workshop.dots_per_participant, m.workshop.participants) == (4, ["Lan", "Minh", "Hương"])
    assert data.count(b'"comments"') == 3 and data.count(b'"votes"') == 2  # none written where empty
    # the same map without them saves as version 3 did, apart from the version line
    for item in (*m.stages, *m.lanes, *m.cards):
        item.comments = []
        if hasattr(item, "votes"):
            item.votes = {}
    m.workshop = type(m.workshop)()
    assert dumps_cjm(m, loads_cjm(data, "w").view) == _as_version_4((GOLDEN / "v3" / "full.cjm").read_bytes(), 3)


@pytest.mark.parametrize("path", GOLDEN_V4, ids=lambda p: p.name)
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
    assert m.images[m.personas[0].portrait].startswith("data:image/png;base64,")
    assert (view.zoom, view.show_connectors) == (1.25, False)
    # every field of every class is written (nothing left to defaults in the reader)
    for name in ("channel", "sentiment", "importance", "owner", "due", "measure", "status", "evidence", "source", "colour", "tags"):
        assert f'"{name}": '.encode() in data


def test_golden_files_are_what_a_person_can_diff(golden_dir):
    for path in (golden_dir / "v1").glob("*.cjm"):
        text = path.read_bytes().decode("utf-8")
        assert text.startswith('{\n  "format": "cjm",\n  "version": 1,\n  "map": {\n    "title": ')
    for path in [*(golden_dir / "v2").glob("*.cjm"), *(golden_dir / "v3").glob("*.cjm"),
                 *(golden_dir / "v4").glob("*.cjm")]:
        text = path.read_bytes().decode("utf-8")
        version = path.parent.name[1:]
        assert text.startswith('{\n  "format": "cjm",\n  "version": ' + version + ',\n  "map": {\n    "title": ')
        assert text.endswith("}\n") and not text.endswith("\n\n")
        assert "\r" not in text and "\t" not in text


def test_version_4_states_golden_file_holds_a_future_state():
    m = loads_cjm((GOLDEN / "v4" / "states.cjm").read_bytes(), "states.cjm").map
    assert m.state_name == "Hiện trạng (khảo sát 2024)"
    (future,) = m.states
    assert future.name == "Tương lai: đặt lịch qua Zalo"
    assert [s.id for s in future.stages] == [s.id for s in m.stages]  # copied with the same ids
    assert {c.id for c in future.cards} ^ {c.id for c in m.cards}  # one card removed, one added
    assert future.cards[0].title != m.cards[0].title
