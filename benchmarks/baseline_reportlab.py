"""Baseline for the PDF benchmark: a plain reportlab script drawing the same
rectangles and text as the poster export, with none of its design.

It takes the same :class:`~cjm_desktop.layout.MapLayout` (so the same text,
wrapped the same way) and draws, in the same embedded Noto Sans: the stage and
lane header rectangles with their text, the cell rectangles, and every card as a
rectangle with its text lines. No title block, markers, curves or connectors.

Two ways to print: :func:`baseline_poster` (one page, the map fitted) and
:func:`baseline_tiled` (the naive tiling: the whole map drawn again, clipped,
on every sheet), to compare with ``export_pdf`` and its Form XObject.

Usage::

    from benchmarks.baseline_reportlab import baseline_poster, baseline_tiled
    baseline_poster(layout, "plain.pdf", "A0")
    baseline_tiled(layout, "plain-tiled.pdf", "A0", "A4")
"""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from cjm_desktop.export.options import MM, page_size
from cjm_desktop.export.tiling import plan_tiles
from cjm_desktop.layout.types import MapLayout
from cjm_desktop.layout.text import FONT_BOLD, FONT_REGULAR, register_fonts

MARGIN = 10 * MM


def _fit(layout: MapLayout, pw: float, ph: float) -> tuple[float, float, float]:
    s = min((pw - 2 * MARGIN) / layout.width, (ph - 2 * MARGIN) / layout.height)
    return s, (pw - layout.width * s) / 2, (ph - layout.height * s) / 2


def _orientation(layout: MapLayout, paper: str) -> str:
    land = _fit(layout, *page_size(paper, "landscape"))[0]
    port = _fit(layout, *page_size(paper, "portrait"))[0]
    return "portrait" if port > land else "landscape"


def draw_map(c: Canvas, layout: MapLayout) -> None:
    """Rectangles and text of the map, map coordinates, y flipped."""
    H = layout.height

    def lines(text_lines, dx=0.0, dy=0.0):
        for line in text_lines:
            c.setFont(FONT_BOLD if line.bold else FONT_REGULAR, line.size)
            c.drawString(dx + line.x, H - (dy + line.y), line.text)

    c.setLineWidth(0.5)
    for r in layout.cells.values():
        c.rect(r.x, H - r.y - r.h, r.w, r.h, stroke=1, fill=0)
    for sid, r in layout.stage_headers.items():
        c.rect(r.x, H - r.y - r.h, r.w, r.h, stroke=1, fill=0)
        lines(layout.stage_header_lines[sid])
    for lid, r in layout.lane_headers.items():
        c.rect(r.x, H - r.y - r.h, r.w, r.h, stroke=1, fill=0)
        lines(layout.lane_header_lines[lid])
    for g in layout.cards.values():
        r = layout.card_rect(g)
        c.rect(r.x, H - r.y - r.h, r.w, r.h, stroke=1, fill=0)
        lines(g.content.lines, r.x, r.y)


def baseline_poster(layout: MapLayout, path: str, paper: str = "A0") -> None:
    """One page of ``paper``, the map fitted in the better orientation."""
    register_fonts()
    pw, ph = page_size(paper, _orientation(layout, paper))
    c = Canvas(str(path), pagesize=(pw, ph), pageCompression=1, initialFontName=FONT_REGULAR)
    s, x, y = _fit(layout, pw, ph)
    c.translate(x, y)
    c.scale(s, s)
    draw_map(c, layout)
    c.showPage()
    c.save()


def baseline_tiled(layout: MapLayout, path: str, paper: str = "A0", tile: str = "A4",
                   overlap_mm: float = 10.0) -> int:
    """The poster over ``tile`` sheets, redrawing the whole map on every sheet; returns the sheet count."""
    register_fonts()
    pw, ph = page_size(paper, _orientation(layout, paper))
    plan = plan_tiles(pw, ph, tile, overlap_mm)
    s, x, y = _fit(layout, pw, ph)
    c = Canvas(str(path), pagesize=(plan.sheet_w, plan.sheet_h), pageCompression=1,
               initialFontName=FONT_REGULAR)
    b = plan.border
    for sheet in plan.sheets():
        c.saveState()
        p = c.beginPath()
        p.rect(b, b, plan.window_w, plan.window_h)
        c.clipPath(p, stroke=0, fill=0)
        # poster bottom-left on this sheet, then the map inside the poster
        c.translate(b - sheet.x, plan.sheet_h - b + sheet.y - ph)
        c.translate(x, y)
        c.scale(s, s)
        draw_map(c, layout)
        c.restoreState()
        c.showPage()
    c.save()
    return plan.count
