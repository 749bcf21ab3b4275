"""Tiled printing: the assembly page and one page per sheet. No Qt.

The poster is drawn once into a Form XObject (:data:`FORM_NAME`); every sheet
places that form clipped to its window, so an A0 poster over 30 A4 sheets costs
one poster's worth of drawing and bytes, not thirty.
"""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from ..layout.decor import Stroke
from ..layout.style import Style
from ..layout.text import FONT_BOLD, FONT_REGULAR, fit_text, text_width
from ..layout.words import label
from ..model import JourneyMap
from .options import MM
from ..render.pdf_ops import Pen
from ..render.pdf_pictures import PdfPictures
from .tiling import Sheet, TilePlan, column_letter, sheet_label

FORM_NAME = "cjmPoster"
MARK_COLOUR = "#000000"
GUIDE_COLOUR = "#1a7fb0"
GUIDE_DASH = Stroke(GUIDE_COLOUR, 0.6, (4.0, 3.0), "flat")
CROP_OFFSET = 2.5 * MM
CROP_LENGTH = 5.0 * MM
#: Nothing is printed closer than this to the paper's edge (printers cannot).
SAFE_EDGE = 4.5 * MM


def place_poster(c: Canvas, poster_h: float, x: float, top: float, scale: float = 1.0) -> None:
    """Place the poster form with its top-left corner at (x, top), scaled."""
    c.saveState()
    c.translate(x, top - poster_h * scale)
    if scale != 1.0:
        c.scale(scale, scale)
    c.doForm(FORM_NAME)
    c.restoreState()


#: The side of the square the map's logo is fitted in, top right of the assembly page.
ASSEMBLY_LOGO = 56.0


def draw_assembly_page(
    c: Canvas, plan: TilePlan, page_w: float, page_h: float, m: JourneyMap, poster_text: str, style: Style,
    poster_logo: float = 0.0,
) -> None:
    """First page of a tiled export: the sheet grid over a thumbnail of the poster, and the
    map's logo top right (``poster_logo``: its side on the poster, so the one picture is reused)."""
    lang = m.language
    pen = Pen(c, 0, style)
    margin = 15 * MM
    text_w = page_w - 2 * margin
    if m.image(m.logo) is not None:
        side = ASSEMBLY_LOGO
        pictures = PdfPictures(m, (poster_logo or side) / side)  # the poster's pixels: one XObject
        pictures.draw_fitted(c, m.logo, page_w - margin - side, page_h - margin - side, side, side)
        text_w -= side + 12
    y = page_h - margin - 16
    pen.fill(style.header_fill)
    c.setFont(FONT_BOLD, 18)
    c.drawString(margin, y, fit_text(label("assembly_title", lang), True, 18, text_w))
    y -= 18
    summary = label(
        "assembly_summary", lang, count=plan.count, paper=plan.paper, orientation=label(plan.orientation, lang),
        cols=plan.cols, rows=plan.rows, overlap=f"{plan.overlap / MM:g}", poster=poster_text,
    )
    c.setFont(FONT_REGULAR, 10)
    pen.fill(style.text)
    c.drawString(margin, y, fit_text(summary, False, 10, text_w))
    y -= 16
    c.setFont(FONT_REGULAR, 8.5)
    pen.fill(style.muted_text)
    for key in ("assembly_step1", "assembly_step2", "assembly_step3", "assembly_step4"):
        c.drawString(margin, y, fit_text(label(key, lang), False, 8.5, text_w))
        y -= 12
    _draw_assembled(c, plan, pen, margin, page_w - 2 * margin, y - 8)


