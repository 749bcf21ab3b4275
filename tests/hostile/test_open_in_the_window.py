"""Every class of hostile file, opened as ``cjm-desktop FILE`` opens it, in the real window
(offscreen, a separate process): within a time and a peak-memory budget, with one message
and an empty window, or the map shown as text.

The budgets are generous on time (CI is busy) and strict on memory: before this work
a FIFO hung forever, a link to /dev/zero ran to 4.6 GB, 20 bomb portraits to 5.2 GB.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cjm_desktop.io import ViewState, write_cjm
from cjm_desktop.model import LIMITS, Connector
from tests.factories import small_map
from tests.hostile.pictures import REFUSED

ROOT = Path(__file__).resolve().parents[2]
SECONDS = 60
PEAK_MB = 600


def _with_portraits(tmp_path, name, portraits):
    path = tmp_path / f"{name}.cjm"
    write_cjm(path, small_map(), ViewState())
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["version"] = 2  # a version-2 portrait is the picture itself; opening moves it into the image table
    doc["map"]["personas"] += [{"id": f"00000000-0000-4000-8000-{i:012d}", "name": f"P{i}", "portrait": p}
                               for i, p in enumerate(portraits)]
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def _fifo(tmp_path):
    path = tmp_path / "fifo.cjm"
    os.mkfifo(path)
    return path


def _dev_zero(tmp_path):
    path = tmp_path / "zero.cjm"
    path.symlink_to("/dev/zero")
    return path


def _huge(tmp_path):
    path = tmp_path / "huge.cjm"
    with open(path, "wb") as f:  # sparse: 1 GB on paper, nothing on disk
        f.truncate(1024**3)
    return path


def _too_many_connectors(tmp_path):
    path = tmp_path / "connectors.cjm"
    m = small_map()
    write_cjm(path, m, ViewState())
    doc = json.loads(path.read_text(encoding="utf-8"))
    one = Connector(source_id=m.cards[0].id, target_id=m.cards[1].id).model_dump(mode="json")
    doc["map"]["connectors"] = [dict(one, id=f"00000000-0000-4000-9000-{i:012d}")
                                for i in range(LIMITS.max_connectors + 1)]
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def _workshop(tmp_path, name, change):
    """A map whose comments or votes ``change(doc["map"])`` makes hostile."""
    path = tmp_path / f"{name}.cjm"
    write_cjm(path, small_map(), ViewState())
    doc = json.loads(path.read_text(encoding="utf-8"))
    change(doc["map"])
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def _comments(n: int) -> list[dict]:
    return [{"id": f"00000000-0000-4000-a000-{i:012d}", "text": "x" * 1000} for i in range(n)]


def _too_many_comments(m: dict) -> None:
    """Each card within its cap, the map one past its own."""
    per = LIMITS.comments_per_object
    n = LIMITS.max_comments // per + 1
    first = m["cards"][0]
    m["cards"] = [dict(first, id=f"00000000-0000-4000-c000-{i:012d}", order=i,
                       comments=[{"id": f"00000000-0000-4000-{i + 0xa000:04x}-{j:012d}", "text": "x"}
                                 for j in range(per)]) for i in range(n)]
    m["connectors"] = []


def _deep(tmp_path):
    path = tmp_path / "deep.cjm"
    path.write_text('{"format": "cjm", "version": 1, "map": ' + "[" * 100_000 + "]" * 100_000 + "}")
    return path


def _long_version(tmp_path):
    path = tmp_path / "version.cjm"
    path.write_text('{"format": "cjm", "version": ' + "9" * 4300 + ', "map": {}}')
    return path


def _markup(tmp_path):
    path = tmp_path / "markup.cjm"
    m = small_map()
    m.title = '<img width=9000 height=9000 src="x">'
    m.stages[0].title = '<img width=9000 height=9000 src="x">'
    write_cjm(path, m, ViewState())
    return path


def _edited_text(tmp_path, name, old: str, new: str):
    path = tmp_path / f"{name}.cjm"
    write_cjm(path, small_map(), ViewState())
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


REFUSED_FILES = {
    "fifo": _fifo,
    "link to /dev/zero": _dev_zero,
    "1 GB file": _huge,
    "too many connectors": _too_many_connectors,
    "nested 100,000 deep": _deep,
    "4,300-digit version": _long_version,
    "20 bomb portraits": lambda t: _with_portraits(t, "bombs", [REFUSED["png-bomb-8000"][0]] * 20),
    "svg portrait": lambda t: _with_portraits(t, "svg", [REFUSED["svg"][0]]),
    "non-ascii portrait": lambda t: _with_portraits(t, "nonascii", [REFUSED["non-ascii"][0]]),
    "duplicate key": lambda t: _edited_text(t, "duplicate", '"title": "A0"', '"title": "A0", "title": "khác"'),
    "a number as text": lambda t: _edited_text(t, "text-number", '"width": 240.0', '"width": "240"'),
    "true as an order": lambda t: _edited_text(t, "bool-order", '"order": 1', '"order": true'),
    "a comment too many on one card": lambda t: _workshop(
        t, "one-card", lambda m: m["cards"][0].update(comments=_comments(LIMITS.comments_per_object + 1))),
    "a comment too many on the map": lambda t: _workshop(t, "all-comments", _too_many_comments),
    "a million dots": lambda t: _workshop(t, "dots", lambda m: m["cards"][0].update(votes={"Lan": 10**6})),
    "too many participants": lambda t: _workshop(
        t, "participants", lambda m: m.update(workshop={"participants": [f"P{i}" for i in range(10**5)]})),
}


def _open(path: Path) -> tuple[dict, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "tests.hostile.window_driver", str(path)], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=SECONDS * 2)
    seconds = time.perf_counter() - start
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout.strip().splitlines()[-1]), seconds


@pytest.mark.slow
@pytest.mark.parametrize("name", list(REFUSED_FILES))
def test_a_hostile_file_gives_one_message_and_an_empty_window(tmp_path, name):
    report, seconds = _open(REFUSED_FILES[name](tmp_path))
    assert len(report["messages"]) == 1, report
    message = report["messages"][0]
    assert len(message.splitlines()) == 1 and len(message) < 400, message
    assert "report this bug" not in message
    assert report["title"].startswith("Untitled") or report["title"].startswith("Chưa đặt tên"), report
    assert all(box["plain"] and box["w"] < 1000 and box["h"] < 700 for box in report["boxes"]), report
    assert seconds < SECONDS
    assert report["peak_mb"] < PEAK_MB, report


@pytest.mark.slow
def test_markup_in_a_file_name_shows_as_text_in_a_normal_sized_box(tmp_path):
    path = tmp_path / '<img width=9000 height=9000 src="x"><b>bản đồ<i>.cjm'
    path.write_text('{"format": "cjm", "version": 1, "map": {"title": 5}}', encoding="utf-8")
    report, seconds = _open(path)
    (message,) = report["messages"]
    assert message.startswith('<img width=9000 height=9000 src="x"><b>bản đồ<i>.cjm: map.title: ')
    (box,) = report["boxes"]
    assert box["plain"] and box["w"] < 1000 and box["h"] < 700, box


@pytest.mark.slow
def test_markup_in_a_file_opens_as_text(tmp_path):
    report, seconds = _open(_markup(tmp_path))
    assert report["messages"] == [] and report["cards"] == len(small_map().cards)
    assert seconds < SECONDS and report["peak_mb"] < PEAK_MB
