"""The Cards table as CSV (UTF-8 with a byte-order mark, so Excel shows Vietnamese), and CSV imported. No Qt.

A CSV whose header names the Cards table's columns (:mod:`.columns`) is read
as cards; any other is read as a grid (:mod:`.grid`). The delimiter of a file
made by hand may be a comma, a semicolon (Excel in many locales) or a tab.

A value that a spreadsheet would run as a formula (starting with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return) is written with a leading ``'``, as
spreadsheets themselves do; a value starting with ``'`` gets one more. Reading
the Cards table takes one ``'`` off again, so the text comes back as it was.
"""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path
from typing import Any, Optional

from ..export.files import export_target
from ..io import texts as io_texts
from ..model import JourneyMap
from .columns import COLUMNS, header_index, table_rows
from .grid import map_from_grid
from .source import MAX_CELL_CHARS, MAX_COLUMNS, MAX_ROWS, read_bytes, too_many
from .table import Places, TableReader
from .texts import NO_CONTENT, NOT_UTF8, problem

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "'")


def _guarded(value: Any) -> str:
    if value is None:
        return ""
    text = value.isoformat() if hasattr(value, "isoformat") else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def _unguarded(value: str) -> str:
    return value[1:] if value.startswith("'") else value


def csv_text(m: JourneyMap) -> str:
    """The Cards table as CSV text (without the byte-order mark)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in table_rows(m):
        writer.writerow([_guarded(v) for v in row])
    return out.getvalue()


def export_csv(m: JourneyMap, path: str | os.PathLike) -> Path:
    """Write the Cards table of ``m`` to ``path`` as UTF-8 CSV with a byte-order mark, atomically."""
    target = Path(path)
    data = csv_text(m).encode("utf-8-sig")
    with export_target(target) as tmp:
        tmp.write_bytes(data)
    return target


def _text(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise problem(name, NOT_UTF8) from None


def _delimiter(text: str) -> str:
    first = text.split("\n", 1)[0]
    counts = {d: first.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


def _rows(text: str, name: str) -> list[list[str]]:
    old = csv.field_size_limit()
    csv.field_size_limit(MAX_CELL_CHARS + 1)
    rows: list[list[str]] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    try:
        for row in reader:
            if len(rows) >= MAX_ROWS:
                raise too_many(name, "rows", len(rows) + 1 + sum(1 for _ in reader), MAX_ROWS)
            while row and not row[-1]:
                row.pop()
            if len(row) > MAX_COLUMNS:
                raise too_many(name, "columns", len(row), MAX_COLUMNS)
            rows.append(row)
    except csv.Error as exc:
        if "field limit" in str(exc):
            raise too_many(name, "characters in a cell", MAX_CELL_CHARS + 1, MAX_CELL_CHARS) from None
        raise problem(name, io_texts.CANNOT_READ, str(exc)) from None
    finally:
        csv.field_size_limit(old)
    return rows


def read_csv(path: Path, language: Optional[str] = None) -> JourneyMap:
    """The map in the CSV file at ``path``; :class:`~.texts.ExchangeError` (one line) when it cannot be."""
    path = Path(path)
    name = path.name or str(path)
    rows = _rows(_text(read_bytes(path), name), name)
    if not any(any(cell.strip() for cell in row) for row in rows):
        raise problem(name, NO_CONTENT)
    index = header_index(rows[0])
    if index is None:
        return map_from_grid(rows, name, path.stem, language)
    reader = TableReader(name, "CSV", index, Places())
    for number, row in enumerate(rows[1:], start=2):
        reader.add([_unguarded(cell) for cell in row], number)
    return reader.journey_map(None, language or None, path.stem)
