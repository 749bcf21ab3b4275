"""The deck's tables: a stage's lanes with their card titles, and the action plan. No Qt.

Rows are planned before anything is drawn (:class:`Row`, with an estimated
height), then cut into pages that fit under a slide's title; a lane whose
titles do not fit on one slide goes on, marked "(continued)", on the next.
Every cell is real, editable text (python-pptx table cells).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from pptx.util import Inches, Pt

from ..layout.style import LANE_COLOURS, STATUS_COLOURS, Style
from ..layout.words import label
from ..model import Card, JourneyMap
from .deck_text import clean, line_count, line_height_pt, set_cell
from .shown import plan_cards

CELL_SIZE = 11.0
PLAN_SIZE = 10.5
HEAD_SIZE = 12.0
#: Height under a slide's title that a table may take, in points (5.9 inches: down to 0.3 inch above the edge).
TABLE_BUDGET_PT = 425.0
ROW_MARGIN_PT = 6.0
STAGE_WIDTHS = (2.6, 9.73)
PLAN_WIDTHS = (1.9, 4.4, 1.9, 1.1, 1.9, 1.13)
PLAN_BODY_LIMIT = 240
ZEBRA = ("#ffffff", "#f4f6f9")

Lines = list[tuple[str, bool]]


@dataclass
class Row:
    """One table row: each cell's lines ``(text, bold)``, its fill, and its height in points."""

    cells: list[Lines]
    height: float
    fills: tuple[Optional[str], ...] = ()
    colours: tuple[Optional[str], ...] = ()


def _head_height() -> float:
    return line_height_pt(HEAD_SIZE) + ROW_MARGIN_PT


def card_label(c: Card) -> str:
    """What a card is called in a table: its title, else the start of its text, else a dash."""
    return clean(c.title) or clean(c.body)[:80] or "—"


def stage_pages(m: JourneyMap, stage_id: str, budget: float = TABLE_BUDGET_PT) -> list[list[Row]]:
    """The rows of one stage's table (a lane each, its card titles), cut into slides."""
    lang = m.language
    line = line_height_pt(CELL_SIZE)
    pages: list[list[Row]] = [[]]
    used = _head_height()
    for lane in m.lanes:
        fill = LANE_COLOURS[lane.kind][0]
        name = clean(lane.title) or "—"
        piece: Lines = []
        count = 0  # lines of the titles in ``piece``
        first = True

        def height(lines: int) -> float:
            head = name if first else f"{name} {label('continued', lang)}"
            return ROW_MARGIN_PT + line * max(lines, line_count(head, STAGE_WIDTHS[0], CELL_SIZE))

        def emit() -> None:
            nonlocal used
            head = name if first else f"{name} {label('continued', lang)}"
            pages[-1].append(Row([[(head, True)], piece], height(count), (fill, None)))
            used += height(count)

        for c in m.cards_in(stage_id, lane.id):
            title = card_label(c)
            n = line_count(title, STAGE_WIDTHS[1], CELL_SIZE)
            if piece and used + height(count + n) > budget:
                emit()
                pages.append([])
                used, piece, count, first = _head_height(), [], 0, False
            piece.append((title, False))
            count += n
        if pages[-1] and used + height(count) > budget:
            pages.append([])
            used = _head_height()
        emit()
    return pages


def _plan_row(c: Card, stage_title: str, lang: str) -> Row:
    body = clean(c.body)
    if len(body) > PLAN_BODY_LIMIT:
        body = body[:PLAN_BODY_LIMIT].rstrip() + "…"
    action: Lines = [(card_label(c), True)] + ([(body, False)] if body else [])
    cells: list[Lines] = [
        [(stage_title, False)], action, [(clean(c.owner), False)],
        [(c.due.strftime("%d/%m/%Y") if c.due else "", False)], [(clean(c.measure), False)],
        [(label(c.status, lang) if c.status else "", bool(c.status))],
    ]
    lines = max(sum(line_count(text, width, PLAN_SIZE) for text, _ in cell)
                for cell, width in zip(cells, PLAN_WIDTHS))
    colours = (None,) * 5 + (STATUS_COLOURS[c.status] if c.status else None,)
    return Row(cells, ROW_MARGIN_PT + lines * line_height_pt(PLAN_SIZE), colours=colours)


def plan_pages(m: JourneyMap, budget: float = TABLE_BUDGET_PT) -> list[list[Row]]:
    """The action plan's rows (touchpoint or stage, action, owner, due, measure, status), cut into slides."""
    titles = {s.id: clean(s.title) for s in m.stages}
    pages: list[list[Row]] = [[]]
    used = _head_height()
    for c in plan_cards(m):
        row = _plan_row(c, titles[c.stage_id], m.language)
        if pages[-1] and used + row.height > budget:
            pages.append([])
            used = _head_height()
        pages[-1].append(row)
        used += row.height
    return pages


def stage_head(lang: str) -> list[str]:
    return [label("col_lane", lang), label("col_cards", lang)]


def plan_head(lang: str) -> list[str]:
    return [label(k, lang) for k in
            ("col_touchpoint", "col_action", "col_owner", "col_due", "col_measure", "col_status")]


def add_table(slide, head: list[str], widths: tuple[float, ...], rows: list[Row], top_in: float,
              lang: str, style: Style, size: float) -> None:
    """Draw a planned table on ``slide``: a dark header row, then ``rows``."""
    height = _head_height() + sum(r.height for r in rows)
    shape = slide.shapes.add_table(len(rows) + 1, len(head), Inches(0.5), Inches(top_in),
                                   Inches(sum(widths)), Pt(height))
    table = shape.table
    table.horz_banding = False
    for i, w in enumerate(widths):
        table.columns[i].width = Inches(w)
    table.rows[0].height = Pt(_head_height())
    for i, text in enumerate(head):
        set_cell(table.cell(0, i), [(text, True)], HEAD_SIZE, lang, "#ffffff", style.header_fill)
    for r, row in enumerate(rows, start=1):
        table.rows[r].height = Pt(row.height)
        zebra = ZEBRA[(r - 1) % 2]
        for i, lines in enumerate(row.cells):
            fill = row.fills[i] if i < len(row.fills) and row.fills[i] else zebra
            colour = row.colours[i] if i < len(row.colours) and row.colours[i] else style.text
            set_cell(table.cell(r, i), lines, size, lang, colour, fill)
