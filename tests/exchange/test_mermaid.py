"""Mermaid journeys both ways; the export parsed by Mermaid's own parser under Node (no Qt)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from cjm_desktop.exchange import ExchangeError, export_map, import_map
from cjm_desktop.exchange.mermaid_write import from_mermaid_score, mermaid_text, to_mermaid_score
from cjm_desktop.io import read_cjm
from cjm_desktop.model import Card, EmotionPoint, JourneyMap, Lane, LaneKind, Persona, Stage

from .helpers import EXAMPLES

HERE = Path(__file__).resolve().parent
#: Where the test installs mermaid and jsdom (outside the repository); CJM_MERMAID_DIR overrides it.
CACHE = Path(os.environ.get("CJM_MERMAID_DIR") or Path.home() / ".cache" / "cjm-desktop-tests" / "mermaid")


def tricky_map() -> JourneyMap:
    stages = [Stage(title="Tìm hiểu: giá; #1"), Stage(title="section two"), Stage(title="Trống")]
    lane = Lane(kind=LaneKind.ACTIONS, title="Hành động")
    note = Lane(kind=LaneKind.THOUGHTS, title="Suy nghĩ")
    lan, minh = Persona(name="Chị Lan, 32"), Persona(name="Anh Minh")
    cards = [
        Card(stage_id=stages[0].id, lane_id=lane.id, order=0, title="Hỏi giá: 50% off; #sale"),
        Card(stage_id=stages[0].id, lane_id=lane.id, order=1, title="Xem\nbảng giá %% ngay"),
        Card(stage_id=stages[1].id, lane_id=lane.id, order=0, title="title of a task"),
        Card(stage_id=stages[1].id, lane_id=note.id, order=0, title="not an action"),
    ]
    emotions = [EmotionPoint(persona_id=lan.id, stage_id=stages[0].id, score=-3),
                EmotionPoint(persona_id=minh.id, stage_id=stages[0].id, score=2),
                EmotionPoint(persona_id=lan.id, stage_id=stages[1].id, score=1),
                EmotionPoint(persona_id=minh.id, stage_id=stages[1].id, score=1)]
    return JourneyMap(title="Hành trình: <đặt lịch>", stages=stages, lanes=[lane, note], personas=[lan, minh],
                      cards=cards, emotions=emotions)


def test_the_score_scale_is_the_documented_one():
    assert [to_mermaid_score(s) for s in range(-3, 4)] == [1, 2, 2, 3, 4, 4, 5]
    assert [from_mermaid_score(s) for s in range(1, 6)] == [-3, -2, 0, 2, 3]


def test_the_export_has_a_section_per_stage_and_escapes_syntax():
    text = mermaid_text(tricky_map())
    lines = text.splitlines()
    assert lines[0] == "journey"
    assert lines[1] == "    title Hành trình#58; #60;đặt lịch#62;"
    assert [line.strip() for line in lines if line.strip().startswith("section")] == [
        "section Tìm hiểu#58; giá#59; #35;1", "section #115;ection two", "section Trống"]
    assert "      Hỏi giá#58; 50#37; off#59; #35;sale: 1: Chị Lan#44; 32" in lines
    assert "      Hỏi giá#58; 50#37; off#59; #35;sale: 4: Anh Minh" in lines
    assert "      #116;itle of a task: 4: Chị Lan#44; 32, Anh Minh" in lines
    assert "not an action" not in text


def test_a_journey_comes_back_as_stages_action_cards_and_scores(tmp_path):
    before = tricky_map()
    after = import_map(export_map(before, tmp_path / "j.mmd"))
    assert after.title == before.title
    assert [s.title for s in after.stages] == [s.title for s in before.stages]
    assert [lane.kind for lane in after.lanes] == [LaneKind.ACTIONS]
    assert [c.title for c in after.cards] == ["Hỏi giá: 50% off; #sale", "Xem bảng giá %% ngay", "title of a task"]
    assert [p.name for p in after.personas] == ["Chị Lan, 32", "Anh Minh"]
    scores = {(after.persona(e.persona_id).name, after.stage(e.stage_id).title): e.score for e in after.emotions}
    assert scores == {("Chị Lan, 32", "Tìm hiểu: giá; #1"): -3, ("Anh Minh", "Tìm hiểu: giá; #1"): 2,
                      ("Chị Lan, 32", "section two"): 2, ("Anh Minh", "section two"): 2}


def test_a_handwritten_journey_imports(tmp_path):
    path = tmp_path / "day.mmd"
    path.write_text("---\ntitle: front\n---\n%% a comment\njourney\n  title My working day\n"
                    "  accTitle: about\n  section Go to work\n    Make tea: 5: Me\n    Go upstairs: 3: Me, Cat\n"
                    "    Do work: 1: Me, Cat; section Go home\n    Go downstairs: 5: Me\n    Sit down: 5\n",
                    encoding="utf-8")
    m = import_map(path, "en")
    assert (m.title, m.language) == ("My working day", "en")
    assert [s.title for s in m.stages] == ["Go to work", "Go home"]
    assert [c.title for c in m.cards] == ["Make tea", "Go upstairs", "Do work", "Go downstairs", "Sit down"]
    assert m.lanes[0].title == "Actions"
    me = [p for p in m.personas if p.name == "Me"][0]
    assert m.emotion(me.id, m.stages[0].id).score == 0  # mean of 5, 3, 1 is 3
    cat = [p for p in m.personas if p.name == "Cat"][0]
    assert m.emotion(cat.id, m.stages[1].id) is None


@pytest.mark.parametrize("text,words", [
    ("flowchart LR\n  A --> B\n", ["not a Mermaid journey"]),
    ("", ["empty"]),
    ("journey\n  section A\n    Task: great: Me\n", ["line 3", "score from 1 to 5", "Task: great: Me"]),
    ("journey\n  section A\n    Task: 9\n", ["line 3"]),
])
def test_broken_journeys_get_one_line(tmp_path, text, words):
    path = tmp_path / "bad.mmd"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ExchangeError) as caught:
        import_map(path)
    message = str(caught.value)
    assert "\n" not in message and message.startswith("bad.mmd: ")
    for word in words:
        assert word in message


# -- Mermaid's own parser ---------------------------------------------------------


def mermaid_folder() -> Path:
    """A folder with mermaid and jsdom installed (npm, once); skips when Node, npm or the packages cannot be had."""
    node, npm = shutil.which("node"), shutil.which("npm")
    if not node or not npm:
        pytest.skip("Node.js and npm are not installed: cannot check the export with Mermaid's own parser")
    if not (CACHE / "node_modules" / "mermaid" / "package.json").exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        try:
            done = subprocess.run([npm, "install", "--no-audit", "--no-fund", "--loglevel=error", "--prefix",
                                   str(CACHE), "mermaid@11", "jsdom"], capture_output=True, text=True, timeout=600)
        except subprocess.TimeoutExpired:
            pytest.skip("npm install mermaid jsdom took more than 10 minutes")
        if done.returncode != 0:
            pytest.skip(f"npm could not install mermaid and jsdom: {done.stderr.strip()[-300:]}")
    return CACHE


def mermaid_parse(folder: Path, path: Path) -> dict:
    script = folder / "mermaid_parse.mjs"
    shutil.copyfile(HERE / "mermaid_parse.mjs", script)  # ES modules resolve packages from the script's folder
    done = subprocess.run(["node", str(script), str(path)], capture_output=True, text=True, timeout=120)
    assert done.stdout.strip(), done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def _shown(text: str) -> str:
    """Mermaid keeps entity codes as placeholders until it draws; decode them as its renderer does."""
    return re.sub(r"ﬂ°°(\d+)¶ß", lambda m: chr(int(m.group(1))), text)


@pytest.mark.parametrize("source", ["tricky", *[p.name for p in EXAMPLES]])
def test_mermaid_itself_parses_the_export(tmp_path, source):
    folder = mermaid_folder()
    m = tricky_map() if source == "tricky" else read_cjm(HERE.parents[1] / "resources" / "examples" / source).map
    path = export_map(m, tmp_path / "journey.mmd")
    parsed = mermaid_parse(folder, path)
    assert parsed["ok"], parsed.get("error")
    assert parsed["type"] == "journey"
    assert _shown(parsed["title"]) == " ".join(m.title.split())
    assert [_shown(s) for s in parsed["sections"]] == [" ".join(s.title.split()) for s in m.stages]
    actions = {lane.id for lane in m.lanes if lane.kind is LaneKind.ACTIONS}
    titles = [" ".join(c.title.split()) for c in m.reading_order(c for c in m.cards if c.lane_id in actions)]
    tasks = [_shown(t["task"]) for t in parsed["tasks"]]
    assert list(dict.fromkeys(tasks)) == list(dict.fromkeys(titles))
    for task in parsed["tasks"]:
        assert 1 <= task["score"] <= 5
        assert all(_shown(p) in {pp.name for pp in m.personas} for p in task["people"])
