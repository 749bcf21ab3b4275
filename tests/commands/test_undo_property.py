"""Property test: any sequence of edits, undone fully, gives back the original map."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cjm_desktop.commands import (
    AddCardsCommand,
    AddStageCommand,
    CjmDocument,
    DeleteCardsCommand,
    DeleteLaneCommand,
    DeleteStageCommand,
    EditCardCommand,
    EditLaneCommand,
    MoveCardsCommand,
    MoveLaneCommand,
    MoveStageCommand,
    SetEmotionCommand,
)
from cjm_desktop.model import Card, Stage

from tests.factories import small_map

TEXT = st.text(alphabet="aăâđeêoôơuưyáàảãạ ", max_size=12)

# Each step is (verb, a few integers); the integers pick targets among what exists then.
STEPS = st.lists(
    st.tuples(
        st.sampled_from(["move", "add", "delete", "edit", "stage_add", "stage_move", "stage_delete",
                         "lane_move", "lane_delete", "lane_collapse", "emotion"]),
        st.integers(0, 50), st.integers(0, 50), st.integers(0, 5), TEXT,
    ),
    min_size=1,
    max_size=25,
)


def apply_step(doc: CjmDocument, step) -> None:
    verb, a, b, c, text = step
    m = doc.map
    if not m.stages or not m.lanes:
        return
    stage = m.stages[a % len(m.stages)]
    lane = m.lanes[b % len(m.lanes)]
    card = m.cards[(a + b) % len(m.cards)] if m.cards else None
    if verb == "move" and card:
        doc.push(MoveCardsCommand(doc, [card.id], stage.id, lane.id, c))
    elif verb == "add":
        doc.push(AddCardsCommand(doc, [Card(stage_id=stage.id, lane_id=lane.id, order=c, title=text)]))
    elif verb == "delete" and card:
        doc.push(DeleteCardsCommand(doc, [card.id]))
    elif verb == "edit" and card:
        doc.push(EditCardCommand(doc, card.id, {"title": text}, merge_key="typing" if c % 2 else None))
    elif verb == "stage_add":
        doc.push(AddStageCommand(doc, Stage(title=text), c))
    elif verb == "stage_move":
        doc.push(MoveStageCommand(doc, stage.id, c))
    elif verb == "stage_delete" and len(m.stages) > 1:
        doc.push(DeleteStageCommand(doc, stage.id))
    elif verb == "lane_move":
        doc.push(MoveLaneCommand(doc, lane.id, c))
    elif verb == "lane_delete" and len(m.lanes) > 1:
        doc.push(DeleteLaneCommand(doc, lane.id))
    elif verb == "lane_collapse":
        doc.push(EditLaneCommand(doc, lane.id, {"collapsed": not lane.collapsed}))
    elif verb == "emotion" and m.personas:
        doc.push(SetEmotionCommand(doc, m.personas[0].id, stage.id, c - 3 if c else -3, text))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=STEPS)
def test_random_edits_undo_to_original_and_redo_to_final(qapp, steps):
    doc = CjmDocument(small_map())
    original = doc.map.model_dump(mode="json")
    for step in steps:
        apply_step(doc, step)
        # the map stays consistent after every step
        type(doc.map).model_validate(doc.map.model_dump())
    final = doc.map.model_dump(mode="json")
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    assert doc.map.model_dump(mode="json") == original
    while doc.undo_stack.canRedo():
        doc.undo_stack.redo()
    assert doc.map.model_dump(mode="json") == final
