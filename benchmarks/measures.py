"""The measures of ``make bench``, one function each, all returning :class:`Result`.

What each one includes is written in its docstring (and in docs/BENCHMARKS.md).
The in-process measures share one QApplication on the offscreen platform; the
start-up and memory measures run in fresh child processes
(:mod:`benchmarks.drivers`).
"""

from __future__ import annotations

import gc
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from .timing import Result, Samples, Stopwatch, sample

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "resources" / "examples" / "salon-vi.cjm"

#: What the poster draws that the plain reportlab baseline does not.
POSTER_EXTRAS = ("title block and legend, lane fills, rounded cards with colour stripes, card markers "
                 "(sentiment, evidence, status, importance), stage chevrons, 300 connector curves with "
                 "arrow heads, emotion curves with labels, persona circles")


@dataclass
class Bench:
    """What every measure needs: the map, where to write, how many runs."""

    quick: bool
    journey_map: object  # JourneyMap
    map_path: Path
    workdir: Path
    edits: int
    say: Callable[[str], None]

    def runs(self, full: int, quick: int) -> int:
        return quick if self.quick else full


# -- child processes -------------------------------------------------------------------------
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


# -- files -------------------------------------------------------------------------------------
def open_map(b: Bench) -> list[Result]:
    """Open: read_cjm (size, UTF-8, JSON, depth, header, model validation) +
    CjmDocument + MapScene (layout of every card, every item created). The
    baseline, interleaved in the same process: read the bytes, ``json.loads``,
    ``JourneyMap.model_validate``."""
    from cjm_desktop.canvas import MapScene
    from cjm_desktop.commands import CjmDocument
    from cjm_desktop.io import read_cjm
    from cjm_desktop.model import JourneyMap

    total, load, base = Samples(), Samples(), Samples()
    keep = []

    def run_open() -> None:
        with Stopwatch() as sw_load:
            loaded = read_cjm(b.map_path)
        doc = CjmDocument(loaded.map, b.map_path, loaded.view)
        scene = MapScene(doc)
        keep.append((sw_load, doc, scene))

    def run_base() -> None:
        raw = json.loads(b.map_path.read_bytes())
        JourneyMap.model_validate(raw["map"])

    for _ in range(b.runs(5, 3)):
        sample(run_open, 1, samples=total)
        sw, doc, scene = keep.pop()
        load.add(sw.wall, sw.cpu)
        if len(scene.card_items()) != len(b.journey_map.cards):
            raise RuntimeError("the opened scene does not show every card")
        scene.deleteLater()
        doc.deleteLater()
        del doc, scene
        _flush_deletes()
        sample(run_base, 1, samples=base)
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


def _flush_deletes() -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    QCoreApplication.processEvents()
    gc.collect()


# -- the canvas ----------------------------------------------------------------------------------
class Canvas:
    """A map (or a document) in a MapScene and a 1400 x 900 MapView, shown offscreen."""

    def __init__(self, journey_map=None, doc=None) -> None:
        from PySide6.QtTest import QTest

        from cjm_desktop.canvas import MapScene, MapView
        from cjm_desktop.commands import CjmDocument

        self.doc = doc if doc is not None else CjmDocument(journey_map)
        self.scene = MapScene(self.doc)
        self.view = MapView(self.scene)
        self.view.resize(1400, 900)
        self.view.show()
        QTest.qWaitForWindowExposed(self.view)
        _process()

    def close(self) -> None:
        self.view.close()
        self.view.deleteLater()
        self.scene.deleteLater()
        self.doc.deleteLater()
        _flush_deletes()


def _process() -> None:
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()


def _drag_card(c: Canvas) -> tuple[str, object]:
    """A card to drag: in the second stage, one with a connector if there is one,
    so the connector's re-routing is part of the measure."""
    m = c.doc.map
    connected = {k.source_id for k in m.connectors} | {k.target_id for k in m.connectors}
    stage = m.stages[min(1, len(m.stages) - 1)].id
    candidates = [card for card in m.cards if card.stage_id == stage]
    chosen = next((card for card in candidates if card.id in connected), candidates[0])
    return chosen.id, c.scene.layout.cards[chosen.id].rect


