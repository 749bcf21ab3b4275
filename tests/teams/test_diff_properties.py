"""Property test of the diff's shortcuts: it compares only the cells where a
card that stayed changed its ``order``, and dumps only the fields whose values
differ. Whatever the edits, that gives what comparing every cell and every
card's whole dump gives (the reference below, written the long way)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cjm_desktop.commands import (
    AddCardsCommand,
    CjmDocument,
    DeleteCardsCommand,
    EditCardCommand,
    MoveCardsCommand,
)
from cjm_desktop.model import Card, JourneyMap
from cjm_desktop.model.states import canonical
from cjm_desktop.teams import diff_maps
from cjm_desktop.teams.diff import field_changes, stable_subsequence
from cjm_desktop.templates.generated import generate_map

TEXT = st.text(alphabet="aăâđeêoôơuưyáàảãạ ", min_size=1, max_size=10)
VERBS = ["title", "sentiment", "tags", "delete", "move", "to_top", "add"]
OPS = st.lists(st.tuples(st.sampled_from(VERBS), st.integers(0, 10_000), st.integers(0, 10_000), TEXT),
               min_size=1, max_size=10)


def edited(base: JourneyMap, ops) -> JourneyMap:
    doc = CjmDocument(base.model_copy(deep=True))
    m = doc.map
    for verb, a, b, text in ops:
        target = m.cards[(a + b) % len(m.cards)] if m.cards else None
        stage, lane = m.stages[a % len(m.stages)], m.lanes[b % len(m.lanes)]
        if target is None:
            break
        if verb == "title":
            doc.push(EditCardCommand(doc, target.id, {"title": text}))
        elif verb == "sentiment":
            doc.push(EditCardCommand(doc, target.id, {"sentiment": ("positive", "neutral", "negative")[a % 3]}))
        elif verb == "tags":
            doc.push(EditCardCommand(doc, target.id, {"tags": [text.strip() or "x"]}))
        elif verb == "delete":
            doc.push(DeleteCardsCommand(doc, [target.id]))
        elif verb == "move":  # to another cell, at a place in its stack
            doc.push(MoveCardsCommand(doc, [target.id], stage.id, lane.id, b % 3))
        elif verb == "to_top":  # within its own cell: the others keep their order, or not
            doc.push(MoveCardsCommand(doc, [target.id], target.stage_id, target.lane_id, 0))
        else:
            doc.push(AddCardsCommand(doc, [Card(stage_id=stage.id, lane_id=lane.id, order=a % 3, title=text)]))
    out = doc.map.model_copy(deep=True)
    doc.deleteLater()
    return out


def reference(old: JourneyMap, new: JourneyMap) -> tuple[set[str], dict[str, tuple]]:
    """(the cards reordered within their cell, each edited card's field changes):
    every cell's stack compared, every card dumped whole."""
    was = {c.id: c for c in old.cards}
    stayed = {c.id for c in new.cards if c.id in was and (was[c.id].stage_id, was[c.id].lane_id)
              == (c.stage_id, c.lane_id)}

    def stacks(m: JourneyMap) -> dict:
        cells: dict = {}
        for c in sorted(m.cards, key=lambda c: (c.order, c.id)):
            if c.id in stayed:
                cells.setdefault((c.stage_id, c.lane_id), []).append(c.id)
        return cells

    before, after = stacks(old), stacks(new)
    reordered = {cid for cell, ids in after.items() for cid in ids
                 if cid not in stable_subsequence(before.get(cell, []), ids)}
    edits = {}
    for c in new.cards:
        if c.id in was:
            changed = field_changes(was[c.id].model_dump(mode="json"), c.model_dump(mode="json"))
            if changed:
                edits[c.id] = changed
    return reordered, edits


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(OPS)
def test_the_diff_finds_what_comparing_everything_finds(ops):
    base = generate_map(cards=30, stages=3, lanes=3, personas=1, connectors=3, seed=5)
    new = edited(base, ops)
    changes = diff_maps(base, new)
    reordered = {c.id for c in changes if c.kind == "cards" and c.op == "reordered"}
    edits = {c.id: c.fields for c in changes if c.kind == "cards" and c.op == "edited"}
    assert (reordered, edits) == reference(canonical(base), canonical(new))
