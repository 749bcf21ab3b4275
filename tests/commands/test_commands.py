"""Every edit verb through the undo stack: redo changes the model, undo gives it back."""

from __future__ import annotations

import pytest

from cjm_desktop.commands import (
    AddCardsCommand,
    AddConnectorCommand,
    AddLaneCommand,
    AddPersonaCommand,
    AddStageCommand,
    CjmDocument,
    DeleteCardsCommand,
    DeleteLaneCommand,
    DeletePersonaCommand,
    DeleteStageCommand,
    EditCardCommand,
    EditLaneCommand,
    EditMapCommand,
    EditStageCommand,
    MoveCardsCommand,
    MoveLaneCommand,
    MoveStageCommand,
    SetEmotionCommand,
)
from cjm_desktop.model import Card, Connector, Lane, LaneKind, ObjectKind, Persona, Stage
from tests.factories import small_map


@pytest.fixture
def doc(qapp):
    return CjmDocument(small_map())


def snapshot(doc: CjmDocument) -> dict:
    return doc.map.model_dump(mode="json")


def titles_in(doc, stage, lane):
    return [c.title for c in doc.map.cards_in(stage.id, lane.id)]


def roundtrip(doc, command, check):
    """Push, check the effect, undo to the original, redo to the same effect."""
    before = snapshot(doc)
    doc.push(command)
    check()
    after = snapshot(doc)
    doc.undo_stack.undo()
    assert snapshot(doc) == before
    doc.undo_stack.redo()
    assert snapshot(doc) == after
    check()


def test_move_card_to_other_cell_and_position(doc):
    m = doc.map
    s0, s1 = m.stages[0], m.stages[1]
    lane = m.lanes[0]
    a1 = m.cards[1]

    def check():
        assert titles_in(doc, s0, lane) == ["A0", "A2"]
        assert titles_in(doc, s1, lane) == ["A1", "B0"]
        assert [c.order for c in m.cards_in(s0.id, lane.id)] == [0, 1]

    roundtrip(doc, MoveCardsCommand(doc, [a1.id], s1.id, lane.id, 0), check)
    assert doc.undo_stack.undoText() == "Move Card"


def test_move_within_cell_reorders(doc):
    m = doc.map
    s0, lane = m.stages[0], m.lanes[0]
    roundtrip(doc, MoveCardsCommand(doc, [m.cards[0].id], s0.id, lane.id, 2),
              lambda: (titles_in(doc, s0, lane) == ["A1", "A2", "A0"]) or pytest.fail(str(titles_in(doc, s0, lane))))


def test_move_selection_keeps_relative_order(doc):
    m = doc.map
    s1, lane = m.stages[1], m.lanes[0]
    ids = [m.cards[2].id, m.cards[0].id]
    roundtrip(doc, MoveCardsCommand(doc, ids, s1.id, lane.id, 1),
              lambda: titles_in(doc, s1, lane) == ["B0", "A0", "A2"] or pytest.fail(str(titles_in(doc, s1, lane))))
    assert doc.undo_stack.undoText() == "Move 2 Cards"


def test_nudges_merge_into_one_step(doc):
    m = doc.map
    s0, lane = m.stages[0], m.lanes[0]
    card = m.cards[0].id
    doc.push(MoveCardsCommand(doc, [card], s0.id, lane.id, 1, merge=True))
    doc.push(MoveCardsCommand(doc, [card], s0.id, lane.id, 2, merge=True))
    doc.push(MoveCardsCommand(doc, [card], m.stages[1].id, lane.id, 0, merge=True))
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert titles_in(doc, s0, lane) == ["A0", "A1", "A2"]
    assert titles_in(doc, m.stages[1], lane) == ["B0"]


def test_add_cards_insert_at_position(doc):
    m = doc.map
    s0, lane = m.stages[0], m.lanes[0]
    new = Card(stage_id=s0.id, lane_id=lane.id, order=1, title="Mới")
    roundtrip(doc, AddCardsCommand(doc, [new]), lambda: titles_in(doc, s0, lane) == ["A0", "Mới", "A1", "A2"] or pytest.fail())


def test_delete_cards_removes_their_connectors(doc):
    m = doc.map
    victim = m.cards[0].id

    def check():
        assert all(c.id != victim for c in m.cards)
        assert m.connectors == []
        assert [c.order for c in m.cards_in(m.stages[0].id, m.lanes[0].id)] == [0, 1]

    roundtrip(doc, DeleteCardsCommand(doc, [victim]), check)


def test_edit_card_typing_merges(doc):
    card = doc.map.cards[0]
    for text in ("T", "Th", "Thẻ"):
        doc.push(EditCardCommand(doc, card.id, {"title": text}, merge_key="typing"))
    assert doc.undo_stack.count() == 1
    assert doc.map.cards[0].title == "Thẻ"
    doc.undo_stack.undo()
    assert doc.map.cards[0].title == "A0"
    assert doc.undo_stack.undoText() == ""


