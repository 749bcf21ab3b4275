"""Small shapes and texts derived from model values: a card's meta line, a
persona's initials, the smooth curve through emotion points. No Qt."""

from __future__ import annotations

from typing import Optional

from ..model import Card, LaneKind
from ..model.channels import match_channel
from .types import Rect

#: An icon's side before the meta line, in meta-text sizes, and the gap after it.
META_ICON_SCALE = 1.3
META_ICON_GAP = 2.5


def card_meta_text(card: Card, lane_kind: LaneKind) -> str:
    """The small grey line under a card's text: channel, owner, due date ..."""
    parts: list[str] = []
    if card.channel:
        parts.append(card.channel)
    if card.owner:
        parts.append(card.owner)
    if card.due:
        parts.append(card.due.strftime("%d/%m/%Y"))
    if card.measure and lane_kind in (LaneKind.IMPROVEMENTS, LaneKind.KPIS):
        parts.append(card.measure)
    return " · ".join(parts)


def meta_icon(channel: str, meta_size: float) -> tuple[Optional[str], float]:
    """The icon id of a card's channel (None for free text) and the room it takes before the meta line."""
    found = match_channel(channel)
    if found is None:
        return None, 0.0
    return found.id, meta_size * META_ICON_SCALE + META_ICON_GAP


def meta_icon_box(x: float, baseline: float, meta_size: float) -> Rect:
    """The icon's square at ``x``, centred on the meta line's lower-case letters (baseline ``baseline``)."""
    side = meta_size * META_ICON_SCALE
    centre = baseline - meta_size * 0.36
    return Rect(x, round(centre - side / 2, 2), side, side)


def initials(name: str) -> str:
    words = [w for w in name.split() if w]
    if not words:
        return "?"
    if len(words) == 1:
        return words[0][:2].upper()
    return (words[0][0] + words[-1][0]).upper()


def smooth_segments(points: list[tuple[float, float]]) -> list[tuple[tuple[float, float], ...]]:
    """A monotone cubic (Fritsch–Carlson, as in PCHIP) through ``points`` as
    cubic Bézier segments: no value between two points lies beyond them, and
    between two equal points the curve stays level. ``x`` must increase."""
    n = len(points)
    if n < 2:
        return []
    h = [points[i + 1][0] - points[i][0] for i in range(n - 1)]
    d = [(points[i + 1][1] - points[i][1]) / h[i] if h[i] > 0 else 0.0 for i in range(n - 1)]
    m = _monotone_slopes(h, d)
    segs = []
    for i in range(n - 1):
        (x1, y1), (x2, y2) = points[i], points[i + 1]
        third = h[i] / 3
        # the control points' x are a third apart, so x runs linearly along the
        # segment and y is the Hermite cubic of x with slopes m[i], m[i + 1]
        segs.append(((x1, y1), (x1 + third, y1 + m[i] * third), (x2 - third, y2 - m[i + 1] * third), (x2, y2)))
    return segs


def _monotone_slopes(h: list[float], d: list[float]) -> list[float]:
    """Fritsch–Carlson slopes at the points (SciPy's PCHIP): a weighted harmonic
    mean of the neighbouring secants inside, zero at a peak, a valley or a
    level stretch; the three-point estimate, kept within the shape, at the ends."""
    n = len(d) + 1
    if n == 2:
        return [d[0], d[0]]
    m = [0.0] * n
    for k in range(1, n - 1):
        if d[k - 1] * d[k] > 0:
            w1, w2 = 2 * h[k] + h[k - 1], h[k] + 2 * h[k - 1]
            m[k] = (w1 + w2) / (w1 / d[k - 1] + w2 / d[k])
    m[0] = _end_slope(h[0], h[1], d[0], d[1])
    m[-1] = _end_slope(h[-1], h[-2], d[-1], d[-2])
    return m


def _end_slope(h0: float, h1: float, d0: float, d1: float) -> float:
    total = h0 + h1
    m = ((2 * h0 + h1) * d0 - h0 * d1) / total if total > 0 else 0.0
    if m * d0 <= 0:
        return 0.0
    if d0 * d1 < 0 and abs(m) > 3 * abs(d0):
        return 3 * d0
    return m
