"""What the user chose in the Export dialog, and how it is remembered (QSettings group "export").

The keys are plain values so that other dialogs can share them; the
Preferences dialog may set ``export/paper`` (a paper name such as ``A3`` or a
custom size such as ``594x841mm``) as the default poster paper.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, fields, replace
from typing import Optional

from ...export import TILE_PAPERS, PaperError, PdfOptions, parse_paper
from ...render.qt_image import DPI_RANGE
from ..settings.store import app_settings

log = logging.getLogger(__name__)

GROUP = "export"
FORMATS = ("pdf", "png", "svg", "xlsx", "csv", "mmd", "pptx", "html")
EXTENSIONS = {"pdf": ".pdf", "png": ".png", "svg": ".svg", "xlsx": ".xlsx", "csv": ".csv", "mmd": ".mmd",
              "pptx": ".pptx", "html": ".html"}
ORIENTATIONS = ("auto", "landscape", "portrait")


@dataclass(frozen=True)
class ExportChoices:
    """Every choice of the dialog, PDF ones as the CLI names them.

    ``paper`` is a name from :data:`PAPER_NAMES` or the custom size as typed
    (``"594x841mm"``); ``scale_percent`` is used only when ``fit`` is False;
    ``tile`` is the sheet paper, used only when ``tiled``.
    """

    format: str = "pdf"
    paper: str = "A0"
    orientation: str = "auto"
    fit: bool = True
    scale_percent: float = 100.0
    margin_mm: float = 10.0
    title_block: bool = True
    tiled: bool = False
    tile: str = "A4"
    overlap_mm: float = 10.0
    appendix: bool = False
    comments: bool = False
    votes: bool = False
    dpi: int = 150
    folder: str = ""

    def pdf_options(self, force_missing_glyphs: bool = False) -> PdfOptions:
        return PdfOptions(
            paper=self.paper,
            orientation=None if self.orientation == "auto" else self.orientation,
            scale_percent=None if self.fit else self.scale_percent,
            margin_mm=self.margin_mm,
            title_block=self.title_block,
            tile=self.tile if self.tiled else None,
            overlap_mm=self.overlap_mm,
            appendix=self.appendix,
            comments=self.comments,
            votes=self.votes,
            force_missing_glyphs=force_missing_glyphs,
        )

    @property
    def extension(self) -> str:
        return EXTENSIONS[self.format]


def _bool(value, default: bool) -> bool:
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() in ("true", "1", "yes", "on")


def _float(value, default: float, low: float, high: float) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return default
    return number if low <= number <= high else default


def _choice(value, allowed: tuple[str, ...], default: str) -> str:
    text = str(value) if value is not None else ""
    return text if text in allowed else default


def paper_setting(value) -> str:
    """A stored paper made usable: its canonical name, a valid custom size, or A0."""
    if not value:
        return "A0"
    try:
        paper = parse_paper(str(value))
    except PaperError:
        log.info("ignoring the remembered export paper %r", value)
        return "A0"
    return paper.name


def load_choices() -> ExportChoices:
    """The last choices (defaults where nothing, or something unusable, is stored)."""
    s = app_settings()
    s.beginGroup(GROUP)
    try:
        d = ExportChoices()
        return ExportChoices(
            format=_choice(s.value("format"), FORMATS, d.format),
            paper=paper_setting(s.value("paper")),
            orientation=_choice(s.value("orientation"), ORIENTATIONS, d.orientation),
            fit=_bool(s.value("fit"), d.fit),
            scale_percent=_float(s.value("scale_percent"), d.scale_percent, 1, 1000),
            margin_mm=_float(s.value("margin_mm"), d.margin_mm, 0, 200),
            title_block=_bool(s.value("title_block"), d.title_block),
            tiled=_bool(s.value("tiled"), d.tiled),
            tile=_choice(s.value("tile"), TILE_PAPERS, d.tile),
            overlap_mm=_float(s.value("overlap_mm"), d.overlap_mm, 0, 50),
            appendix=_bool(s.value("appendix"), d.appendix),
            comments=_bool(s.value("comments"), d.comments),
            votes=_bool(s.value("votes"), d.votes),
            dpi=int(_float(s.value("dpi"), d.dpi, *DPI_RANGE)),
            folder=str(s.value("folder") or ""),
        )
    finally:
        s.endGroup()


def save_choices(choices: ExportChoices, folder: Optional[str] = None) -> None:
    """Remember ``choices`` (and the folder last exported to)."""
    if folder is not None:
        choices = replace(choices, folder=folder)
    s = app_settings()
    s.beginGroup(GROUP)
    for f in fields(choices):
        s.setValue(f.name, getattr(choices, f.name))
    s.endGroup()
    s.sync()


__all__ = ["ExportChoices", "load_choices", "save_choices", "paper_setting", "FORMATS", "EXTENSIONS",
           "ORIENTATIONS"]