def drag(b: Bench) -> Result:
    """Dragging a card at 100 % zoom: per mouse-move event, a real QMouseEvent sent
    to the view's viewport (QTest, as the canvas tests do) and the paint it causes
    (``processEvents``: minimal viewport update of the moved card, its connector
    and the drop line). A drag = press, 40 moves of ~8 px from the card's centre
    into the next stage, release; the release (one MoveCardsCommand and the canvas
    update) is timed separately and undone before the next drag."""
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtTest import QTest

    c = Canvas(b.journey_map)
    try:
        card_id, rect = _drag_card(c)
        stage_w = c.doc.map.stages[0].width
        vp = c.view.viewport()
        moves = Samples()
        drops = Samples()
        steps = b.runs(40, 20)
        for _ in range(b.runs(5, 2)):
            c.view.centerOn(QPointF(rect.x + rect.w / 2 + 250, rect.y + rect.h / 2 + 200))
            _process()
            start = c.view.mapFromScene(QPointF(rect.x + rect.w / 2, rect.y + rect.h / 2))
            # to the same height in the next stage: across the cell, over the column edge
            end = c.view.mapFromScene(QPointF(rect.x + rect.w / 2 + stage_w, rect.y + rect.h / 2 + 30))
            QTest.mousePress(vp, Qt.LeftButton, Qt.NoModifier, start)
            _process()
            gc.collect()
            point = start
            for i in range(1, steps + 1):
                point = start + QPoint(round((end.x() - start.x()) * i / steps), round((end.y() - start.y()) * i / steps))
                with Stopwatch() as sw:
                    QTest.mouseMove(vp, point)
                    _process()
                moves.add(sw.wall, sw.cpu)
            if c.scene.gesture is None or not c.scene.gesture.started:
                raise RuntimeError("the drag did not start: the mouse events missed the card")
            with Stopwatch() as sw:
                QTest.mouseRelease(vp, Qt.LeftButton, Qt.NoModifier, point)
                _process()
            drops.add(sw.wall, sw.cpu)
            if c.doc.undo_stack.count() != 1:
                raise RuntimeError("the drag did not move the card")
            c.doc.undo_stack.undo()
            c.doc.undo_stack.clear()
            _process()
    finally:
        c.close()
    ms = 1000.0
    p90 = sorted(moves.wall)[int(0.9 * (moves.runs - 1))]
    return Result(
        "drag", "dragging a card: per mouse-move event (100 % zoom)", "ms",
        moves.median * ms, moves.median_cpu * ms, moves.runs, "<= 8 ms", moves.median * ms <= 8,
        notes=f"90th percentile {p90 * ms:.1f} ms; the drop {drops.median * ms:.0f} ms",
        details={"wall": moves.wall, "cpu": moves.cpu, "drop_wall": drops.wall, "drop_cpu": drops.cpu},
    )


def repaint(b: Bench) -> Result:
    """A full repaint of the 1400 x 900 viewport at fit-to-window zoom (every card
    visible): ``viewport().repaint()``, synchronous, every item's paint included."""
    c = Canvas(b.journey_map)
    try:
        c.view.zoom_to_fit()
        _process()
        c.view.viewport().repaint()  # warm: static text, fonts
        s = sample(c.view.viewport().repaint, b.runs(10, 5))
        zoom = c.view.zoom()
    finally:
        c.close()
    ms = 1000.0
    return Result(
        "repaint", "full repaint at fit-to-window zoom", "ms", s.median * ms, s.median_cpu * ms, s.runs,
        "<= 50 ms", s.median * ms <= 50, notes=f"zoom {zoom * 100:.1f} %, 1400 x 900 viewport",
        details={"wall": s.wall, "cpu": s.cpu, "zoom": zoom},
    )


