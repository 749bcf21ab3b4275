"""How a poster is split over office sheets. Pure arithmetic, no drawing.

A sheet prints a window of the poster inside its white border (``border``:
room for crop marks and the sheet label, and for the printer's unprintable
edge). Neighbouring windows share ``overlap`` points: to assemble, trim the
left and top border of a sheet along its crop marks and lay it over its left /
upper neighbour so that its trimmed edge meets the neighbour's dashed
alignment line. Windows are counted from the poster's top-left corner.

Only the poster's drawn content (title block, map, legend) is tiled, never its
white margins; the grid is shifted so that every sheet carries part of the map
wherever the slack allows it.

Sheets are labelled by row number and column letter ("1A", "1B" ... "2A"), a
form that cannot be read as a paper size.

Sizes are points; the poster's y grows downwards (as in the layout).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .options import MM, PAPER_MM, Orientation, Paper

SHEET_BORDER_MM = 12.0


def column_letter(col: int) -> str:
    """0 -> "A", 25 -> "Z", 26 -> "AA" (spreadsheet style)."""
    out = ""
    n = col + 1
    while n:
        n, rem = divmod(n - 1, 26)
        out = chr(65 + rem) + out
    return out


def sheet_label(row: int, col: int) -> str:
    """1-based row number and column letter: ``sheet_label(1, 2) == "2C"``."""
    return f"{row + 1}{column_letter(col)}"


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
    #: Top-left corner of the grid on the poster (y downwards): the grid starts
    #: at the drawn content, not at the poster's white margin.
    origin_x: float = 0.0
    origin_y: float = 0.0

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
        return Sheet(row, col, self.origin_x + col * self.step_x, self.origin_y + row * self.step_y,
                     self.window_w, self.window_h)

    def sheets(self) -> list[Sheet]:
        """Every sheet, row by row (1A, 1B ... 2A ...)."""
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


Box = tuple[float, float, float, float]  #: x, y (downwards), width, height on the poster


def _offset(start: float, length: float, count: int, window: float, step: float,
            target: tuple[float, float]) -> float:
    """Where the grid starts along one axis: the content centred in the grid's
    slack, else flush with its start or end, whichever first gives every
    row / column a share (at least 1 mm) of ``target`` (the map's span)."""
    slack = count * step + (window - step) - length
    lo, hi = target
    for origin in (start - slack / 2, start, start - slack):
        spans = [(origin + i * step, origin + i * step + window) for i in range(count)]
        if all(min(b, hi) - max(a, lo) >= MM for a, b in spans):
            return origin
    return start - slack / 2


def plan_tiles(
    poster_w: float,
    poster_h: float,
    paper: str = "A4",
    overlap_mm: float = 10.0,
    border_mm: float = SHEET_BORDER_MM,
    orientation: Orientation | None = None,
    content: Box | None = None,
    map_box: Box | None = None,
) -> TilePlan:
    """The sheets needed to print the ``content`` of a ``poster_w`` x ``poster_h`` point poster.

    ``content`` is what is drawn (the whole poster when None); ``map_box`` is the
    map in it, which every sheet should carry a part of. With ``orientation``
    None, the sheet orientation that needs fewer sheets is chosen (portrait on
    a tie).
    """
    sheet = Paper(paper, *PAPER_MM[paper])
    border, overlap = border_mm * MM, overlap_mm * MM
    cx, cy, cw, ch = content or (0.0, 0.0, poster_w, poster_h)
    mx, my, mw, mh = map_box or (cx, cy, cw, ch)
    plans = []
    for orient in ((orientation,) if orientation else ("portrait", "landscape")):
        w, h = sheet.size(orient)
        ww, wh = w - 2 * border, h - 2 * border
        if overlap >= min(ww, wh) / 2:
            raise ValueError(f"overlap {overlap_mm:g} mm is too large for {paper} sheets")
        cols = _count(cw, ww, ww - overlap)
        rows = _count(ch, wh, wh - overlap)
        ox = _offset(cx, cw, cols, ww, ww - overlap, (mx, mx + mw)) if content else 0.0
        oy = _offset(cy, ch, rows, wh, wh - overlap, (my, my + mh)) if content else 0.0
        plans.append(TilePlan(poster_w, poster_h, paper, orient, w, h, border, overlap, cols, rows, ox, oy))
    return min(plans, key=lambda p: p.count)
