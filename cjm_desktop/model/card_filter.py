"""Which cards a view shows: View > Show Only (one persona's cards, one lane kind's, those with open
comments or with dot votes), and persona tags. No Qt.

A card belongs to a persona when one of its tags names the persona: the tag
is the persona's name, or a run of whole words of it ("Lan Anh" for "Chị Lan
Anh": a name is often written with its honorific), compared without case.
A :class:`CardFilter` is a view setting, never part of the map or its file.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Iterable, Optional

from .journey_map import Card, JourneyMap, LaneKind, Persona


def _words(text: str) -> tuple[str, ...]:
    return tuple(unicodedata.normalize("NFC", text).casefold().split())


def tag_names_persona(tag: str, persona: Persona) -> bool:
    """Whether ``tag`` names ``persona`` (its name or a run of whole words of it,
    two words at least unless the name is one word)."""
    tag_words, name_words = _words(tag), _words(persona.name)
    n = len(tag_words)
    if not n or not name_words or (n < 2 and len(name_words) > 1):
        return False
    return any(name_words[i:i + n] == tag_words for i in range(len(name_words) - n + 1))


def tagged_personas(card: Card, personas: Iterable[Persona]) -> set[str]:
    """The ids of the personas the card's tags name."""
    return {p.id for p in personas if any(tag_names_persona(t, p) for t in card.tags)}


#: ``CardFilter.marked``: the cards with a comment still open, the cards with dots.
OPEN_COMMENTS, VOTED = "comments", "votes"
MARKS = {
    OPEN_COMMENTS: lambda card: any(not c.resolved for c in card.comments),
    VOTED: lambda card: any(card.votes.values()),
}


@dataclass(frozen=True)
class CardFilter:
    """Show only the cards of one persona (by tag) and/or of one lane kind, or
    those with a workshop mark (``marked``: :data:`OPEN_COMMENTS` or :data:`VOTED`);
    the default shows every card."""

    persona_id: str = ""
    lane_kind: Optional[LaneKind] = None
    marked: str = ""

    @property
    def active(self) -> bool:
        return bool(self.persona_id) or self.lane_kind is not None or self.marked in MARKS

    def hidden_ids(self, m: JourneyMap) -> set[str]:
        """The ids of the cards of ``m`` this filter hides (none when it is off,
        or when its persona is no longer in the map)."""
        if not self.active:
            return set()
        persona = next((p for p in m.personas if p.id == self.persona_id), None) if self.persona_id else None
        kinds = {lane.id: lane.kind for lane in m.lanes}
        hidden = set()
        for card in m.cards:
            if self.lane_kind is not None and kinds.get(card.lane_id) != self.lane_kind:
                hidden.add(card.id)
            elif persona is not None and not any(tag_names_persona(t, persona) for t in card.tags):
                hidden.add(card.id)
            elif self.marked in MARKS and not MARKS[self.marked](card):
                hidden.add(card.id)
        return hidden
