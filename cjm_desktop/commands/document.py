"""CjmDocument: the open map, its undo stack, and where it is saved.

The one-way flow of an edit (STYLE.md): a gesture emits an intent, the
document pushes ONE undo command, the command changes the model and calls
:meth:`CjmDocument.notify`, the ``changed`` signal tells the canvas and docks
what to refresh. Nothing changes the model outside an undo command.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..model import JourneyMap

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Change:
    """What a command changed, so views refresh only what they must.

    ``kind`` is one of:

    - ``"cards"``: cards in ``ids`` were added, removed, moved or edited;
    - ``"structure"``: stages or lanes changed (everything may move);
    - ``"emotions"``: emotion points of personas in ``ids`` changed;
    - ``"connectors"``: connectors in ``ids`` changed;
    - ``"personas"``: personas in ``ids`` changed;
    - ``"map"``: title, description or language;
    - ``"reset"``: the whole map was replaced (reload, revert).
    """

    kind: str
    ids: frozenset[str] = field(default_factory=frozenset)


class CjmDocument(QObject):
    """Owns a :class:`JourneyMap` and the :class:`QUndoStack` that edits it."""

    changed = Signal(object)  # Change
    path_changed = Signal(object)  # Optional[Path]

    def __init__(
        self,
        journey_map: Optional[JourneyMap] = None,
        path: Optional[Path] = None,
        view: Optional[object] = None,
        parent: Optional[QObject] = None,
    ) -> None:
        super().__init__(parent)
        self.map: JourneyMap = journey_map if journey_map is not None else JourneyMap()
        self.view = view  # io.ViewState: per-user state saved beside the map
        self._path: Optional[Path] = Path(path) if path else None
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(0)  # unlimited: a workshop day of edits stays undoable

    # -- file ------------------------------------------------------------------
    @property
    def path(self) -> Optional[Path]:
        return self._path

    def set_path(self, path: Optional[Path]) -> None:
        self._path = Path(path) if path else None
        self.path_changed.emit(self._path)

    @classmethod
    def open(cls, path: Path, parent: Optional[QObject] = None) -> "CjmDocument":
        """Read a .cjm file; raises :class:`cjm_desktop.io.CjmError` with one line."""
        from ..io import read_cjm

        loaded = read_cjm(Path(path))
        return cls(loaded.map, Path(path), loaded.view, parent)

    def save(self, path: Optional[Path] = None) -> Path:
        """Write the map atomically; raises ``CjmSaveError`` and keeps the
        document (and its modified state) untouched when the write fails."""
        from ..io import ViewState, write_cjm

        target = Path(path) if path else self._path
        if target is None:
            raise ValueError("no file name: use Save As")
        previous_modified = self.map.modified
        self.map.modified = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
        try:
            write_cjm(target, self.map, self.view if self.view is not None else ViewState())
        except Exception:
            self.map.modified = previous_modified
            raise
        self.undo_stack.setClean()
        if target != self._path:
            self.set_path(target)
        return target

    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    # -- edits -------------------------------------------------------------------
    def push(self, command: QUndoCommand) -> None:
        self.undo_stack.push(command)

    def notify(self, kind: str, ids: Iterable[str] = ()) -> None:
        """Called by commands after they changed the model."""
        self.changed.emit(Change(kind, frozenset(ids)))

    def replace_map(self, journey_map: JourneyMap) -> None:
        """Swap in another map (reload from disk); clears undo history."""
        self.map = journey_map
        self.undo_stack.clear()
        self.notify("reset")
