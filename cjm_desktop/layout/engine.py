"""LayoutEngine: model + style -> a :class:`MapLayout` of the whole map. No Qt.

The engine measures card text once (cached) and exposes the steps of a layout
(placing a cell's stack, a lane's height, header lines, personas, curves,
connectors) as public methods, so that :mod:`cjm_desktop.layout.incremental`
lays out again only what an edit touched with the very same arithmetic.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Callable, Optional

from ..model import Card, JourneyMap, Lane, LaneKind, Stage
from ..model.card_finder import CardFinder
from .derived import card_meta_text, initials, meta_icon, meta_icon_box, smooth_segments
from .routing import route
from .style import DEFAULT_STYLE, HINT_BADGE_HEIGHT, PICTURE_ASPECT, STAGE_PICTURE_BAND, STAGE_PICTURE_FOOT, Style
from .text import elide, wrap_text
from .words import is_hint
from .types import (CardContent, CardGeometry, Cell, Curve, CurvePoint, MapLayout, PersonaGeometry, Rect,
                    StagePicture, TextLine, stacked_height)

def grid_orders(m: JourneyMap) -> dict:
    """The layout's fields that follow the order and state of the stages and lanes alone."""
    return dict(
        stage_order=[s.id for s in m.stages],
        lane_order=[lane.id for lane in m.lanes],
        collapsed_lanes={lane.id for lane in m.lanes if lane.collapsed},
        feelings_lanes=[lane.id for lane in m.lanes if lane.kind == LaneKind.FEELINGS and not lane.collapsed],
        lane_kinds={lane.id: lane.kind for lane in m.lanes},
    )


#: Width of a persona's slot in the strip above the stages.
PERSONA_SLOT = 190.0


