"""What changed between two versions of a map, object by object, matched by id.

:func:`diff_maps` gives a list of :class:`MapChange`: stages, lanes, personas,
cards, connectors and emotion points added, removed, edited (which fields, old
and new values), moved (a card to another cell) or reordered (a stage, lane or
card among the others). The words a consultant reads are in
:mod:`cjm_desktop.teams.describe`; ``cjm-desktop diff`` prints them. No Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any, Iterable, Sequence

from ..model import JourneyMap
from ..model.states import canonical

#: The fields of the map itself a diff compares (created/modified change on every save).
MAP_FIELDS = ("title", "description", "language", "state_name", "workshop", "logo")
#: Fields never compared as edits: the id, and what moves and reorders already say.
_NOT_EDITS = {"id", "stage_id", "lane_id", "order"}


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class MapChange:
    """One change: ``kind`` is "map" or a list of the map ("cards", "stages", ...);
    ``op`` is added, removed, edited, moved or reordered. ``where`` holds the
    place names (a card's cell, a stage's position) the words need."""

    kind: str
    op: str
    id: str
    label: str
    fields: tuple[FieldChange, ...] = ()
    where: tuple[str, ...] = field(default=())

    def as_json(self) -> dict:
        return {
            "kind": self.kind, "op": self.op, "id": self.id, "label": self.label,
            "fields": [{"field": f.field, "old": f.old, "new": f.new} for f in self.fields],
            "where": list(self.where),
        }


def dumped(obj) -> dict:
    """A model object as plain JSON values (what a diff and a merge compare)."""
    return obj.model_dump(mode="json")


def field_changes(old: dict, new: dict, skip: Iterable[str] = _NOT_EDITS) -> tuple[FieldChange, ...]:
    """Fields of either dict that differ (one left out of a dump where empty, e.g. comments, counts too)."""
    skip = set(skip)
    keys = list(new) + [k for k in old if k not in new]
    return tuple(FieldChange(k, old.get(k), new.get(k)) for k in keys if k not in skip and old.get(k) != new.get(k))


def _map_fields(m: JourneyMap) -> dict:
    """The compared fields of the map, as JSON values (the workshop's settings as a dict, defaults too)."""
    return {f: getattr(m, f).model_dump(mode="json") if f == "workshop" else getattr(m, f) for f in MAP_FIELDS}


def stable_subsequence(before: Sequence[str], after: Sequence[str]) -> set[str]:
    """The ids of ``after`` that kept their order relative to each other (a
    longest common run of the two orders); the others were reordered."""
    matcher = SequenceMatcher(None, list(before), list(after), autojunk=False)
    kept: set[str] = set()
    for block in matcher.get_matching_blocks():
        kept.update(after[block.b: block.b + block.size])
    return kept


class _Names:
    """Labels of objects and cells in one version of the map (a card's label
    made when first asked for: a diff names the few cards that changed)."""

    def __init__(self, m: JourneyMap) -> None:
        self.stages = {s.id: s.title for s in m.stages}
        self.lanes = {lane.id: lane.title for lane in m.lanes}
        self.personas = {p.id: p.name for p in m.personas}
        self._cards = {c.id: c for c in m.cards}
        self._labels: dict[str, str] = {}

    def card(self, card_id: str) -> str:
        label = self._labels.get(card_id)
        if label is None:
            c = self._cards.get(card_id)
            if c is None:
                return "?"
            label = self._labels[card_id] = card_label(c.title, c.body)
        return label

    def cell(self, stage_id: str, lane_id: str) -> str:
        return f"{self.stages.get(stage_id, '?')} · {self.lanes.get(lane_id, '?')}"


def card_label(title: str, body: str) -> str:
    text = " ".join((title or body).split())
    return text if len(text) <= 60 else text[:59] + "…"


def diff_maps(old: JourneyMap, new: JourneyMap) -> list[MapChange]:
    """Every change from ``old`` to ``new``, in a stable order: the map, stages,
    lanes, personas, cards (in ``new``'s reading order), connectors, emotions
    (of the current states), then the future states, each as a whole."""
    old, new = canonical(old), canonical(new)
    before, after = _Names(old), _Names(new)
    out: list[MapChange] = []
    changed = field_changes(_map_fields(old), _map_fields(new))
    if changed:
        out.append(MapChange("map", "edited", "", new.title, changed))
    out += _ordered_objects("stages", old.stages, new.stages, lambda s: s.title)
    out += _ordered_objects("lanes", old.lanes, new.lanes, lambda lane: lane.title)
    out += _ordered_objects("personas", old.personas, new.personas, lambda p: p.name)
    out += _cards(old, new, before, after)
    out += _connectors(old, new, before, after)
    out += _emotions(old, new, before, after)
    out += diff_states(old, new)
    return out


def diff_states(old: JourneyMap, new: JourneyMap) -> list[MapChange]:
    """The future states added, removed, reordered or changed (each as a whole), matched by id."""
    return _ordered_objects("states", canonical(old).states, canonical(new).states, lambda s: s.name)


def _ordered_objects(kind: str, old: list, new: list, label) -> list[MapChange]:
    """Stages, lanes or personas: added, removed, edited, and moved among the others."""
    old_by_id = {o.id: o for o in old}
    new_ids = [o.id for o in new]
    out: list[MapChange] = []
    for i, o in enumerate(new):
        was = old_by_id.get(o.id)
        if was is None:
            out.append(MapChange(kind, "added", o.id, label(o), where=(str(i + 1),)))
            continue
        changed = _edits(was, o)
        if changed:
            out.append(MapChange(kind, "edited", o.id, label(o), changed))
    common_old = [o.id for o in old if o.id in set(new_ids)]
    common_new = [i for i in new_ids if i in old_by_id]
    kept = stable_subsequence(common_old, common_new)
    position = {o.id: n for n, o in enumerate(old)}
    for n, o in enumerate(new):
        if o.id in old_by_id and o.id not in kept:
            out.append(MapChange(kind, "reordered", o.id, label(o), where=(str(position[o.id] + 1), str(n + 1))))
    new_set = set(new_ids)
    out += [MapChange(kind, "removed", o.id, label(o)) for o in old if o.id not in new_set]
    return out


def _cards(old: JourneyMap, new: JourneyMap, before: _Names, after: _Names) -> list[MapChange]:
    old_by_id = {c.id: c for c in old.cards}
    new_ids = {c.id for c in new.cards}
    out: list[MapChange] = []
    reordered = _reordered_in_cells(old, new)
    for c in new.reading_order():
        was = old_by_id.get(c.id)
        if was is None:
            out.append(MapChange("cards", "added", c.id, after.card(c.id), where=(after.cell(c.stage_id, c.lane_id),)))
            continue
        if (was.stage_id, was.lane_id) != (c.stage_id, c.lane_id):
            out.append(MapChange("cards", "moved", c.id, after.card(c.id), where=(
                before.cell(was.stage_id, was.lane_id), after.cell(c.stage_id, c.lane_id))))
        elif c.id in reordered:
            out.append(MapChange("cards", "reordered", c.id, after.card(c.id),
                                 where=(after.cell(c.stage_id, c.lane_id),)))
        changed = _edits(was, c)
        if changed:
            out.append(MapChange("cards", "edited", c.id, after.card(c.id), changed))
    gone = [c for c in old.cards if c.id not in new_ids]
    for c in old.reading_order(gone) if gone else ():
        out.append(MapChange("cards", "removed", c.id, before.card(c.id), where=(before.cell(c.stage_id, c.lane_id),)))
    return out


def _edits(was, now) -> tuple[FieldChange, ...]:
    """:func:`field_changes` of two versions of one object (a stage, a card, a
    connector ...), dumping only the fields whose values differ (most of a map's
    cards are untouched: their attributes compare equal in one step, as
    pydantic's own ``==`` starts)."""
    a, b = was.__dict__, now.__dict__
    if a == b:
        return ()
    fields = {k for k, v in a.items() if v != b.get(k)} - _NOT_EDITS  # (one class: the same fields)
    if not fields:
        return ()
    return field_changes(was.model_dump(mode="json", include=fields), now.model_dump(mode="json", include=fields))


def _cell_orders(m: JourneyMap, ids: set[str]) -> dict[tuple[str, str], list[str]]:
    """The cards of ``ids``, by cell, in stacking order."""
    cells: dict[tuple[str, str], list[tuple[int, str]]] = {}
    for c in m.cards:
        if c.id in ids:
            cells.setdefault((c.stage_id, c.lane_id), []).append((c.order, c.id))
    return {cell: [cid for _, cid in sorted(stack)] for cell, stack in cells.items()}


def _reordered_in_cells(old: JourneyMap, new: JourneyMap) -> set[str]:
    """Cards that stayed in their cell but changed place among the cards that
    were there before and are still there (cards added or removed around them
    move nobody). Only a cell where such a card's ``order`` changed can hold
    one: where all keep theirs, they stack as before."""
    old_at = {c.id: (c.stage_id, c.lane_id, c.order) for c in old.cards}
    stayed: dict[str, tuple[str, str]] = {}
    touched: set[tuple[str, str]] = set()
    for c in new.cards:
        was = old_at.get(c.id)
        if was is not None and was[0] == c.stage_id and was[1] == c.lane_id:
            stayed[c.id] = cell = (c.stage_id, c.lane_id)
            if was[2] != c.order:
                touched.add(cell)
    if not touched:
        return set()
    ids = {cid for cid, cell in stayed.items() if cell in touched}
    before, after = _cell_orders(old, ids), _cell_orders(new, ids)
    moved: set[str] = set()
    for cell, order in after.items():
        kept = stable_subsequence(before.get(cell, []), order)
        moved.update(cid for cid in order if cid not in kept)
    return moved


def _connectors(old: JourneyMap, new: JourneyMap, before: _Names, after: _Names) -> list[MapChange]:
    def label(k, names: _Names) -> str:
        return f"{names.card(k.source_id)} → {names.card(k.target_id)}"

    old_by_id = {k.id: k for k in old.connectors}
    new_ids = {k.id for k in new.connectors}
    out = []
    for k in new.connectors:
        was = old_by_id.get(k.id)
        if was is None:
            out.append(MapChange("connectors", "added", k.id, label(k, after)))
        else:
            changed = _edits(was, k)
            if changed:
                out.append(MapChange("connectors", "edited", k.id, label(k, after), changed))
    out += [MapChange("connectors", "removed", k.id, label(k, before)) for k in old.connectors if k.id not in new_ids]
    return out


def emotion_key(point) -> str:
    return f"{point.persona_id}/{point.stage_id}"


def _emotions(old: JourneyMap, new: JourneyMap, before: _Names, after: _Names) -> list[MapChange]:
    def label(e, names: _Names) -> str:
        return f"{names.personas.get(e.persona_id, '?')} · {names.stages.get(e.stage_id, '?')}"

    old_by_key = {emotion_key(e): e for e in old.emotions}
    new_keys = {emotion_key(e) for e in new.emotions}
    out = []
    for e in new.emotions:
        was = old_by_key.get(emotion_key(e))
        if was is None:
            out.append(MapChange("emotions", "added", emotion_key(e), label(e, after), field_changes({}, dumped(e), {
                "persona_id", "stage_id"})))
        elif was != e:
            out.append(MapChange("emotions", "edited", emotion_key(e), label(e, after),
                                 field_changes(dumped(was), dumped(e), {"persona_id", "stage_id"})))
    out += [MapChange("emotions", "removed", emotion_key(e), label(e, before))
            for e in old.emotions if emotion_key(e) not in new_keys]
    return out
