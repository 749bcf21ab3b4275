"""The window's side of "nothing lost": one :class:`WindowGuard` per window.

It shows the notice bars (file changed on disk, moved or deleted, read-only,
open elsewhere), runs File > Revert and File > Restore Backup, offers and
shows recovered maps, and reports a failed autosave. Its
:class:`~.autosave.SafeKeeping` autosaves, claims and watches the document.

The guard talks to its window only through the small public interface of
:class:`KeptWindow`; the window talks to the guard through its public methods
and the :attr:`WindowGuard.file_known` signal.
"""

from __future__ import annotations

import os
import socket
from typing import TYPE_CHECKING, Optional, Protocol

from PySide6.QtCore import QDateTime, QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QStatusBar, QWidget

from ...commands import CjmDocument, ReplaceMapCommand
from ...commands.whole_map import RELOAD, RESTORE_BACKUP
from ...editing import prompts
from ...i18n import fill, tr
from ...io import CjmError, read_cjm
from ...io.keeping import DiskStamp, OpenMarker, discard_recovery, list_backups, list_recoveries
from ..window.notice_bar import NoticeBar
from . import recovery_dialog
from .autosave import SafeKeeping

if TYPE_CHECKING:  # pragma: no cover
    from ..window.main_window import MainWindow


class KeptWindow(Protocol):
    """What the guard uses of its window (a :class:`MainWindow`)."""

    doc: Optional[CjmDocument]
    guard: "WindowGuard"

    def document_name(self) -> str: ...
    def save(self) -> bool: ...
    def save_as(self) -> bool: ...
    def commit_pending_edits(self) -> None: ...
    def set_document(self, doc: CjmDocument) -> None: ...
    def open_new_window(self) -> "MainWindow": ...
    def statusBar(self) -> QStatusBar: ...  # noqa: N802 - Qt's name


def describe_other(marker: OpenMarker) -> str:
    """Who else has the file open, in words: another window, process, computer."""
    since = ""
    opened = QDateTime.fromString(marker.opened_at, Qt.ISODate)
    if opened.isValid():
        since = fill(tr(", since %1"), QLocale().toString(opened.toLocalTime().time(), QLocale.ShortFormat))
    if marker.host != socket.gethostname():
        return fill(tr("cjm-desktop on the computer “%1” (process %2%3)"), marker.host, str(marker.pid), since)
    if marker.pid == os.getpid():
        return tr("another window of this cjm-desktop") + (f" ({since.lstrip(', ')})" if since else "")
    return fill(tr("another running cjm-desktop (process %1%2)"), str(marker.pid), since)


