"""Autosave for one window, with the open-file claim and the on-disk watch.

:class:`SafeKeeping` follows the window's document:

- **Autosave.** While the map has unsaved changes, a recovery copy is written
  every ``autosave/interval_s`` seconds (settings; default 30, 0 turns it
  off) into the user's data folder - never over the user's own file. A clean
  save (or undoing back to the saved state) and a clean close discard it.
  Writing it takes a while on a big map (~70 ms for 5,000 cards), so when its
  time comes it waits for the user to pause (as Python's full collection does,
  :mod:`~cjm_desktop.app.window.collector`), for at most :data:`MAX_WAIT_MS`.
- **Open elsewhere.** The file is claimed (:func:`~cjm_desktop.io.keeping.claim_open`);
  when another window or another running cjm-desktop has it open,
  :attr:`SafeKeeping.shared` names it.
- **Changed on disk.** A ``QFileSystemWatcher`` on the file and its folder,
  and a look whenever the window is activated (network drives send no
  events), compare the file with what the document last read or wrote
  (:meth:`CjmDocument.disk_state`): our own saves and touches that leave the
  bytes equal are ignored; a real change emits :attr:`disk_state_changed`.
"""

from __future__ import annotations

import logging
import os
import uuid
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from ...commands import CjmDocument
from ...io import CjmError, dumps_cjm
from ...io.keeping import (
    DiskStamp,
    OpenMarker,
    claim_open,
    discard_recovery,
    read_open_marker,
    release_open,
    write_recovery,
)
from ..settings.store import app_settings
from ..window import collector

log = logging.getLogger(__name__)

#: while the user is at work, the recovery copy looks again this often ...
RETRY_MS = 250
#: ... for at most this long after its time came
MAX_WAIT_MS = 20_000

AUTOSAVE_KEY = "autosave/interval_s"
DEFAULT_AUTOSAVE_S = 30.0
BACKUPS_KEY = "backups/keep"
DEFAULT_KEEP_BACKUPS = 5


def autosave_interval_ms() -> int:
    """The autosave interval from the settings, in ms (0: autosave is off)."""
    value = app_settings().value(AUTOSAVE_KEY, DEFAULT_AUTOSAVE_S)
    try:
        seconds = float(value)
    except (TypeError, ValueError):
        seconds = DEFAULT_AUTOSAVE_S
    return max(0, round(seconds * 1000))


def keep_backups() -> int:
    """How many previous versions of a file to keep (settings ``backups/keep``, default 5)."""
    try:
        return max(0, int(app_settings().value(BACKUPS_KEY, DEFAULT_KEEP_BACKUPS)))
    except (TypeError, ValueError):
        return DEFAULT_KEEP_BACKUPS


