"""Undo commands for the map's states: show one, add, rename, move, delete (format version 4).

Showing a state is itself an undo step (:class:`ShowStateCommand`): it swaps
the state's content into the map's own fields (:mod:`cjm_desktop.model.states`),
so every edit on the stack is undone and redone while the state it was made
in is shown, and an edit never lands in another state. Consecutive switches
merge into one step, and switching back to where it began leaves no step.
"""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QUndoCommand

from ..model import MapState
from ..model import states as st
from .base import DocumentCommand, command_id, command_text, find_index
from .change import Change
from .document import CjmDocument

SHOW = QT_TRANSLATE_NOOP("Commands", "Show State")
ADD = QT_TRANSLATE_NOOP("Commands", "New Future State")
RENAME = QT_TRANSLATE_NOOP("Commands", "Rename State")
MOVE = QT_TRANSLATE_NOOP("Commands", "Move State")
DELETE = QT_TRANSLATE_NOOP("Commands", "Delete State")


class ShowStateCommand(DocumentCommand):
    """Show ``state_id`` (None: the current state) in place of the state shown now."""

    _id = command_id()

    def __init__(self, doc: CjmDocument, state_id: Optional[str]) -> None:
        super().__init__(doc, command_text(SHOW))
        self.old = st.shown_state(doc.map)
        self.new = state_id

    def apply(self) -> None:
        st.show_state(self.map, self.new)

    def revert(self) -> None:
        st.show_state(self.map, self.old)

    def touched(self) -> Change:
        return Change.everything()

    def id(self) -> int:  # noqa: A003 - Qt override
        return self._id

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt override
        if not isinstance(other, ShowStateCommand):
            return False
        self.new = other.new
        self.setObsolete(self.new == self.old)  # back where it began: no step
        return True


class AddStateCommand(DocumentCommand):
    """Insert a future state (a copy made by the caller) and show it."""

    def __init__(self, doc: CjmDocument, state: MapState, index: Optional[int] = None) -> None:
        super().__init__(doc, command_text(ADD))
        self.state = state
        self.index = len(doc.map.states) if index is None else index
        self.was_shown = st.shown_state(doc.map)

    def apply(self) -> None:
        self.map.states.insert(self.index, self.state)
        st.show_state(self.map, self.state.id)

    def revert(self) -> None:
        st.show_state(self.map, self.was_shown)
        del self.map.states[find_index(self.map.states, self.state.id)]

    def touched(self) -> Change:
        return Change.everything()


class DeleteStateCommand(DocumentCommand):
    """Remove a future state (the current state is shown first if it was the one shown)."""

    def __init__(self, doc: CjmDocument, state_id: str) -> None:
        super().__init__(doc, command_text(DELETE))
        self.state_id = state_id
        self.was_shown = st.shown_state(doc.map)
        self.index = -1
        self.state: Optional[MapState] = None

    def apply(self) -> None:
        if st.shown_state(self.map) == self.state_id:
            st.show_state(self.map, None)
        self.index = find_index(self.map.states, self.state_id)
        self.state = self.map.states.pop(self.index)

    def revert(self) -> None:
        self.map.states.insert(self.index, self.state)
        st.show_state(self.map, self.was_shown)

    def touched(self) -> Change:
        return Change.everything() if self.was_shown == self.state_id else Change(map_fields=True)


class RenameStateCommand(DocumentCommand):
    """Give a state (None: the current one) a new name."""

    def __init__(self, doc: CjmDocument, state_id: Optional[str], name: str) -> None:
        super().__init__(doc, command_text(RENAME))
        self.state_id = state_id
        self.old = st.state_name(doc.map, state_id, default=False)
        self.new = name

    def apply(self) -> None:
        st.set_state_name(self.map, self.state_id, self.new)

    def revert(self) -> None:
        st.set_state_name(self.map, self.state_id, self.old)

    def touched(self) -> Change:
        return Change(map_fields=True)


class MoveStateCommand(DocumentCommand):
    """Move a future state to another place among the future states."""

    def __init__(self, doc: CjmDocument, state_id: str, index: int) -> None:
        super().__init__(doc, command_text(MOVE))
        self.state_id = state_id
        self.old = find_index(doc.map.states, state_id)
        self.new = max(0, min(index, len(doc.map.states) - 1))

    def _move(self, to: int) -> None:
        states = self.map.states
        states.insert(to, states.pop(find_index(states, self.state_id)))

    def apply(self) -> None:
        self._move(self.new)

    def revert(self) -> None:
        self._move(self.old)

    def touched(self) -> Change:
        return Change(map_fields=True)
