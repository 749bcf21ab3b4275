"""The decorations every renderer draws the same way: shapes computed once. No Qt.

:mod:`.geometry` places stages, lanes, cards and text; this module adds the
small things drawn around them, as shapes: the chevron of a stage header, the
markers in a card's badge column (sentiment, status, importance, evidence),
the rounded outline and arrow head of a connector and its label pill, the persona's initials
badge, the emotion points' label halos, and every stroke (colour, width,
dash). The painters of :mod:`cjm_desktop.render` (QPainter for the canvas,
PNG and SVG; reportlab for the PDF) only draw these shapes, so they look alike.

Coordinates are map points, y downwards; card markers are card-relative. The
shape types themselves are in :mod:`.shapes` (and importable from here).
"""

from __future__ import annotations

import functools
import math
from typing import Optional

from ..model import EMOTION_MAX, EMOTION_MIN, Card
from .types import Box, CardGeometry, ConnectorGeometry, MapLayout, Rect
from .shapes import Badge, Caption, CardBody, CardMarker, EmotionScale, Label, Pill, Stroke
from .style import (EVIDENCE_COLOURS, HINT_BADGE_FILL, HINT_BADGE_HEIGHT, HINT_BADGE_SIZE, HINT_BORDER, HINT_FILL,
                    SENTIMENT_COLOURS, STATUS_COLOURS, Style, card_background, text_on)
from .text import text_width
from .words import EVIDENCE_LETTERS, label

CARD_RADIUS = 4.0
CARD_BORDER_WIDTH = 0.6
CHEVRON_DEPTH = 5.0
STAGE_GAP = 2.0
LANE_ACCENT_WIDTH = 5.0
MARKER_RADIUS = 3.6
EVIDENCE_RADIUS = 4.4
EVIDENCE_LETTER_SIZE = 5.6
ARROW_LENGTH = 7.0
ARROW_HALF_WIDTH = 3.4
CONNECTOR_WIDTH = 1.1
CONNECTOR_COLOUR = "#4a5568"
CONNECTOR_LABEL_SIZE = 6.5
CONNECTOR_CORNER_RADIUS = 5.0
#: A quarter circle of radius r as a cubic: its control points at this times r.
BEZIER_QUARTER = 0.5523
CURVE_WIDTH = 2.2
CURVE_HALO_WIDTH = 5.0
POINT_RADIUS = 4.2
POINT_LABEL_SIZE = 6.8
SCALE_LABEL_SIZE = 6.5
PERSONA_STRIP_FILL = "#f7f8fb"
#: What a picture's box shows around a picture that does not fill it (cards, stage headers).
PICTURE_GROUND = "#eef0f3"
IMPORTANCE_LEVEL = {"low": 1, "medium": 2, "high": 3}
IMPORTANCE_COLOUR = "#1d2430"
IMPORTANCE_OFF = "#d5dae1"
MARKER_RING_WIDTH = 1.3
WHITE = "#ffffff"


def card_markers(card: Card, geom: CardGeometry, language: str = "vi", padding: float = 7.0) -> list[CardMarker]:
    """The badge-column markers of one card, top to bottom, evidence at the bottom."""
    w, h = geom.box.w, geom.box.h
    cx = w - padding - MARKER_RADIUS
    y = padding + MARKER_RADIUS
    out: list[CardMarker] = []
    if card.sentiment:
        symbol = {"positive": "plus", "negative": "minus"}.get(card.sentiment, "dot")
        out.append(CardMarker("sentiment", cx, y, MARKER_RADIUS, SENTIMENT_COLOURS[card.sentiment], symbol))
        y += 2 * MARKER_RADIUS + 3
    if card.status:
        symbol = {"todo": "ring", "doing": "half", "done": "check", "dropped": "cross"}[card.status]
        out.append(CardMarker("status", cx, y, MARKER_RADIUS, STATUS_COLOURS[card.status], symbol))
        y += 2 * MARKER_RADIUS + 3
    if card.importance:
        bottom = y - MARKER_RADIUS + 6.0
        out.append(CardMarker("importance", cx - MARKER_RADIUS, bottom, MARKER_RADIUS, IMPORTANCE_COLOUR,
                              "bars", IMPORTANCE_LEVEL[card.importance]))
        y = bottom + 3 + MARKER_RADIUS
    if card.evidence:
        letters = EVIDENCE_LETTERS.get(language, EVIDENCE_LETTERS["en"])
        ey = max(h - padding - EVIDENCE_RADIUS + 2, y + 1)
        out.append(CardMarker("evidence", w - padding - EVIDENCE_RADIUS + 0.8, ey, EVIDENCE_RADIUS,
                              EVIDENCE_COLOURS[card.evidence], letters[card.evidence]))
    return out


