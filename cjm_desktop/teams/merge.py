"""Three-way merge of two edited copies of a map, by ids. No Qt.

Changes that do not overlap combine: different objects, different fields of
one object, additions on both sides, a move on one side and an edit on the
other, reorders of different cells (orders merge as sequences,
:mod:`.sequence`); tags merge as sets. The same field changed to different
values, a card moved to different cells, an object deleted on one side and
edited on the other, one order reordered differently on both sides: these are
conflicts. Our value stands, and each conflict is recorded in the result's
``conflicts`` with the base, our and their values as JSON, so nothing of
theirs is lost. The result is always a valid map (:func:`merge_maps` checks it
with the model): a card added on one side in a stage the other deleted brings
the stage back, as a conflict.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Optional

from ..model import Card, Connector, EmotionPoint, JourneyMap, Lane, MergeConflict, Persona, Stage, new_id
from ..model.states import canonical
from .diff import card_label
from .sequence import merge_order
from .workshop import WORKSHOP_FIELDS, merge_field

#: The lists of a map whose objects have an ``id``, in the order they are merged.
ID_LISTS = ("personas", "stages", "lanes", "cards", "connectors")
_LABEL = {"personas": "name", "stages": "title", "lanes": "title", "connectors": "label"}
#: List fields merged as sets (both sides' additions and removals kept).
_SET_FIELDS = {("cards", "tags")}


@dataclass
class MergeResult:
    map: JourneyMap
    #: the conflicts this merge found (also in ``map.conflicts``, after any kept from the inputs)
    conflicts: list[MergeConflict]
    #: how many objects or fields came from their side
    taken: int = 0


#: A two-way merge's stand-in for a base value nobody knows (it equals neither side).
UNKNOWN = type("Unknown", (), {"__repr__": lambda self: "UNKNOWN"})()


def as_json(value: Any) -> Optional[str]:
    """A conflict's value as JSON text; None where absent or not known."""
    if value is None or value is UNKNOWN or (isinstance(value, dict) and UNKNOWN in value.values()):
        return None
    return json.dumps(value, ensure_ascii=False, sort_keys=False)


@dataclass
class _Merge:
    base: dict
    ours: dict
    theirs: dict
    conflicts: list[MergeConflict] = field(default_factory=list)
    taken: int = 0

    def conflict(self, kind: str, object_id: str, fld: str, label: Any, b: Any, o: Any, t: Any) -> None:
        """Record one; ``label`` is the text to show or the object (a dict) to name."""
        text = _label(kind, label) if isinstance(label, dict) else str(label)
        self.conflicts.append(MergeConflict(kind=kind, object_id=object_id, field=fld, label=text[:500],
                                            base=as_json(b), ours=as_json(o), theirs=as_json(t)))

    # -- one value, one object ------------------------------------------------------------
    def value(self, kind: str, oid: str, fld: str, label: Any, b: Any, o: Any, t: Any) -> Any:
        if o == t or t == b:
            return o
        if o == b:
            self.taken += 1
            return t
        if (kind, fld) in _SET_FIELDS and b is not UNKNOWN:
            return _merge_set(b or [], o, t)
        if fld in WORKSHOP_FIELDS and kind in ("cards", "stages", "lanes"):
            return merge_field(fld, b, o, t, UNKNOWN) or None  # None: left out, as when empty
        self.conflict(kind, oid, fld, label, b, o, t)
        return o

    def object(self, kind: str, oid: str, b: Optional[dict], o: Optional[dict], t: Optional[dict]) -> Optional[dict]:
        """The merged object, or None when it is gone."""
        if _same(kind, o, t):  # untouched, or the same edit on both sides (the order is merged apart)
            return o
        if o is None or t is None:
            kept = o if o is not None else t
            if b is None:  # added on one side only
                self.taken += o is None
                return kept
            if _same(kind, kept, b):  # deleted on one side, untouched on the other
                return None
            self.conflict(kind, oid, "", kept, b, o, t)
            return o  # ours stands (deleted or edited); theirs is in the conflict
        out = dict(o)
        label = o
        if kind == "cards":  # the cell is one value: a card moved to two cells is one conflict
            cell = self.value(kind, oid, "cell", label, _cell(b), _cell(o), _cell(t))
            out["stage_id"], out["lane_id"] = cell["stage_id"], cell["lane_id"]
        # every field either side has: one left out where unset (a picture) may be set on one side
        for fld in list(o) + [k for k in t if k not in o]:
            if fld in ("id", "order") or (kind == "cards" and fld in ("stage_id", "lane_id")):
                continue
            value = self.value(kind, oid, fld, label, (b or {}).get(fld), o.get(fld), t.get(fld))
            if value is not None or (fld in o and fld not in WORKSHOP_FIELDS):
                out[fld] = value
            else:
                out.pop(fld, None)
        if out == o:
            return o  # ours' very dict when nothing of theirs came in (its model object is reused)
        return t if _same(kind, out, t) else out


