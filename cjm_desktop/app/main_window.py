"""Placeholder main window: opens a map through io and shows its title and counts.

The real editor window (canvas, docks, undo) replaces this file; it keeps the
contract ``MainWindow(path)``: a load error is shown as its one line in a
message box, never a traceback.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QWidget

from ..io import CjmError, CjmFile, read_cjm


class MainWindow(QMainWindow):
    """Shows the map's title, its counts and where it was read from."""

    def __init__(self, path: Optional[Path] = None, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.path: Optional[Path] = Path(path) if path else None
        self.file: Optional[CjmFile] = None
        self.load_error: Optional[str] = None
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # map text is never HTML
        self.summary.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.summary.setWordWrap(True)
        self.setCentralWidget(self.summary)
        self.resize(960, 640)
        if self.path is not None:
            try:
                self.file = read_cjm(self.path)
            except CjmError as exc:
                self.load_error = str(exc)
                # After the window is up, so the box has a parent on screen.
                QTimer.singleShot(0, self._report_load_error)
        self._show_summary()

    def _show_summary(self) -> None:
        if self.file is None:
            self.setWindowTitle("cjm-desktop")
            self.summary.setText("No map open")
            return
        m = self.file.map
        title = m.title or self.path.name
        self.setWindowTitle(f"{title} - cjm-desktop")
        self.summary.setText(
            f"{title}\n\n"
            f"{len(m.stages)} stages · {len(m.lanes)} lanes · {len(m.cards)} cards · "
            f"{len(m.personas)} personas · {len(m.connectors)} connectors\n\n{self.path}"
        )

    def _report_load_error(self) -> None:
        QMessageBox.warning(self, "Cannot open the map", self.load_error or "")