def legend_sample(marker: CardMarker) -> CardMarker:
    """A card marker as the legend shows it, centred on its sample's origin (the
    importance bars are drawn from their own corner, so they are moved to centre)."""
    if marker.kind == "importance":
        return CardMarker("importance", -3.8, 2.7, marker.radius, marker.colour, "bars", marker.level)
    return marker


def importance_bars(marker: CardMarker) -> list[tuple[Rect, bool]]:
    """Three rising bars (rect, filled) for an importance marker."""
    bars = []
    bw, gap = 1.8, 0.9
    for i in range(3):
        bh = 2.2 + 1.6 * i
        bars.append((Rect(marker.x + i * (bw + gap), marker.y - bh, bw, bh), i < marker.level))
    return bars


def ring_radius(marker: CardMarker) -> float:
    """The radius of a status ring's stroke centre line (its outer edge is the marker's)."""
    return marker.radius - MARKER_RING_WIDTH / 2


def half_disc_radius(marker: CardMarker) -> float:
    """The white half disc on a "doing" status marker."""
    return marker.radius * 0.55


def evidence_letter(marker: CardMarker) -> Label:
    """The white letter on an evidence badge, card-relative like the marker."""
    return Label(marker.symbol, marker.x, marker.y + EVIDENCE_LETTER_SIZE * 0.36, EVIDENCE_LETTER_SIZE, True, WHITE)


def marker_symbol_lines(marker: CardMarker) -> list[tuple[float, float, float, float]]:
    """Short white strokes drawn on a sentiment or status disc (absolute to the marker)."""
    x, y, r = marker.x, marker.y, marker.radius * 0.55
    s = marker.symbol
    if s == "plus":
        return [(x - r, y, x + r, y), (x, y - r, x, y + r)]
    if s == "minus":
        return [(x - r, y, x + r, y)]
    if s == "check":
        return [(x - r, y, x - r * 0.25, y + r * 0.75), (x - r * 0.25, y + r * 0.75, x + r, y - r * 0.7)]
    if s == "cross":
        return [(x - r * 0.8, y - r * 0.8, x + r * 0.8, y + r * 0.8), (x - r * 0.8, y + r * 0.8, x + r * 0.8, y - r * 0.8)]
    return []


def chevron(rect: Rect, first: bool, depth: float = CHEVRON_DEPTH, gap: float = STAGE_GAP) -> list[tuple[float, float]]:
    """A stage header as an arrow pointing right; the first one has a square left end."""
    x0, x1 = rect.x + (0 if first else gap / 2), rect.right - gap / 2
    y0, y1, ym = rect.y, rect.bottom, rect.y + rect.h / 2
    pts = [(x0, y0), (x1, y0), (x1 + depth, ym), (x1, y1), (x0, y1)]
    if not first:
        pts.append((x0 + depth, ym))
    return pts


def arrow_head(conn: ConnectorGeometry) -> tuple[tuple[float, float], ...]:
    """The triangle at a connector's end, pointing along its last segment into the card."""
    c = conn.coords  # (not conn.points: this runs for every connector a frame re-shapes, twice)
    ex, ey = c[-2], c[-1]
    px, py = (c[-4], c[-3]) if len(c) > 2 else (c[0], c[1])
    tx, ty = ex - px, ey - py
    n = math.hypot(tx, ty)
    ux, uy = (tx / n, ty / n) if n > 1e-6 else (1.0, 0.0)
    bx, by = ex - ux * ARROW_LENGTH, ey - uy * ARROW_LENGTH
    return ((ex, ey), (bx - uy * ARROW_HALF_WIDTH, by + ux * ARROW_HALF_WIDTH),
            (bx + uy * ARROW_HALF_WIDTH, by - ux * ARROW_HALF_WIDTH))


