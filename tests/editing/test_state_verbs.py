"""The states' verbs through MapEditor and the document's commands: one undo step each,
and an edit made in one state is undone and redone in that state only."""

from __future__ import annotations

import pytest

from cjm_desktop.commands import CjmDocument
from cjm_desktop.editing.editor import MapEditor
from cjm_desktop.io import dumps_cjm, loads_cjm
from cjm_desktop.model import LIMITS, MapState
from cjm_desktop.model import states as st
from tests.editing.test_editor_verbs import FakePrompts, FakeSelection
from tests.factories import small_map


@pytest.fixture
def setup(qapp):
    doc = CjmDocument(small_map())
    prompts = FakePrompts()
    return doc, MapEditor(doc, prompts, FakeSelection()), prompts


def test_new_future_state_copies_the_shown_state_with_its_ids_and_shows_it(setup):
    doc, editor, _ = setup
    saved = dumps_cjm(doc.map)
    fid = editor.new_future_state()
    assert st.shown_state(doc.map) == fid and doc.undo_stack.count() == 1
    assert doc.undo_stack.undoText() == "New Future State"
    assert st.state_name(doc.map, fid) == "Tương lai 1"  # the map is Vietnamese
    assert [c.id for c in doc.map.cards] == [c.id for c in doc.map.states[0].cards]
    doc.undo_stack.undo()
    assert doc.map.states == [] and st.shown_state(doc.map) is None and dumps_cjm(doc.map) == saved


def test_an_edit_in_a_future_state_stays_there_through_undo_and_redo(setup):
    doc, editor, _ = setup
    first = doc.map.cards[0].id
    fid = editor.new_future_state()
    assert editor.set_card_text(first, "future title", "")
    assert editor.show_state(None)
    assert doc.map.card(first).title == "A0"  # the current state did not change
    assert st.map_of_state(doc.map, fid).card(first).title == "future title"
    doc.undo_stack.undo()  # back to the future state (switching is a step)
    assert st.shown_state(doc.map) == fid and doc.map.card(first).title == "future title"
    doc.undo_stack.undo()  # the edit, in the future state
    assert doc.map.card(first).title == "A0" and st.shown_state(doc.map) == fid
    doc.undo_stack.redo()
    doc.undo_stack.redo()
    assert st.shown_state(doc.map) is None and doc.map.card(first).title == "A0"
    again = loads_cjm(dumps_cjm(doc.map), "m.cjm").map
    assert again.card(first).title == "A0" and again.states[0].cards[0].title == "future title"


def test_switching_back_and_forth_merges_and_leaves_no_step(setup):
    doc, editor, _ = setup
    fid = editor.new_future_state()
    editor.show_state(None)
    assert doc.undo_stack.count() == 2 and doc.is_modified()
    editor.show_state(fid)  # merged with the switch before, and back where it began: no step left
    assert doc.undo_stack.count() == 1 and st.shown_state(doc.map) == fid
    assert not editor.show_state(fid)


def test_switching_states_leaves_a_saved_map_saved(setup):
    doc, editor, _ = setup
    fid = editor.new_future_state()
    doc.undo_stack.setClean()
    assert editor.show_state(None) and not doc.is_modified()  # the file would be the same
    assert editor.show_state(fid) and not doc.is_modified()
    doc.undo_stack.undo()
    assert st.shown_state(doc.map) is None  # still a step: the switch is undone


def test_rename_move_and_delete_are_one_step_each(setup):
    doc, editor, prompts = setup
    a = editor.new_future_state()
    b = editor.new_future_state()
    assert st.state_name(doc.map, b) == "Tương lai 2"
    n = doc.undo_stack.count()
    assert editor.rename_state(None, "  Hôm nay ")
    assert editor.rename_state(a, "Kịch bản A")
    assert st.state_name(doc.map, None) == "Hôm nay" and st.state_name(doc.map, a) == "Kịch bản A"
    assert editor.move_state(b, 0) and [s.id for s in doc.map.states] == [b, a]
    prompts.answer = False
    assert not editor.delete_state(b)
    prompts.answer = True
    assert not editor.delete_state(None)  # the current state stays
    assert editor.delete_state(b)  # the state shown: the current state is shown after it
    assert st.shown_state(doc.map) is None and [s.id for s in doc.map.states] == [a]
    assert doc.undo_stack.count() == n + 4
    doc.undo_stack.undo()
    assert st.shown_state(doc.map) == b and [s.id for s in doc.map.states] == [b, a]
    for _ in range(3):
        doc.undo_stack.undo()
    assert [s.id for s in doc.map.states] == [a, b]
    assert st.state_name(doc.map, None) == "Hiện trạng" and st.state_name(doc.map, a) == "Tương lai 1"


def test_deleting_a_persona_removes_its_points_from_every_state(setup):
    doc, editor, _ = setup
    editor.new_future_state()
    editor.show_state(None)
    persona = doc.map.personas[0].id
    from cjm_desktop.commands import DeletePersonaCommand
    doc.push(DeletePersonaCommand(doc, persona))
    assert doc.map.states[0].emotions == [] and loads_cjm(dumps_cjm(doc.map), "m").map.personas == []
    doc.undo_stack.undo()
    assert len(doc.map.states[0].emotions) == 3


def test_no_more_states_than_the_limit(setup, monkeypatch):
    doc, editor, prompts = setup
    doc.map.states.extend(MapState() for _ in range(LIMITS.max_states))
    assert editor.new_future_state() is None and prompts.errors
