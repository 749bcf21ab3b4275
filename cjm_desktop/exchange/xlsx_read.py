"""An Excel workbook (.xlsx) imported as a map, read bounded with openpyxl's read-only mode. No Qt.

A workbook with a *Cards* sheet is read as the Cards table (:mod:`.table`),
with the hidden *cjm* sheet's parts of the map when it has one (a workbook
exported by cjm-desktop comes back whole). Any other workbook is read as a
grid from its first visible sheet (:mod:`.grid`). Before openpyxl parses
anything, the file size and the unpacked size of its parts are checked; while
it reads, rows, columns and cell lengths are counted and capped
(:mod:`.source`), so a sheet of a million rows stops at the cap.
"""

from __future__ import annotations

import io
import logging
import zipfile
from pathlib import Path
from typing import Any, Iterator, Optional

from pydantic import ValidationError

from ..io.decoding import human_size
from ..model import JourneyMap, Lane, Stage
from . import skeleton
from .cell_text import unescape
from .columns import header_index
from .grid import map_from_grid
from .source import MAX_CELL_CHARS, MAX_COLUMNS, MAX_ROWS, MAX_UNPACKED_BYTES, read_bytes, too_many
from .table import Places, TableReader
from .texts import NO_CONTENT, NOT_WORKBOOK, TOO_BIG, ExchangeError, problem

log = logging.getLogger(__name__)

CARDS_SHEET = "cards"


def _dimension_only(sheet) -> None:
    """openpyxl's read-only sheet looks for its <dimension> until the END of <sheetData>, so a sheet
    without one is parsed whole when the workbook opens (a million rows: half a minute). This looks
    only up to the START of <sheetData>; the result is the same, the time bounded."""
    from openpyxl.worksheet.dimensions import SheetDimension
    from openpyxl.xml.functions import iterparse  # defusedxml's when installed, as openpyxl's own
    from openpyxl.xml.constants import SHEET_MAIN_NS

    source = sheet._get_source()
    try:
        for _event, element in iterparse(source, events=("start",)):
            if element.tag == f"{{{SHEET_MAIN_NS}}}dimension":
                boundaries = SheetDimension.from_tree(element).boundaries
                if boundaries is not None:
                    sheet._min_column, sheet._min_row, sheet._max_column, sheet._max_row = boundaries
                return
            if element.tag == f"{{{SHEET_MAIN_NS}}}sheetData":
                return
    finally:
        source.close()


def _open(data: bytes, name: str):
    from openpyxl import load_workbook
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

    ReadOnlyWorksheet._get_size = _dimension_only

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, ValueError, OSError):
        raise problem(name, NOT_WORKBOOK, "not a zip archive") from None
    if unpacked > MAX_UNPACKED_BYTES:
        raise problem(name, TOO_BIG, human_size(unpacked), human_size(MAX_UNPACKED_BYTES))
    try:
        return load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds for a damaged file
        log.debug("openpyxl could not open %s", name, exc_info=True)
        raise problem(name, NOT_WORKBOOK, type(exc).__name__) from None


def _value(value: Any, name: str) -> Any:
    if isinstance(value, str):
        if len(value) > MAX_CELL_CHARS:
            raise too_many(name, "characters in a cell", len(value), MAX_CELL_CHARS)
        return unescape(value)
    return value


def bounded_rows(ws, name: str, max_columns: int = MAX_COLUMNS) -> Iterator[list[Any]]:
    """The sheet's rows as lists of values (trailing empty cells dropped), refused past the caps."""
    try:
        declared = ws.max_row  # the sheet's own <dimension>, when it has one
    except (ValueError, TypeError):
        declared = None
    if isinstance(declared, int) and declared > MAX_ROWS:
        raise too_many(name, "rows", declared, MAX_ROWS)
    if hasattr(ws, "reset_dimensions"):
        ws.reset_dimensions()  # a wrong <dimension> must not hide rows: read them all, counting
    count = 0
    for row in ws.iter_rows(values_only=True):
        count += 1
        if count > MAX_ROWS:
            raise too_many(name, "rows", count, MAX_ROWS)
        values = list(row)
        while values and (values[-1] is None or values[-1] == ""):
            values.pop()
        if len(values) > max_columns:
            raise too_many(name, "columns", len(values), max_columns)
        yield [_value(v, name) for v in values]


def _skeleton(wb, name: str) -> Optional[dict]:
    if skeleton.SHEET not in wb.sheetnames:
        return None
    cells = (row[0] for row in bounded_rows(wb[skeleton.SHEET], name, 1) if row)
    next(cells, None)  # the note
    return skeleton.read_skeleton(cells)


def _places(base: Optional[dict]) -> tuple[Places, Optional[dict]]:
    if base is None:
        return Places(), None
    try:
        return Places([Stage.model_validate(s) for s in base.pop("stages")],
                      [Lane.model_validate(lane) for lane in base.pop("lanes")]), base
    except (ValidationError, TypeError):
        return Places(), None


def _cards_map(wb, sheet: str, name: str, title: str, language: Optional[str]) -> Optional[JourneyMap]:
    from openpyxl.utils.datetime import from_excel

    rows = bounded_rows(wb[sheet], name)
    header = next(rows, None)
    index = header_index(header or [])
    if index is None:
        return None
    places, base = _places(_skeleton(wb, name))
    reader = TableReader(name, sheet, index, places, from_serial=from_excel)
    for number, row in enumerate(rows, start=2):
        reader.add(row, number)
    if not reader.cards and base is None and not places.stages:
        raise problem(name, NO_CONTENT)
    return reader.journey_map(base, language, title)


def read_xlsx(path: Path, language: Optional[str] = None) -> JourneyMap:
    """The map in the workbook at ``path``; :class:`~.texts.ExchangeError` (one line) when it cannot be."""
    path = Path(path)
    name = path.name or str(path)
    wb = _open(read_bytes(path), name)
    try:
        return _read(wb, path, name, language)
    except ExchangeError:
        raise
    except Exception as exc:  # noqa: BLE001 - a damaged or hostile sheet (bad XML, entities) is one line too
        log.debug("openpyxl could not read %s", name, exc_info=True)
        raise problem(name, NOT_WORKBOOK, type(exc).__name__) from None
    finally:
        wb.close()


def _read(wb, path: Path, name: str, language: Optional[str]) -> JourneyMap:
    sheets = {title.casefold(): title for title in wb.sheetnames}
    if CARDS_SHEET in sheets:
        m = _cards_map(wb, sheets[CARDS_SHEET], name, path.stem, language)
        if m is not None:
            return m
    visible = [ws for ws in wb.worksheets if getattr(ws, "sheet_state", "visible") == "visible"]
    if not visible:
        raise problem(name, NO_CONTENT)
    return map_from_grid(list(bounded_rows(visible[0], name)), name, path.stem, language)
