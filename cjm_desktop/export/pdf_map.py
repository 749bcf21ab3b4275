"""Draw a :class:`~cjm_desktop.layout.MapLayout` on a reportlab canvas. No Qt.

Every position and every line of text comes from the layout (and the shared
decorations of :mod:`cjm_desktop.layout.decor`); this module only flips y
(the layout grows downwards, PDF upwards) and chooses colours.
"""

from __future__ import annotations

from typing import Callable, Optional

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.pathobject import PDFPathObject

from ..layout import decor
from ..layout.geometry import CardGeometry, MapLayout, TextLine
from ..layout.style import card_background, hex_rgb, text_on
from ..layout.text import FONT_BOLD, FONT_REGULAR, register_fonts
from ..model import JourneyMap, LaneKind

KAPPA = 0.5522847498


def path_ops(build: Callable[[PDFPathObject], object]) -> str:
    """The PDF operators of a path built with reportlab's path calls, without
    the paint operator (and without the no-op ``n`` a new path object starts with)."""
    p = PDFPathObject()
    build(p)
    code = p.getCode()
    return code[2:] if code.startswith("n ") else code


def card_outline_ops(x: float, y: float, w: float, h: float, radius: float) -> str:
    """PDF path operators of the rounded rectangle reportlab's ``roundRect``
    draws (PDF coordinates: ``x, y`` the lower-left corner), without the paint
    operator."""
    return path_ops(lambda p: p.roundRect(x, y, w, h, radius))


def card_stripe_ops(x: float, y: float, h: float, radius: float, width: float) -> str:
    """PDF path operators of a card's accent stripe: its left edge, ``width``
    wide, with the card's rounded corners (quarter circles of ``radius``)."""
    k = radius * KAPPA
    top = y + h

    def stripe(p: PDFPathObject) -> None:
        p.moveTo(x + width, y)
        p.lineTo(x + radius, y)
        p.curveTo(x + radius - k, y, x, y + radius - k, x, y + radius)
        p.lineTo(x, top - radius)
        p.curveTo(x, top - radius + k, x + radius - k, top, x + radius, top)
        p.lineTo(x + width, top)
        p.close()

    return path_ops(stripe)

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
        self._stroke_ops: dict[str, str] = {}
        self._bodies: dict[tuple, str] = {}
        self._markers: dict[tuple, str] = {}

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

    def stroke_op(self, colour: str) -> str:
        """The PDF operator setting the stroke colour."""
        op = self._stroke_ops.get(colour)
        if op is None:
            op = self._stroke_ops[colour] = "%s RG" % fp_str(self.rgb(colour))
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
        """The markers of a card whose top-left corner is at (``dx``, ``dy``)."""
        c = self.c
        top = self.y(dy)
        c.addLiteral("q 1 0 0 1 %s cm\n%sQ" % (fp_str(dx, top), self._marker_ops(markers)))
        for mk in markers:
            if mk.kind == "evidence":
                self.fill("#ffffff")
                c.setFont(FONT_BOLD, decor.EVIDENCE_LETTER_SIZE)
                c.drawCentredString(dx + mk.x, top - mk.y - decor.EVIDENCE_LETTER_SIZE * 0.36, mk.symbol)

    def _marker_ops(self, markers) -> str:
        """The markers' discs, rings, bars and strokes as PDF operators, card-local
        (origin at the card's top-left corner, y up), formatted once per marker set.
        The evidence letters are text: the caller draws them."""
        if not markers:
            return ""
        key = tuple(markers)
        ops = self._markers.get(key)
        if ops is None:
            ops = self._markers[key] = "".join(self._one_marker_ops(mk) for mk in markers)
        return ops

    def _one_marker_ops(self, mk) -> str:
        if mk.kind == "importance":
            return "".join(
                "%s\n%s re f\n" % (self.fill_op(mk.colour if on else decor.IMPORTANCE_OFF),
                                    fp_str(bar.x, -bar.y - bar.h, bar.w, bar.h))
                for bar, on in decor.importance_bars(mk)
            )
        cx, cy = mk.x, -mk.y
        if mk.symbol == "ring":
            return "%s\n1.3 w\n%s S\n" % (self.stroke_op(mk.colour), path_ops(lambda p: p.circle(cx, cy, mk.radius - 0.65)))
        out = ["%s\n%s f\n" % (self.fill_op(mk.colour), path_ops(lambda p: p.circle(cx, cy, mk.radius)))]
        if mk.symbol == "half":
            k = mk.radius * 0.55

            def half(p):
                p.arc(cx - k, cy - k, cx + k, cy + k, 90, 180)
                p.close()

            out.append("%s\n%s f\n" % (self.fill_op("#ffffff"), path_ops(half)))
        elif mk.kind != "evidence":
            lines = decor.marker_symbol_lines(mk)
            if lines:
                out.append(self.stroke_op("#ffffff") + "\n1 w\n" + "".join(
                    "%s m %s l S\n" % (fp_str(x0, -y0), fp_str(x1, -y1)) for x0, y0, x1, y1 in lines))
        return "".join(out)


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
        c.setLineWidth(decor.CARD_BORDER_WIDTH)
        self.stroke(st.card_border)
        letters: list[tuple[float, float, str]] = []  # evidence letters, page coordinates
        pending = 0
        for g in cards:
            r = g.rect
            top = self.H - r.y
            card = self.cards.get(g.card_id)
            markers = decor.card_markers(card, g, self.m.language, st.card_padding) if card is not None else []
            c.addLiteral("q 1 0 0 1 %s cm\n%s\n%sQ" % (fp_str(r.x, top), self._body_ops(g), self._marker_ops(markers)))
            for mk in markers:
                if mk.kind == "evidence":
                    letters.append((r.x + mk.x, top - mk.y, mk.symbol))
            pending += 1
            if pending == 100:
                self.tick(pending)
                pending = 0
        self.card_text(cards, letters)
        self.tick(pending)

    def _body_ops(self, g: CardGeometry) -> str:
        """The card's fill, rounded outline and accent stripe, card-local (origin
        at its top-left corner, y up)."""
        key = (g.rect.w, g.rect.h, g.fill, g.accent)
        ops = self._bodies.get(key)
        if ops is None:
            w, h, rad = g.rect.w, g.rect.h, decor.CARD_RADIUS
            ops = self._bodies[key] = (
                self.fill_op(card_background(g.fill, self.st.card_fill)) + "\n"
                + card_outline_ops(0.0, -h, w, h, rad) + " B\n"
                + self.fill_op(g.accent) + "\n"
                + card_stripe_ops(0.0, -h, h, rad, self.st.card_stripe) + " f"
            )
        return ops

    def card_text(self, cards, letters=()) -> None:
        """The text lines of ``cards``, then the evidence ``letters`` ((x, y, letter),
        centred on x), in one text object."""
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
        if letters:
            size = decor.EVIDENCE_LETTER_SIZE
            t.setFont(FONT_BOLD, size)
            t.setFillColorRGB(1, 1, 1)
            widths: dict[str, float] = {}
            for x, y, letter in letters:
                w = widths.get(letter)
                if w is None:
                    w = widths[letter] = self.c.stringWidth(letter, FONT_BOLD, size)
                t.setTextOrigin(x - w / 2, y - size * 0.36)
                t.textLine(letter)
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
