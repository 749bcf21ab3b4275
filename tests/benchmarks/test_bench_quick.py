"""`make bench-quick` runs end to end: every measure produces a number and the JSON is written.

No timing is asserted here (the machine may be busy); the figures are the
benchmark's business (docs/BENCHMARKS.md).
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EDIT_VERBS = {"add_card", "delete_card", "move_card", "title_lane", "title", "card_fields", "add_stage",
              "rename_stage", "add_lane", "set_emotion", "connector_label", "add_persona"}
#: the verbs timed again in the editor's window (docks, status bar and all)
WINDOW_VERBS = {"add_card", "delete_card", "move_card", "title_lane", "add_stage", "add_lane"}
EXPECTED = {"first_paint", "open", "validate", "save", "drag", "repaint", "present", "pdf_a0", "pdf_tiled", "memory", "undo",
            "undo_steps", "diff", "merge", "xlsx_export", "xlsx_import", "html_export", "pptx_export", "open_pictures",
            "memory_pictures", "pdf_a0_pictures"} | {f"edit_{verb}" for verb in EDIT_VERBS} | {
            f"window_{verb}" for verb in WINDOW_VERBS}
GROWTH = {"open", "drag", "repaint", "undo_step", "pdf_a0"}


def _number(value) -> bool:
    return isinstance(value, (int, float)) and math.isfinite(value)


def test_quick_benchmark_measures_everything_and_writes_json(tmp_path):
    output = tmp_path / "results.json"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.run", "--quick", "--output", str(output)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]

    data = json.loads(output.read_text(encoding="utf-8"))
    assert data["quick"] is True
    assert data["map"]["cards"] == 500
    results = {r["key"]: r for r in data["results"]}
    assert set(results) == EXPECTED
    for key, r in results.items():
        assert isinstance(r["median"], (int, float)) and math.isfinite(r["median"]) and r["median"] > 0, key
        assert r["runs"] >= 1, key
        if r["target"] != "(none)":
            assert isinstance(r["met"], bool), key
    # the undo steps: percentile, worst step, the steps that change a lane's height counted
    steps = results["undo_steps"]["details"]
    assert _number(steps["p95_wall"]) and _number(steps["worst_wall"])
    assert len(steps["lane_height_changed"]) == len(steps["wall"])
    assert isinstance(steps["lane_height_steps"], int)
    # each edit verb: a median and a 95th percentile over its runs
    for verb in EDIT_VERBS:
        details = results[f"edit_{verb}"]["details"]
        assert len(details["wall"]) == results[f"edit_{verb}"]["runs"] >= 5, verb
        assert _number(details["p95_wall"]) and details["p95_wall"] > 0, verb
        # the machine's speed just before and just after the verb's runs (a stall in between shows)
        assert _number(details["speed_check_ms"]) and _number(details["speed_check_ms_after"]), verb
    # the same verbs in the window, with the same targets (so the same lanes grow)
    for verb in WINDOW_VERBS:
        details = results[f"window_{verb}"]["details"]
        assert len(details["wall"]) == results[f"window_{verb}"]["runs"] >= 5, verb
        assert _number(details["p95_wall"]) and details["p95_wall"] > 0, verb
    assert all(results["window_title_lane"]["details"]["lane_height_changed"])
    # the edit of a title in the tallest cell did change its lane's height
    assert all(results["edit_title_lane"]["details"]["lane_height_changed"])
    assert not any(results["edit_title"]["details"]["lane_height_changed"])
    # the baselines ran beside the measures they are compared with
    assert results["validate"]["details"]["baseline_wall"]
    assert results["open"]["details"]["baseline_wall"]
    assert results["pdf_a0"]["details"]["baseline_wall"]
    assert results["pdf_tiled"]["details"]["size_ratio"] > 0
    # the machine's speed at the start and the end, to tell a slow stretch of a shared machine
    assert _number(data["machine"]["speed_check_ms"]) and data["machine"]["speed_check_ms"] > 0
    assert _number(data["machine"]["speed_check_ms_after"]) and data["machine"]["speed_check_ms_after"] > 0
    assert f"speed check {data['machine']['speed_check_ms']:g} ms at the start" in done.stdout
    # the table names every measure
    for r in results.values():
        assert r["label"] in done.stdout
    _check_growth(data, done.stdout)


def _check_growth(data: dict, stdout: str) -> None:
    """The growth table at three small sizes: a time per size and an exponent per measure."""
    growth = data["growth"]
    assert growth["sizes"] == [100, 300, 1000]
    assert [m["cards"] for m in growth["maps"]] == growth["sizes"]
    assert set(growth["measures"]) == GROWTH
    for key, row in growth["measures"].items():
        assert len(row["median"]) == len(row["cpu_median"]) == 3, key
        assert all(_number(t) and t > 0 for t in row["median"]), key
        assert _number(row["exponent_wall"]) and _number(row["exponent_cpu"]), key
        assert isinstance(row["flagged"], bool), key
        assert row["label"] in stdout, key
    assert "| measure | 100 cards | 300 cards | 1,000 cards |" in stdout


def test_only_runs_the_chosen_measures_and_rejects_unknown_ones(tmp_path):
    output = tmp_path / "results.json"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.run", "--quick", "--only", "save,repaint", "--output", str(output)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    data = json.loads(output.read_text())
    assert [r["key"] for r in data["results"]] == ["save", "repaint"]
    assert "growth" not in data

    alone = subprocess.run(
        [sys.executable, "-m", "benchmarks.run", "--quick", "--only", "growth", "--output", str(output)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )
    assert alone.returncode == 0, alone.stderr[-2000:]
    data = json.loads(output.read_text())
    assert data["results"] == []
    _check_growth(data, alone.stdout)

    bad = subprocess.run([sys.executable, "-m", "benchmarks.run", "--only", "nonsense"],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert bad.returncode == 2
    assert "unknown measure nonsense" in bad.stderr


def test_a_measure_that_raises_is_reported_and_the_others_still_run(monkeypatch, capsys):
    from benchmarks import run
    from benchmarks.timing import Result

    def fine(bench):
        return Result("fine", "a measure that works", "s", 0.1, 0.1, 1, "(none)", None)

    def broken(bench):
        raise RuntimeError("the canvas has no such method")

    monkeypatch.setattr(run, "MEASURES", {"broken": broken, "fine": fine})
    results, growth, failed = run._run_measures(None, [])
    assert [r.key for r in results] == ["fine"]
    assert growth is None
    assert failed == {"broken": "RuntimeError: the canvas has no such method"}
    assert "Traceback" in capsys.readouterr().err
