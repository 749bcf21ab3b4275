"""Undo of many varied edits: one jump back through the history, and one
Ctrl+Z at a time (each step timed, the steps that change a lane's height
counted apart)."""

from __future__ import annotations

import gc
import random

from .common import Bench, Canvas, process
from .timing import Result, Samples, Stopwatch


def push_edits(doc, n: int, seed: int = 7) -> dict[str, int]:
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


def check_scene_matches(c: Canvas) -> None:
    """Every card item sits where a fresh layout of the model puts it."""
    from PySide6.QtCore import QPointF

    from cjm_desktop.layout import LayoutEngine

    fresh = LayoutEngine().layout(c.doc.map)
    if set(fresh.cards) != {item.card_id for item in c.scene.card_items()}:
        raise RuntimeError("after undo the scene's cards differ from the model's")
    for item in c.scene.card_items():
        r = fresh.rect_of(item.card_id)
        if item.scenePos() != QPointF(r.x, r.y):  # Qt's own equality of positions (relative 1e-12)
            raise RuntimeError(f"after undo card {item.card_id} is drawn at {item.pos()}, the layout says {r}")


def single_steps(c: Canvas, steps: int) -> tuple[Samples, list[bool], float]:
    """``steps`` single Ctrl+Z: ``undo_stack.undo()`` and the repaint
    (``processEvents``), each timed; beside each sample, whether that step
    changed a lane's height (read from the scene between steps, untimed); and
    the wall time of the moves put off for items out of sight, done once after
    the last step, as when the user lets go of the keys (canvas/off_screen.py)."""
    doc = c.doc
    single, lane_changed = Samples(), []
    gc.collect()
    heights = c.lane_heights()
    for _ in range(steps):
        with Stopwatch() as sw:
            doc.undo_stack.undo()
            process()
        single.add(sw.wall, sw.cpu)
        now = c.lane_heights()
        lane_changed.append(now != heights)
        heights = now
    with Stopwatch() as later:
        c.scene.off_screen.realize()
    return single, lane_changed, later.wall


def _split_by_lane_change(single: Samples, lane_changed: list[bool]) -> tuple[Samples, Samples]:
    grew, others = Samples(), Samples()
    for wall, cpu, changed in zip(single.wall, single.cpu, lane_changed):
        (grew if changed else others).add(wall, cpu)
    return grew, others


def undo(b: Bench) -> list[Result]:
    """Undo of ``b.edits`` edits on the benchmark map.

    The edits are pushed on the document first (untimed); then the scene and view
    are built and ``undo_stack.setIndex(0)`` undoes them all, as a jump back
    through the history does: every command's undo plus the canvas catching up
    through ``doc.changed`` and the repaint (``processEvents``). The model is then
    checked to be byte-identical to the original and every card item to sit where
    a fresh layout puts it. Between runs a redo of all (untimed) restores the edits.
    Then the same edits undone one Ctrl+Z at a time (:func:`single_steps`; the
    total is the sum of the steps, one run), checked the same way.
    """
    from cjm_desktop.commands import CjmDocument
    from cjm_desktop.io import dumps_cjm

    m = b.journey_map.model_copy(deep=True)
    original = dumps_cjm(m)
    doc = CjmDocument(m)
    with Stopwatch() as pushing:
        counts = push_edits(doc, b.edits)
    count = doc.undo_stack.count()
    c = Canvas(doc=doc)
    all_steps = Samples()
    try:
        for run in range(b.runs(3, 2)):
            if run:
                doc.undo_stack.setIndex(count)
                process()
            gc.collect()
            with Stopwatch() as sw:
                doc.undo_stack.setIndex(0)
                process()
            all_steps.add(sw.wall, sw.cpu)
            if dumps_cjm(doc.map) != original:
                raise RuntimeError("undoing every edit did not restore the map")
            check_scene_matches(c)
        # every edit undone again, one Ctrl+Z at a time
        doc.undo_stack.setIndex(count)
        process()
        single, lane_changed, put_off = single_steps(c, count)
        if dumps_cjm(doc.map) != original:
            raise RuntimeError("undoing every edit one step at a time did not restore the map")
        check_scene_matches(c)
    finally:
        c.close()
    kinds = ", ".join(f"{n} {k}" for k, n in counts.items())
    return [
        Result("undo", f"undo of {count:,} edits (one jump back through the history)", "s",
               all_steps.median, all_steps.median_cpu, all_steps.runs, "<= 1 s", all_steps.median <= 1.0,
               notes=f"{kinds}; pushing them took {pushing.wall:.1f} s without a canvas",
               details={"wall": all_steps.wall, "cpu": all_steps.cpu, "edits": counts}),
        _steps_result(single, lane_changed, put_off),
    ]


def _steps_result(single: Samples, lane_changed: list[bool], put_off: float = 0.0) -> Result:
    ms = 1000.0
    count = single.runs
    total, total_cpu = sum(single.wall) + put_off, sum(single.cpu)
    grew, others = _split_by_lane_change(single, lane_changed)
    budget = 3.0 * count / 1000
    met = single.p95 * ms <= 16 and single.worst * ms <= 50 and total <= budget
    lanes = (f"{grew.runs} steps change a lane's height: median {grew.median * ms:.1f} ms "
             f"(CPU {grew.median_cpu * ms:.1f} ms), the others {others.median * ms:.1f} ms "
             f"(CPU {others.median_cpu * ms:.1f} ms)"
             if grew.runs else "no step changes a lane's height")
    return Result(
        "undo_steps", f"undo of {count:,} edits one Ctrl+Z at a time (with the canvas update)", "s",
        total, total_cpu, 1, f"per step p95 <= 16 ms, worst <= 50 ms; all <= {budget:g} s", met,
        notes=(f"per step: median {single.median * ms:.1f} ms (CPU {single.median_cpu * ms:.1f} ms), "
               f"95th percentile {single.p95 * ms:.1f} ms (CPU {single.p95_cpu * ms:.1f} ms), "
               f"worst {single.worst * ms:.0f} ms (CPU {max(single.cpu) * ms:.0f} ms), "
               f"mean {sum(single.wall) / count * ms:.1f} ms; {lanes}; the total includes the "
               f"{put_off * ms:.0f} ms of moving what was out of sight once the keys are let go"),
        details={"wall": single.wall, "cpu": single.cpu, "total_wall": total, "total_cpu": total_cpu,
                 "p95_wall": single.p95, "p95_cpu": single.p95_cpu, "worst_wall": single.worst,
                 "worst_cpu": max(single.cpu), "lane_height_changed": lane_changed, "put_off_wall": put_off,
                 "lane_height_steps": grew.runs,
                 "lane_height_median_wall": grew.median if grew.runs else None,
                 "lane_height_median_cpu": grew.median_cpu if grew.runs else None,
                 "other_median_wall": others.median if others.runs else None,
                 "other_median_cpu": others.median_cpu if others.runs else None},
    )
