"""Diff and three-way merge of two edited copies of the big map, as commands.

Two copies of the benchmark map each get 200 varied edits through the
document's commands (``undo.push_edits`` with two seeds: moves, title, body and
field edits, emotions, connector labels; some of them collide, as real edits
do). Timed: ``cjm-desktop diff BASE OURS`` and ``cjm-desktop merge BASE OURS
THEIRS -o OUT`` as fresh processes (interpreter start and imports included),
and the same work in this process; beside them ``json.load`` of the files the
command reads, interleaved.
"""

from __future__ import annotations

import json
import subprocess
import sys

from .common import Bench
from .timing import Result, Samples, sample
from .undo import push_edits

EDITS_PER_SIDE = 200
TARGET_S = 0.5


def _copies(b: Bench):
    from cjm_desktop.commands import CjmDocument
    from cjm_desktop.io import write_cjm

    paths = {}
    for name, seed in (("base", None), ("ours", 11), ("theirs", 23)):
        doc = CjmDocument(b.journey_map.model_copy(deep=True))
        if seed is not None:
            push_edits(doc, b.runs(EDITS_PER_SIDE, 50), seed=seed)
        paths[name] = b.workdir / f"team-{name}.cjm"
        write_cjm(paths[name], doc.map)
        doc.deleteLater()
    return paths


def _command(*args: str) -> None:
    run = subprocess.run([sys.executable, "-m", "cjm_desktop.app", *args], capture_output=True, text=True,
                         timeout=120)
    if run.returncode not in (0, 1):
        raise RuntimeError(f"cjm-desktop {args[0]} failed: {run.stderr.strip()}")


def teams(b: Bench) -> list[Result]:
    from cjm_desktop.io import read_cjm, write_cjm
    from cjm_desktop.teams import change_lines, diff_maps, merge_maps

    p = _copies(b)
    out = b.workdir / "team-merged.cjm"

    def load(*names: str) -> None:
        for name in names:
            with open(p[name], encoding="utf-8") as handle:
                json.load(handle)

    def diff_in_process() -> None:
        old, new = read_cjm(p["base"]).map, read_cjm(p["ours"]).map
        for change in diff_maps(old, new):
            list(change_lines(change))

    def merge_in_process() -> None:
        result = merge_maps(read_cjm(p["base"]).map, read_cjm(p["ours"]).map, read_cjm(p["theirs"]).map)
        write_cjm(out, result.map)

    runs = b.runs(5, 3)
    rows = []
    for key, label, command, in_process, files in (
        ("diff", "diff of two versions of the map (cjm-desktop diff)", ("diff", str(p["base"]), str(p["ours"])),
         diff_in_process, ("base", "ours")),
        ("merge", "three-way merge of two edited copies (cjm-desktop merge)",
         ("merge", str(p["base"]), str(p["ours"]), str(p["theirs"]), "-o", str(out)), merge_in_process,
         ("base", "ours", "theirs")),
    ):
        cmd, inner, plain = Samples(), Samples(), Samples()
        in_process()
        for _ in range(runs):
            sample(lambda: _command(*command), 1, samples=cmd)
            sample(in_process, 1, samples=inner)
            sample(lambda: load(*files), 1, samples=plain)
        rows.append(Result(
            key, f"{label}: {b.runs(EDITS_PER_SIDE, 50)} edits a side", "s", cmd.median, None, cmd.runs,
            f"<= {TARGET_S} s", cmd.median <= TARGET_S,
            notes=(f"a fresh process; the work alone {inner.median * 1000:.0f} ms (CPU {inner.median_cpu * 1000:.0f}"
                   f" ms) = {inner.median / plain.median:.1f}x json.load of its {len(files)} files "
                   f"({plain.median * 1000:.0f} ms)"),
            details={"wall": cmd.wall, "in_process_wall": inner.wall, "in_process_cpu": inner.cpu,
                     "json_load_wall": plain.wall},
        ))
    return rows
