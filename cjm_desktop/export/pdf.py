"""PDF export: a vector poster, optionally tiled over office sheets, with an appendix.

No Qt. Everything on the map is drawn from ``LayoutEngine().layout(map)``; the
text is real text in the embedded Noto Sans subsets, so it can be selected and
copied out of the PDF with its Vietnamese diacritics.

Usage::

    from cjm_desktop.export import PdfOptions, export_pdf
    export_pdf(journey_map, "poster.pdf", PdfOptions(paper="A1", tile="A4", appendix=True))
"""

from __future__ import annotations

import logging
import os
import unicodedata
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional

from reportlab.pdfgen.canvas import Canvas

from .. import __version__
from ..layout import LayoutEngine, MapLayout
from ..layout.text import FONT_REGULAR, missing_glyphs, register_fonts
from ..model import JourneyMap
from .appendix import draw_appendix
from .files import export_target
from ..layout.words import label
from .options import MM, ExportCancelled, ExportError, Paper, PdfOptions, page_size
from .poster import PosterFrame, draw_poster, logo_side, poster_frame, poster_size_for_scale
from .sheets import FORM_NAME, draw_assembly_page, draw_sheet
from .tiling import MAX_SHEETS, TilePlan, plan_tiles

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]


class MissingGlyphsError(ExportError):
    """The map has characters the bundled font cannot draw."""

    def __init__(self, chars: list[str]) -> None:
        shown = ", ".join(f"{ch} (U+{ord(ch):04X})" for ch in chars[:8])
        more = f" and {len(chars) - 8} more" if len(chars) > 8 else ""
        super().__init__(
            f"the font has no glyph for {shown}{more}: replace these characters or export anyway "
            f"(they would print as boxes)"
        )
        self.chars = chars


def check_glyphs(m: JourneyMap, extra: tuple[str, ...] = ()) -> list[str]:
    """Characters of the map (and ``extra`` strings) the bundled font lacks."""
    return missing_glyphs(m.all_text() + [t for t in extra if t])


@dataclass(frozen=True)
class ExportPlan:
    """What an export will produce; cheap to compute, for the dialog's preview."""

    paper: Paper
    orientation: str
    poster_w: float
    poster_h: float
    frame: PosterFrame
    tiles: Optional[TilePlan]
    layout: MapLayout

    @property
    def poster_text(self) -> str:
        """How the poster is described on pages: "A0" or "1189×841 mm"."""
        return self.paper.label if self.paper.name != "custom" else f"{self.poster_w / MM:.0f}×{self.poster_h / MM:.0f} mm"


def plan_export(m: JourneyMap, options: PdfOptions, layout: Optional[MapLayout] = None) -> ExportPlan:
    """Check the options against the map and work out the pages.

    Raises :class:`ExportError` with a one-line message on a bad option or a
    fixed scale that does not fit.
    """
    paper = options.check()
    layout = layout or LayoutEngine().layout(m)
    orientation = options.orientation
    if options.tile and options.scale_percent is not None:
        # tiled at a fixed scale: the poster is as large as the map needs
        pw, ph = poster_size_for_scale(layout.width, layout.height, options.scale_percent,
                                       options.margin_mm, options.title_block, m.description)
        paper = Paper("custom", pw / MM, ph / MM)
        orientation = "landscape" if pw > ph else "portrait"
    else:
        if orientation is None:
            orientation = best_orientation(layout.width, layout.height, paper, options, m.description)
        pw, ph = page_size(paper, orientation)
    frame = poster_frame(layout.width, layout.height, pw, ph, options.margin_mm, options.title_block,
                         options.scale_percent, f"{paper.label} {orientation}", m.description)
    tiles = None
    if options.tile:  # only what is drawn is tiled, never the white margins
        tiles = plan_tiles(pw, ph, options.tile, options.overlap_mm, content=frame.content_box,
                           map_box=frame.map_box)
    if tiles is not None and tiles.count > MAX_SHEETS:
        raise ExportError(f"printing this poster on {options.tile} sheets would take {tiles.count:,} sheets; "
                          f"at most {MAX_SHEETS} are made: choose a smaller scale or larger sheets")
    return ExportPlan(paper, orientation, pw, ph, frame, tiles, layout)


def best_orientation(layout_w: float, layout_h: float, paper: Paper, options: PdfOptions,
                     description: str = "") -> str:
    """The orientation in which the map is printed larger (landscape on a tie)."""
    scales = {}
    for orient in ("landscape", "portrait"):
        w, h = paper.size(orient)
        try:
            scales[orient] = poster_frame(layout_w, layout_h, w, h, options.margin_mm, options.title_block,
                                          description=description).scale
        except ExportError:
            scales[orient] = 0.0
    return "portrait" if scales["portrait"] > scales["landscape"] * 1.001 else "landscape"


def _appendix_size(options: PdfOptions) -> tuple[float, float]:
    if options.tile:
        return page_size(options.tile, "portrait")
    if options.paper.lower() in ("letter", "tabloid"):
        return page_size("letter", "portrait")
    return page_size("A4", "portrait")


@contextmanager
def _binary_streams():
    """Write streams Flate-compressed only, without reportlab's default ASCII85
    layer on top (25 % larger and, in pure Python, a second per 10 MB to encode)."""
    from reportlab import rl_config

    old = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = old


@dataclass(frozen=True)
class ExportResult:
    path: Path
    pages: int
    sheets: int
    poster_size_mm: tuple[float, float]
    scale_percent: float
    appendix_pages: int = 0
    orientation: str = "landscape"
    #: The tiling: sheet orientation and grid (columns, rows); empty when not tiled.
    sheet_orientation: str = ""
    grid: tuple[int, int] = (0, 0)


