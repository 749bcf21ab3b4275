"""Measures of the file layer: opening the big map (file, model, scene),
``cjm-desktop validate``'s reading against plain ``json.load``, and saving."""

from __future__ import annotations

import json

from .common import Bench, flush_deletes
from .timing import Result, Samples, Stopwatch, sample


def open_samples(path, cards: int, runs: int, baseline=None) -> tuple[Samples, Samples]:
    """``runs`` opens of the file: ``read_cjm`` + ``CjmDocument`` + ``MapScene``,
    each checked to show ``cards`` cards and deleted (untimed); ``baseline``, if
    given, runs (timed by the caller) after each open. (the opens, read_cjm alone)."""
    from cjm_desktop.canvas import MapScene
    from cjm_desktop.commands import CjmDocument
    from cjm_desktop.io import read_cjm

    total, load = Samples(), Samples()
    keep = []

    def run_open() -> None:
        with Stopwatch() as sw_load:
            loaded = read_cjm(path)
        doc = CjmDocument(loaded.map, path, loaded.view)
        scene = MapScene(doc)
        keep.append((sw_load, doc, scene))

    for _ in range(runs):
        sample(run_open, 1, samples=total)
        sw, doc, scene = keep.pop()
        load.add(sw.wall, sw.cpu)
        if len(scene.card_items()) != cards:
            raise RuntimeError("the opened scene does not show every card")
        scene.deleteLater()
        doc.deleteLater()
        del doc, scene
        flush_deletes()
        if baseline is not None:
            baseline()
    return total, load


def open_map(b: Bench) -> list[Result]:
    """Open: read_cjm (size, UTF-8, JSON, depth, header, model validation) +
    CjmDocument + MapScene (layout of every card, every item created). The
    baseline, interleaved in the same process: read the bytes, ``json.loads``,
    ``JourneyMap.model_validate``."""
    from cjm_desktop.model import JourneyMap

    base = Samples()

    def run_base() -> None:
        raw = json.loads(b.map_path.read_bytes())
        JourneyMap.model_validate(raw["map"])

    total, load = open_samples(b.map_path, len(b.journey_map.cards), b.runs(5, 3),
                               baseline=lambda: sample(run_base, 1, samples=base))
    ratio = total.median / base.median
    return [
        Result("open", f"open the {len(b.journey_map.cards):,}-card map (load, validate, build the scene)", "s",
               total.median, total.median_cpu, total.runs, "<= 1.0 s", total.median <= 1.0,
               notes=(f"{ratio:.1f}x json.loads + model_validate ({base.median * 1000:.0f} ms); "
                      f"read_cjm alone {load.median * 1000:.0f} ms = {load.median / base.median:.2f}x"),
               details={"wall": total.wall, "cpu": total.cpu, "read_cjm_wall": load.wall,
                        "baseline_wall": base.wall, "baseline_cpu": base.cpu, "ratio": ratio}),
    ]


def save_map(b: Bench) -> Result:
    """Save: write_cjm = integrity check, JSON in field order, NFC, UTF-8, temp
    file, fsync, rename, fsync of the folder. ``dumps_cjm`` alone in the details."""
    from cjm_desktop.io import ViewState, dumps_cjm, write_cjm

    target = b.workdir / "saved.cjm"
    m = b.journey_map
    s = sample(lambda: write_cjm(target, m, ViewState()), b.runs(5, 3))
    dumps = sample(lambda: dumps_cjm(m, ViewState()), b.runs(5, 3))
    size = target.stat().st_size
    return Result(
        "save", "save it (atomic write with fsync)", "s", s.median, s.median_cpu, s.runs, "<= 0.15 s",
        s.median <= 0.15, notes=f"{size / 2**20:.1f} MiB; serialising alone {dumps.median * 1000:.0f} ms",
        details={"wall": s.wall, "cpu": s.cpu, "dumps_wall": dumps.wall, "bytes": size},
    )


def validate(b: Bench) -> Result:
    """``cjm-desktop validate FILE``'s work: ``read_cjm`` (size check, read, UTF-8,
    JSON, nesting depth, format header, ``JourneyMap`` validation) on the map file,
    against plain ``json.load`` of the same file (open, read, parse; no model),
    interleaved in this process. The command line's start-up and its one-line
    summary are not included (see the start-up row for what starting costs)."""
    from cjm_desktop.io import read_cjm

    checked, plain = Samples(), Samples()

    def load_json() -> None:
        with open(b.map_path, encoding="utf-8") as handle:
            json.load(handle)

    read_cjm(b.map_path)  # warm: the model's validators, the file in the page cache
    load_json()
    for _ in range(b.runs(7, 3)):
        sample(lambda: read_cjm(b.map_path), 1, samples=checked)
        sample(load_json, 1, samples=plain)
    ratio = checked.median / plain.median
    cpu_ratio = checked.median_cpu / plain.median_cpu
    ms = 1000.0
    return Result(
        "validate", f"validate the {len(b.journey_map.cards):,}-card file (read_cjm) vs json.load", "s",
        checked.median, checked.median_cpu, checked.runs, "<= 2x json.load", ratio <= 2.0,
        notes=f"{ratio:.2f}x json.load ({plain.median * ms:.0f} ms; CPU {cpu_ratio:.2f}x)",
        details={"wall": checked.wall, "cpu": checked.cpu, "baseline_wall": plain.wall,
                 "baseline_cpu": plain.cpu, "ratio": ratio, "cpu_ratio": cpu_ratio},
    )
