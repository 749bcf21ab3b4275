"""Pure geometry: model + style -> rectangles, text lines and curves. No Qt.

The canvas and every export draw from a :class:`MapLayout`; neither measures
text or computes positions of its own. Coordinates are points, origin at the
top-left of the map, y growing downwards (the PDF renderer flips).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from ..model import EMOTION_MAX, EMOTION_MIN, Card, JourneyMap, Lane, LaneKind
from .style import DEFAULT_STYLE, Style
from .text import elide, wrap_text


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def center(self) -> tuple[float, float]:
        return (self.x + self.w / 2, self.y + self.h / 2)

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x < self.right and self.y <= y < self.bottom

    def moved(self, dx: float, dy: float) -> "Rect":
        return Rect(self.x + dx, self.y + dy, self.w, self.h)


@dataclass(frozen=True)
class TextLine:
    """One line of text; ``x``/``y`` are the left end of its baseline, card-relative
    for :class:`CardGeometry`, absolute elsewhere. ``role`` names the colour."""

    text: str
    x: float
    y: float
    size: float
    bold: bool = False
    role: str = "text"  # text | muted | header


@dataclass(frozen=True)
class CardContent:
    """What a card shows, measured; independent of where the card sits."""

    height: float
    lines: tuple[TextLine, ...]
    overflow: bool  # some text did not fit and is continued in the PDF appendix


@dataclass(frozen=True)
class CardGeometry:
    card_id: str
    stage_id: str
    lane_id: str
    rect: Rect
    content: CardContent
    fill: str
    accent: str


@dataclass(frozen=True)
class CurvePoint:
    persona_id: str
    stage_id: str
    score: int
    label: str
    x: float
    y: float


@dataclass(frozen=True)
class Curve:
    persona_id: str
    colour: str
    points: tuple[CurvePoint, ...]
    #: Cubic Bézier segments ((x0, y0), (c1x, c1y), (c2x, c2y), (x3, y3)) through the points.
    segments: tuple[tuple[tuple[float, float], ...], ...]


@dataclass(frozen=True)
class ConnectorGeometry:
    connector_id: str
    start: tuple[float, float]
    c1: tuple[float, float]
    c2: tuple[float, float]
    end: tuple[float, float]
    label: str


@dataclass(frozen=True)
class PersonaGeometry:
    persona_id: str
    circle: Rect
    name_lines: tuple[TextLine, ...]
    initials: str
    colour: str


@dataclass
class MapLayout:
    """Everything a renderer needs. ``width``/``height`` bound the whole map."""

    style: Style
    width: float
    height: float
    persona_strip: Rect
    corner: Rect
    stage_headers: dict[str, Rect] = field(default_factory=dict)
    stage_header_lines: dict[str, tuple[TextLine, ...]] = field(default_factory=dict)
    lane_headers: dict[str, Rect] = field(default_factory=dict)
    lane_header_lines: dict[str, tuple[TextLine, ...]] = field(default_factory=dict)
    cells: dict[tuple[str, str], Rect] = field(default_factory=dict)
    cards: dict[str, CardGeometry] = field(default_factory=dict)
    curves: list[Curve] = field(default_factory=list)
    connectors: list[ConnectorGeometry] = field(default_factory=list)
    personas: list[PersonaGeometry] = field(default_factory=list)
    stage_order: list[str] = field(default_factory=list)
    lane_order: list[str] = field(default_factory=list)
    collapsed_lanes: set[str] = field(default_factory=set)
    feelings_lanes: list[str] = field(default_factory=list)
    _cell_index: Optional[dict] = field(default=None, init=False, repr=False, compare=False)
    _cell_index_size: int = field(default=-1, init=False, repr=False, compare=False)

    # -- hit testing, shared by the canvas's drag and drop ------------------
    def cell_at(self, x: float, y: float) -> Optional[tuple[str, str]]:
        """The (stage_id, lane_id) of the cell under a point, or None."""
        stage = next((sid for sid in self.stage_order if self.stage_headers[sid].x <= x < self.stage_headers[sid].right), None)
        lane = next((lid for lid in self.lane_order if self.lane_headers[lid].y <= y < self.lane_headers[lid].bottom), None)
        if stage is None or lane is None:
            return None
        return (stage, lane)

    def stage_at(self, x: float) -> Optional[str]:
        return next((sid for sid in self.stage_order if self.stage_headers[sid].x <= x < self.stage_headers[sid].right), None)

    def lane_at(self, y: float) -> Optional[str]:
        return next((lid for lid in self.lane_order if self.lane_headers[lid].y <= y < self.lane_headers[lid].bottom), None)

    def cards_in_cell(self, stage_id: str, lane_id: str) -> list[CardGeometry]:
        """The cards of one cell, top to bottom (indexed once per layout: a drag
        asks this on every mouse move)."""
        return list(self._cell_index_of().get((stage_id, lane_id), ()))

    def _cell_index_of(self) -> dict[tuple[str, str], list[CardGeometry]]:
        """(stage_id, lane_id) -> the cell's cards top to bottom; built once, not to be mutated."""
        index = self._cell_index
        if index is None or self._cell_index_size != len(self.cards):
            index = {}
            for g in self.cards.values():
                index.setdefault((g.stage_id, g.lane_id), []).append(g)
            for stack in index.values():
                stack.sort(key=lambda g: g.rect.y)
            self._cell_index, self._cell_index_size = index, len(self.cards)
        return index

    def _set_cell_index(self, index: dict[tuple[str, str], list[CardGeometry]]) -> None:
        """Hand over an index built along with the cards (see layout/incremental.py)."""
        self._cell_index, self._cell_index_size = index, len(self.cards)

    def insert_index_at(self, stage_id: str, lane_id: str, y: float, exclude: frozenset[str] = frozenset()) -> int:
        """Where a card dropped at height ``y`` goes in the cell's stack."""
        index = 0
        for g in self.cards_in_cell(stage_id, lane_id):
            if g.card_id in exclude:
                continue
            if y > g.rect.y + g.rect.h / 2:
                index += 1
        return index

    def drop_indicator_y(self, stage_id: str, lane_id: str, index: int, exclude: frozenset[str] = frozenset()) -> float:
        """The y of the line drawn where a dragged card would land."""
        stack = [g for g in self.cards_in_cell(stage_id, lane_id) if g.card_id not in exclude]
        cell = self.cells[(stage_id, lane_id)]
        gap = self.style.card_gap / 2
        if not stack:
            top = self.style.feelings_min_height if lane_id in self.feelings_lanes else self.style.cell_padding
            return cell.y + top - gap
        if index >= len(stack):
            return stack[-1].rect.bottom + gap
        return stack[index].rect.y - gap

    def emotion_score_at(self, lane_id: str, y: float) -> int:
        """The score (snapped to the scale) for a point dragged to height ``y``."""
        top, bottom = self._curve_span(lane_id)
        t = 0.0 if bottom <= top else (y - top) / (bottom - top)
        t = min(1.0, max(0.0, t))
        return round(EMOTION_MAX - t * (EMOTION_MAX - EMOTION_MIN))

    def emotion_y(self, lane_id: str, score: int) -> float:
        top, bottom = self._curve_span(lane_id)
        return top + (EMOTION_MAX - score) / (EMOTION_MAX - EMOTION_MIN) * (bottom - top)

    def _curve_span(self, lane_id: str) -> tuple[float, float]:
        """The band of the feelings lane where scores -3..+3 are drawn."""
        r = self.lane_headers[lane_id]
        pad = self.style.curve_padding
        return (r.y + pad, r.y + min(r.h, self.style.feelings_min_height) - pad)


