"""Undo commands for the grid: stages (columns) and lanes (rows)."""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ..model import Lane, ObjectKind, Stage
from .base import DocumentCommand, EditFieldsCommand, Removed, command_id, command_text, find_index, remove_where, restore
from .change import Change
from .document import CjmDocument


class _AddAxisCommand(DocumentCommand):
    """Insert a stage or a lane at an index."""

    collection = ""
    label = ""

    def __init__(self, doc: CjmDocument, item, index: Optional[int] = None) -> None:
        super().__init__(doc, command_text(self.label))
        self.item = item.model_copy(deep=True)
        items = getattr(doc.map, self.collection)
        self.index = len(items) if index is None else max(0, min(index, len(items)))

    def apply(self) -> None:
        getattr(self.map, self.collection).insert(self.index, self.item.model_copy(deep=True))

    def revert(self) -> None:
        remove_where(getattr(self.map, self.collection), lambda x: x.id == self.item.id)

    def touched(self) -> Change:
        return Change.of(ObjectKind(self.collection), [self.item.id], structure=True)


class _DeleteAxisCommand(DocumentCommand):
    """Delete a stage or lane with its cards, their connectors and (for a
    stage) its emotion points; undo puts every one back where it was."""

    collection = ""
    card_field = ""  # "stage_id" or "lane_id"
    label = ""

    def __init__(self, doc: CjmDocument, item_id: str) -> None:
        super().__init__(doc, command_text(self.label))
        self.item_id = item_id
        self.removed: dict[str, Removed] = {}

    def apply(self) -> None:
        m = self.map
        item_id = self.item_id
        card_ids = {c.id for c in m.cards if getattr(c, self.card_field) == item_id}
        self.removed = {
            "connectors": remove_where(m.connectors, lambda k: k.source_id in card_ids or k.target_id in card_ids),
            "cards": remove_where(m.cards, lambda c: c.id in card_ids),
            "emotions": remove_where(m.emotions, lambda e: self.card_field == "stage_id" and e.stage_id == item_id),
            self.collection: remove_where(getattr(m, self.collection), lambda x: x.id == item_id),
        }

    def revert(self) -> None:
        for name in (self.collection, "emotions", "cards", "connectors"):
            restore(getattr(self.map, name), self.removed[name])

    def touched(self) -> Change:
        change = Change.of(ObjectKind(self.collection), [self.item_id], structure=True)
        for name in ("cards", "connectors"):
            change = change | Change.of(ObjectKind(name), [x.id for _, x in self.removed.get(name, ())])
        return change | Change.of(ObjectKind.EMOTIONS, {e.persona_id for _, e in self.removed.get("emotions", ())})


class _MoveAxisCommand(DocumentCommand):
    """Move a stage or lane to another index (reorder by dragging its header)."""

    collection = ""
    label = ""

    def __init__(self, doc: CjmDocument, item_id: str, new_index: int) -> None:
        super().__init__(doc, command_text(self.label))
        items = getattr(doc.map, self.collection)
        self.item_id = item_id
        self.old_index = find_index(items, item_id)
        self.new_index = max(0, min(new_index, len(items) - 1))

    def _move(self, to: int) -> None:
        items = getattr(self.map, self.collection)
        item = items.pop(find_index(items, self.item_id))
        items.insert(to, item)

    def apply(self) -> None:
        self._move(self.new_index)

    def revert(self) -> None:
        self._move(self.old_index)

    def touched(self) -> Change:
        return Change.of(ObjectKind(self.collection), [self.item_id], structure=True)


class AddStageCommand(_AddAxisCommand):
    collection = "stages"
    label = QT_TRANSLATE_NOOP("Commands", "Add Stage")

    def __init__(self, doc: CjmDocument, stage: Stage, index: Optional[int] = None) -> None:
        super().__init__(doc, stage, index)


class AddLaneCommand(_AddAxisCommand):
    collection = "lanes"
    label = QT_TRANSLATE_NOOP("Commands", "Add Lane")

    def __init__(self, doc: CjmDocument, lane: Lane, index: Optional[int] = None) -> None:
        super().__init__(doc, lane, index)


class DeleteStageCommand(_DeleteAxisCommand):
    collection = "stages"
    card_field = "stage_id"
    label = QT_TRANSLATE_NOOP("Commands", "Delete Stage")


class DeleteLaneCommand(_DeleteAxisCommand):
    collection = "lanes"
    card_field = "lane_id"
    label = QT_TRANSLATE_NOOP("Commands", "Delete Lane")


class MoveStageCommand(_MoveAxisCommand):
    collection = "stages"
    label = QT_TRANSLATE_NOOP("Commands", "Move Stage")


class MoveLaneCommand(_MoveAxisCommand):
    collection = "lanes"
    label = QT_TRANSLATE_NOOP("Commands", "Move Lane")


class EditStageCommand(EditFieldsCommand):
    """Rename, recolour, resize (merge_key="resize") a stage."""

    collection = "stages"
    label = QT_TRANSLATE_NOOP("Commands", "Edit Stage")
    structure_fields = frozenset({"width"})
    _id = command_id()


class EditLaneCommand(EditFieldsCommand):
    """Rename, change kind, resize, collapse a lane."""

    collection = "lanes"
    label = QT_TRANSLATE_NOOP("Commands", "Edit Lane")
    structure_fields = frozenset({"kind", "height", "collapsed"})
    _id = command_id()
