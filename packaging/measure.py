"""Measure the packaged app: folder size and start-up times.

Run from the repository root after ``make package``::

    .venv/bin/python packaging/measure.py [--runs 10] [--app dist/cjm-desktop/cjm-desktop]

Prints, for the built one-folder app (and, for comparison, the venv's
``cjm-desktop``):

- the size of ``dist/cjm-desktop`` (like ``du -sh``) and of a ``.tar.gz`` of it;
- the wall time of ``cjm-desktop --version`` (median and best of N runs);
- the wall time from launch to the first painted main window, opening the
  bundled example map on the offscreen platform (the entry script's
  ``CJM_EXIT_AFTER_FIRST_PAINT`` probe prints ``first-paint`` then quits).

Nothing is written to the repository.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "resources" / "examples" / "salon-vi.cjm"
ENTRY = ROOT / "packaging" / "cjm_desktop_entry.py"


def folder_size(folder: Path) -> int:
    """Bytes on disk of every file under ``folder`` (symlinks not followed)."""
    total = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_blocks * 512
    return total


def tarball_size(folder: Path) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "cjm-desktop.tar.gz"
        with tarfile.open(target, "w:gz") as tar:
            tar.add(folder, arcname=folder.name)
        return target.stat().st_size


def _env(**extra: str) -> dict[str, str]:
    env = {"PATH": "/usr/bin:/bin", "HOME": os.environ.get("HOME", "/tmp"), "LANG": "C.UTF-8"}
    env.update(extra)
    return env


def time_command(argv: list[str], runs: int, env: dict[str, str]) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=120)
        times.append(time.perf_counter() - start)
        if result.returncode != 0:
            raise RuntimeError(f"{argv} failed: {result.stderr.strip()[-300:]}")
    return times


def time_first_paint(argv: list[str], runs: int, env: dict[str, str]) -> list[float]:
    """Seconds from launch until the program prints ``first-paint``."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        process = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        painted = None
        for line in process.stdout:
            if line.strip() == "first-paint":
                painted = time.perf_counter() - start
                break
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if painted is None:
            raise RuntimeError(f"{argv}: no first paint (exit {process.returncode}): {process.stderr.read()[-300:]}")
        times.append(painted)
    return times


def _summary(times: list[float]) -> str:
    return f"median {statistics.median(times) * 1000:.0f} ms, best {min(times) * 1000:.0f} ms (n={len(times)})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Measure the packaged cjm-desktop.")
    parser.add_argument("--app", type=Path, default=ROOT / "dist" / "cjm-desktop" / "cjm-desktop")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--no-gui", action="store_true", help="skip the first-paint timing")
    parser.add_argument(
        "--x-display",
        metavar=":N",
        help="also time the first paint on this X display (start Xvfb with -noreset)",
    )
    args = parser.parse_args(argv)
    if not args.app.exists():
        print(f"{args.app} not found: run 'make package' first", file=sys.stderr)
        return 2

    folder = args.app.parent
    print(f"dist folder      {folder}: {folder_size(folder) / 2**20:.0f} MiB on disk, "
          f"{tarball_size(folder) / 2**20:.0f} MiB as .tar.gz")

    venv_program = [sys.executable, str(ENTRY)]
    candidates = [("frozen", [str(args.app)]), ("venv", venv_program)]
    for label, program in candidates:
        env = _env(PYTHONPATH=str(ROOT)) if label == "venv" else _env()
        times = time_command(program + ["--version"], args.runs, env)
        print(f"{label:<6} --version  {_summary(times)}")
    if not args.no_gui:
        for label, program in candidates:
            env = _env(QT_QPA_PLATFORM="offscreen", CJM_EXIT_AFTER_FIRST_PAINT="1")
            if label == "venv":
                env["PYTHONPATH"] = str(ROOT)
            times = time_first_paint(program + [str(EXAMPLE)], max(3, args.runs // 2), env)
            print(f"{label:<6} GUI first paint (example map, offscreen)  {_summary(times)}")
            if args.x_display:
                env.pop("QT_QPA_PLATFORM")
                env["DISPLAY"] = args.x_display
                times = time_first_paint(program + [str(EXAMPLE)], max(3, args.runs // 2), env)
                print(f"{label:<6} GUI first paint (example map, X {args.x_display})  {_summary(times)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