class SafeKeeping(QObject):
    """Autosave, open-file claim and on-disk watch for the document of one window."""

    #: "changed" (other bytes on disk), "missing" (removed or renamed), "same" (back in step).
    disk_state_changed = Signal(str)
    #: Another window or instance has the file open (an OpenMarker).
    shared = Signal(object)
    #: A recovery copy could not be written (one line; emitted once per distinct problem).
    autosave_failed = Signal(str)

    def __init__(self, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self.token = uuid.uuid4().hex
        self.key = f"{os.getpid()}-{self.token[:12]}"  # this window's recovery copy
        self.doc: Optional[CjmDocument] = None
        self.autosaves = 0
        self._dirty = False
        self._claimed: Optional[Path] = None
        self._warned_token: Optional[str] = None
        self._notified: Optional[tuple[str, str]] = None
        self._last_failure = ""
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._autosave_at_a_pause)
        self._retry = QTimer(self, singleShot=True, interval=RETRY_MS, timeout=self._autosave_at_a_pause)
        self._waited_ms = 0
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._schedule_check)
        self.watcher.directoryChanged.connect(self._schedule_check)
        self._check_soon = QTimer(self)
        self._check_soon.setSingleShot(True)
        self._check_soon.setInterval(150)  # one look per burst of events
        self._check_soon.timeout.connect(self.check_disk)

    # -- following the document --------------------------------------------------------
    def attach(self, doc: CjmDocument) -> None:
        """Follow ``doc`` (the window shows it now); the previous one is let go."""
        self.detach()
        self.doc = doc
        doc.keep_backups = keep_backups()
        doc.undo_stack.indexChanged.connect(self._mark_dirty)
        doc.changed.connect(self._mark_dirty)
        doc.undo_stack.cleanChanged.connect(self._on_clean_changed)
        doc.path_changed.connect(self._on_path_changed)
        self._dirty = doc.is_modified()
        interval = autosave_interval_ms()
        if interval:
            self.timer.start(interval)
        self._on_path_changed(doc.path)

    def detach(self) -> None:
        """Let go of the document: its recovery copy, its claim, the watch.

        Called when the window shows another document or closes - both only
        after the user saved or chose to discard the changes.
        """
        doc, self.doc = self.doc, None
        self.timer.stop()
        self._retry.stop()
        if doc is not None:
            for signal, slot in ((doc.undo_stack.indexChanged, self._mark_dirty), (doc.changed, self._mark_dirty),
                                 (doc.undo_stack.cleanChanged, self._on_clean_changed),
                                 (doc.path_changed, self._on_path_changed)):
                try:
                    signal.disconnect(slot)
                except (RuntimeError, TypeError):  # already gone with the document
                    pass
        discard_recovery(self.key)
        self._release()
        self._unwatch()
        self._notified = None

    # -- autosave ------------------------------------------------------------------------
    def _mark_dirty(self, *_args) -> None:
        self._dirty = True

    def _on_clean_changed(self, clean: bool) -> None:
        if clean:  # saved, or undone back to what the file holds
            discard_recovery(self.key)
            self._dirty = False
        else:
            self._dirty = True

    def _autosave_at_a_pause(self) -> None:
        """The interval is up: write the copy once the user pauses (or has waited long enough)."""
        if self._dirty and collector.seconds_idle() < collector.IDLE_SECONDS and self._waited_ms < MAX_WAIT_MS:
            self._waited_ms += RETRY_MS
            self._retry.start()
            return
        self._waited_ms = 0
        self.autosave()

    def autosave(self) -> bool:
        """Write the recovery copy now if the map changed since the last one."""
        doc = self.doc
        if doc is None:
            return False
        if doc.path is not None:
            self._claim(doc.path)  # take the file over if the other window has let it go
        if not doc.is_modified() or not self._dirty:
            return False
        try:
            data = dumps_cjm(doc.map, doc.view)
            write_recovery(self.key, data, doc.map.title or (doc.path.stem if doc.path else ""),
                           doc.path, doc.disk_stamp)
        except (CjmError, OSError) as exc:
            message = " ".join(str(exc).split())
            log.warning("autosave failed: %s", message)
            if message != self._last_failure:
                self._last_failure = message
                self.autosave_failed.emit(message)
            return False
        self._dirty = False
        self._last_failure = ""
        self.autosaves += 1
        log.debug("recovery copy %s written", self.key)
        return True

    # -- the file: claim and watch -------------------------------------------------------
    def _on_path_changed(self, path: Optional[Path]) -> None:
        if self._claimed is not None and self._claimed != path:
            self._release()
        self._unwatch()
        self._notified = None
        if path is not None:
            self._claim(path)
            self._watch(path)

    def _claim(self, path: Path) -> None:
        if self._claimed == path:
            marker = read_open_marker(path)
            if marker is not None and marker.token == self.token:
                return  # still ours: nothing to write
        try:
            other: Optional[OpenMarker] = claim_open(path, self.token)
        except OSError as exc:  # the data folder is not writable: no claim, no warning
            log.warning("cannot mark %s as open: %s", path, exc)
            return
        if other is None:
            self._claimed = path
            self._warned_token = None
        elif other.token != self._warned_token:
            self._warned_token = other.token
            self.shared.emit(other)

    def _release(self) -> None:
        if self._claimed is not None:
            try:
                release_open(self._claimed, self.token)
            except OSError:
                pass
            self._claimed = None
        self._warned_token = None

    def _watch(self, path: Path) -> None:
        wanted = [str(path.parent)] + ([str(path)] if path.exists() else [])
        missing = [p for p in wanted if p not in self.watcher.files() + self.watcher.directories()]
        if missing:
            self.watcher.addPaths(missing)

    def _unwatch(self) -> None:
        watched = self.watcher.files() + self.watcher.directories()
        if watched:
            self.watcher.removePaths(watched)

    def _schedule_check(self, *_args) -> None:
        self._check_soon.start()

    def check_disk(self) -> str:
        """Compare the file with what the document last read or wrote; emit a change once."""
        doc = self.doc
        if doc is None or doc.path is None:
            return "same"
        self._watch(doc.path)  # a file replaced by a rename is no longer watched
        state = doc.disk_state()
        digest = ""
        if state == "changed":
            now = DiskStamp.of(doc.path)
            digest = now.digest if now else ""
        if (state, digest) != self._notified:
            first_look = self._notified is None
            self._notified = (state, digest)
            if not (first_look and state == "same"):
                self.disk_state_changed.emit(state)
        return state
