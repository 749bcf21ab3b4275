"""The map as an Excel workbook (openpyxl, write-only): Map, Cards, Action plan, Emotions. No Qt.

- *Map*: laid out like the poster: stages as columns (in their colours), lanes
  as rows (in their lane colours), a cell's cards one per line; the map's
  title in the corner; header row and column frozen and printed on every
  page, landscape A3 fitted to the page width.
- *Cards*: one row per card with every field (:mod:`.columns`).
- *Action plan*: the cards of improvement lanes with owner, due date,
  measure and status; filters on.
- *Emotions*: persona × stage scores (−3 … +3).
- *cjm* (hidden): the map's other parts (:mod:`.skeleton`), so the workbook
  imports back whole.

Written atomically (:func:`cjm_desktop.export.files.export_target`); every text cell
is a string (never a formula).
"""

from __future__ import annotations

import math
import os
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from ..export.files import export_target
from ..layout.style import LANE_COLOURS, STATUS_COLOURS, text_on, tint
from ..layout.words import label
from ..model import JourneyMap, LaneKind
from . import skeleton
from .cell_text import escape
from .columns import COLUMNS, table_rows

SHEETS = ("Map", "Cards", "Action plan", "Emotions")
_WRAP_TOP = Alignment(wrap_text=True, vertical="top")
_BOLD = Font(bold=True)
_THIN = Side(style="thin", color="FFC8CDD6")
_GRID = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEAD_FILL = PatternFill("solid", fgColor="FFE6E9EF")
_DATE = "yyyy-mm-dd"
#: A spreadsheet cell holds at most this many characters (the Map sheet's crowded cells are cut there).
CELL_CHARS = 32_767


def _argb(colour: str) -> str:
    return "FF" + colour.lstrip("#").upper()


def _fill(colour: str) -> PatternFill:
    return PatternFill("solid", fgColor=_argb(colour))


def _cell(ws, value: Any, font=None, fill=None, alignment=None, border=None, number_format=None) -> WriteOnlyCell:
    """A write-only cell: text escaped and always text (a title "=1+1" stays text)."""
    if isinstance(value, str):
        cell = WriteOnlyCell(ws, value=escape(value))
        cell.data_type = "s"
    else:
        cell = WriteOnlyCell(ws, value=value)
    for name, style in (("font", font), ("fill", fill), ("alignment", alignment), ("border", border),
                        ("number_format", number_format)):
        if style is not None:
            setattr(cell, name, style)
    return cell


def _plain(ws, value: Any) -> Any:
    """A Cards-sheet value as cheaply as openpyxl takes it: no cell for empty text, a plain string
    unless it would read as a formula or needs escapes (then a text cell, :func:`_cell`)."""
    if value == "" or value is None:
        return None
    if isinstance(value, str) and (value.startswith("=") or escape(value) != value):
        return _cell(ws, value)
    return value


def _print_setup(ws, title: str, rows: str = "1:1", cols: str | None = None) -> None:
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = "8"  # A3
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_title_rows = rows
    if cols:
        ws.print_title_cols = cols
    ws.oddHeader.center.text = title.replace("&", "&&")[:200]
    ws.oddFooter.center.text = "&P / &N"


