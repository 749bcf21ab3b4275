"""CjmDocument: the open map, its undo stack, and where it is saved.

The one-way flow of an edit (STYLE.md): a gesture emits an intent, the
document pushes ONE undo command, the command changes the model and the
document records the :class:`Change` the command says it made (see
:class:`~cjm_desktop.commands.base.DocumentCommand`); the ``changed`` signal
tells the canvas and docks what to refresh. Nothing changes the model outside
an undo command.

``changed`` is emitted once per step of the undo stack: a push, an undo, a
redo, the end of a macro, or a jump through the history (``setIndex``) that
runs many commands. The changes the commands of one step report are held and
merged by union (see :meth:`CjmDocument.record`), so undoing 1,000 edits at
once refreshes the canvas once, not 1,000 times, and only what they touched.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import weakref
from pathlib import Path
from typing import Optional

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..io import CjmSaveError
from ..io.keeping import DiskStamp
from ..io.keeping.save_lock import SaveLockTimeout, save_lock
from ..model import JourneyMap
from ..model.card_finder import CardFinder
from .change import Change

log = logging.getLogger(__name__)


def _drop_history(stack: QUndoStack) -> None:
    """Delete a dying document's commands in Qt's order, before anything else of it goes.

    The stack owns its commands, and Python's cycle collector clears every
    object of a dead cycle in its own order. A command it clears before the
    stack is handed back to Python and deleted while the stack still lists
    it; the stack deletes it again and the process dies. A document's
    finalizer runs before the collector clears anything, and its reference
    keeps the stack and its commands out of the cycle's garbage."""
    if shiboken6.isValid(stack):
        stack.blockSignals(True)  # the document is going: no observer hears of this
        stack.clear()