class LayoutEngine:
    """Computes :class:`MapLayout` objects, caching card text measurement.

    Keep one engine per document: moving a card or reordering stages re-uses
    every measured card, so re-layout of a 5,000-card map stays cheap.
    """

    def __init__(self, style: Style = DEFAULT_STYLE) -> None:
        self.style = style
        self._content_cache: dict[tuple, CardContent] = {}

    # -- cards ---------------------------------------------------------------
    def card_content(self, card: Card, width: float, lane_kind: LaneKind) -> CardContent:
        key = (
            width, lane_kind, card.title, card.body, card.channel, card.owner, card.due,
            card.measure, card.status, card.sentiment, card.importance, card.evidence,
        )
        cached = self._content_cache.get(key)
        if cached is None:
            if len(self._content_cache) > 100_000:
                self._content_cache.clear()
            cached = self._measure_card(card, width, lane_kind)
            self._content_cache[key] = cached
        return cached

    def _measure_card(self, card: Card, width: float, lane_kind: LaneKind) -> CardContent:
        st = self.style
        inner_left = st.card_padding + st.card_stripe
        inner_w = max(10.0, width - inner_left - st.card_padding - 10)  # 10: badge room
        lines: list[TextLine] = []
        y = st.card_padding
        overflow = False

        def add(block: list[str], size: float, bold: bool, role: str, limit: int) -> None:
            nonlocal y, overflow
            if len(block) > limit:
                overflow = True
                block = block[: limit - 1] + [elide(block[limit - 1], bold, size, inner_w)]
            lh = st.line_height(size)
            for text in block:
                y += lh
                lines.append(TextLine(text, inner_left, y - lh * 0.25, size, bold, role))

        title = wrap_text(card.title, True, st.title_size, inner_w)
        body = wrap_text(card.body, False, st.body_size, inner_w)
        add(title, st.title_size, True, "text", st.max_title_lines)
        if title and body:
            y += 2
        add(body, st.body_size, False, "text", st.max_body_lines)
        meta = card_meta_text(card, lane_kind)
        if meta:
            y += 2
            add(wrap_text(meta, False, st.meta_size, inner_w), st.meta_size, False, "muted", 2)
        height = max(st.card_min_height, y + st.card_padding)
        return CardContent(height=height, lines=tuple(lines), overflow=overflow)

    # -- whole map -------------------------------------------------------------
    def layout(self, m: JourneyMap) -> MapLayout:
        st = self.style
        x0 = st.lane_header_width
        y_stage = st.persona_strip_height if m.personas else 0.0
        y0 = y_stage + st.stage_header_height

        # stage columns
        stage_x: dict[str, tuple[float, float]] = {}
        x = x0
        for s in m.stages:
            stage_x[s.id] = (x, s.width)
            x += s.width
        total_w = max(x, x0 + 200)

        # cards per cell, measured
        by_cell: dict[tuple[str, str], list[Card]] = {}
        for c in m.cards:
            by_cell.setdefault((c.stage_id, c.lane_id), []).append(c)
        for stack in by_cell.values():
            stack.sort(key=lambda c: c.order)
        lanes_by_id = {lane.id: lane for lane in m.lanes}
        measured: dict[tuple[str, str], list[tuple[Card, CardContent]]] = {}
        for (sid, lid), stack in by_cell.items():
            lane = lanes_by_id[lid]
            if lane.collapsed:
                continue
            card_w = stage_x[sid][1] - 2 * st.cell_padding
            measured[(sid, lid)] = [(c, self.card_content(c, card_w, lane.kind)) for c in stack]

        # lane rows
        lane_y: dict[str, tuple[float, float]] = {}
        y = y0
        for lane in m.lanes:
            h = self._lane_height(lane, m, measured)
            lane_y[lane.id] = (y, h)
            y += h
        total_h = max(y, y0 + 100)

        out = MapLayout(
            style=st,
            width=total_w,
            height=total_h,
            persona_strip=Rect(0, 0, total_w, y_stage),
            corner=Rect(0, y_stage, x0, st.stage_header_height),
            stage_order=[s.id for s in m.stages],
            lane_order=[lane.id for lane in m.lanes],
            collapsed_lanes={lane.id for lane in m.lanes if lane.collapsed},
            feelings_lanes=[lane.id for lane in m.lanes if lane.kind == LaneKind.FEELINGS and not lane.collapsed],
        )
        for s in m.stages:
            sx, sw = stage_x[s.id]
            r = Rect(sx, y_stage, sw, st.stage_header_height)
            out.stage_headers[s.id] = r
            out.stage_header_lines[s.id] = self._header_lines(s.title, s.description, r)
        for lane in m.lanes:
            ly, lh = lane_y[lane.id]
            r = Rect(0, ly, x0, lh)
            out.lane_headers[lane.id] = r
            out.lane_header_lines[lane.id] = self._lane_lines(lane, r)
            for s in m.stages:
                sx, sw = stage_x[s.id]
                out.cells[(s.id, lane.id)] = Rect(sx, ly, sw, lh)

        index = {}
        for (sid, lid), stack in measured.items():
            lane = lanes_by_id[lid]
            sx, sw = stage_x[sid]
            placed = index[(sid, lid)] = self._place_stack(stack, sid, lane, sx, sw, lane_y[lid][0])
            for g in placed:
                out.cards[g.card_id] = g
        out._set_cell_index(index)

        self._layout_personas(m, out)
        self._layout_curves(m, out, stage_x)
        self._layout_connectors(m, out)
        return out

    def _place_stack(
        self, stack: list[tuple[Card, CardContent]], stage_id: str, lane: Lane, sx: float, sw: float, lane_top: float
    ) -> list[CardGeometry]:
        """The cards of one cell, measured and in order, placed top to bottom."""
        st = self.style
        _fill, accent = st.lane_colours.get(lane.kind, st.lane_colours[LaneKind.CUSTOM])
        out = []
        cy = lane_top + self._cards_top(lane)
        for card, content in stack:
            rect = Rect(sx + st.cell_padding, cy, sw - 2 * st.cell_padding, content.height)
            out.append(CardGeometry(card.id, stage_id, lane.id, rect, content, card.colour or st.card_fill, accent))
            cy += content.height + st.card_gap
        return out

    def stack_height(self, contents: list[CardContent]) -> float:
        """The height of a cell's cards stacked with their gaps."""
        return sum(c.height for c in contents) + self.style.card_gap * (len(contents) - 1)

    def relayout_cards(self, m: JourneyMap, previous: MapLayout, card_ids) -> tuple[MapLayout, Optional[frozenset[str]]]:
        """The layout after a few cards changed: only their cells are stacked again
        (see :func:`cjm_desktop.layout.incremental.relayout_cards`)."""
        from .incremental import relayout_cards

        return relayout_cards(self, m, previous, card_ids)

    def relayout_connectors(self, m: JourneyMap, previous: MapLayout, connector_ids) -> tuple[MapLayout, Optional[frozenset[str]]]:
        """The layout after a few connectors changed (see layout/incremental.py)."""
        from .incremental import relayout_connectors

        return relayout_connectors(self, m, previous, connector_ids)

    def relayout_emotions(self, m: JourneyMap, previous: MapLayout, persona_ids) -> tuple[MapLayout, Optional[frozenset[str]]]:
        """The layout after emotion points changed (see layout/incremental.py)."""
        from .incremental import relayout_emotions

        return relayout_emotions(self, m, previous, persona_ids)

    def _lane_height(self, lane: Lane, m: JourneyMap, measured) -> float:
        st = self.style
        if lane.collapsed:
            return st.collapsed_lane_height
        need = lane.height
        if lane.kind == LaneKind.FEELINGS:
            need = max(need, st.feelings_min_height)
        top = self._cards_top(lane)
        for s in m.stages:
            stack = measured.get((s.id, lane.id))
            if stack:
                need = max(need, top + self.stack_height([c for _, c in stack]) + st.cell_padding)
        return need

    def _cards_top(self, lane: Lane) -> float:
        """Where the first card of a cell starts, below the lane's top edge.

        In a feelings lane the emotion curve owns a band at the top and the
        cards stack under it, so they never hide the curve."""
        if lane.kind == LaneKind.FEELINGS:
            return self.style.feelings_min_height
        return self.style.cell_padding

    def _header_lines(self, title: str, sub: str, r: Rect) -> tuple[TextLine, ...]:
        st = self.style
        w = r.w - 16
        lines = wrap_text(title, True, st.header_size, w)[:2]
        out = []
        y = r.y + 8
        for t in lines:
            y += st.line_height(st.header_size)
            out.append(TextLine(t, r.x + 8, y - 3, st.header_size, True, "header"))
        if sub and len(lines) < 2:
            subs = wrap_text(sub, False, st.header_sub_size, w)
            if subs:
                y += st.line_height(st.header_sub_size)
                text = subs[0] if len(subs) == 1 else elide(subs[0], False, st.header_sub_size, w)
                out.append(TextLine(text, r.x + 8, y - 2, st.header_sub_size, False, "header"))
        return tuple(out)

    def _lane_lines(self, lane: Lane, r: Rect) -> tuple[TextLine, ...]:
        st = self.style
        w = r.w - 22
        lines = wrap_text(lane.title, True, st.lane_title_size, w)
        max_lines = 1 if lane.collapsed else max(1, int((r.h - 12) // st.line_height(st.lane_title_size)))
        if len(lines) > max_lines:
            lines = lines[: max_lines - 1] + [elide(lines[max_lines - 1], True, st.lane_title_size, w)]
        out = []
        y = r.y + (4 if lane.collapsed else 10)
        for t in lines:
            y += st.line_height(st.lane_title_size)
            out.append(TextLine(t, r.x + 14, y - 3, st.lane_title_size, True, "text"))
        return tuple(out)

    def _layout_personas(self, m: JourneyMap, out: MapLayout) -> None:
        st = self.style
        if not m.personas:
            return
        d = st.persona_diameter
        slot = 190.0
        x = st.lane_header_width + 10
        for p in m.personas:
            circle = Rect(x, (st.persona_strip_height - d) / 2 - 6, d, d)
            name_w = slot - d - 18
            lines: list[TextLine] = []
            ty = circle.y + 14
            for t in wrap_text(p.name, True, st.title_size, name_w)[:2]:
                lines.append(TextLine(t, circle.right + 10, ty, st.title_size, True, "text"))
                ty += st.line_height(st.title_size)
            for t in wrap_text(p.role, False, st.body_size, name_w)[:2]:
                lines.append(TextLine(t, circle.right + 10, ty, st.body_size, False, "muted"))
                ty += st.line_height(st.body_size)
            out.personas.append(PersonaGeometry(p.id, circle, tuple(lines), initials(p.name), p.colour))
            x += slot

    def _layout_curves(self, m: JourneyMap, out: MapLayout, stage_x) -> None:
        if not out.feelings_lanes:
            return
        lane_id = out.feelings_lanes[0]
        stage_rank = {s.id: i for i, s in enumerate(m.stages)}
        for p in m.personas:
            pts = sorted(
                (e for e in m.emotions if e.persona_id == p.id and e.stage_id in stage_x),
                key=lambda e: stage_rank[e.stage_id],
            )
            points = []
            for e in pts:
                sx, sw = stage_x[e.stage_id]
                points.append(CurvePoint(p.id, e.stage_id, e.score, e.label, sx + sw / 2, out.emotion_y(lane_id, e.score)))
            out.curves.append(Curve(p.id, p.colour, tuple(points), tuple(smooth_segments([(q.x, q.y) for q in points]))))

    def _layout_connectors(self, m: JourneyMap, out: MapLayout) -> None:
        for k in m.connectors:
            a = out.cards.get(k.source_id)
            b = out.cards.get(k.target_id)
            if a is None or b is None:  # a card in a collapsed lane
                continue
            out.connectors.append(connector_path(k.id, a.rect, b.rect, k.label))


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