def _at_most(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _row_height(texts: list[tuple[str, float]]) -> float:
    """Points a row needs to show each (text, column width in characters) wrapped: spreadsheets
    do not size a written row to its lines by themselves. At most Excel's 409 points."""
    lines = 1
    for text, width in texts:
        per_line = max(1, int(width * 1.15))
        lines = max(lines, sum(max(1, math.ceil(len(line) / per_line)) for line in text.split("\n")))
    return min(409.0, 15.0 * lines + 3)


def _map_sheet(wb: Workbook, m: JourneyMap) -> None:
    ws = wb.create_sheet("Map")
    ws.freeze_panes = "B2"
    _print_setup(ws, m.title, cols="A:A")
    widths = [24.0] + [max(18.0, min(80.0, stage.width / 7)) for stage in m.stages]
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    head = [_cell(ws, m.title, font=_BOLD, alignment=_WRAP_TOP, border=_GRID)]
    for stage in m.stages:
        head.append(_cell(ws, stage.title, font=Font(bold=True, color=_argb(text_on(stage.colour))),
                          fill=_fill(stage.colour), alignment=_WRAP_TOP, border=_GRID))
    ws.row_dimensions[1].height = _row_height(list(zip([m.title] + [s.title for s in m.stages], widths)))
    ws.append(head)
    cells: dict[tuple[str, str], list[str]] = {}
    for card in sorted(m.cards, key=lambda c: c.order):
        cells.setdefault((card.stage_id, card.lane_id), []).append(" ".join(card.title.split()))
    for number, lane in enumerate(m.lanes, start=2):
        fill_colour, accent = LANE_COLOURS.get(lane.kind, LANE_COLOURS[LaneKind.CUSTOM])
        texts = [lane.title] + [_at_most("\n".join(cells.get((stage.id, lane.id), ())), CELL_CHARS)
                                for stage in m.stages]
        ws.row_dimensions[number].height = _row_height(list(zip(texts, widths)))
        fill = _fill(fill_colour)
        ws.append([_cell(ws, lane.title, font=Font(bold=True, color=_argb(text_on(accent))), fill=_fill(accent),
                         alignment=_WRAP_TOP, border=_GRID)]
                  + [_cell(ws, text, fill=fill, alignment=_WRAP_TOP, border=_GRID) for text in texts[1:]])


def _cards_sheet(wb: Workbook, m: JourneyMap) -> None:
    ws = wb.create_sheet("Cards")
    ws.freeze_panes = "B2"
    _print_setup(ws, m.title)
    widths = {"title": 40, "body": 60, "tags": 16, "id": 12, "stage id": 12, "lane id": 12}
    for i, name in enumerate(COLUMNS, start=1):
        ws.column_dimensions[get_column_letter(i)].width = widths.get(name, 14)
    ws.append([_cell(ws, name, font=_BOLD, fill=_HEAD_FILL) for name in COLUMNS])
    due = COLUMNS.index("due")
    rows = table_rows(m)
    for values in rows:
        row = [_plain(ws, v) for v in values]
        if values[due] is not None:
            row[due] = _cell(ws, values[due], number_format=_DATE)
        ws.append(row)
    ws.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{len(rows) + 1}"


def _plan_sheet(wb: Workbook, m: JourneyMap) -> None:
    ws = wb.create_sheet("Action plan")
    ws.freeze_panes = "A2"
    _print_setup(ws, m.title)
    lang = m.language
    keys = ("col_stage", "col_action", "col_owner", "col_due", "col_measure", "col_status")
    for i, width in enumerate((22, 48, 20, 12, 30, 14), start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.append([_cell(ws, label(k, lang), font=_BOLD, fill=_HEAD_FILL) for k in keys])
    improvement = {lane.id for lane in m.lanes if lane.kind is LaneKind.IMPROVEMENTS}
    stages = {s.id: s.title for s in m.stages}
    plan = m.reading_order(c for c in m.cards if c.lane_id in improvement)
    for number, c in enumerate(plan, start=2):
        ws.row_dimensions[number].height = _row_height([(stages[c.stage_id], 22), (c.title, 48), (c.measure, 30)])
        status = _cell(ws, label(c.status, lang) if c.status else "")
        if c.status:
            status.font = Font(bold=True, color=_argb(STATUS_COLOURS[c.status]))
        ws.append([_cell(ws, stages[c.stage_id], alignment=_WRAP_TOP), _cell(ws, c.title, alignment=_WRAP_TOP),
                   _cell(ws, c.owner), _cell(ws, c.due, number_format=_DATE) if c.due else None,
                   _cell(ws, c.measure, alignment=_WRAP_TOP), status])
    ws.auto_filter.ref = f"A1:F{len(plan) + 1}"


def _score_fill(score: int) -> PatternFill:
    base = "#2e9e5b" if score > 0 else "#d64545" if score < 0 else "#8a94a6"
    return _fill(tint(base, 1.0 - 0.22 * max(1, abs(score))))


def _emotions_sheet(wb: Workbook, m: JourneyMap) -> None:
    ws = wb.create_sheet("Emotions")
    ws.freeze_panes = "B2"
    _print_setup(ws, m.title, cols="A:A")
    ws.column_dimensions["A"].width = 28
    for i in range(2, len(m.stages) + 2):
        ws.column_dimensions[get_column_letter(i)].width = 16
    ws.row_dimensions[1].height = _row_height([(s.title, 16) for s in m.stages])
    ws.append([_cell(ws, label("personas", m.language), font=_BOLD, fill=_HEAD_FILL)]
              + [_cell(ws, s.title, font=_BOLD, fill=_HEAD_FILL, alignment=_WRAP_TOP) for s in m.stages])
    for persona in m.personas:
        row: list[Any] = [_cell(ws, persona.name, font=_BOLD)]
        for stage in m.stages:
            point = m.emotion(persona.id, stage.id)
            row.append(_cell(ws, point.score, fill=_score_fill(point.score),
                             alignment=Alignment(horizontal="center")) if point else None)
        ws.append(row)


def _data_sheet(wb: Workbook, m: JourneyMap) -> None:
    ws = wb.create_sheet(skeleton.SHEET)
    ws.sheet_state = "hidden"
    ws.append([_cell(ws, skeleton.NOTE)])
    for chunk in skeleton.skeleton_chunks(m):
        ws.append([_cell(ws, chunk)])


def workbook(m: JourneyMap) -> Workbook:
    """The workbook of ``m`` (not yet saved)."""
    wb = Workbook(write_only=True)
    wb.properties.title = m.title[:250]
    wb.properties.creator = "cjm-desktop"
    for build in (_map_sheet, _cards_sheet, _plan_sheet, _emotions_sheet, _data_sheet):
        build(wb, m)
    return wb


def export_xlsx(m: JourneyMap, path: str | os.PathLike) -> Path:
    """Write ``m`` as an .xlsx workbook at ``path``, atomically; returns the path.

    Raises :class:`~cjm_desktop.export.options.ExportError` when it cannot be written.
    """
    target = Path(path)
    wb = workbook(m)
    with export_target(target) as tmp:
        wb.save(tmp)
    return target

