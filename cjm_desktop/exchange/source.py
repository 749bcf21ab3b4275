"""The bytes of a file to import, read only if it is a regular file and not too large. No Qt.

Also the caps every importer checks before it reads on: rows, columns and
characters in a cell. Past any of them the import stops with one line.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from ..io import texts as io_texts
from ..io.decoding import human_size
from ..model import LIMITS
from .texts import TOO_BIG, TOO_MUCH, ExchangeError, problem

#: The largest file imported (a workbook is compressed; its unpacked size is capped apart).
MAX_FILE_BYTES = LIMITS.max_file_bytes
#: The most a workbook may unpack to (its parts added up), so a "zip bomb" is refused unread.
MAX_UNPACKED_BYTES = 512 * 1024 * 1024
#: A header row and one row per card at most.
MAX_ROWS = LIMITS.max_cards + 1
#: The first column (lanes) and one per stage at most (the Cards table has fewer).
MAX_COLUMNS = LIMITS.max_stages + 1
#: Excel's own cap on one cell.
MAX_CELL_CHARS = 32_767


def read_bytes(path: Path) -> bytes:
    """The whole file; :class:`~.texts.ExchangeError` when it is missing, not a regular file, or too large."""
    name = path.name or str(path)
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            raise problem(name, io_texts.NOT_REGULAR)
        if info.st_size > MAX_FILE_BYTES:
            raise problem(name, TOO_BIG, human_size(info.st_size), human_size(MAX_FILE_BYTES))
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise problem(name, io_texts.NO_SUCH_FILE, path.parent.resolve()) from None
    except PermissionError:
        raise problem(name, io_texts.READ_DENIED) from None
    except OSError as exc:
        raise problem(name, io_texts.CANNOT_READ, exc.strerror or exc) from None
    if len(data) > MAX_FILE_BYTES:
        raise problem(name, TOO_BIG, human_size(len(data)), human_size(MAX_FILE_BYTES))
    return data


def too_many(name: str, what: str, count: int, cap: int) -> ExchangeError:
    """``name: too many rows: 1,000,000, at most 50,001`` (``what``: rows, columns, characters in a cell)."""
    return problem(name, TOO_MUCH, what, count, cap)
