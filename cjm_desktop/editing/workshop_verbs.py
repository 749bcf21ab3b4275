"""The workshop's edit verbs of :class:`~.editor.MapEditor`: comments, dot votes, the vote's settings.

Each verb pushes one command (one undo step) or nothing; a dot a participant
does not have is refused with a sentence the caller shows (the status bar).
"""

from __future__ import annotations

import datetime as dt
from typing import Optional

from ..commands.workshop import (ADD_COMMENT, CLEAR_VOTES, DELETE_COMMENT, PUT_DOT, REOPEN_COMMENT,
                                 RESOLVE_COMMENT, TAKE_DOT, EditWorkshopCommand, SetCommentsCommand,
                                 SetVotesCommand, comment_holder)
from ..i18n import fill, tr
from ..model import LIMITS, Comment, ObjectKind, Workshop, nfc
from ..model.votes import ANONYMOUS, dots_left


def participant_label(name: str) -> str:
    """A participant's name as the interface shows it ("Anonymous" for the anonymous voter)."""
    return name if name != ANONYMOUS else tr("Anonymous")


class WorkshopVerbs:
    """Mixed into :class:`~.editor.MapEditor` (which provides ``doc``)."""

    # -- comments ------------------------------------------------------------------
    def comments_of(self, kind: ObjectKind, object_id: str) -> list[Comment]:
        try:
            return list(comment_holder(self.doc, ObjectKind(kind), object_id).comments)
        except (KeyError, ValueError):
            return []

    def add_comment(self, kind: ObjectKind, object_id: str, text: str, author: str = "") -> Optional[str]:
        """A new open comment at the end of the object's list; its id (None for empty text or a full list)."""
        text = nfc(text.strip())
        comments = self.comments_of(kind, object_id)
        if not text or len(comments) >= LIMITS.comments_per_object:
            return None
        note = Comment(author=author.strip()[:LIMITS.short_text], text=text[:LIMITS.long_text],
                       created=dt.datetime.now().astimezone().replace(microsecond=0))
        self.doc.push(SetCommentsCommand(self.doc, kind, object_id, [*comments, note], ADD_COMMENT))
        return note.id

    def set_comment_resolved(self, kind: ObjectKind, object_id: str, comment_id: str, resolved: bool) -> bool:
        comments = self.comments_of(kind, object_id)
        changed = [c.model_copy(update={"resolved": resolved}) if c.id == comment_id else c for c in comments]
        if changed == comments:
            return False
        label = RESOLVE_COMMENT if resolved else REOPEN_COMMENT
        self.doc.push(SetCommentsCommand(self.doc, kind, object_id, changed, label))
        return True

    def delete_comment(self, kind: ObjectKind, object_id: str, comment_id: str) -> bool:
        comments = self.comments_of(kind, object_id)
        kept = [c for c in comments if c.id != comment_id]
        if len(kept) == len(comments):
            return False
        self.doc.push(SetCommentsCommand(self.doc, kind, object_id, kept, DELETE_COMMENT))
        return True

    # -- dot votes -----------------------------------------------------------------
    def put_dot(self, card_id: str, participant: str) -> str:
        """One of ``participant``'s dots on the card: "" when done, else why not (a sentence to show)."""
        m = self.doc.map
        card = m.cards[self.doc.card_position(card_id)]
        if dots_left(m, participant) <= 0:
            return fill(tr("%1 has used all %2 dots: take one back first (right-click or Shift+click a card)."),
                        participant_label(participant), m.workshop.dots_per_participant)
        votes = dict(card.votes)
        if participant not in votes and len(votes) > LIMITS.max_participants:
            return tr("This card has as many voters as a card may have.")
        votes[participant] = votes.get(participant, 0) + 1
        self.doc.push(SetVotesCommand(self.doc, {card_id: votes}, PUT_DOT))
        return ""

    def take_dot(self, card_id: str, participant: str) -> str:
        """Take one of ``participant``'s dots back from the card: "" when done, else why not."""
        card = self.doc.map.cards[self.doc.card_position(card_id)]
        if card.votes.get(participant, 0) <= 0:
            return fill(tr("%1 has no dot on this card."), participant_label(participant))
        votes = dict(card.votes)
        votes[participant] -= 1
        self.doc.push(SetVotesCommand(self.doc, {card_id: votes}, TAKE_DOT))
        return ""

    def clear_votes(self) -> bool:
        """Every dot off every card, as one undo step."""
        voted = {c.id: {} for c in self.doc.map.cards if c.votes}
        if voted:
            self.doc.push(SetVotesCommand(self.doc, voted, CLEAR_VOTES))
        return bool(voted)

    def set_workshop(self, dots_per_participant: int, participants: list[str]) -> bool:
        names: list[str] = []
        for name in participants:
            name = nfc(name.strip())[:LIMITS.participant_name]
            if name and name not in names:
                names.append(name)
        new = Workshop(dots_per_participant=max(1, min(LIMITS.max_dots, dots_per_participant)),
                       participants=names[:LIMITS.max_participants])
        if new == self.doc.map.workshop:
            return False
        self.doc.push(EditWorkshopCommand(self.doc, new))
        return True
