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
EXPECTED = {"first_paint", "open", "save", "drag", "repaint", "pdf_a0", "pdf_tiled", "memory", "undo", "undo_steps"}


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
    # the baselines ran beside the measures they are compared with
    assert results["open"]["details"]["baseline_wall"]
    assert results["pdf_a0"]["details"]["baseline_wall"]
    assert results["pdf_tiled"]["details"]["size_ratio"] > 0
    # the table names every measure
    for r in results.values():
        assert r["label"] in done.stdout


def test_only_runs_the_chosen_measures_and_rejects_unknown_ones(tmp_path):
    output = tmp_path / "results.json"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.run", "--quick", "--only", "save,repaint", "--output", str(output)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert [r["key"] for r in json.loads(output.read_text())["results"]] == ["save", "repaint"]

    bad = subprocess.run([sys.executable, "-m", "benchmarks.run", "--only", "nonsense"],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert bad.returncode == 2
    assert "unknown measure nonsense" in bad.stderr