# -- undo ------------------------------------------------------------------------------------------
def _push_edits(doc, n: int, seed: int = 7) -> dict[str, int]:
    """Push ``n`` varied commands: moves within and across lanes, title/body/field
    edits, emotion changes, connector labels. Returns how many of each kind."""
    from cjm_desktop.commands import (
        EditCardCommand,
        EditConnectorCommand,
        MoveCardsCommand,
        SetEmotionCommand,
    )

    rng = random.Random(seed)
    m = doc.map
    counts: dict[str, int] = {}
    for i in range(n):
        card = m.cards[rng.randrange(len(m.cards))]
        kind = ("move in lane", "move anywhere", "edit title", "edit fields", "move in lane",
                "edit body", "emotion", "connector label")[i % 8]
        if kind == "move in lane":
            cmd = MoveCardsCommand(doc, [card.id], rng.choice(m.stages).id, card.lane_id, rng.randrange(6))
        elif kind == "move anywhere":
            cmd = MoveCardsCommand(doc, [card.id], rng.choice(m.stages).id, rng.choice(m.lanes).id, rng.randrange(6))
        elif kind == "edit title":
            cmd = EditCardCommand(doc, card.id, {"title": f"{card.title} – sửa lần {i}"})
        elif kind == "edit fields":
            cmd = EditCardCommand(doc, card.id, {"sentiment": rng.choice(["positive", "neutral", "negative"]),
                                                 "importance": rng.choice(["low", "medium", "high"]),
                                                 "owner": f"Chị Hà {i}"})
        elif kind == "edit body":
            cmd = EditCardCommand(doc, card.id, {"body": f"Ghi chú mới {i}: khách hàng chờ phản hồi quá lâu."})
        elif kind == "emotion" and m.personas:
            cmd = SetEmotionCommand(doc, rng.choice(m.personas).id, rng.choice(m.stages).id, rng.randint(-3, 3))
        elif m.connectors:
            k = m.connectors[rng.randrange(len(m.connectors))]
            cmd = EditConnectorCommand(doc, k.id, {"label": f"bước {i}"})
        else:
            cmd = EditCardCommand(doc, card.id, {"title": f"{card.title} {i}"})
            kind = "edit title"
        doc.push(cmd)
        counts[kind] = counts.get(kind, 0) + 1
    return counts


def _check_scene_matches(c: Canvas) -> None:
    """Every card item sits where a fresh layout of the model puts it."""
    from cjm_desktop.layout import LayoutEngine

    fresh = LayoutEngine().layout(c.doc.map)
    if set(fresh.cards) != {item.card_id for item in c.scene.card_items()}:
        raise RuntimeError("after undo the scene's cards differ from the model's")
    for item in c.scene.card_items():
        r = fresh.cards[item.card_id].rect
        if (item.pos().x(), item.pos().y()) != (r.x, r.y):
            raise RuntimeError(f"after undo card {item.card_id} is drawn at {item.pos()}, the layout says {r}")


def undo(b: Bench) -> list[Result]:
    """Undo of ``b.edits`` edits on the benchmark map.

    The edits are pushed on the document first (untimed); then the scene and view
    are built and ``undo_stack.setIndex(0)`` undoes them all, as a jump back
    through the history does: every command's undo plus the canvas catching up
    through ``doc.changed`` and the repaint (``processEvents``). The model is then
    checked to be byte-identical to the original and every card item to sit where
    a fresh layout puts it. Between runs a redo of all (untimed) restores the edits.
    Then the same edits undone one Ctrl+Z at a time (``undo_stack.undo()`` +
    repaint, each step timed; the total is one run), checked the same way.
    """
    from cjm_desktop.commands import CjmDocument
    from cjm_desktop.io import dumps_cjm

    m = b.journey_map.model_copy(deep=True)
    original = dumps_cjm(m)
    doc = CjmDocument(m)
    with Stopwatch() as pushing:
        counts = _push_edits(doc, b.edits)
    count = doc.undo_stack.count()
    c = Canvas(doc=doc)
    all_steps, single = Samples(), Samples()
    try:
        for run in range(b.runs(3, 2)):
            if run:
                doc.undo_stack.setIndex(count)
                _process()
            gc.collect()
            with Stopwatch() as sw:
                doc.undo_stack.setIndex(0)
                _process()
            all_steps.add(sw.wall, sw.cpu)
            if dumps_cjm(doc.map) != original:
                raise RuntimeError("undoing every edit did not restore the map")
            _check_scene_matches(c)
        # every edit undone again, one Ctrl+Z at a time: undo() + the repaint, each timed
        doc.undo_stack.setIndex(count)
        _process()
        gc.collect()
        with Stopwatch() as one_by_one:
            for _ in range(count):
                with Stopwatch() as sw:
                    doc.undo_stack.undo()
                    _process()
                single.add(sw.wall, sw.cpu)
        if dumps_cjm(doc.map) != original:
            raise RuntimeError("undoing every edit one step at a time did not restore the map")
        _check_scene_matches(c)
    finally:
        c.close()
    ms = 1000.0
    p90 = sorted(single.wall)[int(0.9 * (single.runs - 1))]
    kinds = ", ".join(f"{n} {k}" for k, n in counts.items())
    return [
        Result("undo", f"undo of {count:,} edits (one jump back through the history)", "s",
               all_steps.median, all_steps.median_cpu, all_steps.runs, "<= 1 s", all_steps.median <= 1.0,
               notes=f"{kinds}; pushing them took {pushing.wall:.1f} s without a canvas",
               details={"wall": all_steps.wall, "cpu": all_steps.cpu, "edits": counts}),
        Result("undo_steps", f"undo of {count:,} edits one Ctrl+Z at a time (with the canvas update)", "s",
               one_by_one.wall, one_by_one.cpu, 1, "<= 1 s", one_by_one.wall <= 1.0,
               notes=(f"per step: median {single.median * ms:.1f} ms (CPU {single.median_cpu * ms:.1f} ms), "
                      f"90th percentile {p90 * ms:.1f} ms, mean {one_by_one.wall / count * ms:.1f} ms"),
               details={"wall": single.wall, "cpu": single.cpu, "total_wall": one_by_one.wall,
                        "total_cpu": one_by_one.cpu}),
    ]