class WindowGuard(QObject):
    """Autosave, recovery, backups and external changes for one window's map."""

    #: Whether the map has a file (File > Revert and Restore Backup need one).
    file_known = Signal(bool)

    def __init__(self, window: "KeptWindow", parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self._window = window
        self.keeper = SafeKeeping(self)
        self.keeper.disk_state_changed.connect(self._on_disk_state)
        self.keeper.shared.connect(self._on_shared)
        self.keeper.autosave_failed.connect(self._on_autosave_failed)
        self.disk_bar = NoticeBar("disk")
        self.shared_bar = NoticeBar("shared")

    def notice_bars(self) -> list[QWidget]:
        """The bars the window places above its canvas."""
        return [self.disk_bar, self.shared_bar]

    @property
    def recovery_key(self) -> str:
        """The name of this window's recovery copy."""
        return self.keeper.key

    @property
    def _doc(self) -> Optional[CjmDocument]:
        return self._window.doc

    def _status(self, text: str, ms: int) -> None:
        self._window.statusBar().showMessage(text, ms)

    # -- the window's document -----------------------------------------------------------
    def follow(self, doc: CjmDocument) -> None:
        """The window shows ``doc`` now: autosave, claim and watch it."""
        self.disk_bar.dismiss()
        self.shared_bar.dismiss()
        self.keeper.attach(doc)
        doc.path_changed.connect(self._on_path_changed)
        self._on_path_changed()
        path = doc.path
        if path is not None and path.exists() and not os.stat(path).st_mode & 0o222:
            self.disk_bar.show_notice(
                fill(tr("“%1” is read-only: your changes cannot be saved to it; use Save As to keep them."), path.name), [(tr("Save &As…"), self._window.save_as)])

    def release(self) -> None:
        """The window closes cleanly: its recovery copy and its claim go."""
        self.keeper.detach()

    def window_activated(self) -> None:
        """The window came to the front: look at the file (network drives send no change events)."""
        self.keeper.check_disk()

    def check_disk(self) -> str:
        return self.keeper.check_disk()

    def _on_path_changed(self, *_args) -> None:
        self.file_known.emit(self._doc is not None and self._doc.path is not None)

    # -- changed on disk, open elsewhere --------------------------------------------------
    def _on_disk_state(self, state: str) -> None:
        name = self._window.document_name()
        if state == "changed":
            text = fill(tr("“%1” was changed on disk by another program or person."), name)
            if self._doc.is_modified():
                text += " " + tr("Reload shows their version (Undo brings yours back); "
                                 "Keep Mine keeps yours, and Save will ask before replacing theirs.")
            self.disk_bar.show_notice(text, [(tr("&Reload"), self.reload_from_disk), (tr("&Keep Mine"), lambda: None)])
        elif state == "missing":
            self.disk_bar.show_notice(
                fill(tr("“%1” was moved or deleted on disk. Your map is still here; Save writes the file again."), name), [(tr("&Save"), self._window.save), (tr("Save &As…"), self._window.save_as)])
        else:
            self.disk_bar.dismiss()

    def _on_shared(self, marker: OpenMarker) -> None:
        self.shared_bar.show_notice(
            fill(tr("“%1” is also open in %2. If both save, one can overwrite the other; "
               "Save asks before replacing a file changed on disk."), self._window.document_name(), describe_other(marker)))

    def _on_autosave_failed(self, message: str) -> None:
        self._status(fill(tr("Autosave failed: %1"), message), 15000)

    # -- File > Revert, File > Restore Backup -----------------------------------------------
    def revert(self) -> bool:
        """Reload the file from disk after asking (Undo brings the changes back)."""
        if self._doc.path is None:
            return False
        question = tr("Discard your changes to “%1” and reload it from disk? (Undo brings them back.)")
        parent = self._window
        if self._doc.is_modified() and not prompts.confirm(parent, tr("Revert"), fill(question, parent.document_name())):
            return False
        return self.reload_from_disk()

    def reload_from_disk(self) -> bool:
        """Show what the file holds now, as one undoable step; the map is then saved (clean)."""
        doc = self._doc
        path = doc.path
        if path is None:
            return False
        self._window.commit_pending_edits()
        stamp = DiskStamp.of(path)  # before reading: a change in between shows up later, never lost
        try:
            loaded = read_cjm(path)
        except CjmError as exc:
            prompts.show_error(self._window, tr("Could not reload the map"), str(exc))
            return False
        doc.push(ReplaceMapCommand(doc, loaded.map, RELOAD))
        doc.disk_stamp = stamp
        doc.undo_stack.setClean()
        self.disk_bar.dismiss()
        self.keeper.check_disk()
        self._status(fill(tr("Reloaded %1 from disk"), path.name), 6000)
        return True

    def restore_backup(self) -> bool:
        """Pick a previous version of the file; it replaces the map as unsaved changes."""
        doc, parent = self._doc, self._window
        path = doc.path
        if path is None:
            return False
        backups = list_backups(path)
        if not backups:
            prompts.show_info(parent, tr("Restore Backup"),
                              fill(tr("There is no backup of “%1” yet: one is kept each time the map is saved."), path.name))
            return False
        chosen = recovery_dialog.choose_backup(parent, path.name, backups)
        if chosen is None:
            return False
        try:
            loaded = read_cjm(chosen.path)
        except CjmError as exc:
            prompts.show_error(parent, tr("Could not restore the backup"), str(exc))
            return False
        self._window.commit_pending_edits()
        doc.push(ReplaceMapCommand(doc, loaded.map, RESTORE_BACKUP))
        when = chosen.saved_at.astimezone().strftime("%Y-%m-%d %H:%M")
        self._status(fill(tr("Restored the version saved %1; Save keeps it, Undo goes back"), when), 8000)
        return True

    # -- recovery -----------------------------------------------------------------------------
    def offer_recoveries(self) -> list["MainWindow"]:
        """Offer the maps that crashed or killed instances left unsaved; returns the
        windows that now show a restored map (this one first, while it is unused)."""
        found = list_recoveries()
        if not found:
            return []
        choices = recovery_dialog.ask_recoveries(self._window, found)
        shown: list["MainWindow"] = []
        for recovery in found:
            action = choices.get(recovery.key, recovery_dialog.LATER)
            if action == recovery_dialog.DISCARD:
                discard_recovery(recovery.key)
            elif action == recovery_dialog.RESTORE:
                try:
                    doc = recovery_dialog.recovered_document(recovery)
                except CjmError as exc:
                    prompts.show_error(self._window, tr("Could not restore the map"), str(exc))
                    continue  # the copy stays; it is offered again next time
                unused = self.is_unused() and self._window not in shown
                target = self._window if unused else self._window.open_new_window()
                target.guard.show_recovered(doc)
                discard_recovery(recovery.key)  # the window's own autosave holds it now
                shown.append(target)
        return shown

    def is_unused(self) -> bool:
        """True while the window shows a new map nobody has touched."""
        doc = self._doc
        return doc is not None and doc.path is None and doc.undo_stack.count() == 0 and doc.undo_stack.isClean()

    def show_recovered(self, doc: CjmDocument) -> None:
        """Show a recovered map (modified) and autosave it at once under this window."""
        self._window.set_document(doc)
        self.keeper.autosave()
        where = str(doc.path) if doc.path else tr("a new map (never saved)")
        self._status(fill(tr("Restored unsaved changes of %1"), where), 8000)
        QApplication.alert(self._window)
