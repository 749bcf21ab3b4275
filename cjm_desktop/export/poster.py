"""One poster page: title block (header band + footer legend) around the map. No Qt.

:func:`poster_frame` is pure arithmetic (testable): where the header, the
footer and the map go on a page and at what scale. :func:`draw_poster` draws
it, page coordinates (origin bottom-left), onto a reportlab canvas or form.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Optional

from reportlab.pdfgen.canvas import Canvas

from .. import __version__
from ..layout import decor
from ..layout.types import Rect
from ..layout.style import LANE_COLOURS
from ..layout.text import FONT_BOLD, FONT_REGULAR, elide, fit_text, text_width, wrap_text
from ..layout.words import label
from ..model import JourneyMap, LaneKind
from .legend import legend_groups, legend_metrics, legend_rows, place_legend
from ..model.states import shown_state_name
from .options import MM, ExportError
from ..render.pdf_icons import placed_icon_ops
from ..render.pdf_ops import Pen
from ..render.pdf_painter import PdfMapPainter, Tick
from ..render.pdf_workshop import draw_workshop_marks
from ..render.pdf_pictures import PdfPictures

HEADER_UNITS = 62.0  # header band height, in title-block units
FOOTER_UNITS = 26.0
GAP_UNITS = 8.0
MIN_BAND_UNITS = 420.0  # narrowest title band, in title-block units
DESCRIPTION_LINES = 3  # the description's wrapped lines in the header, the last cut with "…"
SUB_UNITS = 9.0  # size of the description and persona line
LINE_SPACING = 1.45
HEADER_TEXT_MUTED = "#b9c4d3"


def title_unit(page_w: float, page_h: float) -> float:
    """Title-block unit: 1 on A4, growing with the paper (4 on A0), so the
    header reads from the same distance as the map at its printed size."""
    return max(1.0, min(4.5, min(page_w, page_h) / 595.0))


@dataclass(frozen=True)
class PosterFrame:
    """Where things go on a poster page; PDF coordinates (origin bottom-left)."""

    page_w: float
    page_h: float
    unit: float
    header: Optional[Rect]  # x, y = bottom-left
    footer: Optional[Rect]
    map_x: float  # bottom-left of the map on the page
    map_y: float
    scale: float
    map_w: float  # scaled size
    map_h: float

    def _down(self, r: Rect) -> tuple[float, float, float, float]:
        return (r.x, self.page_h - r.y - r.h, r.w, r.h)

    @property
    def map_box(self) -> tuple[float, float, float, float]:
        """The map on the page as (x, y, w, h), y downwards from the page's top."""
        return self._down(Rect(self.map_x, self.map_y, self.map_w, self.map_h))

    @property
    def content_box(self) -> tuple[float, float, float, float]:
        """Everything drawn (title block, map, legend) as (x, y, w, h), y downwards."""
        rects = [Rect(self.map_x, self.map_y, self.map_w, self.map_h)]
        rects += [r for r in (self.header, self.footer) if r is not None]
        left, bottom = min(r.x for r in rects), min(r.y for r in rects)
        right, top = max(r.right for r in rects), max(r.y + r.h for r in rects)
        return self._down(Rect(left, bottom, right - left, top - bottom))


def description_lines(description: str, width: float, size: float) -> list[str]:
    """The description as the header shows it: wrapped to ``width``, at most
    :data:`DESCRIPTION_LINES` lines, the last cut with "…" when there is more."""
    lines = wrap_text(description or "", False, size, width)
    if len(lines) > DESCRIPTION_LINES:
        lines = lines[:DESCRIPTION_LINES]
        lines[-1] = elide(lines[-1], False, size, width)
    return lines


def _header_units(page_w: float, u: float, description: str) -> float:
    """The header band's height in units: one description line is built in, each
    further line (wrapped at the narrowest band the page can get) adds one."""
    band_w = min(page_w * 0.9, MIN_BAND_UNITS * u)
    text_w = band_w * 2 / 3 - 44 * u  # the band less its padding and the right-hand column
    extra = max(0, len(description_lines(description, text_w, SUB_UNITS * u)) - 1)
    return HEADER_UNITS + extra * SUB_UNITS * LINE_SPACING


