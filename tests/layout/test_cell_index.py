"""MapLayout.cards_in_cell is indexed once per layout and agrees with a plain scan."""

from __future__ import annotations

from cjm_desktop.layout import LayoutEngine
from cjm_desktop.templates.generated import generate_map


def test_indexed_cells_match_a_scan_of_all_cards():
    m = generate_map(cards=400, stages=6, lanes=6, connectors=10)
    layout = LayoutEngine().layout(m)
    for (stage_id, lane_id) in layout.cells:
        scanned = sorted((g for g in layout.cards.values() if (g.stage_id, g.lane_id) == (stage_id, lane_id)),
                         key=lambda g: layout.card_rect(g).y)
        assert layout.cards_in_cell(stage_id, lane_id) == scanned
    # callers may change the list they get without changing the index
    some = next(cell for cell in layout.cells if layout.cards_in_cell(*cell))
    layout.cards_in_cell(*some).clear()
    assert layout.cards_in_cell(*some)


def test_a_cells_stack_height_is_kept_until_the_cell_changes():
    """A lane's height asks each of its cells for its stacked height after every
    edit: the layout keeps it per cell, and a cell stacked again (put_cell,
    drop_cell) is worked out afresh, so it always equals the sum over its cards."""
    from cjm_desktop.layout.types import stacked_height

    m = generate_map(cards=200, stages=4, lanes=4, connectors=0)
    layout = LayoutEngine().layout(m)
    gap = layout.style.card_gap

    def summed(cell):
        stack = layout.index().get(cell)
        return stacked_height([g.content for g in stack], gap) if stack else None

    full = next(cell for cell in layout.cells if len(layout.index().get(cell, ())) >= 2)
    assert layout.stack_height(full) == summed(full) and full in layout.stack_heights
    stack = layout.index()[full]
    layout.put_cell(full, stack[:1])  # one card fewer
    assert layout.stack_height(full) == stack[0].content.height == summed(full)
    layout.drop_cell(full)
    assert layout.stack_height(full) is None
    for cell in layout.cells:  # and every other cell agrees with its cards
        assert layout.stack_height(cell) == summed(cell)
