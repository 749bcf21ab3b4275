"""The one-line problems of importing a spreadsheet, a CSV or a Mermaid file, and their error type. No Qt.

Each template is written once, here (marked for translation as io's are, see
``tools/translations.py``); :class:`ExchangeError` is a
:class:`~cjm_desktop.io.CjmLoadError`, so the command line prints it as one
line and the window translates its :attr:`~cjm_desktop.io.CjmError.text`.
What follows ``"<file name>: "``.
"""

from __future__ import annotations

from ..io.errors import CjmLoadError
from ..message import QT_TR_NOOP, Message, placed

UNKNOWN_KIND = QT_TR_NOOP(
    "cannot import this kind of file; use an .xlsx workbook, a .csv table or a Mermaid .mmd journey")
TOO_BIG = QT_TR_NOOP("the file is %1; a file to import is at most %2")
NOT_WORKBOOK = QT_TR_NOOP("is not an Excel workbook (.xlsx) that can be read: %1")
NOT_UTF8 = QT_TR_NOOP("the file is not UTF-8 text; save it again as UTF-8 (in Excel: CSV UTF-8)")
NO_CONTENT = QT_TR_NOOP("the file is empty; it holds no map")
NO_STAGE_ROW = QT_TR_NOOP("no stage row: the first row must name the stages (from its second cell on)")
TOO_MUCH = QT_TR_NOOP("too many %1: %2, at most %3")
NOT_JOURNEY = QT_TR_NOOP('not a Mermaid journey: the first statement must be "journey"')
BAD_LINE = QT_TR_NOOP("line %1: %2")
BAD_CELL = QT_TR_NOOP("%1, row %2, %3: %4")
BAD_SCORE = QT_TR_NOOP('a task needs "name: score" with a score from 1 to 5, found %1')
NOT_CHOICE = QT_TR_NOOP('"%1" is not allowed; expected %2')


class ExchangeError(CjmLoadError):
    """A file could not be imported (or exported); ``str(err)`` is one line."""


def problem(name: str, template: str, *args) -> ExchangeError:
    """``name: <template filled with args>`` as an :class:`ExchangeError`."""
    return ExchangeError(placed(name, Message(template, *args)))


def templates() -> list[str]:
    """Every template above (for the test that each has a translation)."""
    return [value for key, value in globals().items() if key.isupper() and isinstance(value, str)]
