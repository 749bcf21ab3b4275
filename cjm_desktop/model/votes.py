"""Dot vote arithmetic and comment counts: what a participant has used, the ranking of voted cards. No Qt."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from .journey_map import Card, JourneyMap, LaneKind

#: The participant name of an anonymous voter (written as the key "" in a card's votes).
ANONYMOUS = ""


def open_comments(item) -> int:
    """How many of a card's, stage's or lane's comments are still open."""
    return sum(1 for c in item.comments if not c.resolved)


def dots_used(m: JourneyMap, participant: str) -> int:
    """The dots ``participant`` has put on the map's cards."""
    return sum(c.votes.get(participant, 0) for c in m.cards if c.votes)


def dots_left(m: JourneyMap, participant: str) -> int:
    """The dots ``participant`` may still put (never below 0)."""
    return max(0, m.workshop.dots_per_participant - dots_used(m, participant))


def total_dots(card: Card) -> int:
    return sum(card.votes.values())


def voters(m: JourneyMap) -> list[str]:
    """The participants in the settings' order, then anyone else who voted (anonymous last)."""
    names = list(m.workshop.participants)
    others = sorted({p for c in m.cards for p in c.votes if p not in names and p != ANONYMOUS})
    anonymous = [ANONYMOUS] if any(ANONYMOUS in c.votes for c in m.cards) else []
    return names + others + anonymous


@dataclass(frozen=True)
class RankedCard:
    """One line of the vote results."""

    rank: int  # 1 for the most dots; cards with as many dots share a rank
    card: Card
    dots: int
    stage_title: str
    lane_title: str
    lane_kind: LaneKind


def ranking(m: JourneyMap, kind: Optional[LaneKind] = None) -> list[RankedCard]:
    """The voted cards (of one lane kind, or all), most dots first, then in reading order."""
    lanes = {lane.id: lane for lane in m.lanes}
    stages = {s.id: s for s in m.stages}
    voted = [c for c in m.cards if c.votes and (kind is None or lanes[c.lane_id].kind == kind)]
    ordered = sorted(m.reading_order(voted), key=total_dots, reverse=True)  # stable: reading order kept
    out: list[RankedCard] = []
    for i, card in enumerate(ordered):
        dots = total_dots(card)
        rank = out[-1].rank if out and out[-1].dots == dots else i + 1
        lane = lanes[card.lane_id]
        out.append(RankedCard(rank, card, dots, stages[card.stage_id].title, lane.title, lane.kind))
    return out
