"""CardFinder finds every card by id after any change of the card list (a
property test against a plain scan), and does not scan the list for the edits
that happen all the time (one card added, inserted or removed)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cjm_desktop.model import Card, new_id
from cjm_desktop.model.card_finder import CardFinder
from tests.factories import small_map

_EDITS = st.lists(st.tuples(st.sampled_from(["append", "insert", "remove", "swap", "reverse"]),
                            st.integers(0, 10_000), st.integers(0, 10_000)), max_size=25)


@given(_EDITS)
@settings(max_examples=60, deadline=None)
def test_the_finder_agrees_with_a_scan_after_any_edit(edits):
    m = small_map()
    cards = list(m.cards)
    spare = [c.model_copy(update={"id": f"{c.id[:-4]}{n:04d}"}) for n, c in enumerate(cards)]
    finder = CardFinder()
    for verb, a, b in edits:
        if verb == "append" and spare:
            cards.append(spare.pop())
        elif verb == "insert" and spare:
            cards.insert(a % (len(cards) + 1), spare.pop())
        elif verb == "remove" and cards:
            cards.pop(a % len(cards))
        elif verb == "swap" and cards:
            i, j = a % len(cards), b % len(cards)
            cards[i], cards[j] = cards[j], cards[i]
        elif verb == "reverse":
            cards.reverse()
        ids = [c.id for c in cards] + ["missing"]
        found = finder.find_all(cards, ids)
        assert found == {c.id: c for c in cards}
        for n, c in enumerate(cards):
            assert finder.position(cards, c.id) == n
        assert finder.position(cards, "missing") is None


def test_a_card_added_or_removed_is_found_without_building_the_table_again(monkeypatch):
    m = small_map()
    cards = list(m.cards)
    finder = CardFinder()
    finder.find_all(cards, [c.id for c in cards])
    table = finder._positions
    new = cards[0].model_copy(update={"id": cards[0].id[:-4] + "ffff"})
    cards.append(new)
    assert finder.position(cards, new.id) == len(cards) - 1
    del cards[2]
    assert [finder.position(cards, c.id) for c in cards] == list(range(len(cards)))
    assert finder._positions is table  # found one place off, not by a new scan


def test_while_settled_a_deleted_id_builds_the_table_once_and_a_new_card_is_found_after(monkeypatch):
    """Every observer of a deletion asks for the deleted cards: while the list is
    settled the table is built once for them; once it is not, a card added is found."""
    cards = [Card(stage_id=new_id(), lane_id=new_id(), title=str(i)) for i in range(50)]
    finder = CardFinder()
    assert finder.position(cards, cards[30].id) == 30
    gone = cards.pop(10)
    builds = []
    real = CardFinder._rebuild

    def counting(self, seq):
        out = real(self, seq)
        if not builds or builds[-1] is not out:  # a new table, not the one built before
            builds.append(out)
        return out

    monkeypatch.setattr(CardFinder, "_rebuild", counting)
    with finder.settled(cards):
        assert finder.position(cards, gone.id) is None
        assert finder.find_all(cards, [gone.id, cards[40].id]) == {cards[40].id: cards[40]}
        assert finder.position(cards, gone.id) is None
        assert finder.position(cards, cards[5].id) == 5
    assert [len(table) for table in builds] == [49]  # built once, from the list as it is
    cards.insert(0, gone)  # the list changes once settled is over: found again
    assert finder.position(cards, gone.id) == 0
    assert finder.position(cards, cards[30].id) == 30


def test_cards_a_command_removed_are_known_missing_until_the_list_changes_again(monkeypatch):
    """A delete's observers ask for the deleted cards: told which ones went, the
    finder answers without building its table; once the list's length changes
    (an undo puts them back), it looks again."""
    cards = [Card(stage_id=new_id(), lane_id=new_id(), title=str(i)) for i in range(50)]
    finder = CardFinder()
    assert finder.find_all(cards, [c.id for c in cards]) and finder.position(cards, cards[30].id) == 30
    gone = [cards.pop(20), cards.pop(10)]
    finder.removed(cards, [c.id for c in gone])
    builds = []
    real = CardFinder._rebuild
    monkeypatch.setattr(CardFinder, "_rebuild", lambda self, seq: builds.append(len(seq)) or real(self, seq))
    with finder.settled(cards):
        assert finder.find_all(cards, [g.id for g in gone] + [cards[40].id]) == {cards[40].id: cards[40]}
        assert finder.position(cards, gone[0].id) is None
        assert [finder.position(cards, c.id) for c in cards[:12]] == list(range(12))
    assert builds == []
    assert finder.position(cards, "never there") is None and builds == [48]  # other ids: looked for
    cards.insert(10, gone[1])  # an undo puts one back
    assert finder.position(cards, gone[1].id) == 10
    other = list(cards)  # another list of the same length: the hint is not about it
    assert finder.position(other, gone[0].id) is None
    assert finder.find_all(cards, [gone[1].id]) == {gone[1].id: gone[1]}
