"""Small shapes and texts derived from model values: a card's meta line, a
persona's initials, the smooth curve through emotion points, a connector's
S-curve between two cards. No Qt."""

from __future__ import annotations

from ..model import Card, LaneKind
from .types import ConnectorGeometry, Rect


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


def initials(name: str) -> str:
    words = [w for w in name.split() if w]
    if not words:
        return "?"
    if len(words) == 1:
        return words[0][:2].upper()
    return (words[0][0] + words[-1][0]).upper()


def smooth_segments(points: list[tuple[float, float]]) -> list[tuple[tuple[float, float], ...]]:
    """Catmull-Rom through ``points`` as cubic Bézier segments."""
    segs = []
    n = len(points)
    for i in range(n - 1):
        p0 = points[i - 1] if i > 0 else points[i]
        p1 = points[i]
        p2 = points[i + 1]
        p3 = points[i + 2] if i + 2 < n else points[i + 1]
        c1 = (p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6)
        c2 = (p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6)
        segs.append((p1, c1, c2, p2))
    return segs


def connector_path(connector_id: str, a: Rect, b: Rect, label: str = "") -> ConnectorGeometry:
    """A gentle S-curve from the side of card ``a`` to the facing side of card ``b``."""
    ax, ay = a.center
    bx, by = b.center
    if abs(bx - ax) >= abs(by - ay) * 0.5 and abs(bx - ax) > 1:
        # mostly horizontal: leave from the left/right edge
        sx = a.right if bx > ax else a.x
        ex = b.x if bx > ax else b.right
        dx = (ex - sx) / 2
        start, end = (sx, ay), (ex, by)
        c1, c2 = (sx + dx, ay), (ex - dx, by)
    else:
        sy = a.bottom if by > ay else a.y
        ey = b.y if by > ay else b.bottom
        dy = (ey - sy) / 2
        start, end = (ax, sy), (bx, ey)
        c1, c2 = (ax, sy + dy), (bx, ey - dy)
    return ConnectorGeometry(connector_id, start, c1, c2, end, label)
