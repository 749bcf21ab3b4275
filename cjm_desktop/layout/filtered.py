"""The layout of a map with some cards hidden by a view filter, and where each cell's "n hidden" mark goes. No Qt.

The hidden cards are left out of a copy of the map, which the engine lays out
as usual, so cells shrink to the cards they show. Each cell that hides cards
gets a mark below its last shown card; a lane with no room for it grows (the
copy's lane is given that height and laid out once more). Drop positions in a
filtered cell are translated between the shown stack and the whole stack.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Card, JourneyMap
from .engine import LayoutEngine
from .types import Cell, MapLayout

#: The height of a cell's "n hidden" mark, with the gap above it.
MARK_HEIGHT = 15.0


@dataclass
class FilteredLayout:
    """A layout of the shown cards, and per cell: (hidden cards, the top of their mark)."""

    layout: MapLayout
    marks: dict[Cell, tuple[int, float]] = field(default_factory=dict)


def _hidden_per_cell(m: JourneyMap, hidden: set[str]) -> dict[Cell, int]:
    collapsed = {lane.id for lane in m.lanes if lane.collapsed}
    counts: dict[Cell, int] = {}
    for c in m.cards:
        if c.id in hidden and c.lane_id not in collapsed:
            counts[(c.stage_id, c.lane_id)] = counts.get((c.stage_id, c.lane_id), 0) + 1
    return counts


def _marks(engine: LayoutEngine, m: JourneyMap, lay: MapLayout, counts: dict[Cell, int]) -> tuple[dict, dict]:
    """The marks' tops, and the lanes too short for theirs (lane id: height needed)."""
    lanes = {lane.id: lane for lane in m.lanes}
    index = lay.index()
    marks, grow = {}, {}
    for cell, n in counts.items():
        stack = index.get(cell, ())
        lane_top = lay.lane_headers[cell[1]].y
        below = stack[-1].box.bottom + engine.style.card_gap if stack else engine.cards_top(lanes[cell[1]])
        marks[cell] = (n, lane_top + below)
        need = below + MARK_HEIGHT + engine.style.cell_padding
        if need > lay.lane_headers[cell[1]].h + 0.01:
            grow[cell[1]] = max(grow.get(cell[1], 0.0), need)
    return marks, grow


def filtered_layout(engine: LayoutEngine, m: JourneyMap, hidden: set[str]) -> FilteredLayout:
    """The layout of ``m`` without the cards in ``hidden``, with room for the marks."""
    shown = m.model_copy(update={"cards": [c for c in m.cards if c.id not in hidden]})
    lay = engine.layout(shown)
    counts = _hidden_per_cell(m, hidden)
    marks, grow = _marks(engine, shown, lay, counts)
    if grow:
        lanes = [lane.model_copy(update={"height": grow[lane.id]}) if lane.id in grow else lane for lane in m.lanes]
        shown = shown.model_copy(update={"lanes": lanes})
        lay = engine.layout(shown)
        marks, _ = _marks(engine, shown, lay, counts)
    return FilteredLayout(lay, marks)


def _stack(m: JourneyMap, cell: Cell, exclude: frozenset[str]) -> list[Card]:
    return [c for c in m.cards_in(*cell) if c.id not in exclude]


def to_map_index(m: JourneyMap, hidden: set[str], cell: Cell, shown_index: int, exclude: frozenset[str]) -> int:
    """A place in the shown stack of ``cell`` as a place in its whole stack
    (before the same shown card; after the last shown card)."""
    whole = _stack(m, cell, exclude)
    shown = [i for i, c in enumerate(whole) if c.id not in hidden]
    if shown_index < len(shown):
        return shown[shown_index]
    return shown[-1] + 1 if shown else len(whole)


def to_shown_index(m: JourneyMap, hidden: set[str], cell: Cell, map_index: int, exclude: frozenset[str]) -> int:
    """A place in the whole stack of ``cell`` as a place in its shown stack."""
    whole = _stack(m, cell, exclude)
    return sum(1 for c in whole[:map_index] if c.id not in hidden)
