"""Property tests of the three-way merge, with edits made through the commands.

Two colleagues edit copies of one map; side A only touches the cards at even
places of the base, stage 0 and persona 0 (and the cards it adds), side B the
odd ones, stage 1 and persona 1. Then merge(base, A, B) is the map both edit
sequences give one after the other; merge(base, X, X) = X; merge(base, base, X) = X.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cjm_desktop.commands import (
    AddCardsCommand,
    CjmDocument,
    DeleteCardsCommand,
    EditCardCommand,
    EditStageCommand,
    MoveCardsCommand,
    SetEmotionCommand,
)
from cjm_desktop.model import Card, JourneyMap
from cjm_desktop.teams import merge_maps
from cjm_desktop.templates.generated import generate_map

TEXT = st.text(alphabet="aăâđeêoôơuưyáàảãạ ", min_size=1, max_size=10)
OPS = st.lists(
    st.tuples(st.sampled_from(["title", "body", "sentiment", "delete", "move", "add", "emotion", "stage"]),
              st.integers(0, 10_000), st.integers(0, 10_000), TEXT, st.uuids(version=4)),
    max_size=8,
)


def base_map() -> JourneyMap:
    return generate_map(cards=24, stages=3, lanes=4, personas=2, connectors=4, seed=3)


def apply(doc: CjmDocument, base: JourneyMap, side: int, ops) -> None:
    """Side 0 or 1's edits on ``doc``; it only touches its own objects."""
    mine = {c.id for i, c in enumerate(base.cards) if i % 2 == side}
    m = doc.map
    for verb, a, b, text, new_id in ops:
        cards = [c for c in m.cards if c.id in mine]
        stage, lane = m.stages[a % len(m.stages)], m.lanes[b % len(m.lanes)]
        target = cards[(a + b) % len(cards)] if cards else None
        if verb in ("title", "body") and target:
            doc.push(EditCardCommand(doc, target.id, {verb: text}))
        elif verb == "sentiment" and target:
            doc.push(EditCardCommand(doc, target.id, {"sentiment": ("positive", "neutral", "negative")[a % 3]}))
        elif verb == "delete" and target:
            doc.push(DeleteCardsCommand(doc, [target.id]))
            mine.discard(target.id)
        elif verb == "move" and target and (target.stage_id, target.lane_id) != (stage.id, lane.id):
            # to the end of another cell (a card moved within its own cell can swap with its
            # neighbour, which reads as either card moving: the unit tests cover reorders)
            doc.push(MoveCardsCommand(doc, [target.id], stage.id, lane.id, len(m.cards_in(stage.id, lane.id))))
        elif verb == "add" and not _taken(m, str(new_id)):  # a new id, as uuid4 gives in practice
            card = Card(id=str(new_id), stage_id=stage.id, lane_id=lane.id,
                        order=len(m.cards_in(stage.id, lane.id)), title=text)
            doc.push(AddCardsCommand(doc, [card]))
            mine.add(card.id)
        elif verb == "emotion":
            doc.push(SetEmotionCommand(doc, m.personas[side].id, stage.id, score=a % 7 - 3, label=text))
        elif verb == "stage":
            doc.push(EditStageCommand(doc, m.stages[side].id, {"title": text}))


def _taken(m: JourneyMap, object_id: str) -> bool:
    """Whether any object of the map already has this id."""
    return any(o.id == object_id for part in (m.cards, m.stages, m.lanes, m.personas, m.connectors) for o in part)


def edited(base: JourneyMap, *sides) -> JourneyMap:
    doc = CjmDocument(base.model_copy(deep=True))
    for side, ops in sides:
        apply(doc, base, side, ops)
    m = doc.map.model_copy(deep=True)
    doc.deleteLater()
    return m


def normalised(m: JourneyMap) -> dict:
    """The map as data, each cell's cards numbered 0, 1, 2 ... in their order."""
    data = m.model_dump(mode="json", exclude={"created", "modified"})
    order = {}
    for stage in m.stages:
        for lane in m.lanes:
            order.update((c.id, n) for n, c in enumerate(m.cards_in(stage.id, lane.id)))
    for c in data["cards"]:
        c["order"] = order[c["id"]]
    data["cards"].sort(key=lambda c: c["id"])
    return data


FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(OPS, OPS)
def test_edits_to_different_objects_merge_into_both(a_ops, b_ops):
    base = base_map()
    ours, theirs = edited(base, (0, a_ops)), edited(base, (1, b_ops))
    result = merge_maps(base, ours, theirs)
    assert result.conflicts == []
    assert normalised(result.map) == normalised(edited(base, (0, a_ops), (1, b_ops)))


@FAST
@given(OPS)
def test_merging_the_same_edits_twice_or_with_the_base_gives_them(ops):
    base = base_map()
    x = edited(base, (0, ops))
    assert normalised(merge_maps(base, x, x.model_copy(deep=True)).map) == normalised(x)
    assert normalised(merge_maps(base, base.model_copy(deep=True), x).map) == normalised(x)
    assert normalised(merge_maps(base, x, base.model_copy(deep=True)).map) == normalised(x)


@FAST
@given(OPS, OPS)
def test_inputs_handed_over_merge_as_copied_ones(a_ops, b_ops):
    """The command line hands its inputs over (their objects go into the result
    uncopied): the result is the same map, with the same conflicts."""
    base = base_map()
    ours, theirs = edited(base, (0, a_ops)), edited(base, (0, b_ops), (1, a_ops))  # (one side's objects: clashes)
    copied = merge_maps(base, ours, theirs)
    handed = merge_maps(base, ours.model_copy(deep=True), theirs.model_copy(deep=True), handed_over=True)

    def unnamed(m: JourneyMap) -> dict:  # (each conflict gets a new id)
        data = normalised(m)
        data["conflicts"] = [{k: v for k, v in c.items() if k != "id"} for c in data["conflicts"]]
        return data

    assert unnamed(handed.map) == unnamed(copied.map)
    assert [c.model_dump(exclude={"id"}) for c in handed.conflicts] == [
        c.model_dump(exclude={"id"}) for c in copied.conflicts]
    assert handed.taken == copied.taken
