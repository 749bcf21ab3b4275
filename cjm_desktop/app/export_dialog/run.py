"""Running an export from the window: PDF in a worker thread with progress and cancel,
the missing-glyph question, and the "exported" notice in the status bar.

The PDF export (reportlab, no Qt) runs in a :class:`PdfExportJob` thread on a
copy of the map, so the window repaints and the Cancel button answers while a
large poster is drawn. ``export_pdf`` polls the cancel flag and writes
atomically: a cancelled or failed export leaves no file behind.
"""

from __future__ import annotations

import logging
import threading
import unicodedata
from pathlib import Path
from typing import Callable, Optional

from PySide6.QtCore import QEventLoop, QThread, QTimer, QUrl, Qt, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QWidget,
)

from ...export import ExportCancelled, ExportError, PdfOptions, export_pdf
from ...i18n import fill, tr
from ...model import JourneyMap
from ...plain_text import rich, rich_block

log = logging.getLogger(__name__)

#: How long the "exported" notice stays in the status bar (ms).
NOTICE_MS = 20_000


class PdfExportJob(QThread):
    """``export_pdf`` in a thread; progress comes back as a queued signal.

    After the thread finished, exactly one of :attr:`result`, :attr:`error`
    (one-line text) or :attr:`cancelled` is set.
    """

    progressed = Signal(int, int)

    def __init__(self, m: JourneyMap, target: Path, options: PdfOptions, source_name: Optional[str],
                 parent=None) -> None:
        super().__init__(parent)
        self.map = m.model_copy(deep=True)  # the window may not change it under the worker
        self.target = target
        self.options = options
        self.source_name = source_name
        self.result = None
        self.error: Optional[str] = None
        self.cancelled = False
        self._cancel = threading.Event()
        self._last_permille = -1

    def cancel(self) -> None:
        self._cancel.set()

    def _progress(self, done: int, total: int) -> None:
        permille = done * 1000 // max(1, total)
        if permille != self._last_permille:  # a 5,000-card map calls this 5,000 times
            self._last_permille = permille
            self.progressed.emit(done, total)

    def run(self) -> None:  # noqa: D401 - QThread override
        try:
            self.result = export_pdf(self.map, self.target, self.options, progress=self._progress,
                                     is_cancelled=self._cancel.is_set, source_name=self.source_name)
        except ExportCancelled:
            self.cancelled = True
        except ExportError as exc:
            self.error = str(exc)
        except MemoryError:
            self.error = tr("not enough memory for this export: choose a smaller paper or fewer pages")
        except Exception as exc:  # a bug must not kill the window: log it, show one line
            log.exception("PDF export failed")
            self.error = fill(tr("the export failed (%1): see the log for details"), type(exc).__name__)


