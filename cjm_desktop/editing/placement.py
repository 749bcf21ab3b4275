"""Where new, pasted, duplicated and nudged cards go: placement rules, no Qt.

Each function reads the map and returns cards (copies with new ids and their
places) or a target; :class:`~.editor.MapEditor` turns the answer into one
undo command.
"""

from __future__ import annotations

from typing import Iterable, Optional

from ..model import Card, JourneyMap, LaneKind, new_id

Cell = tuple[str, str]  # stage_id, lane_id
Target = tuple[str, str, int]  # stage_id, lane_id, index in the cell's stack


def has_cell(m: JourneyMap, cell: Optional[Cell]) -> bool:
    """True if ``cell`` names a stage and a lane this map has."""
    return (cell is not None and any(s.id == cell[0] for s in m.stages)
            and any(lane.id == cell[1] for lane in m.lanes))


def cell_for_kind(m: JourneyMap, kind: Optional[LaneKind], cell: Optional[Cell]) -> Cell:
    """The cell for a new card of ``kind``: ``cell`` when its lane is of that
    kind (or no kind is asked), else the first lane of that kind in the same
    stage, else ``cell`` or the first cell. The map has a stage and a lane."""
    if kind is not None and (cell is None or m.lane(cell[1]).kind != kind):
        lane = next((lane for lane in m.lanes if lane.kind == kind), None)
        if lane is not None:
            cell = (cell[0] if cell else m.stages[0].id, lane.id)
    return cell or (m.stages[0].id, m.lanes[0].id)


def copies_into(m: JourneyMap, cards: Iterable[Card], cell: Optional[Cell], index: Optional[int] = None,
                anchor: Optional[Card] = None) -> list[Card]:
    """Copies of ``cards`` with new ids, stacked in ``cell`` from ``index`` on;
    without a cell each goes to its own cell if this map has it, else the first
    cell. Without an index they go below ``anchor`` (when it is in their cell)
    or at the end of the cell."""
    stage_ids = {s.id for s in m.stages}
    lane_ids = {lane.id for lane in m.lanes}
    fallback = (m.stages[0].id, m.lanes[0].id)
    next_order: dict[Cell, int] = {}
    copies = []
    for card in cards:
        if cell is not None:
            target = cell
        elif card.stage_id in stage_ids and card.lane_id in lane_ids:
            target = (card.stage_id, card.lane_id)
        else:
            target = fallback
        if target not in next_order:
            if index is not None and target == cell:
                next_order[target] = index
            elif anchor is not None and (anchor.stage_id, anchor.lane_id) == target:
                next_order[target] = anchor.order + 1
            else:
                next_order[target] = len(m.cards_in(*target))
        order = next_order[target]
        next_order[target] = order + 1
        copies.append(card.model_copy(update={"id": new_id(), "stage_id": target[0], "lane_id": target[1],
                                              "order": order}, deep=True))
    return copies


def duplicates_of(cards: Iterable[Card]) -> list[Card]:
    """Copies with new ids, each just below its original (``cards`` in reading order)."""
    copies = []
    shift: dict[Cell, int] = {}
    for card in cards:
        cell = (card.stage_id, card.lane_id)
        order = card.order + 1 + shift.get(cell, 0)
        shift[cell] = shift.get(cell, 0) + 1
        copies.append(card.model_copy(update={"id": new_id(), "order": order}, deep=True))
    return copies


def nudge_target(m: JourneyMap, card_ids: list[str], d_stage: int, d_index: int) -> Optional[Target]:
    """Where a nudge takes cards that share one cell: one place up/down in the
    cell, or the same place in the neighbouring stage (same lane). None at the
    end of a cell or of the map, or when the cards are in several cells."""
    chosen = set(card_ids)
    cells = {(c.stage_id, c.lane_id) for c in m.cards if c.id in chosen}
    if len(cells) != 1:
        return None
    stage_id, lane_id = cells.pop()
    stack = m.cards_in(stage_id, lane_id)
    others = [c for c in stack if c.id not in chosen]
    index = next(i for i, c in enumerate(stack) if c.id in chosen)  # cards above the first chosen one
    if d_stage:
        order = [s.id for s in m.stages]
        at = order.index(stage_id) + d_stage
        if not 0 <= at < len(order):
            return None
        return order[at], lane_id, min(index, len(m.cards_in(order[at], lane_id)))
    index += d_index
    if not 0 <= index <= len(others):
        return None
    return stage_id, lane_id, index
