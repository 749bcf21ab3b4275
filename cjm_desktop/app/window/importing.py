"""File > Import…: a map made from an Excel workbook, a CSV table or a Mermaid journey (:mod:`cjm_desktop.exchange`).

The file is read first, so one that cannot be imported never costs the user
a decision about the current map; then the unsaved-changes question, then the
result replaces the window's map as a new, unsaved map (no file yet, marked
modified so that closing asks to save it; nothing on the undo stack, so Undo
cannot empty it).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog

from ...commands import CjmDocument
from ...editing import prompts
from ...i18n import fill, tr
from ...io import CjmError
from .error_text import translate_error

if TYPE_CHECKING:  # pragma: no cover
    from .main_window import MainWindow


def import_filter() -> str:
    """The file dialog's filter for files that can be imported."""
    return tr("Spreadsheets and Mermaid journeys (*.xlsx *.csv *.mmd)")


def import_file(window: "MainWindow") -> bool:
    """Ask for a file, then :func:`import_path` it."""
    doc = window.doc
    start = str(doc.path.parent) if doc is not None and doc.path is not None else str(Path.home())
    path, _ = QFileDialog.getOpenFileName(window, tr("Import"), start, import_filter())
    return import_path(window, Path(path)) if path else False


def import_path(window: "MainWindow", path: Path) -> bool:
    """Show the map in ``path`` as a new unsaved map; a file that cannot be imported changes nothing."""
    from ...exchange import import_map

    QGuiApplication.setOverrideCursor(Qt.WaitCursor)
    try:
        journey_map = import_map(path)
    except (CjmError, OSError) as exc:
        QGuiApplication.restoreOverrideCursor()
        prompts.show_error(window, tr("Could not import the file"), translate_error(exc))
        return False
    QGuiApplication.restoreOverrideCursor()
    if not window.files.maybe_save():
        return False
    doc = CjmDocument(journey_map)
    doc.undo_stack.resetClean()  # nothing on disk holds this map yet: it is unsaved work
    window.set_document(doc)
    window.statusBar().showMessage(fill(tr("Imported %1"), path.name), 4000)
    return True
