"""CardFinder: a card of a map's card list by id, without a scan of the list.

Commands, the layout and the canvas look cards up by id thousands of times per
edit; ``map.cards`` is a list. The finder remembers each card's position and
checks it on every use. An edit moves positions a little (a card appended, one
inserted or removed before it), so a miss first looks one place either side and
at the end of the list; only when that fails is the table built again (~1 ms at
5,000 cards).
"""

from __future__ import annotations

from typing import Iterable, Optional, Sequence

from .journey_map import Card

#: how far from the end a card just added is looked for before the table is built again
_TAIL = 8


class CardFinder:
    def __init__(self) -> None:
        self._positions: dict[str, int] = {}

    def position(self, cards: Sequence[Card], card_id: str) -> Optional[int]:
        """Where the card with this id is in ``cards`` (None if it is not there)."""
        i = self._probe(cards, card_id)
        if i is None:
            self._positions = {c.id: n for n, c in enumerate(cards)}
            i = self._positions.get(card_id)
        return i

    def find_all(self, cards: Sequence[Card], card_ids: Iterable[str]) -> dict[str, Card]:
        """The cards of these ids that are in ``cards`` (the others are left out)."""
        found: dict[str, Card] = {}
        missing = []
        for cid in card_ids:
            i = self._probe(cards, cid)
            if i is None:
                missing.append(cid)
            else:
                found[cid] = cards[i]
        if missing:
            self._positions = positions = {c.id: n for n, c in enumerate(cards)}
            for cid in missing:
                i = positions.get(cid)
                if i is not None:
                    found[cid] = cards[i]
        return found

    def _probe(self, cards: Sequence[Card], card_id: str) -> Optional[int]:
        """The card's position if it is where it was, one place off, or near the end."""
        n = len(cards)
        i = self._positions.get(card_id)
        candidates = (i, i - 1, i + 1) if i is not None else ()
        for j in candidates:
            if 0 <= j < n and cards[j].id == card_id:
                if j != i:
                    self._positions[card_id] = j
                return j
        for j in range(n - 1, max(n - _TAIL, 0) - 1, -1):
            if cards[j].id == card_id:
                self._positions[card_id] = j
                return j
        return None
