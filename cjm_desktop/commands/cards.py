"""Undo commands for cards: add, delete, move, edit."""

from __future__ import annotations

import operator
from typing import Iterable, Optional, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QUndoCommand

from ..layout.words import is_hint, without_hint_tags
from ..model import Card, ObjectKind
from .base import DocumentCommand, EditFieldsCommand, command_id, count_text, remove_where, restore, translate
from .change import Change
from .document import CjmDocument

Placement = tuple[str, str, int]  # stage_id, lane_id, order


Cell = tuple[str, str]
_cell_of = operator.attrgetter("stage_id", "lane_id")


def _stacks(doc: CjmDocument, cells: set[Cell]) -> dict[Cell, list[Card]]:
    """The cards of these cells in their stacking order (as ``map.cards_in``),
    from one scan of the map's cards."""
    out: dict[Cell, list[Card]] = {cell: [] for cell in cells}
    get, cards = out.get, doc.map.cards
    for c, cell in zip(cards, map(_cell_of, cards)):  # the cells' tuples made in C: 5,000 cards
        stack = get(cell)
        if stack is not None:
            stack.append(c)
    for stack in out.values():
        stack.sort(key=lambda c: c.order)
    return out


def _placements(stacks: dict[Cell, list[Card]]) -> dict[str, Placement]:
    return {c.id: (c.stage_id, c.lane_id, c.order) for stack in stacks.values() for c in stack}


def _found(doc: CjmDocument, card_ids: Iterable[str]) -> list[tuple[int, Card]]:
    """(position in ``map.cards``, card) of the ids that are in the map, by position."""
    cards, found = doc.map.cards, []
    for cid in card_ids:
        try:
            i = doc.card_position(cid)
        except KeyError:
            continue
        found.append((i, cards[i]))
    found.sort(key=lambda pair: pair[0])
    return found


def _remove_cards(doc: CjmDocument, card_ids: Iterable[str]) -> list[tuple[int, Card]]:
    """Remove these cards (found by position, not by a scan); (index, card) pairs for undo."""
    removed = _found(doc, card_ids)
    cards = doc.map.cards
    for i, _ in reversed(removed):
        del cards[i]
    doc.card_finder.removed(cards, (c.id for _, c in removed))
    return removed


def _apply_placements(doc: CjmDocument, placements: dict[str, Placement]) -> None:
    """Each card to its cell and place; only the fields that differ are set (each
    assignment is validated, ~3 us: a move renumbers the ~40 cards of two cells)."""
    cards, position = doc.map.cards, doc.card_position
    for cid, (stage_id, lane_id, order) in placements.items():
        try:
            c = cards[position(cid)]
        except KeyError:  # not in the map (any more)
            continue
        if c.order != order:
            c.order = order
        if c.stage_id != stage_id:
            c.stage_id = stage_id
        if c.lane_id != lane_id:
            c.lane_id = lane_id


def _stack(stacks: dict[Cell, list[Card]], cell: Cell, exclude: set[str]) -> list[str]:
    return [c.id for c in stacks[cell] if c.id not in exclude]


class AddCardsCommand(DocumentCommand):
    """Add cards (new, pasted or duplicated) to their cells at given positions.

    Each card's ``order`` is taken as the index it should get in its cell; the
    cards below it move down.
    """

    def __init__(self, doc: CjmDocument, cards: Sequence[Card], text: Optional[str] = None) -> None:
        super().__init__(doc, text or count_text(
            translate("Commands", "Add Card"), translate("Commands", "Add %1 Cards"), len(cards)))
        self.cards = [c.model_copy(deep=True) for c in cards]
        cells = {(c.stage_id, c.lane_id) for c in self.cards}
        stacks = _stacks(doc, cells)
        self.before = _placements(stacks)
        self.after: dict[str, Placement] = {}
        new_ids = {c.id for c in self.cards}
        for cell in cells:
            stack = _stack(stacks, cell, exclude=new_ids)
            for card in sorted((c for c in self.cards if (c.stage_id, c.lane_id) == cell), key=lambda c: c.order):
                stack.insert(min(card.order, len(stack)), card.id)
            self.after.update({cid: (cell[0], cell[1], i) for i, cid in enumerate(stack)})

    @property
    def card_ids(self) -> list[str]:
        return [c.id for c in self.cards]

    def apply(self) -> None:
        self.map.cards.extend(c.model_copy(deep=True) for c in self.cards)
        _apply_placements(self.doc, self.after)

    def revert(self) -> None:
        _remove_cards(self.doc, self.card_ids)
        _apply_placements(self.doc, self.before)

    def touched(self) -> Change:
        return Change.of(ObjectKind.CARDS, self.after.keys())


