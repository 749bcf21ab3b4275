"""The layout of a filtered map: cells shrink to their shown cards, each keeps a mark with room."""

from __future__ import annotations

from cjm_desktop.layout import LayoutEngine
from cjm_desktop.layout.filtered import MARK_HEIGHT, filtered_layout, to_map_index, to_shown_index
from tests.factories import small_map


def test_hidden_cards_leave_a_mark_inside_their_cell():
    m = small_map()
    engine = LayoutEngine()
    hidden = {m.cards[0].id, m.cards[2].id}
    done = filtered_layout(engine, m, hidden)
    assert set(done.layout.cards) == {m.cards[1].id, m.cards[3].id}
    cell = (m.cards[0].stage_id, m.cards[0].lane_id)
    n, top = done.marks[cell]
    assert n == 2
    assert top >= done.layout.rect_of(m.cards[1].id).bottom
    assert top + MARK_HEIGHT <= done.layout.cells[cell].bottom
    assert m.cards[0].id in {c.id for c in m.cards}  # the map itself keeps every card


def test_drop_places_translate_between_shown_and_whole_stacks():
    m = small_map()
    cell = (m.cards[0].stage_id, m.cards[0].lane_id)
    hidden = {m.cards[0].id}
    assert to_map_index(m, hidden, cell, 0, frozenset()) == 1
    assert to_map_index(m, hidden, cell, 2, frozenset()) == 3
    assert to_shown_index(m, hidden, cell, 2, frozenset()) == 1
    assert to_map_index(m, {c.id for c in m.cards}, cell, 0, frozenset()) == 3