# -- PDF ------------------------------------------------------------------------------------------
def pdf(b: Bench) -> list[Result]:
    """A0 poster (vector PDF) with ``export_pdf`` against the plain reportlab
    baseline (:mod:`benchmarks.baseline_reportlab`: the same rectangles and text),
    interleaved in this process; both include laying the map out (a fresh
    LayoutEngine each) and writing the file. Then the A0 poster tiled on A4
    sheets, its file size against the single A0 file."""
    from cjm_desktop.export import PdfOptions, export_pdf
    from cjm_desktop.layout import LayoutEngine

    from .baseline_reportlab import baseline_poster, baseline_tiled

    m = b.journey_map
    poster, plain, tiled, plain_tiled = Samples(), Samples(), Samples(), Samples()
    out = b.workdir
    for _ in range(b.runs(3, 2)):
        sample(lambda: export_pdf(m, out / "poster.pdf", PdfOptions(paper="A0")), 1, samples=poster)
        sample(lambda: baseline_poster(LayoutEngine().layout(m), out / "plain.pdf", "A0"), 1, samples=plain)
    for _ in range(b.runs(3, 2)):
        sample(lambda: export_pdf(m, out / "tiled.pdf", PdfOptions(paper="A0", tile="A4")), 1, samples=tiled)
    sample(lambda: baseline_tiled(LayoutEngine().layout(m), out / "plain-tiled.pdf", "A0", "A4"), 1,
           samples=plain_tiled)
    size = {name: (out / name).stat().st_size for name in ("poster.pdf", "plain.pdf", "tiled.pdf", "plain-tiled.pdf")}
    ratio = poster.median / plain.median
    cpu_ratio = poster.median_cpu / plain.median_cpu
    size_ratio = size["tiled.pdf"] / size["poster.pdf"]
    mib = 2**20
    return [
        Result("pdf_a0", "A0 vector PDF export", "s", poster.median, poster.median_cpu, poster.runs,
               "<= 2 s and <= 1.3x plain reportlab", poster.median <= 2.0 and ratio <= 1.3,
               notes=(f"{ratio:.2f}x plain reportlab ({plain.median:.2f} s; CPU {cpu_ratio:.2f}x); "
                      f"{size['poster.pdf'] / mib:.1f} MiB vs {size['plain.pdf'] / mib:.1f} MiB"),
               details={"wall": poster.wall, "cpu": poster.cpu, "baseline_wall": plain.wall,
                        "baseline_cpu": plain.cpu, "ratio": ratio, "cpu_ratio": cpu_ratio,
                        "bytes": size["poster.pdf"], "baseline_bytes": size["plain.pdf"],
                        "poster_draws_besides_baseline": POSTER_EXTRAS}),
        Result("pdf_tiled", "A0 onto A4 sheets, tiled PDF export", "s", tiled.median, tiled.median_cpu,
               tiled.runs, "<= 3 s, file <= 2x the A0 file", tiled.median <= 3.0 and size_ratio <= 2.0,
               notes=(f"file {size_ratio:.2f}x the A0 file ({size['tiled.pdf'] / mib:.1f} MiB); naive "
                      f"redraw per sheet {plain_tiled.median:.1f} s, {size['plain-tiled.pdf'] / mib:.1f} MiB"),
               details={"wall": tiled.wall, "cpu": tiled.cpu, "bytes": size["tiled.pdf"], "size_ratio": size_ratio,
                        "naive_wall": plain_tiled.wall, "naive_bytes": size["plain-tiled.pdf"]}),
    ]


def new_workdir() -> Path:
    return Path(tempfile.mkdtemp(prefix="cjm-bench-"))