def run_pdf_with_progress(
    parent: QWidget, job: PdfExportJob,
    started: Optional[Callable[[PdfExportJob, QProgressDialog], None]] = None,
) -> PdfExportJob:
    """Start ``job`` and wait for it in a local event loop behind a progress dialog.

    The dialog appears when the export takes longer than a moment; its Cancel
    button (or Escape) stops the export. ``started(job, dialog)`` is called
    just before the thread starts. Returns the finished job.
    """
    dialog = QProgressDialog(fill(tr("Exporting %1…"), job.target.name), tr("Cancel"), 0, 100, parent)
    dialog.setObjectName("ExportProgress")
    dialog.setWindowTitle(tr("Export"))
    dialog.setWindowModality(Qt.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumWidth(360)
    dialog.setValue(0)
    dialog.canceled.connect(job.cancel)
    dialog.canceled.connect(lambda: dialog.setLabelText(tr("Cancelling…")))

    def show_progress(done: int, total: int) -> None:
        if dialog.wasCanceled():
            return
        dialog.setMaximum(total)
        dialog.setValue(min(done, total - 1))  # reaching the maximum would look finished before the rename

    job.progressed.connect(show_progress)
    loop = QEventLoop()
    job.finished.connect(loop.quit)
    if started is not None:
        started(job, dialog)
    job.start()
    if not job.isFinished():
        loop.exec()
    job.wait()
    dialog.close()
    dialog.deleteLater()
    return job


def texts_with(m: JourneyMap, chars: list[str], limit: int = 3) -> list[str]:
    """The first ``limit`` texts of the map that contain one of ``chars`` (shortened)."""
    wanted = set(chars)
    found: list[str] = []
    for text in m.all_text():
        text = unicodedata.normalize("NFC", text)
        if wanted.intersection(text):
            short = " ".join(text.split())
            short = short if len(short) <= 48 else short[:47] + "…"
            if short not in found:
                found.append(short)
            if len(found) == limit:
                break
    return found


def ask_export_anyway(parent: QWidget, chars: list[str], m: Optional[JourneyMap] = None) -> bool:
    """Tell which characters the font lacks (and where); True when the user exports anyway."""
    shown = "   ".join(f"{ch}\u00a0(U+{ord(ch):04X})" for ch in chars[:12])
    if len(chars) > 12:
        shown += "   " + fill(tr("and %1 more"), str(len(chars) - 12))
    details = [shown]
    places = texts_with(m, chars) if m is not None else []
    if places:
        details.append(fill(tr("Found in: %1"), ", ".join(f"“{p}”" for p in places)))
    box = QMessageBox(QMessageBox.Warning, tr("Characters the font cannot print"),
                      tr("The bundled font has no glyph for these characters of the map; "
                         "they would print as empty boxes:"), QMessageBox.NoButton, parent)
    box.setObjectName("MissingGlyphsBox")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(rich_block(rich("\n\n".join(details))))  # the map's words, as typed
    anyway = box.addButton(tr("Export Anyway"), QMessageBox.AcceptRole)
    anyway.setToolTip(tr("Write the file with empty boxes in place of these characters"))
    cancel = box.addButton(QMessageBox.Cancel)
    cancel.setToolTip(tr("Go back and replace the characters first"))
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is anyway


class ExportNotice(QWidget):
    """``Exported poster.pdf — 13 pages   [Open File] [Open Folder]`` in the status bar."""

    def __init__(self, path: Path, summary: str, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("ExportNotice")
        self.path = path
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 0, 4, 0)
        row.setSpacing(6)
        self.label = QLabel(fill(tr("Exported %1"), str(path)) + (f" — {summary}" if summary else ""))
        self.label.setToolTip(str(path))
        row.addWidget(self.label)
        self.open_file = QPushButton(tr("Open File"))
        self.open_file.setToolTip(tr("Open the exported file in its usual application"))
        self.open_file.clicked.connect(lambda: self._open(self.path))
        self.open_folder = QPushButton(tr("Open Folder"))
        self.open_folder.setToolTip(tr("Show the folder the file was exported to"))
        self.open_folder.clicked.connect(lambda: self._open(self.path.parent))
        for button in (self.open_file, self.open_folder):
            button.setFlat(True)
            button.setCursor(Qt.PointingHandCursor)
            button.setStyleSheet("QPushButton { color: #1a64c8; padding: 0 4px; border: none; }"
                                 "QPushButton:hover { text-decoration: underline; }")
            row.addWidget(button)
        row.addStretch(1)

    def _open(self, path: Path) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            log.warning("no application opened %s", path)


def show_export_notice(window: QWidget, path: Path, summary: str) -> Optional[ExportNotice]:
    """Put an :class:`ExportNotice` in ``window``'s status bar (replacing an older one)."""
    if not isinstance(window, QMainWindow):
        return None
    bar = window.statusBar()
    for old in bar.findChildren(ExportNotice):
        bar.removeWidget(old)
        old.deleteLater()
    bar.clearMessage()
    notice = ExportNotice(path, summary)
    bar.addWidget(notice, 1)
    notice.show()
    QTimer.singleShot(NOTICE_MS, notice, lambda: (bar.removeWidget(notice), notice.deleteLater()))
    return notice