class _Meter:
    """Counts the export's steps for ``progress`` and polls ``is_cancelled``."""

    def __init__(self, total: int, progress: Optional[Progress], is_cancelled: Optional[Callable[[], bool]]) -> None:
        self.total, self.done = total, 0
        self.progress, self.is_cancelled = progress, is_cancelled

    def check(self) -> None:
        if self.is_cancelled is not None and self.is_cancelled():
            raise ExportCancelled("export cancelled")

    def advance(self, n: int) -> None:
        self.done += n
        if self.progress is not None and n:
            self.progress(min(self.done, self.total), self.total)
        self.check()


def export_pdf(
    m: JourneyMap,
    path: str | os.PathLike,
    options: Optional[PdfOptions] = None,
    progress: Optional[Progress] = None,
    is_cancelled: Optional[Callable[[], bool]] = None,
    source_name: Optional[str] = None,
) -> ExportResult:
    """Write ``m`` as a PDF poster (or a tiled set of sheets) to ``path``.

    Parameters
    ----------
    progress
        Called as ``progress(done, total)`` while drawing.
    is_cancelled
        Polled while drawing; when it returns True the export stops, nothing
        is written and :class:`ExportCancelled` is raised.
    source_name
        The map's file name, printed in the title block.

    Raises
    ------
    ExportError
        One-line message: bad option, missing glyphs (unless
        ``options.force_missing_glyphs``), a fixed scale that does not fit, or
        a target that cannot be written. The target is then left untouched.
    ExportCancelled
        When ``is_cancelled`` said so; the target is left untouched.
    """
    options = options or PdfOptions()
    register_fonts()
    source_name = unicodedata.normalize("NFC", source_name) if source_name else None
    plan = plan_export(m, options)
    missing = check_glyphs(m, (source_name or "",))
    if missing and not options.force_missing_glyphs:
        raise MissingGlyphsError(missing)
    target = Path(path)
    sheets = plan.tiles.sheets() if plan.tiles else []
    meter = _Meter(len(plan.layout.cards) + max(1, len(sheets)) + (1 if options.has_appendix else 0) + 1,
                   progress, is_cancelled)
    meter.check()
    with export_target(target) as tmp:
        pages, appendix_pages = _write(tmp, plan, m, options, source_name or None, meter, m.title or target.stem)
    # The file is in place: a cancel that comes now is too late, and must not
    # report "cancelled" for a file that was written.
    if progress is not None:
        progress(meter.total, meter.total)
    log.info("exported %s: %d pages, %d sheets", target, pages, len(sheets))
    tiles = plan.tiles
    return ExportResult(target, pages, len(sheets), (plan.poster_w / MM, plan.poster_h / MM),
                        plan.frame.scale * 100, appendix_pages, plan.orientation,
                        tiles.orientation if tiles else "", (tiles.cols, tiles.rows) if tiles else (0, 0))


def _write(tmp: Path, plan: ExportPlan, m: JourneyMap, options: PdfOptions, source_name: Optional[str],
           meter: "_Meter", title: str) -> tuple[int, int]:
    """Draw the poster or sheets and the appendix into ``tmp``: (pages, of which appendix pages)."""
    c = _new_canvas(tmp, plan, m, title)
    pages = _draw_map_pages(c, plan, m, options, source_name, meter)
    appendix_pages = 0
    if options.has_appendix:
        w, h = _appendix_size(options)
        appendix_pages = draw_appendix(c, m, plan.layout, w, h, pages + 1, meter.check, options.sections)
        pages += appendix_pages
        meter.advance(1)
    meter.check()
    with _binary_streams():
        c.save()
    return pages, appendix_pages


def _new_canvas(tmp: Path, plan: ExportPlan, m: JourneyMap, title: str) -> Canvas:
    c = Canvas(str(tmp), pagesize=(plan.poster_w, plan.poster_h), pageCompression=1, lang=m.language,
               initialFontName=FONT_REGULAR, initialFontSize=10)
    c.setTitle(title)
    c.setSubject(m.description.split("\n")[0] if m.description else "")
    c.setCreator(f"cjm-desktop {__version__}")
    c.setProducer(f"cjm-desktop {__version__} (reportlab)")
    return c


def _draw_map_pages(c: Canvas, plan: ExportPlan, m: JourneyMap, options: PdfOptions, source_name: Optional[str],
                    meter: _Meter) -> int:
    """The poster page, or the assembly page and one page per sheet; returns the page count."""
    paper_text = f"{plan.poster_text} {label(plan.orientation, m.language)}"
    if options.tile and options.scale_percent is not None:
        paper_text = plan.poster_text

    def poster() -> None:
        draw_poster(c, plan.frame, plan.layout, m, tick=meter.advance, source_name=source_name,
                    paper_text=paper_text, workshop=(options.comments, options.votes))

    if plan.tiles is None:
        poster()
        c.showPage()
        meter.advance(1)
        return 1
    tiles = plan.tiles
    c.beginForm(FORM_NAME, 0, 0, plan.poster_w, plan.poster_h)
    poster()
    c.endForm()
    orient = "landscape" if plan.poster_w > plan.poster_h else "portrait"
    aw, ah = page_size(tiles.paper, orient)
    c.setPageSize((aw, ah))
    draw_assembly_page(c, tiles, aw, ah, m, plan.poster_text, plan.layout.style, logo_side(plan.frame))
    c.showPage()
    pages = 1
    for n, sheet in enumerate(tiles.sheets(), start=1):
        c.setPageSize((tiles.sheet_w, tiles.sheet_h))
        draw_sheet(c, tiles, sheet, n, m, plan.layout.style)
        c.showPage()
        pages += 1
        meter.advance(1)
    return pages
