"""Shared machinery for the undo commands.

Commands store ids and plain values (or detached model copies), never live
canvas items. A command changes the model in ``apply``/``revert`` and says
what it touches in ``touched``; :class:`DocumentCommand` runs them from
``redo``/``undo`` and records the change with the document, so no command
can forget to tell the views.
"""

from __future__ import annotations

import weakref
from itertools import count
from typing import Any, Callable, Optional, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ..i18n import count_text as _count_text
from ..model import ObjectKind
from .change import Change
from .document import CjmDocument

_merge_ids = count(1000)


def command_id() -> int:
    """A fresh id for a command class that supports ``mergeWith``."""
    return next(_merge_ids)


#: Undo texts live in the ``Commands`` translation context. Write them so
#: lupdate sees them: ``translate("Commands", "Add Persona")`` where the text is
#: used, or ``label = QT_TRANSLATE_NOOP("Commands", "Edit Card")`` on a class
#: (translated by :func:`command_text`).
translate = QCoreApplication.translate


def command_text(label: str) -> str:
    """A ``QT_TRANSLATE_NOOP("Commands", ...)`` label in the interface language."""
    return QCoreApplication.translate("Commands", label)


def count_text(one: str, many: str, n: int) -> str:
    """``one`` for a single item, else ``many`` with ``%1`` = ``n`` (both already translated)."""
    return _count_text(one, many, n)


def find_index(items: Sequence, item_id: str) -> int:
    for i, item in enumerate(items):
        if item.id == item_id:
            return i
    raise KeyError(item_id)


Removed = list[tuple[int, Any]]


def remove_where(items: list, predicate: Callable[[Any], bool]) -> Removed:
    """Remove matching items in place; return (index, item) pairs for undo."""
    removed = [(i, item) for i, item in enumerate(items) if predicate(item)]
    for i, _ in reversed(removed):
        del items[i]
    return removed


def restore(items: list, removed: Removed) -> None:
    """Put back what :func:`remove_where` took, at the same indices."""
    for i, item in removed:
        items.insert(i, item)


class DocumentCommand(QUndoCommand):
    """A command bound to a document.

    Subclasses implement :meth:`apply` (the change), :meth:`revert` (its
    undo) and :meth:`touched` (what either touches); ``redo`` and ``undo``
    run them and record the change with the document.
    """

    #: Set by :meth:`CjmDocument.take_back`: the next undo also drops the command (no redo).
    forget_on_undo = False

    def __init__(self, doc: CjmDocument, text: str, parent: Optional[QUndoCommand] = None) -> None:
        super().__init__(text, parent)
        self._doc = weakref.ref(doc)

    @property
    def doc(self) -> CjmDocument:
        """The document, held weakly: it owns the undo stack that owns this
        command, so a strong reference would close a cycle, and a dropped
        document would wait for Python's cycle collector instead of going (with
        its stack and commands, in Qt's order) when its last user lets go."""
        return self._doc()

    @property
    def map(self):
        return self.doc.map

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def touched(self) -> Change:
        """What :meth:`apply` and :meth:`revert` change (asked after either ran)."""
        raise NotImplementedError

    def redo(self) -> None:
        self.apply()
        self.doc.record(self.touched())

    def undo(self) -> None:
        self.revert()
        self.doc.record(self.touched())
        if self.forget_on_undo:
            self.setObsolete(True)  # QUndoStack deletes a command that is obsolete after its undo


class EditFieldsCommand(DocumentCommand):
    """Set fields of one object found by id in a collection of the map.

    Subclasses name the collection and the noun. With a ``merge_key``
    (e.g. ``"typing"``, ``"resize"``) consecutive edits of the same fields of
    the same object merge into one undo step.
    """

    collection = ""  # attribute of JourneyMap holding the objects ("" = the map itself)
    label = ""  # the undo text, marked with QT_TRANSLATE_NOOP("Commands", ...)
    #: fields that move or resize things beyond the object: the change is then "structure"
    structure_fields: frozenset[str] = frozenset()
    _id = -1

    def __init__(self, doc: CjmDocument, object_id: Optional[str], fields: dict, merge_key: Optional[str] = None) -> None:
        super().__init__(doc, command_text(self.label))
        self.object_id = object_id
        target = self._target()
        self.new = dict(fields)
        self.old = {name: getattr(target, name) for name in fields}
        self.merge_key = merge_key

    def _target(self):
        if not self.collection:
            return self.map
        items = getattr(self.map, self.collection)
        if self.collection == "cards":
            return items[self.doc.card_position(self.object_id)]
        return items[find_index(items, self.object_id)]

    def _set(self, values: dict) -> None:
        target = self._target()
        for name, value in values.items():
            setattr(target, name, value)

    def apply(self) -> None:
        self._set(self.new)

    def revert(self) -> None:
        self._set(self.old)

    def touched(self) -> Change:
        if not self.collection:
            return Change(map_fields=True)
        return Change.of(ObjectKind(self.collection), [self.object_id],
                         structure=bool(self.structure_fields.intersection(self.new)))

    def id(self) -> int:  # noqa: A003 - Qt override
        return self._id if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt override
        if not (
            isinstance(other, type(self))
            and other.merge_key == self.merge_key
            and other.object_id == self.object_id
            and set(other.new) == set(self.new)
        ):
            return False
        self.new = dict(other.new)
        return True
