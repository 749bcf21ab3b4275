"""The window's side of "nothing lost": the notice bars, File > Revert,
File > Restore Backup, showing a recovered map, and the answers to a file
changed on disk or open elsewhere. Mixed into :class:`MainWindow`.
"""

from __future__ import annotations

import os
import socket
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import QApplication

from ...commands import CjmDocument, ReplaceMapCommand
from ...commands.whole_map import RELOAD, RESTORE_BACKUP
from ...i18n import fill, tr
from ...io import CjmError, read_cjm
from ...io.keeping import DiskStamp, OpenMarker, list_backups
from ...editing import prompts
from ..window.notice_bar import NoticeBar
from .safekeeping import SafeKeeping

if TYPE_CHECKING:  # pragma: no cover
    from ..window.main_window import MainWindow


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


class NothingLostMixin:
    """Window methods for autosave, recovery, backups and external changes."""

    #: Windows opened for restored maps (kept alive here; each removes itself when closed).
    extra_windows: list = []

    def _make_safekeeping(self: "MainWindow") -> None:
        self.safekeeping = SafeKeeping(self)
        self.safekeeping.disk_state_changed.connect(self._on_disk_state)
        self.safekeeping.shared.connect(self._on_shared)
        self.safekeeping.autosave_failed.connect(self._on_autosave_failed)
        self.disk_bar = NoticeBar("disk")
        self.shared_bar = NoticeBar("shared")
        self._central_layout.addWidget(self.disk_bar)
        self._central_layout.addWidget(self.shared_bar)

    def _follow_document(self: "MainWindow", doc: CjmDocument) -> None:
        """Called by set_document: autosave, claim and watch the new document."""
        self.disk_bar.dismiss()
        self.shared_bar.dismiss()
        self.safekeeping.attach(doc)
        doc.path_changed.connect(self._update_file_actions)
        self._update_file_actions()
        path = doc.path
        if path is not None and path.exists() and not os.stat(path).st_mode & 0o222:
            self.disk_bar.show_notice(
                fill(tr("“%1” is read-only: your changes cannot be saved to it; use Save As to keep them."), path.name), [(tr("Save &As…"), self.save_as)])

    def _update_file_actions(self: "MainWindow", *_args) -> None:
        has_file = self.doc is not None and self.doc.path is not None
        self.actions_by_name["revert"].setEnabled(has_file)
        self.actions_by_name["restore_backup"].setEnabled(has_file)

    # -- changed on disk, open elsewhere --------------------------------------------------
    def _on_disk_state(self: "MainWindow", state: str) -> None:
        name = self.document_name()
        if state == "changed":
            text = fill(tr("“%1” was changed on disk by another program or person."), name)
            if self.doc.is_modified():
                text += " " + tr("Reload shows their version (Undo brings yours back); "
                                 "Keep Mine keeps yours, and Save will ask before replacing theirs.")
            self.disk_bar.show_notice(text, [(tr("&Reload"), self.reload_from_disk), (tr("&Keep Mine"), lambda: None)])
        elif state == "missing":
            self.disk_bar.show_notice(
                fill(tr("“%1” was moved or deleted on disk. Your map is still here; Save writes the file again."), name), [(tr("&Save"), self.save), (tr("Save &As…"), self.save_as)])
        else:
            self.disk_bar.dismiss()

    def _on_shared(self: "MainWindow", marker: OpenMarker) -> None:
        self.shared_bar.show_notice(
            fill(tr("“%1” is also open in %2. If both save, one can overwrite the other; "
               "Save asks before replacing a file changed on disk."), self.document_name(), describe_other(marker)))

    def _on_autosave_failed(self: "MainWindow", message: str) -> None:
        self.statusBar().showMessage(fill(tr("Autosave failed: %1"), message), 15000)

    def check_disk(self: "MainWindow") -> str:
        return self.safekeeping.check_disk()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == event.Type.ActivationChange and self.isActiveWindow() and hasattr(self, "safekeeping"):
            self.safekeeping.check_disk()  # network drives send no change events

    # -- File > Revert, File > Restore Backup -----------------------------------------------
    def revert(self: "MainWindow") -> bool:
        """Reload the file from disk after asking (Undo brings the changes back)."""
        if self.doc.path is None:
            return False
        question = tr("Discard your changes to “%1” and reload it from disk? (Undo brings them back.)")
        if self.doc.is_modified() and not prompts.confirm(self, tr("Revert"), fill(question, self.document_name())):
            return False
        return self.reload_from_disk()

    def reload_from_disk(self: "MainWindow") -> bool:
        """Show what the file holds now, as one undoable step; the map is then saved (clean)."""
        path = self.doc.path
        if path is None:
            return False
        self.commit_pending_edits()
        stamp = DiskStamp.of(path)  # before reading: a change in between shows up later, never lost
        try:
            loaded = read_cjm(path)
        except CjmError as exc:
            prompts.show_error(self, tr("Could not reload the map"), str(exc))
            return False
        self.doc.push(ReplaceMapCommand(self.doc, loaded.map, RELOAD))
        self.doc.disk_stamp = stamp
        self.doc.undo_stack.setClean()
        self.disk_bar.dismiss()
        self.safekeeping.check_disk()
        self.statusBar().showMessage(fill(tr("Reloaded %1 from disk"), path.name), 6000)
        return True

    def restore_backup(self: "MainWindow") -> bool:
        """Pick a previous version of the file; it replaces the map as unsaved changes."""
        from .recovery import choose_backup

        path = self.doc.path
        if path is None:
            return False
        backups = list_backups(path)
        if not backups:
            prompts.show_info(self, tr("Restore Backup"),
                              fill(tr("There is no backup of “%1” yet: one is kept each time the map is saved."), path.name))
            return False
        chosen = choose_backup(self, path.name, backups)
        if chosen is None:
            return False
        try:
            loaded = read_cjm(chosen.path)
        except CjmError as exc:
            prompts.show_error(self, tr("Could not restore the backup"), str(exc))
            return False
        self.commit_pending_edits()
        self.doc.push(ReplaceMapCommand(self.doc, loaded.map, RESTORE_BACKUP))
        when = chosen.saved_at.astimezone().strftime("%Y-%m-%d %H:%M")
        self.statusBar().showMessage(fill(tr("Restored the version saved %1; Save keeps it, Undo goes back"), when), 8000)
        return True

    # -- recovery -----------------------------------------------------------------------------
    def offer_recoveries(self: "MainWindow") -> list:
        """Offer the maps that crashed or killed instances left unsaved."""
        from .recovery import offer_recoveries

        return offer_recoveries(self)

    def is_unused(self: "MainWindow") -> bool:
        """True while the window shows a new map nobody has touched."""
        return self.doc is not None and self.doc.path is None and self.doc.undo_stack.count() == 0 \
            and self.doc.undo_stack.isClean()

    def open_new_window(self: "MainWindow") -> "MainWindow":
        window = type(self)()
        window.setAttribute(Qt.WA_DeleteOnClose)
        NothingLostMixin.extra_windows.append(window)
        window.destroyed.connect(lambda *_a, w=window: NothingLostMixin.extra_windows.remove(w)
                                 if w in NothingLostMixin.extra_windows else None)
        window.show()
        return window

    def show_recovered(self: "MainWindow", doc: CjmDocument) -> None:
        """Show a recovered map (modified) and autosave it at once under this window."""
        self.set_document(doc)
        self.safekeeping.autosave()
        where = str(doc.path) if doc.path else tr("a new map (never saved)")
        self.statusBar().showMessage(fill(tr("Restored unsaved changes of %1"), where), 8000)
        QApplication.alert(self)

    def _forget_document(self: "MainWindow") -> None:
        """The window closes cleanly: its recovery copy and its claim go."""
        self.safekeeping.detach()