def connector_shaft_end(conn: ConnectorGeometry, head: Optional[tuple] = None) -> tuple[float, float]:
    """Where the stroked line stops so its round end does not poke through the arrow
    tip (``head``: its :func:`arrow_head`, when the caller has it)."""
    tip, b1, b2 = head or arrow_head(conn)
    return ((b1[0] + b2[0]) / 2 * 0.6 + tip[0] * 0.4, (b1[1] + b2[1]) / 2 * 0.6 + tip[1] * 0.4)


def connector_outline(conn: ConnectorGeometry, head: Optional[tuple] = None) -> list[tuple]:
    """The stroked line of a connector as drawing steps, the same for every
    painter: ``("M", p)``, then ``("L", p)`` straight runs and ``("C", c1, c2, p)``
    rounded corners (a quarter circle as a cubic), ending at the shaft end.

    (Written out flat, each run's length taken once: the canvas builds the outline
    of every connector a lane step re-shapes on screen, dozens in one frame; ``head``:
    its :func:`arrow_head`, when the caller has it.)"""
    c = conn.coords
    pts = list(zip(c[0::2], c[1::2]))
    shaft = connector_shaft_end(conn, head)
    dist = math.dist
    if len(pts) > 2 and dist(pts[-2], pts[-1]) <= dist(shaft, pts[-1]):
        # the arrow head covers the whole last run: the line ends at the corner before
        # it, which lies under the head too, so the run to that corner stays straight
        pts.pop()
    else:  # on the last run exactly (the head's arithmetic leaves a hair across it)
        (px, py), (ex, ey) = pts[-2], pts[-1]
        pts[-1] = (shaft[0], ey) if py == ey else (ex, shaft[1]) if px == ex else shaft
    ops: list[tuple] = [("M", pts[0])]
    radius, quarter = CONNECTOR_CORNER_RADIUS, BEZIER_QUARTER
    d1 = dist(pts[0], pts[1]) if len(pts) > 2 else 0.0
    for i in range(1, len(pts) - 1):
        (x0, y0), p, (x2, y2) = pts[i - 1], pts[i], pts[i + 1]
        d0, d1 = d1, dist(p, pts[i + 1])
        r = min(radius, d0 / 2, d1 / 2)
        if r < 0.05:
            ops.append(("L", p))
            continue
        x, y = p
        n0, n1 = d0 or 1.0, d1 or 1.0  # a run of no length: its direction is (0, 0)
        ux, uy, vx, vy = (x - x0) / n0, (y - y0) / n0, (x2 - x) / n1, (y2 - y) / n1
        ax, ay, bx, by = x - ux * r, y - uy * r, x + vx * r, y + vy * r
        k = r * quarter
        ops.append(("L", (ax, ay)))
        ops.append(("C", (ax + ux * k, ay + uy * k), (bx - vx * k, by - vy * k), (bx, by)))
    ops.append(("L", pts[-1]))
    return ops


def bezier_point(p0, c1, c2, p3, t: float) -> tuple[float, float]:
    u = 1 - t
    return (
        u ** 3 * p0[0] + 3 * u * u * t * c1[0] + 3 * u * t * t * c2[0] + t ** 3 * p3[0],
        u ** 3 * p0[1] + 3 * u * u * t * c1[1] + 3 * u * t * t * c2[1] + t ** 3 * p3[1],
    )


def connector_label_point(conn: ConnectorGeometry) -> tuple[float, float]:
    """Where routing put the label (between two lanes), else the middle of the longest run."""
    if conn.label_at is not None:
        return conn.label_at
    pts = conn.points
    best = max(zip(pts, pts[1:]), key=lambda s: math.dist(*s), default=(pts[0], pts[-1]))
    return ((best[0][0] + best[1][0]) / 2, (best[0][1] + best[1][1]) / 2)


def emotion_scale(layout: MapLayout) -> Optional[EmotionScale]:
    if not layout.feelings_lanes:
        return None
    lane_id = layout.feelings_lanes[0]
    header = layout.lane_headers[lane_id]
    ticks = tuple((s, layout.emotion_y(lane_id, s)) for s in range(EMOTION_MAX, EMOTION_MIN - 1, -1))
    return EmotionScale(lane_id, ticks, layout.emotion_y(lane_id, 0), header.right, layout.width, header.right - 5)