class DeleteCardsCommand(DocumentCommand):
    """Delete cards and the connectors attached to them; the cells close up."""

    def __init__(self, doc: CjmDocument, card_ids: Iterable[str], text: Optional[str] = None) -> None:
        ids = set(card_ids)
        super().__init__(doc, text or count_text(
            translate("Commands", "Delete Card"), translate("Commands", "Delete %1 Cards"), len(ids)))
        self.ids = ids
        cells = {(c.stage_id, c.lane_id) for _, c in _found(doc, ids)}
        stacks = _stacks(doc, cells)
        self.before = _placements(stacks)
        self.after = {}
        for cell in cells:
            self.after.update({cid: (cell[0], cell[1], i) for i, cid in enumerate(_stack(stacks, cell, exclude=ids))})
        self.removed_cards = []
        self.removed_connectors = []

    def apply(self) -> None:
        ids = self.ids
        self.removed_connectors = remove_where(self.map.connectors, lambda k: k.source_id in ids or k.target_id in ids)
        self.removed_cards = _remove_cards(self.doc, ids)
        _apply_placements(self.doc, self.after)

    def revert(self) -> None:
        restore(self.map.cards, self.removed_cards)
        restore(self.map.connectors, self.removed_connectors)
        _apply_placements(self.doc, self.before)

    def touched(self) -> Change:
        return Change.of(ObjectKind.CARDS, self.before.keys()) | Change.of(
            ObjectKind.CONNECTORS, [k.id for _, k in self.removed_connectors])


class MoveCardsCommand(DocumentCommand):
    """Move cards to a cell, inserted at ``index`` of that cell's stack.

    The moved cards keep their relative order. With ``merge=True`` (keyboard
    nudges) consecutive moves of the same cards become one undo step.
    """

    _id = command_id()

    def __init__(
        self,
        doc: CjmDocument,
        card_ids: Sequence[str],
        stage_id: str,
        lane_id: str,
        index: int,
        merge: bool = False,
    ) -> None:
        super().__init__(doc, count_text(
            translate("Commands", "Move Card"), translate("Commands", "Move %1 Cards"), len(card_ids)))
        cards = doc.map.cards
        moving = doc.map.reading_order(cards[doc.card_position(cid)] for cid in card_ids)
        self.ids = [c.id for c in moving]
        self.merge = merge
        cells = {(c.stage_id, c.lane_id) for c in moving} | {(stage_id, lane_id)}
        stacks = _stacks(doc, cells)
        self.before = _placements(stacks)
        self.after: dict[str, Placement] = {}
        exclude = set(self.ids)
        for cell in cells:
            stack = _stack(stacks, cell, exclude=exclude)
            if cell == (stage_id, lane_id):
                at = max(0, min(index, len(stack)))
                stack[at:at] = self.ids
            self.after.update({cid: (cell[0], cell[1], i) for i, cid in enumerate(stack)})

    def is_noop(self) -> bool:
        return self.before == self.after

    def apply(self) -> None:
        _apply_placements(self.doc, self.after)

    def revert(self) -> None:
        _apply_placements(self.doc, self.before)

    def touched(self) -> Change:
        return Change.of(ObjectKind.CARDS, self.before.keys() | self.after.keys())

    def id(self) -> int:  # noqa: A003
        return self._id if self.merge else -1

    def mergeWith(self, other) -> bool:  # noqa: N802
        if not (isinstance(other, MoveCardsCommand) and other.merge and other.ids == self.ids):
            return False
        # keep our "before" for every card we touched, add the other's new cells
        for cid, placement in other.before.items():
            self.before.setdefault(cid, placement)
        self.after.update(other.after)
        for cid in self.before:
            self.after.setdefault(cid, self.before[cid])
        return True


class EditCardCommand(EditFieldsCommand):
    """Change fields of a card (title, body, sentiment, owner ...).

    Writing a template hint's title or text makes it a real card: the hint
    tag goes in the same undo step (and a burst of typing stays one step).
    """

    collection = "cards"
    label = QT_TRANSLATE_NOOP("Commands", "Edit Card")
    _id = command_id()

    def __init__(self, doc: CjmDocument, object_id: Optional[str], fields: dict, merge_key: Optional[str] = None) -> None:
        fields = dict(fields)
        if {"title", "body"} & set(fields) and "tags" not in fields:
            tags = doc.map.cards[doc.card_position(object_id)].tags
            if is_hint(tags):
                fields["tags"] = without_hint_tags(tags)
        super().__init__(doc, object_id, fields, merge_key)

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt override
        if isinstance(other, EditCardCommand) and "tags" in self.new and "tags" not in other.new \
                and set(other.new) | {"tags"} == set(self.new) and other.merge_key == self.merge_key and other.object_id == self.object_id and self.merge_key:
            self.new.update(other.new)  # typing on after the first key made the hint a card
            return True
        return super().mergeWith(other)
