"""The workshop's verbs through the document: comments and dot votes, each one undo step."""

from __future__ import annotations

import pytest

from cjm_desktop.commands import CjmDocument
from cjm_desktop.editing.editor import MapEditor
from cjm_desktop.io import dumps_cjm, loads_cjm
from cjm_desktop.model import ObjectKind
from cjm_desktop.model.votes import ANONYMOUS, dots_left, ranking
from tests.editing.test_editor_verbs import FakePrompts
from tests.factories import small_map


@pytest.fixture
def editor(qapp):
    doc = CjmDocument(small_map())
    return MapEditor(doc, FakePrompts())


@pytest.mark.parametrize("kind", [ObjectKind.CARDS, ObjectKind.STAGES, ObjectKind.LANES])
def test_add_resolve_reopen_delete_a_comment_each_one_undo_step(editor, kind):
    doc = editor.doc
    target = getattr(doc.map, kind.value)[1]
    changes = []
    doc.changed.connect(changes.append)
    cid = editor.add_comment(kind, target.id, "  Cần số liệu  ", author="Lan")
    assert [(c.text, c.author, c.resolved) for c in target.comments] == [("Cần số liệu", "Lan", False)]
    assert changes[-1].ids(kind) == {target.id}
    assert editor.set_comment_resolved(kind, target.id, cid, True)
    assert target.comments[0].resolved
    assert editor.set_comment_resolved(kind, target.id, cid, False)
    assert not getattr(doc.map, kind.value)[1].comments[0].resolved
    assert editor.delete_comment(kind, target.id, cid)
    assert getattr(doc.map, kind.value)[1].comments == []
    assert doc.undo_stack.count() == 4
    assert doc.undo_stack.undoText() == "Delete Comment"
    doc.undo_stack.undo()
    assert [c.id for c in getattr(doc.map, kind.value)[1].comments] == [cid]
    for _ in range(3):
        doc.undo_stack.undo()
    assert getattr(doc.map, kind.value)[1].comments == []


def test_an_empty_comment_is_not_added(editor):
    assert editor.add_comment(ObjectKind.CARDS, editor.doc.map.cards[0].id, "   ") is None
    assert editor.doc.undo_stack.count() == 0


def test_a_participant_cannot_put_more_dots_than_they_have(editor):
    m = editor.doc.map
    editor.set_workshop(2, ["Lan", " Minh ", "Lan", ""])
    assert m.workshop.participants == ["Lan", "Minh"] and m.workshop.dots_per_participant == 2
    a, b = m.cards[0].id, m.cards[3].id
    assert editor.put_dot(a, "Lan") == "" and editor.put_dot(b, "Lan") == ""
    refused = editor.put_dot(a, "Lan")
    assert "Lan has used all 2 dots" in refused
    assert dots_left(m, "Lan") == 0 and m.cards[0].votes == {"Lan": 1}
    assert editor.take_dot(b, "Lan") == "" and editor.put_dot(a, "Lan") == ""
    assert m.cards[0].votes == {"Lan": 2} and m.cards[3].votes == {}
    assert editor.take_dot(b, "Minh") != ""  # Minh has no dot there
    assert editor.put_dot(b, ANONYMOUS) == ""
    assert [(r.rank, r.card.title, r.dots) for r in ranking(m)] == [(1, "A0", 2), (2, "B0", 1)]
    steps = editor.doc.undo_stack.count()
    assert editor.clear_votes() and all(not c.votes for c in m.cards)
    assert editor.doc.undo_stack.count() == steps + 1
    editor.doc.undo_stack.undo()
    assert m.cards[0].votes == {"Lan": 2} and m.cards[3].votes == {ANONYMOUS: 1}


def test_equal_dots_share_a_rank_in_reading_order(editor):
    m = editor.doc.map
    editor.set_workshop(5, ["Lan"])
    for card in (m.cards[3], m.cards[1], m.cards[1], m.cards[0]):
        editor.put_dot(card.id, "Lan")
    assert [(r.rank, r.card.title) for r in ranking(m)] == [(1, "A1"), (2, "A0"), (2, "B0")]


def test_comments_and_votes_survive_save_and_open(editor, tmp_path):
    m = editor.doc.map
    editor.add_comment(ObjectKind.STAGES, m.stages[0].id, "Tách đôi?", "Hương")
    editor.put_dot(m.cards[0].id, ANONYMOUS)
    again = loads_cjm(dumps_cjm(m), "m.cjm").map
    assert again.stages[0].comments == m.stages[0].comments and again.cards[0].votes == {"": 1}