def scale_label(score: int) -> str:
    return f"+{score}" if score > 0 else ("0" if score == 0 else f"\u2013{-score}")


def scale_captions(scale: EmotionScale) -> list[Caption]:
    """The scale's +3..-3 labels, right-aligned inside the lane header, centred on their lines."""
    size = SCALE_LABEL_SIZE
    return [Caption(scale_label(score), scale.label_x, y + size * 0.35, size, False, "right")
            for score, y in scale.ticks]


def point_label_offsets(layout: MapLayout) -> list[list[float]]:
    """Baseline offset (from the point's y) of every emotion point's label,
    ``offsets[curve_index][point_index]``.

    A label goes on the side away from the nearest other persona's point at the
    same stage, so two curves meeting there do not write over each other; a
    point alone has its label above, except at the top of the scale.
    """
    above = -(POINT_RADIUS + 3.5)
    below = POINT_RADIUS + POINT_LABEL_SIZE + 1.5
    by_stage: dict[str, list[tuple[int, float]]] = {}
    for ci, curve in enumerate(layout.curves):
        for pt in curve.points:
            by_stage.setdefault(pt.stage_id, []).append((ci, pt.y))
    out: list[list[float]] = []
    for ci, curve in enumerate(layout.curves):
        row = []
        for pt in curve.points:
            others = [(abs(y - pt.y), y, cj) for cj, y in by_stage[pt.stage_id] if cj != ci]
            if not others:
                up = pt.score < EMOTION_MAX
            else:
                _, y, cj = min(others)
                if abs(y - pt.y) < 1e-6:
                    up = ci < cj
                else:
                    up = pt.y < y  # the other point is lower: write above
            row.append(above if up else below)
        out.append(row)
    return out

STRIP_TITLE_SIZE = 9.0
CORNER_LABEL_SIZE = 8.0
CAPTION_ON_DARK = "#c5cedb"


def map_captions(layout: MapLayout, language: str = "vi") -> list[Caption]:
    """The persona strip's title and the corner's "Stages / Lanes" words."""
    out = []
    strip = layout.persona_strip
    if strip.h > 0 and layout.personas:
        out.append(Caption(label("personas", language), 14, strip.y + strip.h / 2 - 3, STRIP_TITLE_SIZE, True))
    k = layout.corner
    out.append(Caption(label("stages", language), k.right - 10, k.y + 8 + CORNER_LABEL_SIZE, CORNER_LABEL_SIZE, True, "right", True))
    out.append(Caption(label("lanes", language), k.x + 14, k.bottom - 9, CORNER_LABEL_SIZE, True, "left", True))
    return out


def corner_diagonal(layout: MapLayout) -> tuple[float, float, float, float]:
    k = layout.corner
    return (k.x, k.y, k.right, k.bottom)


# -- strokes, pills and badges, drawn by the painters as they are ----------------------------


GRID_WIDTH = 0.6
CORNER_DIAGONAL = Stroke("#4a5a6e", 0.6)
POINT_RING = Stroke(WHITE, 1.4)
MARKER_SYMBOL = Stroke(WHITE, 1.0)
CONNECTOR_LABEL_STROKE = Stroke(CONNECTOR_COLOUR, 0.5)


def card_body(g: CardGeometry, style: Style, border: Optional[str] = None) -> CardBody:
    """``border`` replaces the border colour (the canvas's hover). A hint is
    off-white with a dashed grey outline, so it never reads as a finding."""
    if g.content.hint:
        return CardBody(HINT_FILL, Stroke(border or HINT_BORDER, 0.9, (3.0, 2.0), "flat"), CARD_RADIUS,
                        style.card_stripe, g.accent)
    return CardBody(card_background(g.fill, style.card_fill), card_border(style, border), CARD_RADIUS,
                    style.card_stripe, g.accent)


