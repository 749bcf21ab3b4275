"""Resolving a merge conflict: keep our value (drop the record) or use theirs.

:func:`resolved` returns a new, validated map, so the window can make it one
undo step (``ReplaceMapCommand``). Using their version of a whole object
brings it back or deletes it, with what belongs to it (a deleted stage takes
its cards and emotion points, a deleted card its connectors). No Qt.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import ValidationError

from ..message import QT_TR_NOOP, Message
from ..model import JourneyMap
from ..model.states import canonical

CONFLICT_GONE = QT_TR_NOOP("this conflict is no longer in the map")
THEIRS_DOES_NOT_FIT = QT_TR_NOOP("their version does not fit the map any more: %1")


class ResolveError(ValueError):
    """Their value cannot be used (one line saying why)."""


def resolved(m: JourneyMap, conflict_id: str, use_theirs: bool) -> JourneyMap:
    data = canonical(m).model_dump(mode="json")  # conflicts are about the current state
    conflict = next((c for c in data["conflicts"] if c["id"] == conflict_id), None)
    if conflict is None:
        raise ResolveError(Message(CONFLICT_GONE))
    data["conflicts"] = [c for c in data["conflicts"] if c["id"] != conflict_id]
    if use_theirs:
        theirs = json.loads(conflict["theirs"]) if conflict["theirs"] is not None else None
        _use(data, conflict["kind"], conflict["object_id"], conflict["field"], theirs)
        _drop_dangling(data)
        _number_cells(data)
    try:
        return JourneyMap.model_validate_json(json.dumps(data, ensure_ascii=False))
    except ValidationError as exc:
        first = exc.errors()[0]
        raise ResolveError(Message(THEIRS_DOES_NOT_FIT, first.get("msg", ""))) from None


def _find(items: list[dict], kind: str, object_id: str):
    if kind == "emotions":
        return next((p for p in items if f"{p['persona_id']}/{p['stage_id']}" == object_id), None)
    return next((x for x in items if x.get("id") == object_id), None)


def _use(data: dict, kind: str, object_id: str, field: str, theirs: Any) -> None:
    if kind == "map":
        data[field] = theirs
        return
    items = data[kind]
    if field == "order":
        _reorder(data, kind, object_id, theirs or [])
        return
    obj = _find(items, kind, object_id)
    if field == "":  # the whole object: theirs deleted it, or theirs has it
        if theirs is None:
            if obj is not None:
                items.remove(obj)
        elif obj is None:
            items.append(theirs)
        else:
            items[items.index(obj)] = theirs
        return
    if obj is None:
        raise ResolveError(Message(THEIRS_DOES_NOT_FIT, object_id))
    if field == "cell":
        obj["stage_id"], obj["lane_id"] = theirs["stage_id"], theirs["lane_id"]
        obj["order"] = 1 << 30  # at the end of its new cell (numbered below)
    else:
        obj[field] = theirs


def _reorder(data: dict, kind: str, object_id: str, order: list[str]) -> None:
    rank = {x: n for n, x in enumerate(order)}
    if kind == "cards":  # one cell: "STAGE/LANE"
        stage_id, _, lane_id = object_id.partition("/")
        for c in data["cards"]:
            if (c["stage_id"], c["lane_id"]) == (stage_id, lane_id):
                c["order"] = rank.get(c["id"], len(order) + c["order"])
    else:
        data[kind].sort(key=lambda x: rank.get(x["id"], len(order)))


def _drop_dangling(data: dict) -> None:
    """What belonged to a deleted stage, lane, persona or card goes with it."""
    stages = {s["id"] for s in data["stages"]}
    lanes = {lane["id"] for lane in data["lanes"]}
    personas = {p["id"] for p in data["personas"]}
    data["cards"] = [c for c in data["cards"] if c["stage_id"] in stages and c["lane_id"] in lanes]
    cards = {c["id"] for c in data["cards"]}
    data["connectors"] = [k for k in data["connectors"] if k["source_id"] in cards and k["target_id"] in cards]
    data["emotions"] = [p for p in data["emotions"] if p["persona_id"] in personas and p["stage_id"] in stages]


def _number_cells(data: dict) -> None:
    """Each cell's cards numbered 0, 1, 2 ... in their order."""
    cells: dict[tuple, list[dict]] = {}
    for n, c in enumerate(data["cards"]):
        cells.setdefault((c["stage_id"], c["lane_id"]), []).append((c["order"], n, c))
    for stack in cells.values():
        for i, (_, _, c) in enumerate(sorted(stack, key=lambda e: e[:2])):
            c["order"] = i