def _draw_assembled(c: Canvas, plan: TilePlan, pen: Pen, margin: float, box_w: float, y: float) -> None:
    """The assembly page's picture, top at ``y``: the poster's thumbnail with the
    overlap bands, each sheet's outline and its label in a pill."""
    aw, ah = plan.assembled_size
    box_h = y - margin
    t = min(box_w / aw, box_h / ah)
    x0 = margin + (box_w - aw * t) / 2
    top = y
    pen.fill("#eef1f5")
    c.rect(x0, top - ah * t, aw * t, ah * t, stroke=0, fill=1)
    c.saveState()  # the assembled part of the poster: its drawn content, not its white margin
    clip = c.beginPath()
    clip.rect(x0, top - ah * t, aw * t, ah * t)
    c.clipPath(clip, stroke=0, fill=0)
    place_poster(c, plan.poster_h, x0 - plan.origin_x * t, top + plan.origin_y * t, t)
    c.restoreState()
    ox, oy = plan.origin_x, plan.origin_y
    # overlap bands, then the sheet outlines and labels
    c.saveState()
    pen.fill(GUIDE_COLOUR)
    c.setFillAlpha(0.12)
    for col in range(1, plan.cols):
        c.rect(x0 + col * plan.step_x * t, top - ah * t, plan.overlap * t, ah * t, stroke=0, fill=1)
    for row in range(1, plan.rows):
        c.rect(x0, top - (row * plan.step_y + plan.overlap) * t, aw * t, plan.overlap * t, stroke=0, fill=1)
    c.restoreState()
    pen.stroke(GUIDE_COLOUR)
    c.setLineWidth(0.9)
    for sheet in plan.sheets():
        c.rect(x0 + (sheet.x - ox) * t, top - (sheet.y - oy + sheet.h) * t, sheet.w * t, sheet.h * t, stroke=1, fill=0)
    size = max(6.0, min(14.0, plan.step_x * t * 0.22, plan.step_y * t * 0.3))
    for sheet in plan.sheets():
        cx = x0 + (sheet.x - ox + plan.step_x / 2 + (plan.overlap / 2 if sheet.col else 0)) * t
        cy = top - (sheet.y - oy + plan.step_y / 2 + (plan.overlap / 2 if sheet.row else 0)) * t
        w = text_width(sheet.label, True, size) + size * 0.9
        h = size * 1.45
        pen.fill("#ffffff")
        c.roundRect(cx - w / 2, cy - h / 2, w, h, h / 2, stroke=1, fill=1)
        pen.fill(GUIDE_COLOUR)
        c.setFont(FONT_BOLD, size)
        c.drawCentredString(cx, cy - size * 0.36, sheet.label)


def draw_sheet(c: Canvas, plan: TilePlan, sheet: Sheet, number: int, m: JourneyMap, style: Style) -> None:
    """One sheet: its window of the poster, crop marks, alignment guides and label."""
    lang = m.language
    pen = Pen(c, 0, style)
    W, H, b = plan.sheet_w, plan.sheet_h, plan.border
    x0, x1 = b, W - b
    y0, y1 = b, H - b  # window bottom and top
    # the poster window
    c.saveState()
    p = c.beginPath()
    p.rect(x0, y0, x1 - x0, y1 - y0)
    c.clipPath(p, stroke=0, fill=0)
    place_poster(c, plan.poster_h, x0 - sheet.x, y1 + sheet.y)
    c.restoreState()

    # crop marks at the four corners of the window, outside it
    pen.stroke(MARK_COLOUR)
    c.setLineWidth(0.4)
    for cx, sx in ((x0, -1), (x1, 1)):
        for cy, sy in ((y0, -1), (y1, 1)):
            c.line(cx + sx * CROP_OFFSET, cy, cx + sx * (CROP_OFFSET + CROP_LENGTH), cy)
            c.line(cx, cy + sy * CROP_OFFSET, cx, cy + sy * (CROP_OFFSET + CROP_LENGTH))

    _alignment_guides(c, pen, plan, sheet, lang)

    # label and where this sheet sits
    lx = x0 + CROP_OFFSET + CROP_LENGTH + 3 * MM
    base = y1 + 2.5 * MM
    size = min(15.0, (H - SAFE_EDGE - base) / 0.75)  # cap height stays clear of the edge
    pen.fill(style.header_fill)
    c.setFont(FONT_BOLD, size)
    c.drawString(lx, base, sheet.label)
    lx += text_width(sheet.label, True, size) + 8
    info = label("sheet_of", lang, label=sheet.label, row=sheet.row + 1, col=column_letter(sheet.col),
                 n=number, count=plan.count)
    if m.title:
        info += " · " + m.title
    grid_w = _locator(c, pen, plan, sheet, x1 - CROP_OFFSET - CROP_LENGTH - 3 * MM, base, H - SAFE_EDGE)
    pen.fill(style.muted_text)
    c.setFont(FONT_REGULAR, 7.5)
    c.drawString(lx, base + 1, fit_text(info, False, 7.5, x1 - CROP_OFFSET - CROP_LENGTH - 3 * MM - grid_w - 8 - lx))


