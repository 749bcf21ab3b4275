"""Present mode on the benchmark map: each frame of a move from one stage to
the next (the camera set, the 1920 x 1080 view repainted in full), and the
cross-fade to the whole map (its two snapshots once, then each frame)."""

from __future__ import annotations

import gc

from .common import Bench, Canvas, process
from .timing import Result, Samples, Stopwatch

SIZE = (1920, 1080)


def _presenter(c: Canvas):
    from cjm_desktop.app.present.present_window import PresentWindow

    p = PresentWindow(c.scene, c.view)
    p.start(full_screen=False)
    p.setWindowModality(p.windowModality().NonModal)
    p.resize(*SIZE)
    process()
    p.replan()
    return p


def stage_moves(p, moves: int, frames: int) -> Samples:
    """``moves`` moves from the first page of one stage to the next stage's,
    ``frames`` frames each: per frame, the camera moved and a synchronous repaint."""
    firsts = [i for i, s in enumerate(p.slides) if s.kind == "stage" and s.page == 0]
    out = Samples()
    for a, b in list(zip(firsts, firsts[1:]))[:moves]:
        p.show_slide(a)
        p.view.viewport().repaint()  # arrive (untimed): the cards of this stage in their caches
        p.slide_between(a, b)
        gc.collect()
        for k in range(1, frames + 1):
            with Stopwatch() as sw:
                p.frame(k / frames)
                p.view.viewport().repaint()
            out.add(sw.wall, sw.cpu)
        p.show_slide(b)
    return out


def fade_to_map(p, frames: int) -> tuple[float, Samples]:
    """The move from the last stage to the whole map: (its set-up in ms: the two
    snapshots, the new frame painted once; the per-frame samples of the fade)."""
    p.show_slide(len(p.slides) - 2)
    process()
    p.animation.setDuration(60_000)  # frames are driven here, not by the clock
    with Stopwatch() as setup:
        p.go(len(p.slides) - 1)
    out = Samples()
    for k in range(1, frames + 1):
        with Stopwatch() as sw:
            p.frame(k / frames)
            p.fade.repaint()
        out.add(sw.wall, sw.cpu)
    p.animation.stop()
    return setup.wall * 1000.0, out


def present(b: Bench) -> Result:
    """Per frame while moving between stages in Present mode (1920 x 1080)."""
    c = Canvas(b.journey_map)
    p = _presenter(c)
    try:
        moves = stage_moves(p, b.runs(8, 3), b.runs(25, 12))
        fade_setup, fades = fade_to_map(p, b.runs(25, 12))
        stage = p.slides[1]
        zoom = stage.camera.scale / p.view.pixels_per_point() * 100
    finally:
        p.close()
        process()
        c.close()
    ms = 1000.0
    return Result(
        "present", "present: per frame moving between stages (1920 x 1080)", "ms", moves.median * ms,
        moves.median_cpu * ms, moves.runs, "<= 16 ms", moves.p95 * ms <= 16,
        notes=(f"95th percentile {moves.p95 * ms:.1f} ms, worst {moves.worst * ms:.1f} ms; "
               f"zoom {zoom:.0f} %, {stage.pages} pages a stage; "
               f"fade to the whole map: set-up {fade_setup:.0f} ms, then {fades.median * ms:.1f} ms a frame"),
        details={"wall": moves.wall, "cpu": moves.cpu, "fade_setup_ms": fade_setup, "fade_wall": fades.wall},
    )
