"""CjmDocument: the open map, its undo stack, and where it is saved.

The one-way flow of an edit (STYLE.md): a gesture emits an intent, the
document pushes ONE undo command, the command changes the model and calls
:meth:`CjmDocument.notify`, the ``changed`` signal tells the canvas and docks
what to refresh. Nothing changes the model outside an undo command.

``changed`` is emitted once per step of the undo stack: a push, an undo, a
redo, the end of a macro, or a jump through the history (``setIndex``) that
runs many commands. The changes the commands of one step report are held and
merged (see :meth:`CjmDocument.notify`), so undoing 1,000 edits at once
refreshes the canvas once, not 1,000 times.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

from PySide6.QtCore import QObject, QTimer, Signal
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
    - ``"reset"``: the whole map was replaced (reload, revert), or one step of
      the undo stack changed several kinds of things: refresh everything.
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
        # the stack emits indexChanged once per step, after all of its commands ran
        self.undo_stack.indexChanged.connect(self._release_changes)
        self._held: list[Change] = []
        self._card_positions: dict[str, int] = {}

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
        self._release_changes()  # a command that made itself obsolete ends no step

    def notify(self, kind: str, ids: Iterable[str] = ()) -> None:
        """Called by commands after they changed the model.

        The change is held until the undo stack's step ends (``indexChanged``),
        then ``changed`` is emitted once for the step: the change itself, the
        union of the ids when every change of the step was of one kind, or
        ``"reset"`` when the step changed several kinds of things. A command run
        outside the stack is released when the event loop next turns.
        """
        if not self._held:
            QTimer.singleShot(0, self._release_changes)
        self._held.append(Change(kind, frozenset(ids)))

    def _release_changes(self, *_index) -> None:
        held, self._held = self._held, []
        if not held:
            return
        kinds = {c.kind for c in held}
        if len(held) == 1:
            change = held[0]
        elif len(kinds) == 1:
            change = Change(held[0].kind, frozenset().union(*(c.ids for c in held)))
        else:
            change = Change("reset")
        self.changed.emit(change)

    def card_position(self, card_id: str) -> int:
        """Where the card with this id is in ``map.cards``; raises ``KeyError``.

        Positions are remembered and checked on every use; the table is built
        again only when the list changed under it (cards added or removed), so
        commands find their cards without a scan of a 5,000-card list.
        """
        cards = self.map.cards
        i = self._card_positions.get(card_id)
        if i is None or i >= len(cards) or cards[i].id != card_id:
            self._card_positions = {c.id: n for n, c in enumerate(cards)}
            i = self._card_positions[card_id]
        return i

    def replace_map(self, journey_map: JourneyMap) -> None:
        """Swap in another map (reload from disk); clears undo history."""
        self.map = journey_map
        self._card_positions = {}
        self.undo_stack.clear()
        self._held.clear()
        self.changed.emit(Change("reset"))