def _same(kind: str, a: Optional[dict], b: Optional[dict]) -> bool:
    """Equal as a user sees it: a card whose ``order`` changed only because
    cards were added or removed above it is the same card."""
    if kind == "cards" and a is not None and b is not None:
        return {**a, "order": 0} == {**b, "order": 0}
    return a == b


def _cell(card: Optional[dict]) -> Optional[dict]:
    return None if card is None else {"stage_id": card["stage_id"], "lane_id": card["lane_id"]}


def _label(kind: str, obj: dict) -> str:
    if kind == "cards":
        return card_label(obj.get("title", ""), obj.get("body", ""))
    return str(obj.get(_LABEL.get(kind, "title"), ""))


def _merge_set(b: list, o: list, t: list) -> list:
    removed = (set(b) - set(o)) | (set(b) - set(t))
    out = [x for x in o if x not in removed]
    out += [x for x in t if x not in set(out) and x not in removed]
    return out


def _by_id(items: list[dict]) -> dict[str, dict]:
    return {x["id"]: x for x in items}


def merge_maps(base: Optional[JourneyMap], ours: JourneyMap, theirs: JourneyMap, *,
               handed_over: bool = False) -> MergeResult:
    """Merge ``ours`` and ``theirs``, two edited copies of ``base``. Without a
    base (no common version is known) every difference is a conflict: our
    value stands and theirs is kept in the conflict, to pick. Future states
    are merged whole (:func:`_merge_states`).

    The result shares no object with the inputs, unless the caller hands them
    over (``handed_over``: it uses ``ours`` and ``theirs`` no more, as the
    command line, which read them from files): then their objects go into the
    result as they are, without a copy."""
    base, ours, theirs = (canonical(m) if m is not None else None for m in (base, ours, theirs))
    o, t = ours.model_dump(mode="json"), theirs.model_dump(mode="json")
    b = base.model_dump(mode="json") if base is not None else _unknown_base(o, t)
    run = _Merge(b, o, t)
    out = dict(o)
    for fld in ("title", "description", "language", "logo", "workshop"):  # those left out when unset too
        value = run.value("map", "", fld, o["title"] or "", b.get(fld), o.get(fld), t.get(fld))
        if value is not None or fld in o:
            out[fld] = value
        else:
            out.pop(fld, None)
    # pictures are named by their content: both sides' tables together (unused ones go on save)
    out["images"] = {**(t.get("images") or {}), **(o.get("images") or {})}
    out["created"], out["modified"] = ours.created, max(ours.modified, theirs.modified)
    for kind in ID_LISTS:
        out[kind] = _merge_list(run, kind, b[kind], o[kind], t[kind])
    out["emotions"] = _merge_emotions(run, b["emotions"], o["emotions"], t["emotions"])
    out["state_name"] = run.value("map", "", "state_name", o["title"] or "", b.get("state_name"),
                                  o.get("state_name", ""), t.get("state_name", ""))
    out["states"] = _merge_states(run, b.get("states") or [], o.get("states", []), t.get("states", []))
    _repair(run, out)
    out["cards"] = _ordered_cards(run, b["cards"], o["cards"], t["cards"], out["cards"])
    new = run.conflicts
    out["conflicts"] = _merge_conflicts(b["conflicts"], o["conflicts"], t["conflicts"]) + [
        c.model_dump(mode="json") for c in new]
    _as_models(out, (o, ours), (t, theirs), copy=not handed_over)
    merged = JourneyMap.model_validate(out)  # the integrity and size checks of any map
    return MergeResult(merged, list(merged.conflicts[len(merged.conflicts) - len(new):]), run.taken)


_CLASSES = {"personas": Persona, "stages": Stage, "lanes": Lane, "cards": Card, "connectors": Connector,
            "emotions": EmotionPoint, "conflicts": MergeConflict}
#: List fields copied so the result shares no mutable list with the inputs.
_LIST_FIELDS = {"personas": ("goals",), "cards": ("tags", "comments"), "stages": ("comments",), "lanes": ("comments",)}


