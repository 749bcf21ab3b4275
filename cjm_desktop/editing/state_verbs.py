"""The edit verbs of a map's states: show, new future state from the shown one, rename, move, delete.

:class:`StateVerbs` is the part of :class:`~.editor.MapEditor` that works on
the map's states (:mod:`cjm_desktop.model.states`); each verb is one undo
step, and it uses only the editor's public ``doc`` and ``prompts``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from ..commands.states import (
    AddStateCommand,
    DeleteStateCommand,
    MoveStateCommand,
    RenameStateCommand,
    ShowStateCommand,
)
from ..i18n import fill, tr
from ..model import LIMITS, new_id
from ..model import states as st

if TYPE_CHECKING:  # pragma: no cover
    from ..commands import CjmDocument
    from .prompts import Prompts


class StateVerbs:
    """States: each verb pushes one undo step (or none when nothing would change)."""

    doc: "CjmDocument"
    prompts: "Prompts"

    def show_state(self, state_id: Optional[str]) -> bool:
        """Show another state (None: the current state) in the canvas.

        A step of its own (edits are undone in the state they were made in), but
        not a change to save: the file is written the same whichever state is shown,
        so a saved map stays saved."""
        if st.shown_state(self.doc.map) == state_id:
            return False
        stack = self.doc.undo_stack
        was_clean = stack.isClean()
        self.doc.push(ShowStateCommand(self.doc, state_id))
        if was_clean:
            stack.setClean()
        return True

    def new_future_state(self) -> Optional[str]:
        """A new future state copied from the state shown (with the same ids), shown at once."""
        m = self.doc.map
        if len(m.states) >= LIMITS.max_states:
            self.prompts.show_error(tr("New Future State"),
                                    fill(tr("A map holds at most %1 future states."), LIMITS.max_states))
            return None
        total = len(m.cards) + sum(len(s.cards) for s in m.states)
        if total + len(m.cards) > LIMITS.max_cards_all_states:
            self.prompts.show_error(tr("New Future State"), fill(tr("A map holds at most %1 cards in all states."),
                                                                 LIMITS.max_cards_all_states))
            return None
        used = {st.state_name(m, sid) for sid in st.state_ids(m)}
        number = len(m.states) + 1
        while st.DEFAULT_FUTURE[m.language].replace("%1", str(number)) in used:
            number += 1
        name = st.DEFAULT_FUTURE[m.language].replace("%1", str(number))
        state = st.copy_of_shown(m, new_id(), name)
        self.doc.push(AddStateCommand(self.doc, state))
        return state.id

    def rename_state(self, state_id: Optional[str], name: str) -> bool:
        name = " ".join(name.split())[:LIMITS.short_text]
        if not name or name == st.state_name(self.doc.map, state_id):
            return False
        self.doc.push(RenameStateCommand(self.doc, state_id, name))
        return True

    def move_state(self, state_id: str, index: int) -> bool:
        """Move a future state to ``index`` among the future states."""
        states = self.doc.map.states
        old = next((i for i, s in enumerate(states) if s.id == state_id), None)
        if old is None or index == old or not 0 <= index < len(states):
            return False
        self.doc.push(MoveStateCommand(self.doc, state_id, index))
        return True

    def delete_state(self, state_id: Optional[str]) -> bool:
        """Delete a future state after asking (the current state cannot be deleted)."""
        if state_id is None or state_id not in st.state_ids(self.doc.map):
            return False
        name = st.state_name(self.doc.map, state_id)
        if not self.prompts.confirm(tr("Delete State"), fill(tr('Delete the state "%1" with all its cards?'), name)):
            return False
        self.doc.push(DeleteStateCommand(self.doc, state_id))
        return True
