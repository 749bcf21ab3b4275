"""Export options: paper sizes, orientation, scale, tiling. Pure data, no Qt.

Every size here is in points (1/72 inch) unless the name says ``_mm``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal, Optional

MM = 72.0 / 25.4  #: points per millimetre

#: Portrait (width, height) in millimetres.
PAPER_MM: dict[str, tuple[float, float]] = {
    "A0": (841.0, 1189.0),
    "A1": (594.0, 841.0),
    "A2": (420.0, 594.0),
    "A3": (297.0, 420.0),
    "A4": (210.0, 297.0),
    "letter": (215.9, 279.4),
    "tabloid": (279.4, 431.8),
}
PAPER_NAMES = tuple(PAPER_MM)
TILE_PAPERS = ("A4", "A3")

#: Custom sizes accepted by :func:`parse_paper`, in millimetres per side.
CUSTOM_MIN_MM = 50.0
CUSTOM_MAX_MM = 5000.0  # a PDF page may not exceed 200 inches (5080 mm)

Orientation = Literal["landscape", "portrait"]


class ExportError(Exception):
    """An export cannot be done; the message is one line telling the user what to do."""


class ExportCancelled(Exception):
    """The user cancelled the export."""


class PaperError(ExportError, ValueError):
    """A paper name or custom size that cannot be used."""


@dataclass(frozen=True)
class Paper:
    """A sheet size: ``name`` as the user wrote it, portrait size in mm."""

    name: str
    width_mm: float
    height_mm: float

    def size(self, orientation: Orientation = "portrait") -> tuple[float, float]:
        """(width, height) in points, turned for ``orientation``."""
        w, h = self.width_mm * MM, self.height_mm * MM
        short, long_ = min(w, h), max(w, h)
        return (long_, short) if orientation == "landscape" else (short, long_)

    @property
    def label(self) -> str:
        if self.name in PAPER_MM:
            return self.name
        return f"{_fmt(self.width_mm)}×{_fmt(self.height_mm)} mm"


def _fmt(v: float) -> str:
    return f"{v:g}"


_CUSTOM = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*[x×*]\s*(\d+(?:[.,]\d+)?)\s*(mm)?\s*$", re.I)


def parse_paper(text: str) -> Paper:
    """A :class:`Paper` from ``"A0"`` ... ``"tabloid"`` or ``"594x841mm"``.

    Raises
    ------
    PaperError
        With a one-line message naming what is accepted.
    """
    raw = (text or "").strip()
    for name in PAPER_MM:
        if raw.lower() == name.lower():
            return Paper(name, *PAPER_MM[name])
    m = _CUSTOM.match(raw)
    if not m:
        raise PaperError(
            f'unknown paper "{text}": use {", ".join(PAPER_NAMES)} or a size like 594x841mm'
        )
    w = float(m.group(1).replace(",", "."))
    h = float(m.group(2).replace(",", "."))
    for side in (w, h):
        if not CUSTOM_MIN_MM <= side <= CUSTOM_MAX_MM:
            raise PaperError(
                f'paper "{text}" is out of range: each side must be '
                f"{_fmt(CUSTOM_MIN_MM)} to {_fmt(CUSTOM_MAX_MM)} mm"
            )
    return Paper(f"{_fmt(w)}x{_fmt(h)}mm", w, h)


def page_size(paper: str | Paper, orientation: Orientation = "landscape") -> tuple[float, float]:
    """(width, height) in points of a paper in an orientation."""
    p = paper if isinstance(paper, Paper) else parse_paper(paper)
    return p.size(orientation)


@dataclass(frozen=True)
class PdfOptions:
    """What the user chose in the Export dialog or on the command line.

    Attributes
    ----------
    paper
        Poster paper: a name from :data:`PAPER_NAMES` or ``"WxHmm"``.
    orientation
        ``"landscape"`` or ``"portrait"``; None chooses the one in which the
        map fits larger (a tall map goes portrait).
    scale_percent
        ``None`` fits the map to the page; a number draws it at that scale
        (100 = one map point per paper point). A fixed scale larger than the
        page needs tiling or a bigger paper.
    margin_mm
        White border of the poster page.
    title_block
        Header band with the map title, personas, and a footer with date,
        file name, version and a legend.
    tile
        ``None`` for one poster page; ``"A4"``/``"A3"`` to split the poster over
        office sheets, with ``overlap_mm`` printed on both neighbours.
    appendix
        Add pages with the improvement-action plan, the KPIs and the full text
        of cards cut short on the map.
    comments, votes
        Add the map's comments (keyed to their card, stage or lane) and the
        ranking of the voted cards to the appendix, and their badges and dots
        to the poster; left out unless asked.
    """

    paper: str = "A0"
    orientation: Optional[Orientation] = None
    scale_percent: Optional[float] = None
    margin_mm: float = 10.0
    title_block: bool = True
    tile: Optional[str] = None
    overlap_mm: float = 10.0
    appendix: bool = False
    comments: bool = False
    votes: bool = False
    force_missing_glyphs: bool = False

    @property
    def has_appendix(self) -> bool:
        """Whether any appendix section is asked for."""
        return self.appendix or self.comments or self.votes

    @property
    def sections(self) -> tuple[bool, bool, bool]:
        """The appendix's parts asked for: the standard three, the comments, the vote results."""
        return (self.appendix, self.comments, self.votes)

    def check(self) -> Paper:
        """Validate every field; return the parsed poster paper.

        Raises :class:`ExportError` (one line) on the first bad value.
        """
        paper = parse_paper(self.paper)
        if self.orientation not in (None, "landscape", "portrait"):
            raise ExportError(f'orientation must be landscape or portrait, not "{self.orientation}"')
        if self.scale_percent is not None and not 1 <= self.scale_percent <= 1000:
            raise ExportError(f"scale must be 1 to 1000 percent, not {self.scale_percent:g}")
        w, h = paper.size(self.orientation or "portrait")
        if not 0 <= self.margin_mm * MM * 2 < min(w, h) / 2:
            raise ExportError(
                f"margin {self.margin_mm:g} mm is too large for {paper.label} paper"
            )
        if self.tile is not None:
            if self.tile not in TILE_PAPERS:
                raise ExportError(f'tiles must be A4 or A3, not "{self.tile}"')
            if not 0 <= self.overlap_mm <= 50:
                raise ExportError(f"overlap must be 0 to 50 mm, not {self.overlap_mm:g}")
        return paper