def _as_models(out: dict, *sides: tuple[dict, JourneyMap], copy: bool = True) -> None:
    """The merged lists as model objects, in place: the side's object where the
    merged dict is that side's (most of a map: nothing to validate again), a
    copy of it unless ``copy`` is off, the others validated from their JSON one
    by one."""
    for kind, cls in _CLASSES.items():
        known = {id(d): obj for dumps, m in sides for d, obj in zip(dumps[kind], getattr(m, kind))}
        lists = _LIST_FIELDS.get(kind, ())
        items = []
        for d in out[kind]:
            obj = known.get(id(d))
            if obj is None:
                obj = cls.model_validate_json(json.dumps(d, ensure_ascii=False))
            elif copy:
                update = {name: list(getattr(obj, name)) for name in lists}
                if kind == "cards" and obj.order != d["order"]:
                    update["order"] = d["order"]
                obj = obj.model_copy(update=update)
            elif kind == "cards" and obj.order != d["order"]:
                obj.order = d["order"]
            items.append(obj)
        out[kind] = items


def _unknown_base(o: dict, t: dict) -> dict:
    """The base of a two-way merge: what both sides agree on, UNKNOWN elsewhere,
    so every difference is a conflict; orders as theirs, so ours stand."""
    def common(x: Optional[dict], y: Optional[dict], keep=("id", "persona_id", "stage_id")) -> dict:
        if x is None or y is None:
            only = x if x is not None else y
            return {k: (v if k in keep else UNKNOWN) for k, v in only.items()}
        return {k: (v if y.get(k) == v or k == "id" else UNKNOWN) for k, v in x.items()}

    b = {k: (v if t.get(k) == v else UNKNOWN) for k, v in o.items()}
    for kind in ID_LISTS:
        oo, tt = _by_id(o[kind]), _by_id(t[kind])
        b[kind] = [common(oo.get(i), tt.get(i)) for i in list(tt) + [i for i in oo if i not in tt]]
        if kind == "cards":  # cell orders as theirs: a different order of ours stands
            for card in b[kind]:
                card["order"] = (tt.get(card["id"]) or oo[card["id"]])["order"]
    oe = {emotion_key_of(p): p for p in o["emotions"]}
    te = {emotion_key_of(p): p for p in t["emotions"]}
    b["emotions"] = [common(oe.get(k), te.get(k)) for k in list(te) + [k for k in oe if k not in te]]
    b["conflicts"] = []
    return b


def _merge_list(run: _Merge, kind: str, b: list, o: list, t: list) -> list[dict]:
    bb, oo, tt = _by_id(b), _by_id(o), _by_id(t)
    merged: dict[str, dict] = {}
    for oid in list(oo) + [i for i in tt if i not in oo] + [i for i in bb if i not in oo and i not in tt]:
        obj = run.object(kind, oid, bb.get(oid), oo.get(oid), tt.get(oid))
        if obj is not None:
            merged[oid] = obj
    if kind == "cards":  # ordered per cell later, once every card's cell is known
        return list(merged.values())
    order, clash = merge_order([x["id"] for x in b], [x["id"] for x in o], [x["id"] for x in t], set(merged))
    if clash:
        run.conflict(kind, "", "order", kind, [x["id"] for x in b], [x["id"] for x in o], [x["id"] for x in t])
    return [merged[i] for i in order]


def _merge_emotions(run: _Merge, b: list, o: list, t: list) -> list[dict]:
    def keyed(points: list) -> dict[str, dict]:
        return {f"{p['persona_id']}/{p['stage_id']}": p for p in points}

    bb, oo, tt = keyed(b), keyed(o), keyed(t)
    out = []
    for key in list(oo) + [k for k in tt if k not in oo] + [k for k in bb if k not in oo and k not in tt]:
        obj = run.object("emotions", key, bb.get(key), oo.get(key), tt.get(key))
        if obj is not None:
            out.append(obj)
    return out


def _ordered_cards(run: _Merge, b: list, o: list, t: list, merged: list[dict]) -> list[dict]:
    """Each cell's cards merged as a sequence; ``order`` numbered 0, 1, 2 ... per cell."""
    def cells(cards: list) -> dict[tuple, list[str]]:
        out: dict[tuple, list[tuple[int, str]]] = {}
        for c in cards:
            out.setdefault((c["stage_id"], c["lane_id"]), []).append((c["order"], c["id"]))
        return {cell: [cid for _, cid in sorted(stack)] for cell, stack in out.items()}

    bc, oc, tc = cells(b), cells(o), cells(t)
    now: dict[tuple, set[str]] = {}
    for c in merged:
        now.setdefault((c["stage_id"], c["lane_id"]), set()).add(c["id"])
    position: dict[str, int] = {}
    for cell, ids in now.items():
        order, clash = merge_order(bc.get(cell, []), oc.get(cell, []), tc.get(cell, []), ids)
        if clash:
            run.conflict("cards", f"{cell[0]}/{cell[1]}", "order", _cell_name(run.ours, cell), bc.get(cell),
                         oc.get(cell), tc.get(cell))
        position.update((cid, n) for n, cid in enumerate(order))
    for c in merged:
        c["order"] = position[c["id"]]
    return merged


