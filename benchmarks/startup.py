"""Measures in fresh child processes (:mod:`benchmarks.drivers`): start-up to
the first painted window, and the resident memory of a window on the big map."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from .common import EXAMPLE, ROOT, Bench
from .timing import Result, Samples


def child_env(workdir: Path) -> dict[str, str]:
    """The environment of a child: offscreen, settings and data in the work folder,
    bytecode caching on (see :func:`first_paint`)."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["XDG_CONFIG_HOME"] = str(workdir / "config")
    env["CJM_DESKTOP_DATA_DIR"] = str(workdir / "data")
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    return env


def run_driver(mode: str, path: Path, workdir: Path) -> tuple[float, dict]:
    """Launch ``python -m benchmarks.drivers MODE PATH``; (seconds from just before
    the launch to the first paint, the child's JSON)."""
    argv = [sys.executable, "-m", "benchmarks.drivers", mode, str(path)]
    launched = time.monotonic()
    done = subprocess.run(argv, cwd=ROOT, env=child_env(workdir), capture_output=True, text=True, timeout=180)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"{mode} driver failed (exit {done.returncode}): {done.stderr.strip()[-400:]}")
    out = json.loads(lines[-1])
    return out["painted"] - launched, out


def first_paint(b: Bench) -> Result:
    """Launch to first painted main window on the example map, in a fresh process.

    Includes: process creation, interpreter start-up, every import, QApplication,
    font registration, reading the example map, building the window (menus, docks,
    scene, view), showing it and its first paint (measured when the event loop is
    back after the first Paint event). One untimed warm-up start first, with
    bytecode caching on, so the .pyc files exist as after an install (a first start
    after an install also reads everything from a cold disk cache).
    """
    workdir = b.workdir / "first-paint"
    warm, _ = run_driver("first-paint", EXAMPLE, workdir)
    s = Samples()
    python_start = []
    for _ in range(b.runs(5, 2)):
        seconds, out = run_driver("first-paint", EXAMPLE, workdir)
        s.add(seconds, out["cpu"])
        python_start.append(out["started"] - (out["painted"] - seconds))
    return Result(
        "first_paint", "start to first painted window (example map, fresh process)", "s",
        s.median, s.median_cpu, s.runs, "<= 0.8 s", s.median <= 0.8,
        notes=f"interpreter start {statistics.median(python_start) * 1000:.0f} ms of it; warm-up start {warm:.2f} s",
        details={"wall": s.wall, "cpu": s.cpu, "warm_up": warm, "interpreter_start": python_start},
    )


def memory(b: Bench) -> Result:
    """Resident memory of a fresh editor process with the benchmark map open.

    The child opens the main window on the map file (as ``cjm-desktop FILE``),
    waits for the first paint, lets the window settle (200 ms of event loop,
    a full repaint) and reads VmRSS from /proc/self/status; the peak
    (ru_maxrss) is in the details.
    """
    s = Samples()
    peaks, cards = [], []
    for _ in range(b.runs(3, 1)):
        _, out = run_driver("memory", b.map_path, b.workdir / "memory")
        s.add(out["rss_mb"], out["cpu"])
        peaks.append(out["max_rss_mb"])
        cards.append(out["cards"])
    if any(n != len(b.journey_map.cards) for n in cards):
        raise RuntimeError(f"the memory driver's window showed {cards} cards, not {len(b.journey_map.cards)}")
    return Result(
        "memory", f"resident memory, window open on the {len(b.journey_map.cards):,}-card map", "MB",
        s.median, None, s.runs, "<= 300 MB", s.median <= 300,
        notes=f"peak {statistics.median(peaks):.0f} MB; child CPU to first paint {s.median_cpu:.2f} s",
        details={"rss_mb": s.wall, "max_rss_mb": peaks, "cpu_to_first_paint": s.cpu},
    )
