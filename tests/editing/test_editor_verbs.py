"""MapEditor's verbs with a fake prompts object: no window, no dialogs."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QMimeData

from cjm_desktop.commands import CjmDocument
from cjm_desktop.editing.clipboard import CARDS_MIME, NEW_CARD_MIME, cards_from_json
from cjm_desktop.editing.editor import KIND_DEFAULTS, MapEditor
from cjm_desktop.model import Card, LaneKind
from tests.factories import small_map


class FakePrompts:
    """Records each question and answers as told."""

    def __init__(self, answer: bool = True) -> None:
        self.answer = answer
        self.asked: list[str] = []
        self.errors: list[str] = []
        self.notes: list[str] = []

    def confirm(self, title: str, text: str) -> bool:
        self.asked.append(text)
        return self.answer

    def show_error(self, title: str, message: str) -> None:
        self.errors.append(message)

    def ask_text(self, title: str, label: str, value: str):
        self.asked.append(label)
        return "renamed" if self.answer else None

    def ask_colour(self, current: str, title: str):
        return "#112233" if self.answer else None

    def tell(self, text: str) -> None:
        self.notes.append(text)


class FakeSelection:
    def __init__(self) -> None:
        self.ids: dict[str, list[str]] = {}

    def selected_ids(self) -> dict[str, list[str]]:
        return self.ids

    def select_ids(self, ids) -> None:
        self.ids = dict(ids)


@pytest.fixture
def setup(qapp):
    doc = CjmDocument(small_map())
    prompts, selection = FakePrompts(), FakeSelection()
    return doc, MapEditor(doc, prompts, selection), prompts, selection


def test_a_new_stage_takes_the_next_palette_colour_and_differs_from_its_neighbours(setup):
    from cjm_desktop.model import STAGE_PALETTE

    doc, editor, prompts, selection = setup
    before = [s.id for s in doc.map.stages]
    doc.map.stages[-1].colour = STAGE_PALETTE[4]
    appended = editor.add_stage()
    assert doc.map.stages[-1].id == appended and doc.map.stages[-1].colour == STAGE_PALETTE[5]
    first = doc.map.stages[0]
    editor.add_stage(next_to=first.id, before=True)
    new_first = doc.map.stages[0]
    assert new_first.colour != first.colour and new_first.colour in STAGE_PALETTE
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert [s.id for s in doc.map.stages] == before


def test_delete_selection_asks_before_a_lane_with_cards_goes_and_is_one_step(setup):
    doc, editor, prompts, selection = setup
    before = doc.map.model_dump(mode="json")
    selection.ids = {"lanes": [doc.map.lanes[0].id], "connectors": [doc.map.connectors[0].id]}
    prompts.answer = False
    assert not editor.delete_selection()
    assert len(prompts.asked) == 1 and "4 cards" in prompts.asked[0]
    assert doc.map.model_dump(mode="json") == before
    prompts.answer = True
    assert editor.delete_selection()
    assert doc.map.cards == [] and doc.map.connectors == []
    assert doc.undo_stack.count() == 1 and doc.undo_stack.undoText() == "Delete"
    doc.undo_stack.undo()
    assert doc.map.model_dump(mode="json") == before


def test_new_card_of_a_kind_gets_its_defaults_at_the_index_asked(setup):
    doc, editor, _, _ = setup
    m = doc.map
    card_id = editor.new_card(LaneKind.TOUCHPOINTS, (m.stages[0].id, m.lanes[0].id), 1)
    card = m.card(card_id)
    assert card.sentiment == KIND_DEFAULTS[LaneKind.TOUCHPOINTS]["sentiment"] and card.title == ""
    assert [c.title for c in m.cards_in(m.stages[0].id, m.lanes[0].id)] == ["A0", "", "A1", "A2"]


def test_new_card_without_a_cell_goes_to_the_selected_cards_cell_in_a_lane_of_its_kind(setup):
    doc, editor, _, selection = setup
    m = doc.map
    selection.ids = {"cards": [m.cards[3].id]}  # B0, stage 1
    card = m.card(editor.new_card(LaneKind.FEELINGS))
    assert (card.stage_id, card.lane_id) == (m.stages[1].id, m.lanes[1].id)


def test_a_drop_and_a_paste_read_cards_the_same_checked_way(setup):
    doc, editor, _, _ = setup
    m = doc.map
    good = m.cards[0].model_dump(mode="json")
    bad = {**good, "sentiment": "furious"}
    payload = json.dumps({"format": "cjm-cards", "version": 1, "cards": [bad, good]}).encode()
    assert [c.title for c in cards_from_json(payload)] == ["A0"]
    data = QMimeData()
    data.setData(CARDS_MIME, payload)
    ids = editor.drop(data, m.stages[2].id, m.lanes[0].id, 0)
    assert [m.card(i).title for i in ids] == ["A0"] and ids[0] != good["id"]
    other = QMimeData()
    other.setData(CARDS_MIME, json.dumps({"cards": [good]}).encode())  # not the cjm-cards format
    assert editor.drop(other, m.stages[2].id, m.lanes[0].id, 0) == []


def test_a_dropped_new_card_with_an_unknown_kind_gets_no_defaults(setup):
    doc, editor, _, _ = setup
    m = doc.map
    data = QMimeData()
    data.setData(NEW_CARD_MIME, b'{"kind": "spaceships", "title": "Zalo"}')
    (card_id,) = editor.drop(data, m.stages[2].id, m.lanes[0].id, 0)
    assert (m.card(card_id).title, m.card(card_id).sentiment) == ("Zalo", None)


def test_too_many_cards_is_an_error_through_the_prompts(setup, monkeypatch):
    import dataclasses

    from cjm_desktop.editing import editor as editor_module

    doc, editor, prompts, selection = setup
    monkeypatch.setattr(editor_module, "LIMITS", dataclasses.replace(editor_module.LIMITS, max_cards=5))
    selection.ids = {"cards": [c.id for c in doc.map.cards[:2]]}
    assert editor.duplicate() == []
    assert prompts.errors == ["A map holds at most 5 cards."]
    assert len(doc.map.cards) == 4


def test_nudges_move_within_the_cell_then_to_the_next_stage_as_one_step(setup):
    doc, editor, _, selection = setup
    m = doc.map
    a0 = m.cards[0]
    selection.ids = {"cards": [a0.id]}
    assert editor.nudge(0, 1) and editor.nudge(0, 1)
    assert not editor.nudge(0, 1)  # the end of the cell
    assert editor.nudge(1, 0)
    assert (a0.stage_id, a0.order) == (m.stages[1].id, 1)
    assert doc.undo_stack.count() == 1


def test_renames_ask_through_the_prompts(setup):
    doc, editor, prompts, _ = setup
    stage = doc.map.stages[0]
    prompts.answer = False
    editor.rename_stage(stage.id)
    assert stage.title == "Nhận biết"
    prompts.answer = True
    editor.rename_stage(stage.id)
    assert stage.title == "renamed"


def test_reading_order_is_stage_then_lane_then_stack(setup):
    doc, _, _, _ = setup
    m = doc.map
    m.cards.reverse()
    extra = Card(stage_id=m.stages[0].id, lane_id=m.lanes[1].id, order=0, title="F0")
    m.cards.insert(0, extra)
    assert [c.title for c in m.reading_order()] == ["A0", "A1", "A2", "F0", "B0"]
    assert [c.title for c in m.reading_order([extra, m.card(m.cards[1].id)])] == ["F0", "B0"]
