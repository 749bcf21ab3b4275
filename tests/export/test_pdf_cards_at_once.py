"""The export draws cards in passes, from shapes formatted once per card size and
marker set; the page looks as when every card is drawn on its own with reportlab's
ordinary calls (card, stripe, text, markers), and keeps every word."""

from __future__ import annotations

import subprocess

from cjm_desktop.export import PdfOptions, export_pdf, poster
from cjm_desktop.render.pdf_ops import KAPPA
from cjm_desktop.render.pdf_painter import PdfMapPainter
from cjm_desktop.layout import decor
from cjm_desktop.layout.text import FONT_BOLD
from cjm_desktop.layout.style import card_background, hex_rgb
from cjm_desktop.model import channels
from reportlab.pdfgen.canvas import FILL_NON_ZERO
from cjm_desktop.templates.generated import generate_map
from tests.export.pdftools import flat, pdf_text, poppler


class CardByCard(PdfMapPainter):
    """The straightforward drawing with reportlab's ordinary calls: each card
    whole (body, stripe, text, markers) before the next one."""

    def markers_one_by_one(self, markers, dx: float, dy: float) -> None:
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

    def draw_cards(self) -> None:
        c, st = self.c, self.st
        for g in self.L.cards.values():
            c.setLineWidth(decor.CARD_BORDER_WIDTH)
            self.stroke(st.card_border)
            r = self.L.card_rect(g)
            x, yb, rad = r.x, self.H - r.y - r.h, decor.CARD_RADIUS
            self.fill(card_background(g.fill, st.card_fill))
            c.roundRect(x, yb, r.w, r.h, rad, stroke=1, fill=1)
            self.fill(g.accent)
            k, top, sw = rad * KAPPA, yb + r.h, st.card_stripe
            p = c.beginPath()
            p.moveTo(x + sw, yb)
            p.lineTo(x + rad, yb)
            p.curveTo(x + rad - k, yb, x, yb + rad - k, x, yb + rad)
            p.lineTo(x, top - rad)
            p.curveTo(x, top - rad + k, x + rad - k, top, x + rad, top)
            p.lineTo(x + sw, top)
            p.close()
            c.drawPath(p, stroke=0, fill=1)
            self.text_lines(g.content.lines, r.x, r.y)
            if g.content.icon_box is not None:  # the channel's icon before the meta line
                box = g.content.icon_box
                icon_by_calls(c, g.content.channel_icon, r.x + box.x, self.H - r.y - box.y, box.w)
            self.markers_one_by_one(decor.card_markers(self.cards[g.card_id], g, self.m.language, st.card_padding),
                                    r.x, r.y)


def icon_by_calls(c, channel_id: str, x: float, top: float, side: float) -> None:
    """A channel icon with reportlab's ordinary path calls, from the catalogue's commands."""
    ch = channels.catalogue().get(channel_id)
    s = side / channels.catalogue().size
    c.saveState()
    c.translate(x, top)
    c.scale(s, -s)
    p = c.beginPath()
    for cmd in ch.commands:
        {"M": p.moveTo, "L": p.lineTo, "C": p.curveTo, "Z": p.close}[cmd[0]](*cmd[1:])
    r, g, b = hex_rgb(ch.colour)
    if ch.paint == "stroke":
        c.setStrokeColorRGB(r, g, b)
        c.setLineWidth(channels.ICON_STROKE_WIDTH)
        c.setLineCap(1)
        c.setLineJoin(1)
        c.drawPath(p, stroke=1, fill=0)
    else:
        c.setFillColorRGB(r, g, b)
        c.drawPath(p, stroke=0, fill=1, fillMode=FILL_NON_ZERO)
    c.restoreState()


def _pixels(pdf, tmp_path, name: str, dpi: int = 72) -> tuple[int, int, bytes]:
    out = tmp_path / name
    subprocess.run([poppler("pdftoppm"), "-r", str(dpi), "-singlefile", str(pdf), str(out)], check=True)
    data = (tmp_path / f"{name}.ppm").read_bytes()
    magic, w, h, _maxval, pixels = data.split(maxsplit=4)
    assert magic == b"P6"
    return int(w), int(h), pixels


def test_cards_drawn_in_passes_look_as_drawn_one_by_one(tmp_path, monkeypatch):
    m = generate_map(cards=160, stages=3, lanes=12, connectors=6, seed=3)  # every kind of marker
    assert {c.status for c in m.cards} >= {"todo", "doing", "done", "dropped"}
    assert any(c.evidence for c in m.cards) and any(c.importance for c in m.cards)
    # at 100 % and 72 dpi one pixel is one point
    options = PdfOptions(paper="340x2200mm", scale_percent=100, title_block=False)
    export_pdf(m, tmp_path / "passes.pdf", options)
    monkeypatch.setattr(poster, "PdfMapPainter", CardByCard)
    export_pdf(m, tmp_path / "one-by-one.pdf", options)

    w, h, ours = _pixels(tmp_path / "passes.pdf", tmp_path, "passes")
    w2, h2, reference = _pixels(tmp_path / "one-by-one.pdf", tmp_path, "one-by-one")
    assert (w, h) == (w2, h2)
    differing = sum(1 for i in range(0, len(ours), 3) if abs(ours[i] - reference[i]) + abs(ours[i + 1] - reference[i + 1])
                    + abs(ours[i + 2] - reference[i + 2]) > 40)
    # identical when written (poppler renders both the same); a marker or letter
    # drawn 1 pt off shows as several hundred pixels
    assert differing < 100
    words = sorted(flat(pdf_text(tmp_path / "passes.pdf")).split())
    assert len(words) > 1000
    assert words == sorted(flat(pdf_text(tmp_path / "one-by-one.pdf")).split())
