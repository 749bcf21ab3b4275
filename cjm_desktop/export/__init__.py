"""Exports of a map as PDF: poster page, tiled sheets, appendix (reportlab, no Qt).

The map itself is drawn by :mod:`cjm_desktop.render.pdf_painter`; PNG and SVG
need Qt and live in :mod:`cjm_desktop.render.qt_image`. Importing this package
never imports Qt.
"""

from .options import (
    MM, PAPER_NAMES, TILE_PAPERS, ExportCancelled, ExportError, Paper, PaperError, PdfOptions, page_size, parse_paper,
)
from .pdf import ExportPlan, ExportResult, MissingGlyphsError, check_glyphs, export_pdf, plan_export
from .tiling import Sheet, TilePlan, plan_tiles, sheet_label

__all__ = [
    "MM", "PAPER_NAMES", "TILE_PAPERS", "ExportError", "Paper", "PaperError", "PdfOptions", "page_size",
    "parse_paper", "ExportPlan", "ExportResult", "MissingGlyphsError", "check_glyphs", "export_pdf",
    "plan_export", "ExportCancelled", "Sheet", "TilePlan", "plan_tiles", "sheet_label",
]