class CjmDocument(QObject):
    """Owns a :class:`JourneyMap` and the :class:`QUndoStack` that edits it.

    It also remembers what its file looked like on disk when it was read or
    last written (:attr:`disk_stamp`), so that a save never silently
    overwrites a newer file (someone else's save, a synced folder), and it
    keeps the previous version of the file as a backup at every save.
    """

    changed = Signal(object)  # commands.change.Change
    path_changed = Signal(object)  # Optional[Path]

    #: Previous versions kept per file (the window sets it from its settings; 0: none).
    keep_backups: int = 5

    def __init__(
        self,
        journey_map: Optional[JourneyMap] = None,
        path: Optional[Path] = None,
        view: Optional[object] = None,
        parent: Optional[QObject] = None,
        disk_stamp: Optional[DiskStamp] = None,
    ) -> None:
        super().__init__(parent)
        self.map: JourneyMap = journey_map if journey_map is not None else JourneyMap()
        self.view = view  # io.ViewState: per-user state saved beside the map
        #: Personas whose emotion curve View > Persona Curves hides (this session only)
        self.hidden_curves: set[str] = set()
        self._path: Optional[Path] = _absolute(path)
        #: What the file at ``path`` held when we last read or wrote it. None with a
        #: path means "never seen": saving over an existing file then asks first.
        self.disk_stamp: Optional[DiskStamp] = disk_stamp
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(0)  # unlimited: a workshop day of edits stays undoable
        weakref.finalize(self, _drop_history, self.undo_stack).atexit = False
        # the stack emits indexChanged once per step, after all of its commands ran
        self.undo_stack.indexChanged.connect(self._release_changes)
        self._held: list[Change] = []
        # a command run outside the stack is released when the event loop turns; a
        # timer of our own, not ``QTimer.singleShot``, whose call would hold this
        # document alive until then
        self._release_later = QTimer(self)
        self._release_later.setSingleShot(True)
        self._release_later.setInterval(0)
        self._release_later.timeout.connect(self._release_changes)
        #: finds a card of ``map.cards`` by id; the scene's layout engine shares it
        self.card_finder = CardFinder()

    # -- file ------------------------------------------------------------------
    @property
    def path(self) -> Optional[Path]:
        return self._path

    def set_path(self, path: Optional[Path]) -> None:
        self._path = _absolute(path)
        self.path_changed.emit(self._path)

    @classmethod
    def open(cls, path: Path, parent: Optional[QObject] = None) -> "CjmDocument":
        """Read a .cjm file; raises :class:`cjm_desktop.io.CjmError` with one line.

        The file is read ONCE, bounded and only if it is a regular file (a FIFO
        or a link to ``/dev/zero`` is refused before a byte is read); the disk
        stamp is taken from those very bytes, so what a later save compares
        against is exactly what was loaded.
        """
        from ..io import loads_cjm, read_cjm
        from ..io.keeping.store import read_regular_file
        from ..model.limits import LIMITS

        path = Path(path)
        try:
            data, st = read_regular_file(path, LIMITS.max_file_bytes)
        except OSError:
            read_cjm(path)  # says in one line why (missing, a folder, not a file, too large, no permission)
            raise  # pragma: no cover - only if the file became readable between the two looks
        loaded = loads_cjm(data, path.name or str(path))
        return cls(loaded.map, path, loaded.view, parent, disk_stamp=DiskStamp.of_bytes(st, data))

    def disk_state(self, path: Optional[Path] = None) -> str:
        """How the file at ``path`` (default: ours) compares with what we last read or wrote.

        ``"same"``: unchanged (a touch that left the bytes equal counts as
        unchanged); ``"changed"``: other bytes, or a file we never read;
        ``"missing"``: removed or renamed (or its folder is gone).
        """
        target = Path(path) if path else self._path
        if target is None:
            return "same"
        try:
            st = target.stat()
        except OSError:
            return "missing"
        stamp = self.disk_stamp
        if stamp is None:
            return "changed"
        if st.st_mtime_ns == stamp.mtime_ns and st.st_size == stamp.size:
            return "same"
        now = DiskStamp.of(target)
        if now is None:
            return "missing"
        if now.digest == stamp.digest:
            self.disk_stamp = now  # touched only: remember the new time, skip hashing next time
            return "same"
        return "changed"

    def save(self, path: Optional[Path] = None, overwrite: bool = False) -> Path:
        """Write the map atomically, keeping the previous file as a backup.

        Saving to the document's own file first checks that nobody changed it
        on disk since we read or wrote it; if someone did, nothing is written
        and :class:`~cjm_desktop.io.FileChangedOnDiskError` is raised (save
        again with ``overwrite=True`` to replace it). Saving elsewhere (Save
        As) does not check: the file dialog already asked.

        Raises ``CjmSaveError`` and keeps the document (and its modified
        state) untouched when the write fails.
        """
        target = Path(path) if path else self._path
        if target is None:
            raise ValueError("no file name: use Save As")
        try:
            with save_lock(target):  # the check and the write are one step for every editor here
                self._check_and_write(target, overwrite)
        except SaveLockTimeout:
            raise CjmSaveError(f"{target.name}: not saved: another cjm-desktop is saving this file; "
                               "try again in a moment") from None
        self.undo_stack.setClean()
        if target != self._path:
            self.set_path(target)
        return target

    def _check_and_write(self, target: Path, overwrite: bool) -> None:
        from ..io import FileChangedOnDiskError, ViewState, write_cjm
        from ..io.keeping import make_backup

        if not overwrite and self._same_file(target) and self.disk_state(target) == "changed":
            raise FileChangedOnDiskError(
                f"{target.name}: not saved: the file was changed on disk after it was opened or "
                "saved here; reload it, or save again to replace it with this version"
            )
        make_backup(target, keep=self.keep_backups)
        previous_modified = self.map.modified
        self.map.modified = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
        try:
            data = write_cjm(target, self.map, self.view if self.view is not None else ViewState())
        except Exception:
            self.map.modified = previous_modified
            raise
        self.disk_stamp = DiskStamp.after_write(target, data)

    def _same_file(self, target: Path) -> bool:
        if self._path is None:
            return False
        if target == self._path:
            return True
        try:
            return os.path.samefile(target, self._path)
        except OSError:
            return False

    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    # -- edits -------------------------------------------------------------------
    def push(self, command: QUndoCommand) -> None:
        self.undo_stack.push(command)
        self._release_changes()  # a command that made itself obsolete ends no step

    def take_back(self, command: QUndoCommand) -> bool:
        """Undo ``command`` if it is the last step done, and drop it from the
        stack: the stack is as it was before it was pushed (no redo)."""
        stack = self.undo_stack
        index = stack.index()
        if index == 0 or stack.command(index - 1) is not command or not hasattr(command, "forget_on_undo"):
            return False
        command.forget_on_undo = True
        stack.undo()
        return True

    def record(self, change: Change) -> None:
        """Called for every command that ran (by ``DocumentCommand``, never by hand).

        The change is held until the undo stack's step ends (``indexChanged``),
        then ``changed`` is emitted once for the step with the union of its
        changes. A command run outside the stack is released when the event
        loop next turns.
        """
        if not self._held:
            self._release_later.start()
        self._held.append(change)

    def _release_changes(self, *_index) -> None:
        held, self._held = self._held, []
        if not held:
            return
        change = held[0]
        for other in held[1:]:
            change = change | other
        with self.card_finder.settled(self.map.cards):  # observers read the step's result; none edits it
            self.changed.emit(change)

    def card_position(self, card_id: str) -> int:
        """Where the card with this id is in ``map.cards``; raises ``KeyError``.

        Positions are remembered and checked on every use; the table is built
        again only when the list changed under it (cards added or removed), so
        commands find their cards without a scan of a 5,000-card list.
        """
        i = self.card_finder.position(self.map.cards, card_id)
        if i is None:
            raise KeyError(card_id)
        return i


def _absolute(path) -> Optional[Path]:
    """A document's path, made absolute once: a map opened as ``cjm-desktop
    map.cjm`` exports, backs up and is remembered beside itself whatever the
    working folder is later (the export dialog put a bare name "beside the map",
    and a relative map path there made ``folder/folder/map.pdf``)."""
    return Path(os.path.abspath(path)) if path else None
