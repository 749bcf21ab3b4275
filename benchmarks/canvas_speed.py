"""Measures of the canvas: dragging a card (per mouse move, and the drop) and a
full repaint at fit-to-window zoom. The drag and the repaint are also run by
:mod:`benchmarks.growth` at other map sizes."""

from __future__ import annotations

import gc

from .common import Bench, Canvas, process
from .timing import Result, Samples, Stopwatch, sample


def drag_card(c: Canvas) -> tuple[str, object]:
    """A card to drag: in the second stage, one with a connector if there is one,
    so the connector's re-routing is part of the measure. Its rectangle comes from
    a fresh layout of the map (untimed)."""
    from cjm_desktop.layout import LayoutEngine

    m = c.doc.map
    connected = {k.source_id for k in m.connectors} | {k.target_id for k in m.connectors}
    stage = m.stages[min(1, len(m.stages) - 1)].id
    candidates = [card for card in m.cards if card.stage_id == stage]
    chosen = next((card for card in candidates if card.id in connected), candidates[0])
    return chosen.id, LayoutEngine().layout(m).rect_of(chosen.id)


def drag_samples(c: Canvas, drags: int, steps: int) -> tuple[Samples, Samples]:
    """``drags`` drags of one card into the next stage, ``steps`` mouse moves each:
    (the moves, the drops). Each drop is undone (untimed) before the next drag."""
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtTest import QTest

    card_id, rect = drag_card(c)
    stage_w = c.doc.map.stages[0].width
    vp = c.view.viewport()
    moves, drops = Samples(), Samples()
    for _ in range(drags):
        c.centre_on(rect.x + rect.w / 2 + 250, rect.y + rect.h / 2 + 200)
        start = c.view.mapFromScene(QPointF(rect.x + rect.w / 2, rect.y + rect.h / 2))
        # to the same height in the next stage: across the cell, over the column edge
        end = c.view.mapFromScene(QPointF(rect.x + rect.w / 2 + stage_w, rect.y + rect.h / 2 + 30))
        before = c.doc.undo_stack.index()
        QTest.mousePress(vp, Qt.LeftButton, Qt.NoModifier, start)
        process()
        gc.collect()
        point = start
        for i in range(1, steps + 1):
            point = start + QPoint(round((end.x() - start.x()) * i / steps), round((end.y() - start.y()) * i / steps))
            with Stopwatch() as sw:
                QTest.mouseMove(vp, point)
                process()
            moves.add(sw.wall, sw.cpu)
        with Stopwatch() as sw:
            QTest.mouseRelease(vp, Qt.LeftButton, Qt.NoModifier, point)
            process()
        drops.add(sw.wall, sw.cpu)
        if c.doc.undo_stack.index() != before + 1:
            raise RuntimeError(f"the drag did not move card {card_id}: the mouse events missed it")
        c.doc.undo_stack.undo()
        process()
    return moves, drops


def drag(b: Bench) -> Result:
    """Dragging a card at 100 % zoom: per mouse-move event, a real QMouseEvent sent
    to the view's viewport (QTest, as the canvas tests do) and the paint it causes
    (``processEvents``: minimal viewport update of the moved card, its connector
    and the drop line). A drag = press, 40 moves of ~8 px from the card's centre
    into the next stage, release; the release (one MoveCardsCommand and the canvas
    update) is timed separately and undone before the next drag."""
    c = Canvas(b.journey_map)
    try:
        moves, drops = drag_samples(c, b.runs(5, 2), b.runs(40, 20))
    finally:
        c.close()
    ms = 1000.0
    return Result(
        "drag", "dragging a card: per mouse-move event (100 % zoom)", "ms",
        moves.median * ms, moves.median_cpu * ms, moves.runs, "<= 8 ms", moves.median * ms <= 8,
        notes=f"95th percentile {moves.p95 * ms:.1f} ms; the drop {drops.median * ms:.0f} ms",
        details={"wall": moves.wall, "cpu": moves.cpu, "drop_wall": drops.wall, "drop_cpu": drops.cpu},
    )


def fit_repaint(c: Canvas, runs: int) -> tuple[Samples, float]:
    """``runs`` synchronous full repaints of the viewport at fit-to-window zoom
    (after one untimed warm-up repaint); (the samples, the zoom)."""
    c.view.zoom_to_fit()
    process()
    c.view.viewport().repaint()  # warm: static text, fonts
    return sample(c.view.viewport().repaint, runs), c.view.zoom()


def repaint(b: Bench) -> Result:
    """A full repaint of the 1400 x 900 viewport at fit-to-window zoom (every card
    visible): ``viewport().repaint()``, synchronous, every item's paint included."""
    c = Canvas(b.journey_map)
    try:
        s, zoom = fit_repaint(c, b.runs(10, 5))
    finally:
        c.close()
    ms = 1000.0
    return Result(
        "repaint", "full repaint at fit-to-window zoom", "ms", s.median * ms, s.median_cpu * ms, s.runs,
        "<= 50 ms", s.median * ms <= 50, notes=f"zoom {zoom * 100:.1f} %, 1400 x 900 viewport",
        details={"wall": s.wall, "cpu": s.cpu, "zoom": zoom},
    )