def _chrome(page_w: float, page_h: float, title_block: bool, description: str = "") -> tuple[float, float, float]:
    u = title_unit(page_w, page_h)
    if not title_block:
        return u, 0.0, 0.0
    return u, (_header_units(page_w, u, description) + GAP_UNITS) * u, (FOOTER_UNITS + GAP_UNITS * 0.5) * u


def poster_frame(
    layout_w: float,
    layout_h: float,
    page_w: float,
    page_h: float,
    margin_mm: float = 10.0,
    title_block: bool = True,
    scale_percent: Optional[float] = None,
    paper_label: str = "",
    description: str = "",
) -> PosterFrame:
    """Fit (or scale) a ``layout_w`` x ``layout_h`` map on a page.

    Raises
    ------
    ExportError
        When a fixed scale makes the map larger than the page.
    """
    margin = margin_mm * MM
    u, head, foot = _chrome(page_w, page_h, title_block, description)
    area_w = page_w - 2 * margin
    area_h = page_h - 2 * margin - head - foot
    if area_w <= 0 or area_h <= 0:
        raise ExportError("the margins and title block leave no room for the map: use smaller margins")
    if scale_percent is None:
        scale = min(area_w / layout_w, area_h / layout_h)
    else:
        scale = scale_percent / 100.0
        if layout_w * scale > area_w + 0.5 or layout_h * scale > area_h + 0.5:
            need = f"{layout_w * scale / MM:.0f} × {layout_h * scale / MM:.0f} mm"
            room = f"{area_w / MM:.0f} × {area_h / MM:.0f} mm"
            raise ExportError(
                f"at {scale_percent:g} % the map needs {need} but {paper_label or 'the page'} has "
                f"{room}: fit to page, choose a larger paper or tile it"
            )
    mw, mh = layout_w * scale, layout_h * scale
    # header, map and footer stay together, centred as one block on the page
    map_x = margin + (area_w - mw) / 2
    map_y = margin + foot + (area_h - mh) / 2
    header = footer = None
    if title_block:
        band_w = min(area_w, max(mw, MIN_BAND_UNITS * u))  # a narrow map still gets a readable band
        band_x = margin + (area_w - band_w) / 2
        header = Rect(band_x, map_y + mh + GAP_UNITS * u, band_w, head - GAP_UNITS * u)
        footer = Rect(band_x, map_y - foot, band_w, FOOTER_UNITS * u)
    return PosterFrame(page_w, page_h, u, header, footer, map_x, map_y, scale, mw, mh)


def poster_size_for_scale(
    layout_w: float, layout_h: float, scale_percent: float, margin_mm: float, title_block: bool,
    description: str = "",
) -> tuple[float, float]:
    """The page a map needs at a fixed scale (for tiling at a given scale)."""
    s = scale_percent / 100.0
    margin = margin_mm * MM
    w, h = layout_w * s + 2 * margin, layout_h * s + 2 * margin
    # The title block grows with the page's short side, which may be this height:
    # h = fixed + chrome(h) settles geometrically (chrome grows by < 1/5 of h), from below.
    for _ in range(100):
        _, head, foot = _chrome(w, h, title_block, description)
        h2 = layout_h * s + 2 * margin + head + foot
        settled = abs(h2 - h) < 0.001
        h = h2
        if settled:
            break
    return (w + 0.01, h + 0.01)


# -- drawing ---------------------------------------------------------------------


def draw_poster(
    c: Canvas,
    frame: PosterFrame,
    layout,
    m: JourneyMap,
    tick: Optional[Tick] = None,
    source_name: Optional[str] = None,
    paper_text: str = "",
    today: Optional[dt.date] = None,
    workshop: tuple[bool, bool] = (False, False),
) -> None:
    """Draw the whole poster page (title block and map) in page coordinates;
    ``workshop``: the comments' badges, the vote dots (only when asked)."""
    c.saveState()
    c.translate(frame.map_x, frame.map_y)
    c.scale(frame.scale, frame.scale)
    PdfMapPainter(c, layout, m, tick, frame.scale).draw()
    draw_workshop_marks(c, layout, m, *workshop)
    c.restoreState()
    # a hairline frame around the map
    c.saveState()
    c.setStrokeColorRGB(*Pen(c, 0, layout.style).rgb(layout.style.grid_line))
    c.setLineWidth(0.8)
    c.rect(frame.map_x, frame.map_y, frame.map_w, frame.map_h, stroke=1, fill=0)
    c.restoreState()
    if frame.header is not None:
        _draw_header(c, frame, layout, m, source_name, today)
    if frame.footer is not None:
        _draw_footer(c, frame, layout, m, paper_text)


