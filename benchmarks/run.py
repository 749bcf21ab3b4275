"""``make bench``: cjm-desktop at workshop size, measured offscreen.

::

    python -m benchmarks.run                 # the 5,000-card map and the growth table (about 5 minutes)
    python -m benchmarks.run --quick         # a 500-card map, growth at 100-1,000 cards (about 25 s)
    python -m benchmarks.run --only growth --output results.json

Generates the deterministic benchmark map (``generate_map(cards=5000,
stages=20, lanes=12, personas=2, connectors=300, seed=0)``), runs every
measure of :data:`benchmarks.measures.MEASURES` (see docs/BENCHMARKS.md),
prints a table, then the growth table, and writes ``bench-results.json``.
Exit status 0 when every measure produced a number (a missed target is
reported, not an error); 1 when a measure raised (reported, the others run).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import platform
import shutil
import sys
import time
import traceback
from pathlib import Path
from typing import Sequence

from . import measures
from .growth import FASTER_THAN_N_LOG_N, Growth
from .measures import MEASURES
from .timing import Result, speed_check
from cjm_desktop.render.qt_env import prefer_serial_painting

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = ROOT / "bench-results.json"

FULL = dict(cards=5000, stages=20, lanes=12, personas=2, connectors=300, seed=0)
QUICK = dict(cards=500, stages=8, lanes=12, personas=2, connectors=30, seed=0)


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def _format_value(r: Result) -> str:
    if r.unit == "MB":
        return f"{r.value:.0f} MB"
    if r.unit == "ms":
        return f"{r.value:.1f} ms"
    return f"{r.value:.3f} s"


def _format_cpu(r: Result) -> str:
    if r.cpu is None:
        return "-"
    return f"{r.cpu:.1f} ms" if r.unit == "ms" else f"{r.cpu:.3f} s"


def table(results: Sequence[Result]) -> str:
    """The results as a Markdown table (readable in a terminal too)."""
    head = ("measure", "median", "CPU", "runs", "target", "met?", "notes")
    rows = [head, tuple("---" for _ in head)]
    for r in results:
        met = "-" if r.met is None else ("yes" if r.met else "NO")
        rows.append((r.label, _format_value(r), _format_cpu(r), str(r.runs), r.target, met, r.notes))
    return "\n".join("| " + " | ".join(cells) + " |" for cells in rows)


def _machine() -> dict:
    from PySide6 import __version__ as pyside_version
    import pydantic
    import reportlab

    try:
        load = os.getloadavg()
    except OSError:
        load = None
    return {
        "python": platform.python_version(), "platform": platform.platform(), "cpus": os.cpu_count(),
        "pyside6": pyside_version, "pydantic": pydantic.VERSION, "reportlab": reportlab.Version,
        "load_average": load, "qt_platform": os.environ.get("QT_QPA_PLATFORM", ""),
        "speed_check_ms": speed_check(),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="a 500-card map, fewer runs, growth at 100-1,000 cards (about 25 s)")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="where to write the JSON results")
    parser.add_argument("--only", default="", help=f"comma-separated subset of: {', '.join(MEASURES)}")
    args = parser.parse_args(argv)
    only = [k.strip() for k in args.only.split(",") if k.strip()]
    unknown = [k for k in only if k not in MEASURES]
    if unknown:
        parser.error(f"unknown measure {', '.join(unknown)}; choose from {', '.join(MEASURES)}")

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    prefer_serial_painting()  # as the app does (cjm_desktop/render/qt_env.py)
    logging.basicConfig(level=logging.WARNING)
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from cjm_desktop.render.qt_fonts import load_fonts
    from cjm_desktop.io import write_cjm
    from cjm_desktop.templates.generated import generate_map

    app = QApplication.instance() or QApplication(["cjm-bench"])
    workdir = measures.new_workdir()
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(workdir / "config"))
    load_fonts()
    sizes = QUICK if args.quick else FULL
    started = time.perf_counter()
    try:
        journey_map = generate_map(**sizes)
        map_path = workdir / f"bench-{sizes['cards']}.cjm"
        write_cjm(map_path, journey_map)
        bench = measures.Bench(quick=args.quick, journey_map=journey_map, map_path=map_path, workdir=workdir,
                               edits=200 if args.quick else 1000, say=_say)
        machine = _machine()
        results, growth, failed = _run_measures(bench, only)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    elapsed = time.perf_counter() - started
    del app
    _report(args, sizes, machine, elapsed, results, growth, failed)
    return 1 if failed else 0


def _run_measures(bench: measures.Bench, only: list[str]) -> tuple[list[Result], Growth | None, dict[str, str]]:
    """Run the chosen measures in order: (the rows, the growth table if it ran,
    key -> error of each measure that raised). A measure that raises is reported
    (its traceback on stderr) and the others still run."""
    results: list[Result] = []
    growth: Growth | None = None
    failed: dict[str, str] = {}
    for key, fn in MEASURES.items():
        if only and key not in only:
            continue
        _say(f"bench: {key} ...")
        began = time.perf_counter()
        try:
            produced = fn(bench)
        except Exception as exc:  # noqa: BLE001 - one broken measure must not lose the others
            _say(traceback.format_exc())
            failed[key] = f"{type(exc).__name__}: {exc}"
            continue
        _say(f"bench: {key} took {time.perf_counter() - began:.0f} s")
        if isinstance(produced, Growth):
            growth = produced
        else:
            results.extend(produced if isinstance(produced, list) else [produced])
    return results, growth, failed


def _report(args: argparse.Namespace, sizes: dict, machine: dict, elapsed: float, results: list[Result],
            growth: Growth | None, failed: dict[str, str]) -> None:
    """Print the tables and write the JSON."""
    try:
        load_after = list(os.getloadavg())
    except OSError:
        load_after = None
    cpu = time.process_time()
    mode = "quick: 500 cards, targets are for the 5,000-card run" if args.quick else f"{sizes['cards']:,} cards"
    loads = " ".join(f"{x:.1f}" for x in machine["load_average"] or ())
    check_after = speed_check()
    print(f"cjm-desktop benchmarks ({mode}; {machine['cpus']} CPUs, load average {loads} at the start, "
          f"{' '.join(f'{x:.1f}' for x in load_after or ())} at the end; {elapsed:.0f} s, "
          f"this process's CPU {cpu:.0f} s; speed check {machine['speed_check_ms']:g} ms at the start, "
          f"{check_after:g} ms at the end: see docs/BENCHMARKS.md)\n")
    if results:
        print(table(results))
        missed = [r.key for r in results if r.met is False]
        print(f"\n{len(results) - len(missed)} of {len(results)} rows met or without target"
              + (f"; missed: {', '.join(missed)}" if missed else ""))
    if growth is not None:
        print(f"\nGrowth ({growth.maps_line()}); flagged when the exponent of the CPU time "
              f"exceeds {FASTER_THAN_N_LOG_N} (n·log n is 1.12 from 500 to 50,000 cards):\n")
        print(growth.markdown())
    for key, error in failed.items():
        print(f"\nFAILED: {key}: {error}")
    payload = {
        "generated": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "quick": args.quick, "map": sizes, "seconds": round(elapsed, 1), "cpu_seconds": round(cpu, 1),
        "machine": {**machine, "load_average_after": load_after, "speed_check_ms_after": check_after},
        "results": [r.as_json() for r in results],
    }
    if growth is not None:
        payload["growth"] = growth.as_json()
    if failed:
        payload["failed"] = failed
    args.output.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {args.output}")


if __name__ == "__main__":
    sys.exit(main())
