"""What the document tells its views: one ``changed`` per step of the undo stack,
and commands find cards by id after the card list changed."""

from __future__ import annotations

import pytest

from cjm_desktop.commands import (
    AddCardsCommand,
    CjmDocument,
    DeleteCardsCommand,
    EditCardCommand,
    MoveCardsCommand,
    SetEmotionCommand,
)
from cjm_desktop.model import Card, ObjectKind
from tests.factories import small_map


@pytest.fixture
def doc(qapp):
    d = CjmDocument(small_map())
    d.seen = []
    d.changed.connect(d.seen.append)
    return d


def test_a_push_and_an_undo_each_tell_their_change_at_once(doc):
    card = doc.map.cards[0]
    doc.push(EditCardCommand(doc, card.id, {"title": "Đặt lịch"}))
    assert [(c.touched, c.structure) for c in doc.seen] == [({ObjectKind.CARDS: frozenset({card.id})}, False)]
    doc.undo_stack.undo()  # no event loop needed: the canvas is in step when undo() returns
    assert len(doc.seen) == 2 and doc.seen[1].only(ObjectKind.CARDS)
    assert card.title == "A0"


def test_undoing_many_card_edits_at_once_tells_one_change_with_every_id(doc):
    cards = doc.map.cards
    for i, card in enumerate(cards):
        doc.push(EditCardCommand(doc, card.id, {"title": f"sửa {i}"}))
    doc.push(MoveCardsCommand(doc, [cards[0].id], doc.map.stages[2].id, doc.map.lanes[0].id, 0))
    doc.seen.clear()

    doc.undo_stack.setIndex(0)

    assert len(doc.seen) == 1
    assert doc.seen[0].only(ObjectKind.CARDS)
    assert {c.id for c in cards} <= doc.seen[0].ids(ObjectKind.CARDS)
    assert [c.title for c in doc.map.cards] == ["A0", "A1", "A2", "B0"]


def test_a_jump_over_several_kinds_of_edit_tells_one_change_naming_each(doc):
    m = doc.map
    doc.push(EditCardCommand(doc, m.cards[0].id, {"title": "X"}))
    doc.push(SetEmotionCommand(doc, m.personas[0].id, m.stages[0].id, 3))
    doc.seen.clear()
    doc.undo_stack.setIndex(0)
    want = {ObjectKind.CARDS: frozenset({m.cards[0].id}), ObjectKind.EMOTIONS: frozenset({m.personas[0].id})}
    assert [c.touched for c in doc.seen] == [want]
    assert not (doc.seen[0].reset or doc.seen[0].structure)  # a union, never a "reset"
    doc.seen.clear()
    doc.undo_stack.setIndex(2)
    assert [c.touched for c in doc.seen] == [want]
    assert m.cards[0].title == "X" and m.emotion(m.personas[0].id, m.stages[0].id).score == 3


def test_deleting_a_card_names_the_card_its_cell_and_its_connectors(doc):
    from cjm_desktop.commands import AddConnectorCommand
    from cjm_desktop.model import Connector

    m = doc.map
    a0, a1 = m.cards[0], m.cards[1]
    doc.push(AddConnectorCommand(doc, Connector(source_id=a0.id, target_id=m.cards[3].id)))
    k = m.connectors[-1]
    doc.seen.clear()
    doc.push(DeleteCardsCommand(doc, [a0.id]))
    change = doc.seen[-1]
    assert a0.id in change.ids(ObjectKind.CARDS) and a1.id in change.ids(ObjectKind.CARDS)
    assert k.id in change.ids(ObjectKind.CONNECTORS)
    assert not (change.reset or change.structure)


def test_a_macro_is_one_step_for_the_views(doc):
    m = doc.map
    stack = doc.undo_stack
    stack.beginMacro("two edits")
    stack.push(EditCardCommand(doc, m.cards[0].id, {"title": "X"}))
    stack.push(EditCardCommand(doc, m.cards[1].id, {"title": "Y"}))
    assert doc.seen == []  # held until the macro ends
    stack.endMacro()
    assert [c.touched for c in doc.seen] == [{ObjectKind.CARDS: frozenset({m.cards[0].id, m.cards[1].id})}]


def test_a_command_run_outside_the_stack_is_told_when_the_event_loop_turns(doc, qtbot):
    cmd = EditCardCommand(doc, doc.map.cards[0].id, {"title": "X"})
    cmd.redo()
    qtbot.waitUntil(lambda: len(doc.seen) == 1, timeout=1000)
    assert doc.seen[0].only(ObjectKind.CARDS)


def test_commands_find_their_cards_after_cards_were_added_and_deleted(doc):
    m = doc.map
    original = m.model_dump(mode="json")
    b0 = m.cards[3]
    doc.push(DeleteCardsCommand(doc, [m.cards[0].id]))  # every later card shifts in the list
    doc.push(EditCardCommand(doc, b0.id, {"title": "B0 sửa"}))
    assert m.card(b0.id).title == "B0 sửa"
    new = Card(stage_id=m.stages[0].id, lane_id=m.lanes[0].id, order=0, title="mới")
    doc.push(AddCardsCommand(doc, [new]))
    doc.push(MoveCardsCommand(doc, [b0.id], m.stages[0].id, m.lanes[0].id, 0))
    assert [c.title for c in m.cards_in(m.stages[0].id, m.lanes[0].id)] == ["B0 sửa", "mới", "A1", "A2"]
    doc.undo_stack.setIndex(0)
    assert m.model_dump(mode="json") == original


def test_card_position_of_an_unknown_id_is_a_key_error(doc):
    with pytest.raises(KeyError):
        doc.card_position("no-such-card")
