"""Draw a :class:`~cjm_desktop.layout.MapLayout` on a reportlab canvas. No Qt.

Every position and every line of text comes from the layout (and the shared
decorations of :mod:`cjm_desktop.layout.decor`); this module only flips y
(the layout grows downwards, PDF upwards) and chooses colours.
"""

from __future__ import annotations

from typing import Callable, Optional

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfgen.canvas import Canvas

from ..layout import decor
from ..layout.geometry import CardGeometry, MapLayout, TextLine
from ..layout.style import card_background, hex_rgb, text_on
from ..layout.text import FONT_BOLD, FONT_REGULAR, register_fonts
from ..model import JourneyMap, LaneKind

KAPPA = 0.5522847498
#: reportlab's roundRect: control points at this fraction of the radius from the corner
ROUND_RECT_FACTOR = 0.4472


def card_outline_ops(x: float, y: float, w: float, h: float, radius: float) -> str:
    """PDF path operators of the rounded rectangle reportlab's ``roundRect``
    draws (PDF coordinates: ``x, y`` the lower-left corner), without the paint
    operator."""
    t = ROUND_RECT_FACTOR * radius
    right, top = x + w, y + h
    return (
        "%.2f %.2f m %.2f %.2f l %.2f %.2f %.2f %.2f %.2f %.2f c %.2f %.2f l %.2f %.2f %.2f %.2f %.2f %.2f c "
        "%.2f %.2f l %.2f %.2f %.2f %.2f %.2f %.2f c %.2f %.2f l %.2f %.2f %.2f %.2f %.2f %.2f c h"
    ) % (
        x + radius, y, right - radius, y, right - t, y, right, y + t, right, y + radius,
        right, top - radius, right, top - t, right - t, top, right - radius, top,
        x + radius, top, x + t, top, x, top - t, x, top - radius,
        x, y + radius, x, y + t, x + t, y, x + radius, y,
    )


def card_stripe_ops(x: float, y: float, h: float, radius: float, width: float) -> str:
    """PDF path operators of a card's accent stripe: its left edge, ``width``
    wide, with the card's rounded corners (quarter circles of ``radius``)."""
    k = radius * KAPPA
    top = y + h
    return (
        "%.2f %.2f m %.2f %.2f l %.2f %.2f %.2f %.2f %.2f %.2f c %.2f %.2f l "
        "%.2f %.2f %.2f %.2f %.2f %.2f c %.2f %.2f l h"
    ) % (
        x + width, y, x + radius, y, x + radius - k, y, x, y + radius - k, x, y + radius,
        x, top - radius, x, top - radius + k, x + radius - k, top, x + radius, top, x + width, top,
    )

Tick = Callable[[int], None]


class ExportCancelled(Exception):
    """The user cancelled the export."""