def logo_side(frame: PosterFrame) -> float:
    """The side of the square the logo is fitted in, in the header band (0 without one)."""
    return 0.0 if frame.header is None else frame.header.h - 2 * 14 * frame.unit


def _draw_header(c: Canvas, frame: PosterFrame, layout, m: JourneyMap, source_name, today) -> None:
    """The dark band on top: lane-colour ribbon, title, description, personas; date, file, version."""
    st = layout.style
    pen = Pen(c, 0, st)
    u = frame.unit
    r = frame.header
    c.saveState()
    _header_band(c, pen, r, u, m, st)
    pad = 14 * u
    right_w = _header_info(c, pen, r, u, pad, m, source_name, today)
    if m.logo is not None:  # the client's logo, left of the date and file
        logo_h = logo_side(frame)
        right_w += logo_h + 12 * u
        PdfPictures(m, 1.0).draw_fitted(c, m.logo, r.right - pad - right_w, r.y + pad, logo_h, logo_h)
    left_w = r.w - 2 * pad - right_w - 16 * u
    # left: title, then the description and the personas on lines of their own
    title_size = 20 * u
    sub_size = SUB_UNITS * u
    title = m.title or "—"
    width = text_width(title, True, title_size)
    if width > left_w:  # shrink a long title down to 70 % before cutting it
        title_size *= max(0.7, left_w / width)
    c.setFont(FONT_BOLD, title_size)
    pen.fill(st.header_text)
    y = r.y + r.h - 10 * u - title_size * 0.8
    c.drawString(r.x + pad, y, fit_text(title, True, title_size, left_w))
    y -= 20 * u * 0.35 + sub_size * 1.2
    if m.description:
        c.setFont(FONT_REGULAR, sub_size)
        pen.fill(HEADER_TEXT_MUTED)
        room = 1 + round((r.h / u - HEADER_UNITS) / (SUB_UNITS * LINE_SPACING))  # lines the band was sized for
        lines = description_lines(m.description, left_w, sub_size)
        if len(lines) > room:
            lines = lines[:room - 1] + [elide(lines[room - 1], False, sub_size, left_w)]
        for line in lines:
            c.drawString(r.x + pad, y, fit_text(line, False, sub_size, left_w))
            y -= sub_size * LINE_SPACING
    if m.personas:
        _header_personas(c, pen, m, r.x + pad, y, r.x + pad + left_w, u, sub_size, st)
    c.restoreState()


def _header_band(c: Canvas, pen: Pen, r: Rect, u: float, m: JourneyMap, st) -> None:
    """The band's fill, with a ribbon of the map's lane colours along its bottom."""
    pen.fill(st.header_fill)
    c.roundRect(r.x, r.y, r.w, r.h, 3 * u, stroke=0, fill=1)
    kinds = [lane.kind for lane in m.lanes] or [LaneKind.CUSTOM]
    seen: list[LaneKind] = []
    for k in kinds:
        if k not in seen:
            seen.append(k)
    ribbon_h = 3.0 * u
    seg = r.w / len(seen)
    c.saveState()
    band = c.beginPath()
    band.roundRect(r.x, r.y, r.w, r.h, 3 * u)
    c.clipPath(band, stroke=0, fill=0)
    for i, k in enumerate(seen):
        pen.fill(LANE_COLOURS.get(k, LANE_COLOURS[LaneKind.CUSTOM])[1])
        c.rect(r.x + i * seg, r.y, seg + 0.2, ribbon_h, stroke=0, fill=1)
    c.restoreState()


