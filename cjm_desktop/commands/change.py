"""Change: what one step of the undo stack changed, as sets of ids per kind.

A command says what it touches (:meth:`DocumentCommand.touched
<cjm_desktop.commands.base.DocumentCommand.touched>`); the document merges
the changes of one step by union and tells the views once. Merging never
loses detail: a step that edits a card and an emotion point names both, so
the canvas lays out again only those. ``reset`` is only for a map replaced
as a whole (reload, restore a backup).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Mapping

from ..model import ObjectKind


@dataclass(frozen=True)
class Change:
    """Ids touched per :class:`ObjectKind`, plus what has no id.

    ``structure``: stages or lanes were added, removed, reordered or resized
    (or changed their kind or collapsed state): everything may move. The cards,
    connectors, emotions and personas the step changed are still named (the
    canvas moves the others with their column and row, :mod:`cjm_desktop.layout.reframing`).
    ``map_fields``: the map's title, description or language changed.
    ``reset``: the whole map was replaced (a reload, another state of the map
    shown): refresh everything.
    """

    touched: Mapping[ObjectKind, frozenset[str]] = field(default_factory=dict)
    structure: bool = False
    map_fields: bool = False
    reset: bool = False

    @classmethod
    def of(cls, kind: ObjectKind, ids: Iterable[str] = (), **flags: bool) -> "Change":
        ids = frozenset(ids)
        return cls({ObjectKind(kind): ids} if ids else {}, **flags)

    @classmethod
    def everything(cls) -> "Change":
        return cls(reset=True)

    def ids(self, kind: ObjectKind) -> frozenset[str]:
        """The ids of this kind that were touched (empty when none)."""
        return self.touched.get(kind, frozenset())

    @property
    def kinds(self) -> frozenset[ObjectKind]:
        return frozenset(kind for kind, ids in self.touched.items() if ids)

    def touches(self, *kinds: ObjectKind) -> bool:
        """Whether objects of any of these kinds were touched (always after a reset)."""
        return self.reset or any(self.touched.get(kind) for kind in kinds)

    def only(self, *kinds: ObjectKind) -> bool:
        """Nothing but objects of these kinds was touched."""
        return not (self.reset or self.structure or self.map_fields) and self.kinds <= set(kinds)

    def __or__(self, other: "Change") -> "Change":
        touched = dict(self.touched)
        for kind, ids in other.touched.items():
            touched[kind] = touched[kind] | ids if kind in touched else ids
        return Change(
            touched,
            structure=self.structure or other.structure,
            map_fields=self.map_fields or other.map_fields,
            reset=self.reset or other.reset,
        )

    def __bool__(self) -> bool:
        return self.reset or self.structure or self.map_fields or bool(self.kinds)