def test_edit_card_without_merge_key_does_not_merge(doc):
    card = doc.map.cards[0]
    doc.push(EditCardCommand(doc, card.id, {"title": "X"}))
    doc.push(EditCardCommand(doc, card.id, {"title": "Y"}))
    assert doc.undo_stack.count() == 2


def test_stage_add_move_edit_delete(doc):
    m = doc.map
    new = Stage(title="Sử dụng")
    roundtrip(doc, AddStageCommand(doc, new, 1), lambda: [s.title for s in m.stages][1] == "Sử dụng" or pytest.fail())
    roundtrip(doc, MoveStageCommand(doc, m.stages[0].id, 3),
              lambda: [s.title for s in m.stages] == ["Sử dụng", "Tìm hiểu", "Mua hàng", "Nhận biết"] or pytest.fail())
    roundtrip(doc, EditStageCommand(doc, m.stages[0].id, {"title": "Dùng thử", "width": 300.0}),
              lambda: (m.stages[0].title, m.stages[0].width) == ("Dùng thử", 300.0) or pytest.fail())
    first_stage = next(s for s in m.stages if s.title == "Nhận biết")

    def check_deleted():
        assert all(s.id != first_stage.id for s in m.stages)
        assert all(c.stage_id != first_stage.id for c in m.cards)
        assert all(e.stage_id != first_stage.id for e in m.emotions)
        assert m.connectors == []

    roundtrip(doc, DeleteStageCommand(doc, first_stage.id), check_deleted)


def test_lane_add_move_collapse_delete(doc):
    m = doc.map
    roundtrip(doc, AddLaneCommand(doc, Lane(title="Điểm đau", kind=LaneKind.PAIN_POINTS)),
              lambda: m.lanes[-1].kind == LaneKind.PAIN_POINTS or pytest.fail())
    roundtrip(doc, MoveLaneCommand(doc, m.lanes[2].id, 0), lambda: m.lanes[0].title == "Điểm đau" or pytest.fail())
    roundtrip(doc, EditLaneCommand(doc, m.lanes[1].id, {"collapsed": True}), lambda: m.lanes[1].collapsed or pytest.fail())
    actions = next(lane for lane in m.lanes if lane.kind == LaneKind.ACTIONS)
    roundtrip(doc, DeleteLaneCommand(doc, actions.id),
              lambda: (not m.cards and not m.connectors) or pytest.fail())


def test_emotion_drag_merges_and_creates_missing_point(doc):
    m = doc.map
    persona, stage = m.personas[0], m.stages[0]
    for score in (1, 2, 3):
        doc.push(SetEmotionCommand(doc, persona.id, stage.id, score, merge_key="score"))
    assert doc.undo_stack.count() == 1
    assert m.emotion(persona.id, stage.id).score == 3
    doc.undo_stack.undo()
    assert m.emotion(persona.id, stage.id).score == 0
    other = Persona(name="Anh Minh")
    doc.push(AddPersonaCommand(doc, other))
    roundtrip(doc, SetEmotionCommand(doc, other.id, stage.id, -2, "Lo lắng"),
              lambda: m.emotion(other.id, stage.id).label == "Lo lắng" or pytest.fail())
    roundtrip(doc, DeletePersonaCommand(doc, other.id), lambda: m.emotion(other.id, stage.id) is None or pytest.fail())


def test_two_separate_drags_of_a_point_are_two_undo_steps(doc):
    m = doc.map
    persona, stage = m.personas[0], m.stages[0]
    doc.push(SetEmotionCommand(doc, persona.id, stage.id, 2))
    doc.push(SetEmotionCommand(doc, persona.id, stage.id, -1))
    assert doc.undo_stack.count() == 2
    doc.undo_stack.undo()
    assert m.emotion(persona.id, stage.id).score == 2


def test_connector_and_map_edits(doc):
    m = doc.map
    k = Connector(source_id=m.cards[1].id, target_id=m.cards[2].id, label="quay lại")
    roundtrip(doc, AddConnectorCommand(doc, k), lambda: len(m.connectors) == 2 or pytest.fail())
    roundtrip(doc, EditMapCommand(doc, {"title": "Hành trình khách hàng"}),
              lambda: m.title == "Hành trình khách hàng" or pytest.fail())


def test_modified_state_follows_clean_index(doc, tmp_path):
    pytest.importorskip("cjm_desktop.io")
    assert not doc.is_modified()
    doc.push(EditMapCommand(doc, {"title": "X"}))
    assert doc.is_modified()
    doc.save(tmp_path / "m.cjm")
    assert not doc.is_modified()
    doc.undo_stack.undo()
    assert doc.is_modified()


def test_changed_signal_names_what_changed(doc):
    seen = []
    doc.changed.connect(seen.append)
    card = doc.map.cards[0]
    doc.push(EditCardCommand(doc, card.id, {"body": "mới"}))
    assert seen[-1].only(ObjectKind.CARDS) and card.id in seen[-1].ids(ObjectKind.CARDS)
    doc.push(AddStageCommand(doc, Stage(title="X")))
    assert seen[-1].structure