def _header_info(c: Canvas, pen: Pen, r: Rect, u: float, pad: float, m: JourneyMap, source_name, today) -> float:
    """The right column: dates, file, version (as wide as its longest line, at most a
    third of the band); returns its width."""
    lang = m.language
    info = [label("updated", lang, date=m.modified.strftime("%d/%m/%Y")),
            label("exported", lang, date=(today or dt.date.today()).strftime("%d/%m/%Y"))]
    if source_name:
        info.append(source_name)
    info.append(f"cjm-desktop {__version__}")
    lines = [(t, False) for t in info]
    state = shown_state_name(m)
    if state:  # first, in bold: the state printed, when the map has several
        lines.insert(0, (state, True))
    size = 7.5 * u
    right_w = min(r.w / 3, max(text_width(t, bold, size) for t, bold in lines))
    y = r.y + r.h - 10 * u - size * 0.8
    for line, bold in lines:
        pen.fill("#ffffff" if bold else HEADER_TEXT_MUTED)  # the title's white
        c.setFont(FONT_BOLD if bold else FONT_REGULAR, size)
        c.drawRightString(r.right - pad, y, fit_text(line, bold, size, right_w))
        y -= size * 1.32
    return right_w


def _header_personas(c: Canvas, pen: Pen, m: JourneyMap, x: float, y: float, right: float, u: float,
                     size: float, st) -> None:
    """"Personas:" and each persona's dot and name, cut with "…" at ``right``."""
    c.setFont(FONT_BOLD, size)
    pen.fill(HEADER_TEXT_MUTED)
    head = label("personas", m.language) + ":"
    c.drawString(x, y, head)
    x += text_width(head, True, size) + 6 * u
    c.setFont(FONT_REGULAR, size)
    for p in m.personas:
        name = p.name or "?"
        w = text_width(name, False, size)
        if x + 9 * u + w > right:
            pen.fill(st.header_text)
            c.drawString(x, y, "…")
            break
        pen.fill(p.colour)
        c.circle(x + 3 * u, y + size * 0.33, 3 * u, stroke=0, fill=1)
        pen.fill(st.header_text)
        c.drawString(x + 9 * u, y, name)
        x += 9 * u + w + 12 * u


def _draw_footer(c: Canvas, frame: PosterFrame, layout, m: JourneyMap, paper_text: str) -> None:
    st = layout.style
    u = frame.unit
    r = frame.footer
    pen = Pen(c, 0, st)
    groups = legend_groups(m, layout)
    rows = legend_rows(groups)
    size, row_h = legend_metrics(r.h, u, rows)
    c.saveState()
    pen.stroke(st.grid_line)
    c.setLineWidth(0.6 * u)
    c.line(r.x, r.y + r.h, r.right, r.y + r.h)
    # right: paper and scale
    right = f"{paper_text} · {label('scale', m.language, percent=f'{frame.scale * 100:.0f} %')}".strip(" ·")
    c.setFont(FONT_REGULAR, size)
    pen.fill(st.muted_text)
    first_base = r.y + r.h - row_h / 2 - size * 0.35 - 2 * u
    c.drawRightString(r.right, first_base, right)
    limit = r.right - text_width(right, False, size) - 20 * u
    for g in place_legend(groups, u, size, r.x, limit, r.right, rows):
        base = first_base - g.row * row_h
        c.setFont(FONT_BOLD, size)
        pen.fill(st.text)
        c.drawString(g.x, base, g.title)
        for sample, word, x in g.items:
            _legend_sample(c, pen, st, sample, x, base + size * 0.35, u)
            c.setFont(FONT_REGULAR, size)
            pen.fill(st.muted_text)
            c.drawString(x + 11 * u, base, word)
    c.restoreState()


def _legend_sample(c: Canvas, pen: Pen, st, sample, x: float, cy: float, u: float) -> None:
    """One legend item's sample at ``x``, centred on ``cy``: a channel icon, a curve's line or a marker."""
    if isinstance(sample, tuple) and sample[0] == "channel":
        c.addLiteral(placed_icon_ops(sample[1], x, cy + 4 * u, 8 * u))
    elif isinstance(sample, tuple):  # an emotion curve: its line, as thick as on the map (times u)
        _, line = decor.curve_strokes(sample[1])
        pen.stroke(line.colour)
        c.setLineWidth(line.width * u)
        c.setLineCap(1 if line.cap == "round" else 0)
        c.line(x, cy, x + 7 * u, cy)
    else:
        c.saveState()
        c.translate(x + 4 * u, cy)
        c.scale(u * 1.15, u * 1.15)
        Pen(c, 0, st).draw_markers([decor.legend_sample(sample)], 0, 0)
        c.restoreState()
