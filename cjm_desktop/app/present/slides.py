"""Present mode's slides: where the camera looks for the title, each page of each stage, and the whole map. No Qt.

A stage slide shows the stage's column with the lane titles beside it, big:
the column fills the screen's height when it can; when that would make the
type smaller than :data:`MIN_ZOOM`, the column is shown at that zoom in pages
that break between lanes (the stage header stays pinned on top of each page).
A :class:`Camera` is the scene rectangle a frame shows plus where the pinned
headers sit; :func:`between` gives the frames of a move from one to another.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from ...layout import MapLayout

#: Smallest zoom of a stage page (1.0: the printed size): card titles stay big on a projector.
MIN_ZOOM = 1.25
#: Empty room kept around what a slide shows, as a share of the screen.
MARGIN = 0.03


@dataclass(frozen=True)
class Camera:
    """A frame: ``scale`` device pixels per point, the scene point at the
    screen's top-left, where the lane and stage headers are pinned, and the
    part of the map the slide is about (the rest is veiled)."""

    scale: float
    x: float
    y: float
    pin_left: float = 0.0
    pin_top: float = 0.0
    focus: Optional[tuple[float, float, float, float]] = None


@dataclass(frozen=True)
class Slide:
    """One step of the presentation: ``kind`` is "title", "stage" or "map"."""

    kind: str
    camera: Optional[Camera] = None
    stage_id: str = ""
    page: int = 0
    pages: int = 1


def _fit(x: float, y: float, w: float, h: float, width: float, height: float) -> Camera:
    """The camera that shows the rectangle whole, centred, with a margin."""
    scale = min(width / w, height / h) * (1 - 2 * MARGIN)
    return Camera(scale, x + w / 2 - width / scale / 2, y + h / 2 - height / scale / 2)


def stage_slides(lay: MapLayout, stage_id: str, width: float, height: float, ppp: float) -> list[Slide]:
    """The pages of one stage on a ``width`` x ``height`` pixel screen
    (``ppp``: device pixels per point at zoom 1)."""
    head = lay.stage_headers[stage_id]
    column = lay.style.lane_header_width
    left, top = head.x - column, head.y
    w, h = head.w + column, lay.height - top
    fit = min(width / w, height / h) * (1 - 2 * MARGIN)
    wide = width / w * (1 - 2 * MARGIN)
    scale = max(fit, min(MIN_ZOOM * ppp, wide))
    focus = (left, top, w, h)
    x = left + w / 2 - width / scale / 2
    if fit >= scale:  # the whole column fits
        cam = Camera(scale, x, top + h / 2 - height / scale / 2, left, 0.0, focus)
        return [Slide("stage", cam, stage_id)]
    tops = page_tops(lay, top + head.h, height / scale - head.h)
    cameras = [Camera(scale, x, t - head.h, left, t - head.h if t > top + head.h else 0.0, focus) for t in tops]
    return [Slide("stage", cam, stage_id, i, len(cameras)) for i, cam in enumerate(cameras)]


def page_tops(lay: MapLayout, first: float, room: float) -> list[float]:
    """Where each page of a column starts: at a lane's top, so no lane is cut
    unless it alone is taller than a page (then it goes on in the next)."""
    tops = [first]
    room = max(room, 40.0)
    for lid in lay.lane_order:
        r = lay.lane_headers[lid]
        while r.bottom - tops[-1] > room + 0.5:
            tops.append(r.y if r.y > tops[-1] + 0.5 else tops[-1] + room)
    return tops


def plan(lay: MapLayout, width: float, height: float, ppp: float) -> list[Slide]:
    """Every slide: the title, each stage's pages in order, the whole map."""
    slides = [Slide("title")]
    for sid in lay.stage_order:
        slides.extend(stage_slides(lay, sid, width, height, ppp))
    whole = _fit(0.0, 0.0, lay.width, lay.height, width, height)
    slides.append(Slide("map", whole))
    return slides


def _mix(a: float, b: float, t: float) -> float:
    return a + (b - a) * t


def between(a: Camera, b: Camera, t: float) -> Camera:
    """The frame ``t`` (0..1) of the way from ``a`` to ``b``."""
    focus = b.focus
    if a.focus is not None and b.focus is not None:
        focus = tuple(_mix(p, q, t) for p, q in zip(a.focus, b.focus))
    return Camera(_mix(a.scale, b.scale, t), _mix(a.x, b.x, t), _mix(a.y, b.y, t),
                  _mix(a.pin_left, b.pin_left, t), _mix(a.pin_top, b.pin_top, t), focus)


def slides_move(a: Optional[Camera], b: Optional[Camera]) -> bool:
    """Whether the move from ``a`` to ``b`` slides (same zoom: each frame only
    moves cached cards) rather than cross-fades (title, whole map, a new zoom)."""
    return a is not None and b is not None and abs(a.scale - b.scale) <= 0.01 * b.scale
