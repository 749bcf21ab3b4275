"""CardFinder: a card of a map's card list by id, without a scan of the list.

Commands, the layout and the canvas look cards up by id thousands of times per
edit; ``map.cards`` is a list. The finder remembers each card's position and
checks it on every use. An edit moves positions a little (a card appended, one
inserted or removed before it), so a miss first looks one place either side and
at the end of the list; only when that fails is the table built again (~0.5 ms at
5,000 cards). While the list is :meth:`~CardFinder.settled` (observers reading
an edit's result), the table is built at most once: the ids of deleted cards,
which every observer asks about, are then known to be gone. A command that
removes cards says so (:meth:`CardFinder.removed`), and the table is not built
for them at all.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterable, Iterator, Optional, Sequence

from .journey_map import Card

#: how far from the end a card just added is looked for before the table is built again
_TAIL = 8


class CardFinder:
    def __init__(self) -> None:
        self._positions: dict[str, int] = {}
        #: while settled: the list no one changes, and whether the table was built from it since
        self._settled: Optional[Sequence[Card]] = None
        self._complete = False
        #: (the list, its length, ids) after :meth:`removed`: while the list is that long,
        #: those ids are known to be missing
        self._gone: Optional[tuple[Sequence[Card], int, frozenset[str]]] = None

    def removed(self, cards: Sequence[Card], card_ids: Iterable[str]) -> None:
        """These cards were just taken out of ``cards``: until its length changes,
        looking one of them up misses without building the table again (a delete's
        observers all ask for the deleted cards: ~0.5 ms a build at 5,000 cards)."""
        ids = frozenset(card_ids)
        for cid in ids:
            self._positions.pop(cid, None)
        self._gone = (cards, len(cards), ids)

    def _known_gone(self, cards: Sequence[Card], card_id: str) -> bool:
        gone = self._gone
        return gone is not None and gone[0] is cards and gone[1] == len(cards) and card_id in gone[2]

    @contextmanager
    def settled(self, cards: Sequence[Card]) -> Iterator[None]:
        """A stretch in which ``cards`` does not change (the caller's promise):
        the first lookup that misses builds the table, and later misses are final."""
        outer = self._settled, self._complete
        self._settled, self._complete = cards, False
        try:
            yield
        finally:
            self._settled, self._complete = outer

    def _rebuild(self, cards: Sequence[Card]) -> dict[str, int]:
        if self._complete and cards is self._settled:
            return self._positions  # built from this very list, which has not changed since
        self._positions = {c.id: n for n, c in enumerate(cards)}
        self._complete = cards is self._settled
        return self._positions

    def position(self, cards: Sequence[Card], card_id: str) -> Optional[int]:
        """Where the card with this id is in ``cards`` (None if it is not there)."""
        i = self._probe(cards, card_id)
        if i is None and not self._known_gone(cards, card_id):
            i = self._rebuild(cards).get(card_id)
        return i

    def find_all(self, cards: Sequence[Card], card_ids: Iterable[str]) -> dict[str, Card]:
        """The cards of these ids that are in ``cards`` (the others are left out)."""
        found: dict[str, Card] = {}
        missing = []
        for cid in card_ids:
            i = self._probe(cards, cid)
            if i is None:
                if not self._known_gone(cards, cid):
                    missing.append(cid)
            else:
                found[cid] = cards[i]
        if missing:
            positions = self._rebuild(cards)
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
