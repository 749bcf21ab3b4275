"""The dialogs of getting work back: the recovery offer at start-up and File > Restore Backup.

:class:`RecoveryDialog` lists the recovery copies that crashed or killed
instances left behind (title, time, original file) and lets the user restore,
discard or keep each for later; :func:`recovered_document` turns a copy into a
modified map for its original file, so Save writes there (after the
changed-on-disk check). :class:`BackupDialog` lists a file's previous versions.
:class:`~.window_guard.WindowGuard` runs both offers.

The two questions are module functions (:func:`ask_recoveries`,
:func:`choose_backup`) so tests answer them without a modal dialog.
"""

from __future__ import annotations

from typing import Optional, Sequence

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...commands import CjmDocument
from ...i18n import fill, tr
from ...io import CjmError, loads_cjm, read_cjm
from ...io.keeping import Backup, Recovery
from ...plain_text import plain_tooltip

RESTORE, DISCARD, LATER = "restore", "discard", "later"


def _when(moment) -> str:
    """Local time, year first: unambiguous in Vietnamese and English alike."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def _table(rows: Sequence[Sequence[str]], headers: Sequence[str]) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().hide()
    table.setSelectionBehavior(QTableWidget.SelectRows)
    table.setEditTriggers(QTableWidget.NoEditTriggers)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setToolTip(plain_tooltip(text))  # file content: shown as typed
            table.setItem(r, c, item)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeToContents)
    header.setStretchLastSection(True)
    return table


class RecoveryDialog(QDialog):
    """One row per recovery copy, each with Restore / Discard / Later."""

    def __init__(self, recoveries: Sequence[Recovery], parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Recover Unsaved Maps"))
        self.recoveries = list(recoveries)
        layout = QVBoxLayout(self)
        intro = QLabel(tr("cjm-desktop did not close normally. These maps had changes that were not saved; "
                          "their last autosaved copies can be restored."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        rows = [[r.title or tr("(untitled)"), _when(r.saved_at), str(r.source) if r.source else tr("never saved"), ""]
                for r in self.recoveries]
        self.table = _table(rows, [tr("Map"), tr("Autosaved"), tr("Original file"), tr("What to do")])
        self.choosers: list[QComboBox] = []
        for row in range(len(rows)):
            chooser = QComboBox()
            for label, value in ((tr("Restore"), RESTORE), (tr("Discard"), DISCARD), (tr("Later"), LATER)):
                chooser.addItem(label, value)
            self.table.setCellWidget(row, 3, chooser)
            self.choosers.append(chooser)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox()
        buttons.addButton(tr("Do It"), QDialogButtonBox.AcceptRole)
        buttons.addButton(tr("Ask Me Later"), QDialogButtonBox.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 160 + 30 * len(rows))

    def choices(self) -> dict[str, str]:
        return {r.key: c.currentData() for r, c in zip(self.recoveries, self.choosers)}


def ask_recoveries(parent: QWidget, recoveries: Sequence[Recovery]) -> dict[str, str]:
    """What to do with each recovery copy: key -> RESTORE, DISCARD or LATER."""
    dialog = RecoveryDialog(recoveries, parent)
    if dialog.exec() != QDialog.Accepted:
        return {r.key: LATER for r in recoveries}
    return dialog.choices()


def recovered_document(recovery: Recovery) -> CjmDocument:
    """The map of a recovery copy, modified, for its original file.

    Raises :class:`CjmError` (one line) when the copy cannot be read.
    """
    try:
        data = recovery.data_path.read_bytes()
    except OSError as exc:
        raise CjmError(f"{recovery.data_path.name}: cannot read the recovery copy: {exc.strerror or exc}") from None
    loaded = loads_cjm(data, recovery.title or recovery.data_path.name)
    doc = CjmDocument(loaded.map, recovery.source, loaded.view, disk_stamp=recovery.source_stamp)
    doc.undo_stack.resetClean()  # nothing on disk holds this map: it is unsaved work
    return doc


# -- File > Restore Backup -----------------------------------------------------------------


def _summary(backup: Backup) -> str:
    try:
        m = read_cjm(backup.path).map
    except CjmError as exc:
        return str(exc)
    return fill(tr("“%1”: %2 stages, %3 lanes, %4 cards"), m.title, str(len(m.stages)), str(len(m.lanes)), str(len(m.cards)))


class BackupDialog(QDialog):
    """The previous versions of a file, newest first; Restore opens the chosen one."""

    def __init__(self, name: str, backups: Sequence[Backup], parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(fill(tr("Restore Backup of “%1”"), name))
        self.backups = list(backups)
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Each save keeps the version it replaced. Restoring one shows it here as unsaved "
                          "changes; Undo goes back, Save makes it the file again."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        rows = [[_when(b.saved_at), QLocale().toString(b.size / 1024, "f", 1) + " KB", _summary(b)] for b in self.backups]
        self.table = _table(rows, [tr("Saved"), tr("Size"), tr("Map")])
        self.table.setSelectionMode(QTableWidget.SingleSelection)
        self.table.selectRow(0)
        self.table.doubleClicked.connect(self.accept)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        buttons.addButton(tr("Restore"), QDialogButtonBox.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(680, 180 + 30 * len(rows))

    def chosen(self) -> Optional[Backup]:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None


def choose_backup(parent: QWidget, name: str, backups: Sequence[Backup]) -> Optional[Backup]:
    dialog = BackupDialog(name, backups, parent)
    return dialog.chosen() if dialog.exec() == QDialog.Accepted else None
