"""Draw a :class:`~cjm_desktop.layout.MapLayout` on a reportlab canvas. No Qt.

Every position and every line of text comes from the layout, every
decoration (strokes, pills, badges, markers) from :mod:`cjm_desktop.layout.decor`;
this module only puts them in order, through the :class:`~.pdf_ops.Pen`.
"""

from __future__ import annotations

from typing import Callable, Optional

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfgen.canvas import Canvas

from ..layout import decor
from ..layout.channel_row import stage_channel_rows
from ..layout.types import CardGeometry, MapLayout
from ..layout.style import text_on
from ..layout.text import FONT_BOLD, FONT_REGULAR
from ..model import JourneyMap, LaneKind
from .pdf_ops import Pen, card_outline_ops, card_stripe_ops, place_line
from .pdf_icons import chips_ops, placed_icon_ops
from .pdf_pictures import PdfPictures

#: Called with the number of cards drawn since the last call; may raise to cancel.
Tick = Callable[[int], None]


class PdfMapPainter(Pen):
    """Draws one map layout in map coordinates onto ``canvas``.

    The caller sets up the transformation (translate/scale) so that one map
    point lands where it should on the page; :meth:`draw` then draws the map in
    the rectangle (0, 0) - (layout.width, layout.height), y flipped.

    Parameters
    ----------
    tick
        Called with the number of cards drawn since the last call (every 100
        cards and at the end); it may raise :class:`ExportCancelled`.
    """

    def __init__(self, canvas: Canvas, layout: MapLayout, m: JourneyMap, tick: Optional[Tick] = None,
                 scale: float = 1.0) -> None:
        """``scale``: printed points per map point (pictures are embedded at 300 dpi of that)."""
        super().__init__(canvas, layout.height, layout.style)
        self.pictures = PdfPictures(m, scale)
        self.L = layout
        self.m = m
        self.tick = tick or (lambda n: None)
        self.cards = {c.id: c for c in m.cards}
        self.stages = {s.id: s for s in m.stages}
        self.lanes = {lane.id: lane for lane in m.lanes}

    # -- the map -----------------------------------------------------------------
    def draw(self) -> None:
        c = self.c
        c.saveState()
        c.setLineJoin(1)
        c.setLineCap(1)
        self.fill(self.st.background)
        self.rect(0, 0, self.L.width, self.L.height)
        self.draw_persona_strip()
        self.draw_lanes()
        self.draw_stage_headers()
        self.draw_captions()
        self.draw_emotion_scale()
        self.draw_connectors()
        self.draw_cards()
        self.draw_connector_labels()
        self.draw_curves()
        c.restoreState()

    def draw_persona_strip(self) -> None:
        L = self.L
        strip = L.persona_strip
        if strip.h <= 0:
            return
        self.fill(decor.PERSONA_STRIP_FILL)
        self.rect(strip.x, strip.y, strip.w, strip.h)
        self.apply_stroke(decor.grid_stroke(self.st))
        self.c.line(strip.x, self.y(strip.bottom), strip.right, self.y(strip.bottom))
        portraits = {p.id: p.portrait for p in self.m.personas}
        for p in L.personas:
            self.badge(decor.persona_badge(p))
            r = p.circle
            self.pictures.draw_circle(self.c, portraits.get(p.persona_id), r.x + r.w / 2, self.y(r.y + r.h / 2), r.w / 2)
            self.text_lines(p.name_lines)

    def draw_lanes(self) -> None:
        L, st, c = self.L, self.st, self.c
        for lid in L.lane_order:
            header = L.lane_headers[lid]
            lane = self.lanes[lid]
            fill, accent = st.lane_colours.get(lane.kind, st.lane_colours[LaneKind.CUSTOM])
            self.fill(fill)
            self.rect(header.right, header.y, L.width - header.right, header.h)
            self.fill(st.lane_header_fill)
            self.rect(header.x, header.y, header.w, header.h)
            self.fill(accent)
            self.rect(header.x, header.y, decor.LANE_ACCENT_WIDTH, header.h)
            self.text_lines(L.lane_header_lines[lid])
        # grid: lane separators across, stage separators down
        self.apply_stroke(decor.grid_stroke(st))
        top = L.corner.bottom
        for lid in L.lane_order:
            b = L.lane_headers[lid].bottom
            c.line(0, self.y(b), L.width, self.y(b))
        for sid in L.stage_order:
            x = L.stage_headers[sid].right
            c.line(x, self.y(top), x, self.y(L.height))
        c.line(L.corner.right, self.y(top), L.corner.right, self.y(L.height))

    def draw_stage_headers(self) -> None:
        L, st = self.L, self.st
        self.fill(st.header_fill)
        self.rect(L.corner.x, L.corner.y, L.corner.w, L.corner.h)
        self.apply_stroke(decor.CORNER_DIAGONAL)
        x0, y0, x1, y1 = decor.corner_diagonal(L)
        self.c.line(x0, self.y(y0), x1, self.y(y1))
        rows = stage_channel_rows(self.m, L.stage_headers)
        # the last chevron's point must not stick out of the map
        self.c.saveState()
        p = self.c.beginPath()
        p.rect(0, self.y(L.height), L.width, L.height)
        self.c.clipPath(p, stroke=0, fill=0)
        for i, sid in enumerate(L.stage_order):
            stage = self.stages[sid]
            self.fill(stage.colour)
            self.polygon(decor.chevron(L.stage_headers[sid], first=i == 0))
            ink = text_on(stage.colour)
            self.text_lines(L.stage_header_lines[sid], colours={"header": ink})
            picture = L.stage_pictures.get(sid)
            if picture is not None:
                self.picture_box(picture.image, picture.box)
            if sid in rows:  # the stage's channels: icons on white chips
                self.c.addLiteral(chips_ops(rows[sid], self.H))
        self.c.restoreState()

    def picture_box(self, image_id: str, box) -> None:
        """A picture fitted whole on a light ground in ``box`` (map coordinates), as on screen."""
        c = self.c
        self.fill(decor.PICTURE_GROUND)
        c.rect(box.x, self.y(box.bottom), box.w, box.h, stroke=0, fill=1)
        self.pictures.draw_fitted(c, image_id, box.x, self.y(box.bottom), box.w, box.h)

    def draw_captions(self) -> None:
        for cap in decor.map_captions(self.L, self.m.language):
            self.caption(cap, decor.CAPTION_ON_DARK if cap.on_dark else self.st.muted_text)

    def draw_emotion_scale(self) -> None:
        scale = decor.emotion_scale(self.L)
        if scale is None:
            return
        c = self.c
        c.saveState()
        ticks, zero = decor.scale_strokes(self.st)
        self.apply_stroke(ticks)
        for score, y in scale.ticks:
            if score != 0:
                c.line(scale.x0, self.y(y), scale.x1, self.y(y))
        self.apply_stroke(zero)
        c.line(scale.x0, self.y(scale.zero_y), scale.x1, self.y(scale.zero_y))
        for cap in decor.scale_captions(scale):
            self.caption(cap, self.st.muted_text)
        c.restoreState()

    def draw_cards(self) -> None:
        """Every card: its body and markers as one string of PDF operators per card
        (shapes formatted once per card size and marker set, placed with a
        translation), then the text of all cards and the evidence letters in one
        text object.

        Cards never overlap and their text stays clear of the badge column, so this
        looks the same as drawing card by card, for a fraction of the reportlab
        calls: the poster costs about what a plain script drawing only the same
        rectangles and text costs (docs/BENCHMARKS.md).
        """
        c, st = self.c, self.st
        cards = list(self.L.cards.values())
        self.apply_stroke(decor.card_border(st))
        letters: list[tuple[float, float, str]] = []  # evidence letters, page coordinates
        pending = 0
        card_rect = self.L.card_rect
        for g in cards:
            r = card_rect(g)
            top = self.H - r.y
            card = self.cards.get(g.card_id)
            markers = decor.card_markers(card, g, self.m.language, st.card_padding) if card is not None else []
            c.addLiteral("q 1 0 0 1 %s cm\n%s\n%sQ" % (fp_str(r.x, top), self._body_ops(g), self._marker_ops(markers)))
            box = g.content.image_box
            if box is not None:  # the picture, fitted whole on a light ground
                self.picture_box(g.content.image, box.moved(r.x, r.y))
                self.apply_stroke(decor.card_border(st))
            icon = g.content.icon_box
            if icon is not None:  # the channel's icon before the meta line: vector paths
                c.addLiteral(placed_icon_ops(g.content.channel_icon, r.x + icon.x, top - icon.y, icon.w))
            badge = decor.hint_badge(g, st, self.m.language, r.x, r.y)
            if badge is not None:
                self.pill(badge)
            for mk in markers:
                if mk.kind == "evidence":
                    lab = decor.evidence_letter(mk)
                    letters.append((r.x + lab.cx, top - lab.baseline, lab.text))
            pending += 1
            if pending == 100:
                self.tick(pending)
                pending = 0
        self.card_text(cards, letters)
        self.tick(pending)

    def _body_ops(self, g: CardGeometry) -> str:
        """The card's fill, rounded outline and accent stripe, card-local (origin
        at its top-left corner, y up)."""
        key = (g.box.w, g.box.h, g.fill, g.accent, g.content.hint)
        ops = self._bodies.get(key)
        if ops is None:
            body = decor.card_body(g, self.st)  # its border is the stroke draw_cards set for all cards
            w, h, rad = g.box.w, g.box.h, body.radius
            border = body.border
            own_stroke = ("[%s] 0 d %s w %s\n" % (fp_str(*border.dash), fp_str(border.width), self.stroke_op(border.colour))
                          if border.dash else "")  # a hint's dashed outline, inside the card's q ... Q
            ops = self._bodies[key] = (
                own_stroke + self.fill_op(body.fill) + "\n"
                + card_outline_ops(0.0, -h, w, h, rad) + " B\n"
                + self.fill_op(body.stripe_colour) + "\n"
                + card_stripe_ops(0.0, -h, h, rad, body.stripe_width) + " f"
            )
        return ops

    def card_text(self, cards, letters=()) -> None:
        """The text lines of ``cards``, then the evidence ``letters`` ((x, baseline, letter)
        of :func:`decor.evidence_letter`, page coordinates, centred on x), in one text object."""
        t = self.c.beginText()
        font = colour = None
        H = self.H
        card_rect = self.L.card_rect
        for g in cards:
            dx, dy = card_rect(g)[:2]
            for line in g.content.lines:
                f = (FONT_BOLD if line.bold else FONT_REGULAR, line.size)
                if f != font:
                    t.setFont(*f)
                    font = f
                col = self._role_colour(line)
                if col != colour:
                    t.setFillColorRGB(*self.rgb(col))
                    colour = col
                place_line(t, line, dx + line.x, H - (dy + line.y))
                t.textLine(line.text)  # like textOut, without measuring the line to advance the cursor
        if letters:
            size = decor.EVIDENCE_LETTER_SIZE
            t.setFont(FONT_BOLD, size)
            t.setFillColorRGB(*self.rgb(decor.WHITE))
            widths: dict[str, float] = {}
            for x, y, letter in letters:
                w = widths.get(letter)
                if w is None:
                    w = widths[letter] = self.c.stringWidth(letter, FONT_BOLD, size)
                t.setTextOrigin(x - w / 2, y)
                t.textLine(letter)
        self.c.drawText(t)

    def draw_connectors(self) -> None:
        if not self.L.connectors:
            return
        c = self.c
        c.saveState()
        stroke = decor.connector_stroke()
        self.apply_stroke(stroke)
        self.fill(stroke.colour)
        for k in self.L.connectors:
            p = c.beginPath()
            for op in decor.connector_outline(k):
                if op[0] == "M":
                    p.moveTo(op[1][0], self.y(op[1][1]))
                elif op[0] == "L":
                    p.lineTo(op[1][0], self.y(op[1][1]))
                else:
                    (x1, y1), (x2, y2), (x3, y3) = op[1:]
                    p.curveTo(x1, self.y(y1), x2, self.y(y2), x3, self.y(y3))
            c.drawPath(p, stroke=1, fill=0)
            self.polygon(decor.arrow_head(k))
        c.restoreState()

    def draw_connector_labels(self) -> None:
        self.c.saveState()
        for k in self.L.connectors:
            pill = decor.connector_label_pill(k)
            if pill is not None:
                self.pill(pill)
        self.c.restoreState()

    def draw_curves(self) -> None:
        c = self.c
        c.saveState()
        offsets = decor.point_label_offsets(self.L)
        for index, curve in enumerate(self.L.curves):
            if curve.segments:
                p = c.beginPath()
                (x0, y0) = curve.segments[0][0]
                p.moveTo(x0, self.y(y0))
                for _, c1, c2, end in curve.segments:
                    p.curveTo(c1[0], self.y(c1[1]), c2[0], self.y(c2[1]), end[0], self.y(end[1]))
                for stroke in decor.curve_strokes(curve.colour):
                    self.apply_stroke(stroke)
                    c.drawPath(p, stroke=1, fill=0)
            self.apply_stroke(decor.POINT_RING)
            self.fill(curve.colour)
            for pt in curve.points:
                self.circle(pt.x, pt.y, decor.POINT_RADIUS, fill=True, stroke=True)
            for halo in decor.point_label_halos(curve, offsets[index], self.st):
                self.pill(halo)
        c.restoreState()