def hint_badge(g: CardGeometry, style: Style, language: str = "vi", dx: float = 0.0, dy: float = 0.0) -> Optional[Pill]:
    """The small "hint" / "gợi ý" pill above a hint's title (card-relative, offset by dx, dy)."""
    if not g.content.hint:
        return None
    word = label("hint", language)
    size = HINT_BADGE_SIZE
    w = text_width(word, True, size) + 8
    x, y = dx + style.card_stripe + style.card_padding, dy + style.card_padding - 2
    return Pill(Rect(x, y, w, HINT_BADGE_HEIGHT), HINT_BADGE_HEIGHT / 2, HINT_BADGE_FILL, None,
                Label(word, x + w / 2, y + HINT_BADGE_HEIGHT / 2 + size * 0.35, size, True, style.muted_text))


def grid_stroke(style: Style) -> Stroke:
    """The lines between cells and below the persona strip."""
    return Stroke(style.grid_line, GRID_WIDTH)


def card_border(style: Style, colour: Optional[str] = None) -> Stroke:
    return Stroke(colour or style.card_border, CARD_BORDER_WIDTH)


def connector_stroke(colour: str = CONNECTOR_COLOUR) -> Stroke:
    return Stroke(colour, CONNECTOR_WIDTH)


def scale_strokes(style: Style) -> tuple[Stroke, Stroke]:
    """The emotion scale's dotted score lines and its dashed zero line."""
    return (Stroke(style.grid_line, 0.4, (1.0, 2.5), "flat"), Stroke("#9aa3b2", 0.9, (4.0, 3.0), "flat"))


def curve_strokes(colour: str) -> tuple[Stroke, Stroke]:
    """An emotion curve: a white halo under the line in the persona's colour."""
    return (Stroke(WHITE, CURVE_HALO_WIDTH), Stroke(colour, CURVE_WIDTH))


def connector_label_pill(conn: ConnectorGeometry) -> Optional[Pill]:
    """The white pill with a connector's label, at the middle of its curve."""
    if not conn.label:
        return None
    size = CONNECTOR_LABEL_SIZE
    x, y = connector_label_point(conn)
    w, h = connector_label_size(conn.label)
    return Pill(Rect(x - w / 2, y - h / 2, w, h), h / 2, WHITE, CONNECTOR_LABEL_STROKE,
                Label(conn.label, x, y + size * 0.35, size, False, CONNECTOR_COLOUR))


def label_reach(box: Box, label: str) -> Box:
    """``box`` (left, top, right, bottom) around a connector's line, grown by the
    pill of its ``label`` (centred on the line) when it has one."""
    if not label:
        return box
    half = connector_label_size(label)[0] / 2
    return box[0] - half, box[1] - CONNECTOR_LABEL_SIZE, box[2] + half, box[3] + CONNECTOR_LABEL_SIZE


@functools.lru_cache(maxsize=4096)
def connector_label_size(label: str) -> tuple[float, float]:
    """(width, height) of the pill of a connector labelled ``label`` (remembered:
    a lane step moves the pills of hundreds of routes, few labels among them)."""
    return text_width(label, False, CONNECTOR_LABEL_SIZE) + 6, CONNECTOR_LABEL_SIZE + 4


def point_label_halos(curve, offsets: Optional[list[float]], style: Style) -> list[Pill]:
    """The labels of a curve's points on white halos; ``offsets`` is the curve's
    row of :func:`point_label_offsets` (labels above the points when None)."""
    size = POINT_LABEL_SIZE
    offsets = offsets or [-(POINT_RADIUS + 3.5)] * len(curve.points)
    out = []
    for pt, off in zip(curve.points, offsets):
        if not pt.label:
            continue
        w = text_width(pt.label, True, size)
        out.append(Pill(Rect(pt.x - w / 2 - 1.5, pt.y + off - size * 0.95, w + 3, size * 1.25), 0.0, WHITE, None,
                        Label(pt.label, pt.x, pt.y + off, size, True, style.text)))
    return out


def persona_badge(g) -> Badge:
    """A persona's coloured circle with its initials (a portrait, where the canvas has one, covers them)."""
    r = g.circle.w / 2
    cx, cy = g.circle.center
    size = r * 0.72
    return Badge(cx, cy, r, g.colour, Stroke(WHITE, 2.0),
                 Label(g.initials, cx, cy + size * 0.36, size, True, text_on(g.colour)))
