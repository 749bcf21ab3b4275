"""Undo commands of a workshop: the comments of a card, stage or lane, dot votes, the vote's settings.

Each stores ids and detached copies of the old and new values, never live
objects, and names what it touched: the object whose comments changed, the
cards whose votes changed (a change of the participants also touches the
voted cards, whose dots take the participants' colours).
"""

from __future__ import annotations

from typing import Mapping, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ..model import Comment, ObjectKind, Workshop
from .base import DocumentCommand, command_text, find_index
from .change import Change
from .document import CjmDocument

ADD_COMMENT = QT_TRANSLATE_NOOP("Commands", "Add Comment")
RESOLVE_COMMENT = QT_TRANSLATE_NOOP("Commands", "Resolve Comment")
REOPEN_COMMENT = QT_TRANSLATE_NOOP("Commands", "Reopen Comment")
DELETE_COMMENT = QT_TRANSLATE_NOOP("Commands", "Delete Comment")
PUT_DOT = QT_TRANSLATE_NOOP("Commands", "Put Dot")
TAKE_DOT = QT_TRANSLATE_NOOP("Commands", "Take Back Dot")
CLEAR_VOTES = QT_TRANSLATE_NOOP("Commands", "Clear Votes")
EDIT_WORKSHOP = QT_TRANSLATE_NOOP("Commands", "Edit Workshop Settings")


def comment_holder(doc: CjmDocument, kind: ObjectKind, object_id: str):
    """The card, stage or lane with this id (raises ``KeyError``)."""
    if kind == ObjectKind.CARDS:
        return doc.map.cards[doc.card_position(object_id)]
    items = getattr(doc.map, ObjectKind(kind).value)
    return items[find_index(items, object_id)]


class SetCommentsCommand(DocumentCommand):
    """Give a card, stage or lane a new list of comments (one added, resolved, deleted ...)."""

    def __init__(self, doc: CjmDocument, kind: ObjectKind, object_id: str, comments: Sequence[Comment],
                 label: str) -> None:
        super().__init__(doc, command_text(label))
        self.kind, self.object_id = ObjectKind(kind), object_id
        self.old = [c.model_copy() for c in comment_holder(doc, self.kind, object_id).comments]
        self.new = [c.model_copy() for c in comments]

    def _set(self, comments: list[Comment]) -> None:
        comment_holder(self.doc, self.kind, self.object_id).comments = [c.model_copy() for c in comments]

    def apply(self) -> None:
        self._set(self.new)

    def revert(self) -> None:
        self._set(self.old)

    def touched(self) -> Change:
        return Change.of(self.kind, [self.object_id])


class SetVotesCommand(DocumentCommand):
    """Give cards new votes (participant -> dots)."""

    def __init__(self, doc: CjmDocument, votes: Mapping[str, Mapping[str, int]], label: str) -> None:
        super().__init__(doc, command_text(label))
        cards = doc.map.cards
        self.new = {cid: {k: v for k, v in vs.items() if v > 0} for cid, vs in votes.items()}
        self.old = {cid: dict(cards[doc.card_position(cid)].votes) for cid in votes}

    def _set(self, votes: dict[str, dict[str, int]]) -> None:
        cards = self.map.cards
        for cid, vs in votes.items():
            cards[self.doc.card_position(cid)].votes = dict(vs)

    def apply(self) -> None:
        self._set(self.new)

    def revert(self) -> None:
        self._set(self.old)

    def touched(self) -> Change:
        return Change.of(ObjectKind.CARDS, self.new)


class EditWorkshopCommand(DocumentCommand):
    """New dot vote settings (dots per participant, participants)."""

    def __init__(self, doc: CjmDocument, workshop: Workshop) -> None:
        super().__init__(doc, command_text(EDIT_WORKSHOP))
        self.old = doc.map.workshop.model_copy(deep=True)
        self.new = workshop.model_copy(deep=True)

    def apply(self) -> None:
        self.map.workshop = self.new.model_copy(deep=True)

    def revert(self) -> None:
        self.map.workshop = self.old.model_copy(deep=True)

    def touched(self) -> Change:
        voted = [c.id for c in self.map.cards if c.votes]
        return Change.of(ObjectKind.CARDS, voted, map_fields=True)