def _cell_name(side: dict, cell: tuple) -> str:
    stage = next((s["title"] for s in side["stages"] if s["id"] == cell[0]), "?")
    lane = next((x["title"] for x in side["lanes"] if x["id"] == cell[1]), "?")
    return f"{stage} · {lane}"


def _merge_conflicts(b: list, o: list, t: list) -> list[dict]:
    """Conflicts the inputs already held: ours, theirs' new ones, minus those a
    side resolved (gone from it since the base)."""
    base_ids = {c["id"] for c in b}
    resolved = {i for i in base_ids if i not in {c["id"] for c in o} or i not in {c["id"] for c in t}}
    seen = set()
    out = []
    for c in o + t:
        if c["id"] not in resolved and c["id"] not in seen:
            seen.add(c["id"])
            out.append(c)
    return out


def _repair(run: _Merge, out: dict) -> None:
    """References the merge left dangling: a stage, lane or persona deleted on
    one side while the other added or changed something in it comes back (a
    conflict); an unchanged emotion point or connector goes with what it
    pointed at; a changed connector to a deleted card is kept in a conflict."""
    sides = (run.base, run.ours, run.theirs)
    for kind, users in (("stages", ("cards", "emotions")), ("lanes", ("cards",)), ("personas", ("emotions",))):
        present = {x["id"] for x in out[kind]}
        ref = {"stages": "stage_id", "lanes": "lane_id", "personas": "persona_id"}[kind]
        for user_kind in users:
            keep = []
            for x in out[user_kind]:
                missing = x[ref] not in present
                if missing and _unchanged(user_kind, x, run.base):
                    continue  # it goes with its container, as the side that deleted it meant
                if missing:
                    _bring_back(run, out, kind, x[ref], sides)
                    present.add(x[ref])
                keep.append(x)
            out[user_kind] = keep
    cards = {c["id"] for c in out["cards"]}
    kept = []
    for k in out["connectors"]:
        if k["source_id"] in cards and k["target_id"] in cards:
            kept.append(k)
        elif not _unchanged("connectors", k, run.base):
            run.conflict("connectors", k["id"], "", k.get("label", ""), _find(run.base, "connectors", k["id"]),
                         None, k)
    out["connectors"] = kept


def _unchanged(kind: str, obj: dict, base: dict) -> bool:
    if kind == "emotions":
        return any(emotion_key_of(p) == emotion_key_of(obj) and p == obj for p in base["emotions"])
    return _same(kind, _find(base, kind, obj["id"]), obj)


def emotion_key_of(point: dict) -> str:
    return f"{point['persona_id']}/{point['stage_id']}"


def _find(side: dict, kind: str, oid: str) -> Optional[dict]:
    return next((x for x in side[kind] if x["id"] == oid), None)


def _bring_back(run: _Merge, out: dict, kind: str, oid: str, sides) -> None:
    b, o, t = (_find(side, kind, oid) for side in sides)
    obj = o or t or b
    run.conflict(kind, oid, "", _label(kind, obj), b, o, t)
    side = run.ours if o else run.theirs if t else run.base
    ids = [x["id"] for x in side[kind]]
    out[kind].insert(min(ids.index(oid), len(out[kind])), obj)  # about where that side had it


def _merge_states(run: _Merge, b: list, o: list, t: list) -> list[dict]:
    """Future states, each merged as a whole by id: one side's change (an edit,
    an addition, a deletion of a state the other left alone) is taken; when both
    changed the same state, ours stands and theirs is kept beside it as another
    future state (a fresh id, named "... (theirs)"), so nothing of theirs is lost."""
    if b is UNKNOWN:
        b = []
    bb, oo, tt = _by_id(b), _by_id(o), _by_id(t)
    out: list[dict] = []
    for sid in list(oo) + [i for i in tt if i not in oo]:
        base, mine, their = bb.get(sid), oo.get(sid), tt.get(sid)
        if mine == their or their == base:
            kept = [mine]
        elif mine == base:
            run.taken += 1
            kept = [their]
        else:  # both changed it (or one deleted what the other changed)
            kept = [mine, {**their, "id": new_id(), "name": f"{their.get('name') or '?'} (theirs)"[:500]}
                    if their is not None else None]
        out += [s for s in kept if s is not None]
    return out

