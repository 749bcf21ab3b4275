"""Exports of a map: PDF posters (reportlab, no Qt) and PNG/SVG images (Qt, in :mod:`.image`).

Importing this package never imports Qt; import :mod:`cjm_desktop.export.image`
for PNG and SVG.
"""

from .options import (
    MM, PAPER_NAMES, TILE_PAPERS, ExportError, Paper, PaperError, PdfOptions, page_size, parse_paper,
)
from .pdf import ExportPlan, ExportResult, MissingGlyphsError, check_glyphs, export_pdf, plan_export
from .pdf_map import ExportCancelled
from .tiling import Sheet, TilePlan, plan_tiles, sheet_label

__all__ = [
    "MM", "PAPER_NAMES", "TILE_PAPERS", "ExportError", "Paper", "PaperError", "PdfOptions", "page_size",
    "parse_paper", "ExportPlan", "ExportResult", "MissingGlyphsError", "check_glyphs", "export_pdf",
    "plan_export", "ExportCancelled", "Sheet", "TilePlan", "plan_tiles", "sheet_label",
]
