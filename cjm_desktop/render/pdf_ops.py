"""The PDF pen: decor's shapes, strokes and text as reportlab calls and PDF operators. No Qt.

:class:`Pen` draws in a y-down coordinate system (the layout's) on a reportlab
canvas: it flips y, turns a :class:`~cjm_desktop.layout.decor.Stroke` into
line width, colour, dash and cap, and draws decor's pills, badges and card
markers. It decides nothing about where or how things look: that is decor's.
"""

from __future__ import annotations

from typing import Callable, Optional

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.pathobject import PDFPathObject

from ..layout import decor
from ..layout.types import TextLine
from ..layout.style import HINT_SLANT, hex_rgb
from ..layout.text import FONT_BOLD, FONT_REGULAR, register_fonts

KAPPA = 0.5522847498


def path_ops(build: Callable[[PDFPathObject], object]) -> str:
    """The PDF operators of a path built with reportlab's path calls, without
    the paint operator (and without the no-op ``n`` a new path object starts with)."""
    p = PDFPathObject()
    build(p)
    code = p.getCode()
    return code[2:] if code.startswith("n ") else code


def place_line(t, line: TextLine, x: float, y: float) -> None:
    """Start a text line at (x, y) in page coordinates; a hint's line slanted like italics."""
    if line.role == "hint":
        t.setTextTransform(1, 0, HINT_SLANT, 1, x, y)
    else:
        t.setTextOrigin(x, y)


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

    # -- decor's shapes ------------------------------------------------------------
    def apply_stroke(self, stroke: decor.Stroke) -> None:
        """Set the canvas's line width, colour, dash and cap to ``stroke``."""
        c = self.c
        self.stroke(stroke.colour)
        c.setLineWidth(stroke.width)
        if stroke.dash:
            c.setDash(list(stroke.dash))
        else:
            c.setDash()
        c.setLineCap(1 if stroke.cap == "round" else 0)

    def caption(self, cap: decor.Caption, colour: str) -> None:
        """A word decor placed, left- or right-aligned on its x."""
        self.fill(colour)
        self.c.setFont(FONT_BOLD if cap.bold else FONT_REGULAR, cap.size)
        if cap.align == "right":
            self.c.drawRightString(cap.x, self.y(cap.y), cap.text)
        else:
            self.c.drawString(cap.x, self.y(cap.y), cap.text)

    def label(self, lab: decor.Label) -> None:
        """A short text centred on its ``cx``."""
        self.fill(lab.colour)
        self.c.setFont(FONT_BOLD if lab.bold else FONT_REGULAR, lab.size)
        self.c.drawCentredString(lab.cx, self.y(lab.baseline), lab.text)

    def pill(self, pill: decor.Pill) -> None:
        """A (rounded) box, outlined if it has a stroke, with its label."""
        r = pill.rect
        self.fill(pill.fill)
        outlined = pill.stroke is not None
        if outlined:
            self.apply_stroke(pill.stroke)
        if pill.radius > 0:
            self.c.roundRect(r.x, self.y(r.bottom), r.w, r.h, pill.radius, stroke=int(outlined), fill=1)
        else:
            self.rect(r.x, r.y, r.w, r.h, fill=True, stroke=outlined)
        self.label(pill.label)

    def badge(self, badge: decor.Badge) -> None:
        """A persona's ringed circle with the initials."""
        self.fill(badge.fill)
        self.apply_stroke(badge.ring)
        self.circle(badge.cx, badge.cy, badge.radius, fill=True, stroke=True)
        self.label(badge.initials)

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
            place_line(t, line, dx + line.x, self.y(dy + line.y))
            t.textOut(line.text)
        self.c.drawText(t)

    def _role_colour(self, line: TextLine) -> str:
        if line.role in ("muted", "hint"):
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
                lab = decor.evidence_letter(mk)
                self.fill(lab.colour)
                c.setFont(FONT_BOLD if lab.bold else FONT_REGULAR, lab.size)
                c.drawCentredString(dx + lab.cx, top - lab.baseline, lab.text)

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
            return "%s\n%s w\n%s S\n" % (self.stroke_op(mk.colour), fp_str(decor.MARKER_RING_WIDTH),
                                          path_ops(lambda p: p.circle(cx, cy, decor.ring_radius(mk))))
        out = ["%s\n%s f\n" % (self.fill_op(mk.colour), path_ops(lambda p: p.circle(cx, cy, mk.radius)))]
        if mk.symbol == "half":
            k = decor.half_disc_radius(mk)

            def half(p):
                p.arc(cx - k, cy - k, cx + k, cy + k, 90, 180)
                p.close()

            out.append("%s\n%s f\n" % (self.fill_op(decor.WHITE), path_ops(half)))
        elif mk.kind != "evidence":
            lines = decor.marker_symbol_lines(mk)
            if lines:
                pen = decor.MARKER_SYMBOL
                out.append("%s\n%s w\n" % (self.stroke_op(pen.colour), fp_str(pen.width)) + "".join(
                    "%s m %s l S\n" % (fp_str(x0, -y0), fp_str(x1, -y1)) for x0, y0, x1, y1 in lines))
        return "".join(out)


