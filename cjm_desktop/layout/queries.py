"""Questions asked of a finished layout: which cell, stage or lane is under a
point, the cards of a cell, where a dropped card goes, scores on the emotion
curve. Shared by the canvas's gestures and the exports. No Qt.

Each function takes the :class:`~cjm_desktop.layout.types.MapLayout` first;
the layout has a method of the same name for each.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from ..model import EMOTION_MAX, EMOTION_MIN

if TYPE_CHECKING:
    from .types import CardGeometry, MapLayout


def stage_at(layout: "MapLayout", x: float) -> Optional[str]:
    heads = layout.stage_headers
    return next((sid for sid in layout.stage_order if heads[sid].x <= x < heads[sid].right), None)


def lane_at(layout: "MapLayout", y: float) -> Optional[str]:
    heads = layout.lane_headers
    return next((lid for lid in layout.lane_order if heads[lid].y <= y < heads[lid].bottom), None)


def cell_at(layout: "MapLayout", x: float, y: float) -> Optional[tuple[str, str]]:
    """The (stage_id, lane_id) of the cell under a point, or None."""
    stage, lane = stage_at(layout, x), lane_at(layout, y)
    if stage is None or lane is None:
        return None
    return (stage, lane)


def cards_in_cell(layout: "MapLayout", stage_id: str, lane_id: str) -> list["CardGeometry"]:
    """The cards of one cell, top to bottom (a copy: the index is the layout's;
    a drag asks this on every mouse move)."""
    return list(layout.index().get((stage_id, lane_id), ()))


def insert_index_at(layout: "MapLayout", stage_id: str, lane_id: str, y: float, exclude: frozenset[str] = frozenset()) -> int:
    """Where a card dropped at height ``y`` goes in the cell's stack."""
    stack = layout.index().get((stage_id, lane_id))
    if not stack:
        return 0
    index = 0
    y -= layout.cells[(stage_id, lane_id)].y  # the cards' boxes are relative to their cell
    for g in stack:
        if g.card_id in exclude:
            continue
        if y > g.box.y + g.box.h / 2:
            index += 1
    return index


def drop_indicator_y(layout: "MapLayout", stage_id: str, lane_id: str, index: int, exclude: frozenset[str] = frozenset()) -> float:
    """The y of the line drawn where a dragged card would land."""
    stack = [g for g in layout.index().get((stage_id, lane_id), ()) if g.card_id not in exclude]
    cell = layout.cells[(stage_id, lane_id)]
    st = layout.style
    gap = st.card_gap / 2
    if not stack:
        top = st.feelings_min_height if lane_id in layout.feelings_lanes else st.cell_padding
        return cell.y + top - gap
    if index >= len(stack):
        return cell.y + stack[-1].box.bottom + gap
    return cell.y + stack[index].box.y - gap


def curve_span(layout: "MapLayout", lane_id: str) -> tuple[float, float]:
    """The band of the feelings lane where scores -3..+3 are drawn."""
    r = layout.lane_headers[lane_id]
    st = layout.style
    return (r.y + st.curve_padding, r.y + min(r.h, st.feelings_min_height) - st.curve_padding)


def emotion_score_at(layout: "MapLayout", lane_id: str, y: float) -> int:
    """The score (snapped to the scale) for a point dragged to height ``y``."""
    top, bottom = curve_span(layout, lane_id)
    t = 0.0 if bottom <= top else (y - top) / (bottom - top)
    t = min(1.0, max(0.0, t))
    return round(EMOTION_MAX - t * (EMOTION_MAX - EMOTION_MIN))


def emotion_y(layout: "MapLayout", lane_id: str, score: int) -> float:
    top, bottom = curve_span(layout, lane_id)
    return top + (EMOTION_MAX - score) / (EMOTION_MAX - EMOTION_MIN) * (bottom - top)