def _alignment_guides(c: Canvas, pen: Pen, plan: TilePlan, sheet: Sheet, lang: str) -> None:
    """Where the right / lower neighbour's trimmed edge goes: a dashed line with
    triangles at its ends, and the neighbour's label in the border."""
    W, H, b = plan.sheet_w, plan.sheet_h, plan.border
    x0, x1 = b, W - b
    y0, y1 = b, H - b
    guide = 2.2 * MM
    c.setFont(FONT_REGULAR, 7)
    if sheet.col < plan.cols - 1:
        gx = x0 + plan.step_x
        _dashed(c, pen, gx, y0, gx, y1)
        pen.fill(GUIDE_COLOUR)
        _triangle(c, gx, y1 + 1.0, guide, "down")
        _triangle(c, gx, y0 - 1.0, guide, "up")
        c.saveState()
        c.translate(W - b / 2 + 2.5, H / 2)
        c.rotate(90)
        c.drawCentredString(0, 0, label("next_right", lang, label=sheet_label(sheet.row, sheet.col + 1)))
        c.restoreState()
    if sheet.row < plan.rows - 1:
        gy = y1 - plan.step_y
        _dashed(c, pen, x0, gy, x1, gy)
        pen.fill(GUIDE_COLOUR)
        _triangle(c, x0 - 1.0, gy, guide, "right")
        _triangle(c, x1 + 1.0, gy, guide, "left")
        c.drawCentredString(W / 2, b / 2 - 2.5, label("next_below", lang, label=sheet_label(sheet.row + 1, sheet.col)))


def _dashed(c: Canvas, pen: Pen, xa: float, ya: float, xb: float, yb: float) -> None:
    c.saveState()
    pen.apply_stroke(GUIDE_DASH)
    c.line(xa, ya, xb, yb)
    c.restoreState()


def _triangle(c: Canvas, x: float, y: float, size: float, pointing: str) -> None:
    """A small filled triangle whose tip touches (x, y)."""
    s, h = size, size / 2
    pts = {
        "down": [(x, y), (x - h, y + s), (x + h, y + s)],
        "up": [(x, y), (x - h, y - s), (x + h, y - s)],
        "right": [(x, y), (x - s, y - h), (x - s, y + h)],
        "left": [(x, y), (x + s, y - h), (x + s, y + h)],
    }[pointing]
    p = c.beginPath()
    p.moveTo(*pts[0])
    for q in pts[1:]:
        p.lineTo(*q)
    p.close()
    c.drawPath(p, stroke=0, fill=1)


def _locator(c: Canvas, pen: Pen, plan: TilePlan, sheet: Sheet, right: float, bottom: float, top: float) -> float:
    """A tiny grid of all sheets with this one filled, right-aligned at ``right``
    between ``bottom`` and at most ``top``; returns its width."""
    cell_h = min(3.0 * MM, (top - bottom) / plan.rows)
    cell = min(3.0 * MM, 40 * MM / plan.cols)
    w = cell * plan.cols
    left = right - w
    top = bottom + cell_h * plan.rows
    c.setLineWidth(0.3)
    pen.stroke("#9aa3b2")
    for r in range(plan.rows):
        for col in range(plan.cols):
            here = (r, col) == (sheet.row, sheet.col)
            pen.fill(GUIDE_COLOUR if here else "#ffffff")
            c.rect(left + col * cell, top - (r + 1) * cell_h, cell, cell_h, stroke=1, fill=1)
    return w
