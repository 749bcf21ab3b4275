"""How a poster is split over office sheets. Pure arithmetic, no drawing.

A sheet prints a window of the poster inside its white border (``border``:
room for crop marks and the sheet label, and for the printer's unprintable
edge). Neighbouring windows share ``overlap`` points: to assemble, trim the
left and top border of a sheet along its crop marks and lay it over its left /
upper neighbour so that its trimmed edge meets the neighbour's dashed
alignment line. Windows are counted from the poster's top-left corner.

Sizes are points; the poster's y grows downwards (as in the layout).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .options import MM, PAPER_MM, Orientation, Paper

SHEET_BORDER_MM = 12.0


def row_letter(row: int) -> str:
    """0 -> "A", 25 -> "Z", 26 -> "AA" (spreadsheet style)."""
    out = ""
    n = row + 1
    while n:
        n, rem = divmod(n - 1, 26)
        out = chr(65 + rem) + out
    return out


def sheet_label(row: int, col: int) -> str:
    """Row letter and 1-based column number: ``sheet_label(1, 2) == "B3"``."""
    return f"{row_letter(row)}{col + 1}"


@dataclass(frozen=True)
class Sheet:
    row: int
    col: int
    #: Window of the poster printed on this sheet (top-left x, y; y downwards).
    x: float
    y: float
    w: float
    h: float

    @property
    def label(self) -> str:
        return sheet_label(self.row, self.col)


@dataclass(frozen=True)
class TilePlan:
    poster_w: float
    poster_h: float
    paper: str
    orientation: Orientation
    sheet_w: float
    sheet_h: float
    border: float
    overlap: float
    cols: int
    rows: int

    @property
    def window_w(self) -> float:
        return self.sheet_w - 2 * self.border

    @property
    def window_h(self) -> float:
        return self.sheet_h - 2 * self.border

    @property
    def step_x(self) -> float:
        return self.window_w - self.overlap

    @property
    def step_y(self) -> float:
        return self.window_h - self.overlap

    @property
    def count(self) -> int:
        return self.cols * self.rows

    def sheet(self, row: int, col: int) -> Sheet:
        return Sheet(row, col, col * self.step_x, row * self.step_y, self.window_w, self.window_h)

    def sheets(self) -> list[Sheet]:
        """Every sheet, row by row (A1, A2 ... B1 ...)."""
        return [self.sheet(r, c) for r in range(self.rows) for c in range(self.cols)]

    @property
    def assembled_size(self) -> tuple[float, float]:
        """Size of the poster area the assembled sheets cover."""
        return (self.cols * self.step_x + self.overlap, self.rows * self.step_y + self.overlap)


#: The most sheets a tiled export makes (a poster needing more is refused before any drawing).
MAX_SHEETS = 500


def _count(length: float, window: float, step: float) -> int:
    if length <= window + 1e-6:
        return 1
    return 1 + math.ceil((length - window) / step - 1e-9)


def plan_tiles(
    poster_w: float,
    poster_h: float,
    paper: str = "A4",
    overlap_mm: float = 10.0,
    border_mm: float = SHEET_BORDER_MM,
    orientation: Orientation | None = None,
) -> TilePlan:
    """The sheets needed to print a ``poster_w`` x ``poster_h`` point poster.

    With ``orientation`` None, the sheet orientation that needs fewer sheets is
    chosen (portrait on a tie).
    """
    sheet = Paper(paper, *PAPER_MM[paper])
    border, overlap = border_mm * MM, overlap_mm * MM
    plans = []
    for orient in ((orientation,) if orientation else ("portrait", "landscape")):
        w, h = sheet.size(orient)
        ww, wh = w - 2 * border, h - 2 * border
        if overlap >= min(ww, wh) / 2:
            raise ValueError(f"overlap {overlap_mm:g} mm is too large for {paper} sheets")
        cols = _count(poster_w, ww, ww - overlap)
        rows = _count(poster_h, wh, wh - overlap)
        plans.append(TilePlan(poster_w, poster_h, paper, orient, w, h, border, overlap, cols, rows))
    return min(plans, key=lambda p: p.count)