class LayoutEngine:
    """Computes :class:`MapLayout` objects, caching card text measurement.

    Keep one engine per document: moving a card or reordering stages re-uses
    every measured card, so re-layout of a 5,000-card map stays cheap.
    """

    def __init__(self, style: Style = DEFAULT_STYLE, cards: Optional[CardFinder] = None) -> None:
        """``cards``: the finder of the map's cards by id, when its document has one to share."""
        self.style = style
        self._content_cache: dict[tuple, CardContent] = {}
        self.cards = cards if cards is not None else CardFinder()

    # -- cards ---------------------------------------------------------------
    def card_content(self, card: Card, width: float, lane_kind: LaneKind) -> CardContent:
        key = (
            width, lane_kind, card.title, card.body, card.channel, card.owner, card.due,
            card.measure, card.status, card.sentiment, card.importance, card.evidence, is_hint(card.tags), card.image,
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
        hint = is_hint(card.tags)
        y = st.card_padding + (HINT_BADGE_HEIGHT + 2 if hint else 0)  # the badge sits above the title
        overflow = False
        text_role = "hint" if hint else "text"
        box = None
        if card.image is not None:  # the picture above the text, across the card's inner width
            box_w = width - inner_left - st.card_padding
            box = Rect(inner_left, y, box_w, round(box_w * PICTURE_ASPECT, 2))
            y += box.h + 4

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
        add(title, st.title_size, True, text_role, st.max_title_lines)
        if title and body:
            y += 2
        add(body, st.body_size, False, text_role, st.max_body_lines)
        meta = card_meta_text(card, lane_kind)
        icon = icon_box = None
        if meta:
            y += 2
            icon, room = meta_icon(card.channel, st.meta_size)
            first = len(lines)
            add(wrap_text(meta, False, st.meta_size, inner_w - room), st.meta_size, False, "muted", 2)
            if icon is not None:  # the icon before the meta lines, which move right by its room
                lines[first:] = [replace(t, x=t.x + room) for t in lines[first:]]
                icon_box = meta_icon_box(inner_left, lines[first].y, st.meta_size)
        height = max(st.card_min_height, y + st.card_padding)
        return CardContent(height=height, lines=tuple(lines), overflow=overflow, hint=hint, image=card.image,
                           image_box=box, channel_icon=icon, icon_box=icon_box)

    def measure_stack(self, stack: list[Card], card_w: float, lane: Lane) -> list[tuple[Card, CardContent]]:
        return [(c, self.card_content(c, card_w, lane.kind)) for c in stack]

    def card_width(self, stage_width: float) -> float:
        return stage_width - 2 * self.style.cell_padding

    # -- whole map -------------------------------------------------------------
    def layout(self, m: JourneyMap) -> MapLayout:
        st = self.style
        x0 = st.lane_header_width
        y_stage = st.persona_strip_height if m.personas else 0.0
        header_h = self.stage_header_height(m)
        y0 = y_stage + header_h
        stage_x: dict[str, tuple[float, float]] = {}
        x = x0
        for s in m.stages:
            stage_x[s.id] = (x, s.width)
            x += s.width
        total_w = max(x, x0 + 200)
        measured = self._measured_cells(m, stage_x)
        lane_y: dict[str, tuple[float, float]] = {}
        y = y0
        for lane in m.lanes:
            h = self.lane_height(lane, m.stages, lambda cell: self.stack_height([c for _, c in measured.get(cell, ())]))
            lane_y[lane.id] = (y, h)
            y += h
        out = MapLayout(
            style=st, width=total_w, height=max(y, y0 + 100),
            persona_strip=Rect(0, 0, total_w, y_stage),
            corner=Rect(0, y_stage, x0, header_h),
            **grid_orders(m), cell_index={},
        )
        for s in m.stages:
            sx, sw = stage_x[s.id]
            out.stage_headers[s.id] = Rect(sx, y_stage, sw, header_h)
            self.layout_stage_header(s, out)
        lanes_by_id = {lane.id: lane for lane in m.lanes}
        for lane in m.lanes:
            ly, lh = lane_y[lane.id]
            r = out.lane_headers[lane.id] = Rect(0, ly, x0, lh)
            out.lane_header_lines[lane.id] = self.lane_lines(lane, r)
            for s in m.stages:
                sx, sw = stage_x[s.id]
                out.cells[(s.id, lane.id)] = Rect(sx, ly, sw, lh)
        for (sid, lid), stack in measured.items():
            out.put_cell((sid, lid), self.place_stack(stack, sid, lanes_by_id[lid], stage_x[sid][1]))
        self.layout_personas(m, out)
        self.layout_curves(m, out)
        self.layout_connectors(m, out)
        return out

    def _measured_cells(self, m: JourneyMap, stage_x) -> dict[Cell, list[tuple[Card, CardContent]]]:
        """The cards of every drawn cell, in stacking order, measured."""
        by_cell: dict[Cell, list[Card]] = {}
        for c in m.cards:
            by_cell.setdefault((c.stage_id, c.lane_id), []).append(c)
        lanes_by_id = {lane.id: lane for lane in m.lanes}
        measured = {}
        for (sid, lid), stack in by_cell.items():
            lane = lanes_by_id[lid]
            if lane.collapsed:
                continue
            stack.sort(key=lambda c: c.order)
            measured[(sid, lid)] = self.measure_stack(stack, self.card_width(stage_x[sid][1]), lane)
        return measured

    # -- the steps of a layout, public for the incremental layout ---------------------------
    def place_stack(
        self, stack: list[tuple[Card, CardContent]], stage_id: str, lane: Lane, sw: float
    ) -> list[CardGeometry]:
        """The cards of one cell (of a stage ``sw`` wide), measured and in order,
        placed top to bottom, their boxes relative to the cell (see :class:`CardGeometry`)."""
        st = self.style
        accent = self.lane_accent(lane.kind)
        pad = st.cell_padding
        w = sw - 2 * pad
        out = []
        y = self.cards_top(lane)
        for card, content in stack:
            out.append(CardGeometry(card.id, stage_id, lane.id, Rect(pad, y, w, content.height), content,
                                    card.colour or st.card_fill, accent))
            y += content.height + st.card_gap
        return out

    def lane_accent(self, kind: LaneKind) -> str:
        colours = self.style.lane_colours
        return colours.get(kind, colours[LaneKind.CUSTOM])[1]

    def stack_height(self, contents: list[CardContent]) -> Optional[float]:
        """The height of a cell's cards stacked with their gaps (None: no card)."""
        return stacked_height(contents, self.style.card_gap) if contents else None

    def lane_height(self, lane: Lane, stages, height_of: Callable[[Cell], Optional[float]]) -> float:
        """A lane's height: its own minimum, grown to fit its tallest cell
        (``height_of(cell)``: the :meth:`stack_height` of a cell's cards)."""
        st = self.style
        if lane.collapsed:
            return st.collapsed_lane_height
        need = lane.height
        if lane.kind == LaneKind.FEELINGS:
            need = max(need, st.feelings_min_height)
        top = self.cards_top(lane)
        for s in stages:
            h = height_of((s.id, lane.id))
            if h is not None:
                need = max(need, top + h + st.cell_padding)
        return need

    def cards_top(self, lane: Lane) -> float:
        """Where the first card of a cell starts, below the lane's top edge.

        In a feelings lane the emotion curve owns a band at the top and the
        cards stack under it, so they never hide the curve."""
        if lane.kind == LaneKind.FEELINGS:
            return self.style.feelings_min_height
        return self.style.cell_padding

    def stage_header_height(self, m: JourneyMap) -> float:
        """The stage header row's height: taller for every stage when any stage
        shows a picture, so the headers stay one row (a layout decision every painter follows)."""
        pictured = any(s.image is not None for s in m.stages)
        return self.style.stage_header_height + (STAGE_PICTURE_BAND if pictured else 0.0)

    def layout_stage_header(self, stage: Stage, out: MapLayout) -> None:
        """A stage header's text lines and picture box (its rectangle is in ``out`` already)."""
        r = out.stage_headers[stage.id]
        out.stage_header_lines[stage.id] = self.header_lines(stage.title, stage.description, r)
        top = r.y + self.style.stage_header_height - 4
        bottom = r.bottom - STAGE_PICTURE_FOOT  # the channel row (layout/channel_row) stays clear below it
        if stage.image is None or bottom <= top:
            out.stage_pictures.pop(stage.id, None)
        else:  # under the title, clear of the chevron's notch and tip
            out.stage_pictures[stage.id] = StagePicture(stage.image, Rect(r.x + 12, top, r.w - 24, bottom - top))

    def header_lines(self, title: str, sub: str, r: Rect) -> tuple[TextLine, ...]:
        """A stage header's title (two lines at most) and the first line of its description."""
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

    def lane_lines(self, lane: Lane, r: Rect) -> tuple[TextLine, ...]:
        """A lane header's title, as many lines as the lane is high."""
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

    def layout_personas(self, m: JourneyMap, out: MapLayout) -> None:
        """Fill ``out.personas`` (the strip above the stages)."""
        st = self.style
        out.personas = []
        d = st.persona_diameter
        x = st.lane_header_width + 10
        for p in m.personas:
            circle = Rect(x, (st.persona_strip_height - d) / 2 - 6, d, d)
            name_w = PERSONA_SLOT - d - 18
            lines: list[TextLine] = []
            ty = circle.y + 14
            for t in wrap_text(p.name, True, st.title_size, name_w)[:2]:
                lines.append(TextLine(t, circle.right + 10, ty, st.title_size, True, "text"))
                ty += st.line_height(st.title_size)
            for t in wrap_text(p.role, False, st.body_size, name_w)[:2]:
                lines.append(TextLine(t, circle.right + 10, ty, st.body_size, False, "muted"))
                ty += st.line_height(st.body_size)
            out.personas.append(PersonaGeometry(p.id, circle, tuple(lines), initials(p.name), p.colour))
            x += PERSONA_SLOT

    def layout_curves(self, m: JourneyMap, out: MapLayout) -> None:
        """Fill ``out.curves`` from the emotion points (needs the stage and lane headers)."""
        out.curves = []
        if not out.feelings_lanes:
            return
        lane_id = out.feelings_lanes[0]
        heads = out.stage_headers
        stage_rank = {s.id: i for i, s in enumerate(m.stages)}
        by_persona: dict[str, list] = {}
        for e in m.emotions:
            if e.stage_id in heads:
                by_persona.setdefault(e.persona_id, []).append(e)
        for p in m.personas:
            points = []
            for e in sorted(by_persona.get(p.id, ()), key=lambda e: stage_rank[e.stage_id]):
                r = heads[e.stage_id]
                points.append(CurvePoint(p.id, e.stage_id, e.score, e.label, r.x + r.w / 2, out.emotion_y(lane_id, e.score)))
            out.curves.append(Curve(p.id, p.colour, tuple(points), tuple(smooth_segments([(q.x, q.y) for q in points]))))

    def layout_connectors(self, m: JourneyMap, out: MapLayout) -> None:
        """Fill ``out.connectors``, routed through the gutters (needs the cards)."""
        out.connectors = route(m.connectors, out)