class Pen:
    """Drawing helpers in a y-down coordinate system of height ``H`` (y' = H - y).

    No transparency in anything drawn for the map: reportlab does not list the
    ExtGState resources of a Form XObject, so alpha inside the tiled poster's
    form would be lost (poppler: "ExtGState 'gRLs1' is unknown").
    """

    def __init__(self, canvas: Canvas, height: float, style) -> None:
        register_fonts()
        self.c = canvas
        self.H = height
        self.st = style
        self._rgb: dict[str, tuple[float, float, float]] = {}
        self._fill_ops: dict[str, str] = {}

    # -- small helpers ---------------------------------------------------------
    def rgb(self, colour: str) -> tuple[float, float, float]:
        v = self._rgb.get(colour)
        if v is None:
            v = self._rgb[colour] = hex_rgb(colour)
        return v

    def fill_op(self, colour: str) -> str:
        """The PDF operator setting the fill colour (for :meth:`Canvas.addLiteral`)."""
        op = self._fill_ops.get(colour)
        if op is None:
            op = self._fill_ops[colour] = "%s rg" % fp_str(self.rgb(colour))
        return op

    def fill(self, colour: str) -> None:
        self.c.setFillColorRGB(*self.rgb(colour))

    def stroke(self, colour: str) -> None:
        self.c.setStrokeColorRGB(*self.rgb(colour))

    def y(self, y: float) -> float:
        return self.H - y

    def rect(self, x: float, y: float, w: float, h: float, fill: bool = True, stroke: bool = False) -> None:
        self.c.rect(x, self.H - y - h, w, h, stroke=int(stroke), fill=int(fill))

    def polygon(self, pts, fill: bool = True, stroke: bool = False) -> None:
        p = self.c.beginPath()
        p.moveTo(pts[0][0], self.y(pts[0][1]))
        for x, y in pts[1:]:
            p.lineTo(x, self.y(y))
        p.close()
        self.c.drawPath(p, stroke=int(stroke), fill=int(fill))

    def circle(self, cx: float, cy: float, r: float, fill: bool = True, stroke: bool = False) -> None:
        self.c.circle(cx, self.y(cy), r, stroke=int(stroke), fill=int(fill))

    def text_lines(self, lines, dx: float = 0.0, dy: float = 0.0, colours: Optional[dict] = None) -> None:
        """Draw layout text lines at their positions (offset by dx, dy)."""
        if not lines:
            return
        colours = colours or {}
        t = self.c.beginText()
        font = None
        colour = None
        for line in lines:
            f = (FONT_BOLD if line.bold else FONT_REGULAR, line.size)
            if f != font:
                t.setFont(*f)
                font = f
            col = colours.get(line.role) or self._role_colour(line)
            if col != colour:
                t.setFillColorRGB(*self.rgb(col))
                colour = col
            t.setTextOrigin(dx + line.x, self.y(dy + line.y))
            t.textOut(line.text)
        self.c.drawText(t)

    def _role_colour(self, line: TextLine) -> str:
        if line.role == "muted":
            return self.st.muted_text
        if line.role == "header":
            return self.st.header_text
        return self.st.text

    def draw_markers(self, markers, dx: float, dy: float) -> None:
        c = self.c
        for mk in markers:
            if mk.kind == "importance":
                for bar, on in decor.importance_bars(mk):
                    self.fill(mk.colour if on else decor.IMPORTANCE_OFF)
                    self.rect(dx + bar.x, dy + bar.y, bar.w, bar.h)
                continue
            cx, cy = dx + mk.x, dy + mk.y
            if mk.symbol == "ring":
                self.stroke(mk.colour)
                c.setLineWidth(1.3)
                self.circle(cx, cy, mk.radius - 0.65, fill=False, stroke=True)
                continue
            self.fill(mk.colour)
            self.circle(cx, cy, mk.radius)
            if mk.symbol == "half":
                self.fill("#ffffff")
                p = c.beginPath()
                p.arc(cx - mk.radius * 0.55, self.y(cy) - mk.radius * 0.55,
                      cx + mk.radius * 0.55, self.y(cy) + mk.radius * 0.55, 90, 180)
                p.close()
                c.drawPath(p, stroke=0, fill=1)
            elif mk.kind == "evidence":
                self.fill("#ffffff")
                c.setFont(FONT_BOLD, decor.EVIDENCE_LETTER_SIZE)
                c.drawCentredString(cx, self.y(cy) - decor.EVIDENCE_LETTER_SIZE * 0.36, mk.symbol)
            else:
                self.stroke("#ffffff")
                c.setLineWidth(1.0)
                for x0, y0, x1, y1 in decor.marker_symbol_lines(mk):
                    c.line(dx + x0, self.y(dy + y0), dx + x1, self.y(dy + y1))


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

    def __init__(self, canvas: Canvas, layout: MapLayout, m: JourneyMap, tick: Optional[Tick] = None) -> None:
        super().__init__(canvas, layout.height, layout.style)
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
        self.stroke(self.st.grid_line)
        self.c.setLineWidth(0.6)
        self.c.line(strip.x, self.y(strip.bottom), strip.right, self.y(strip.bottom))
        for p in L.personas:
            r = p.circle.w / 2
            cx, cy = p.circle.center
            self.fill(p.colour)
            self.stroke("#ffffff")
            self.c.setLineWidth(2)
            self.circle(cx, cy, r, fill=True, stroke=True)
            self.fill(text_on(p.colour))
            size = r * 0.72
            self.c.setFont(FONT_BOLD, size)
            self.c.drawCentredString(cx, self.y(cy) - size * 0.36, p.initials)
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
        self.stroke(st.grid_line)
        c.setLineWidth(0.6)
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
        self.stroke("#4a5a6e")
        self.c.setLineWidth(0.6)
        x0, y0, x1, y1 = decor.corner_diagonal(L)
        self.c.line(x0, self.y(y0), x1, self.y(y1))
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
        self.c.restoreState()

    def draw_captions(self) -> None:
        c = self.c
        for cap in decor.map_captions(self.L, self.m.language):
            self.fill(decor.CAPTION_ON_DARK if cap.on_dark else self.st.muted_text)
            c.setFont(FONT_BOLD if cap.bold else FONT_REGULAR, cap.size)
            if cap.align == "right":
                c.drawRightString(cap.x, self.y(cap.y), cap.text)
            else:
                c.drawString(cap.x, self.y(cap.y), cap.text)

    def draw_emotion_scale(self) -> None:
        scale = decor.emotion_scale(self.L)
        if scale is None:
            return
        c = self.c
        c.saveState()
        c.setLineWidth(0.4)
        self.stroke(self.st.grid_line)
        c.setDash(1, 2.5)
        for score, y in scale.ticks:
            if score != 0:
                c.line(scale.x0, self.y(y), scale.x1, self.y(y))
        c.setDash(4, 3)
        c.setLineWidth(0.9)
        self.stroke("#9aa3b2")
        c.line(scale.x0, self.y(scale.zero_y), scale.x1, self.y(scale.zero_y))
        c.setDash()
        c.setFont(FONT_REGULAR, decor.SCALE_LABEL_SIZE)
        self.fill(self.st.muted_text)
        for score, y in scale.ticks:
            c.drawRightString(scale.label_x, self.y(y) - decor.SCALE_LABEL_SIZE * 0.35, decor.scale_label(score))
        c.restoreState()

    def draw_cards(self) -> None:
        """Every card: first the bodies (progress ticks every 100 cards), then the
        text of all of them in one text object, then their markers.

        Cards never overlap, so drawing in three passes looks the same as card by
        card; it spares 5,000 text objects (each re-setting font and colour) and
        keeps the poster's cost near a plain reportlab script's (docs/BENCHMARKS.md).
        """
        c, st = self.c, self.st
        cards = list(self.L.cards.values())
        c.setLineWidth(decor.CARD_BORDER_WIDTH)
        self.stroke(st.card_border)
        pending = 0
        for g in cards:
            self.draw_card_body(g)
            pending += 1
            if pending == 100:
                self.tick(pending)
                pending = 0
        self.card_text(cards)
        for g in cards:
            card = self.cards.get(g.card_id)
            if card is not None:
                markers = decor.card_markers(card, g, self.m.language, st.card_padding)
                if markers:
                    self.draw_markers(markers, g.rect.x, g.rect.y)
        self.stroke(st.card_border)
        c.setLineWidth(decor.CARD_BORDER_WIDTH)
        self.tick(pending)

    def draw_card_body(self, g: CardGeometry) -> None:
        """The rounded card, filled and outlined, and its accent stripe (the
        card's left edge, rounded like the card), written as PDF path operators
        in one string: the same shapes reportlab's ``roundRect`` and path calls
        make, at a fraction of the calls."""
        r = g.rect
        x, yb, w, h = r.x, self.H - r.y - r.h, r.w, r.h
        self.c.addLiteral(
            self.fill_op(card_background(g.fill, self.st.card_fill)) + "\n"
            + card_outline_ops(x, yb, w, h, decor.CARD_RADIUS) + " B\n"
            + self.fill_op(g.accent) + "\n"
            + card_stripe_ops(x, yb, h, decor.CARD_RADIUS, self.st.card_stripe) + " f"
        )

    def card_text(self, cards) -> None:
        """The text lines of ``cards`` in one text object."""
        t = self.c.beginText()
        font = colour = None
        H = self.H
        for g in cards:
            dx, dy = g.rect.x, g.rect.y
            for line in g.content.lines:
                f = (FONT_BOLD if line.bold else FONT_REGULAR, line.size)
                if f != font:
                    t.setFont(*f)
                    font = f
                col = self._role_colour(line)
                if col != colour:
                    t.setFillColorRGB(*self.rgb(col))
                    colour = col
                t.setTextOrigin(dx + line.x, H - (dy + line.y))
                t.textLine(line.text)  # like textOut, without measuring the line to advance the cursor
        self.c.drawText(t)

    def draw_connectors(self) -> None:
        if not self.L.connectors:
            return
        c = self.c
        c.saveState()
        c.setLineWidth(decor.CONNECTOR_WIDTH)
        self.stroke(decor.CONNECTOR_COLOUR)
        self.fill(decor.CONNECTOR_COLOUR)
        for k in self.L.connectors:
            end = decor.connector_shaft_end(k)
            p = c.beginPath()
            p.moveTo(k.start[0], self.y(k.start[1]))
            p.curveTo(k.c1[0], self.y(k.c1[1]), k.c2[0], self.y(k.c2[1]), end[0], self.y(end[1]))
            c.drawPath(p, stroke=1, fill=0)
            self.polygon(decor.arrow_head(k))
        c.restoreState()

    def draw_connector_labels(self) -> None:
        c = self.c
        c.saveState()
        c.setFont(FONT_REGULAR, decor.CONNECTOR_LABEL_SIZE)
        for k in self.L.connectors:
            if not k.label:
                continue
            x, y = decor.connector_label_point(k)
            w = c.stringWidth(k.label, FONT_REGULAR, decor.CONNECTOR_LABEL_SIZE) + 6
            h = decor.CONNECTOR_LABEL_SIZE + 4
            self.fill("#ffffff")
            self.stroke(decor.CONNECTOR_COLOUR)
            c.setLineWidth(0.5)
            c.roundRect(x - w / 2, self.y(y) - h / 2, w, h, h / 2, stroke=1, fill=1)
            self.fill(decor.CONNECTOR_COLOUR)
            c.drawCentredString(x, self.y(y) - decor.CONNECTOR_LABEL_SIZE * 0.35, k.label)
        c.restoreState()

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
                self.stroke("#ffffff")
                c.setLineWidth(decor.CURVE_HALO_WIDTH)
                c.drawPath(p, stroke=1, fill=0)
                self.stroke(curve.colour)
                c.setLineWidth(decor.CURVE_WIDTH)
                c.drawPath(p, stroke=1, fill=0)
            c.setLineWidth(1.4)
            self.stroke("#ffffff")
            self.fill(curve.colour)
            for pt in curve.points:
                self.circle(pt.x, pt.y, decor.POINT_RADIUS, fill=True, stroke=True)
            c.setFont(FONT_BOLD, decor.POINT_LABEL_SIZE)
            for pt, off in zip(curve.points, offsets[index]):
                if pt.label:
                    self.fill("#ffffff")
                    w = c.stringWidth(pt.label, FONT_BOLD, decor.POINT_LABEL_SIZE)
                    self.rect(pt.x - w / 2 - 1.5, pt.y + off - decor.POINT_LABEL_SIZE * 0.95, w + 3,
                              decor.POINT_LABEL_SIZE * 1.25)
                    self.fill(self.st.text)
                    c.drawCentredString(pt.x, self.y(pt.y + off), pt.label)
        c.restoreState()
