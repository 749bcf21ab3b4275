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
