"""Adding, replacing and removing pictures through MapEditor: one undo step each."""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QColor, QGuiApplication, QImage

from cjm_desktop.commands import CjmDocument
from cjm_desktop.editing.editor import MapEditor
from cjm_desktop.io import dumps_cjm, loads_cjm
from cjm_desktop.model import ObjectKind, images
from tests.editing.test_editor_verbs import FakePrompts, FakeSelection
from tests.factories import small_map
from tests.pictures.helpers import picture_file, picture_uri


def _editor(qapp):
    doc = CjmDocument(small_map())
    prompts, selection = FakePrompts(), FakeSelection()
    return doc, MapEditor(doc, prompts, selection), prompts, selection


def test_add_replace_remove_a_card_picture_each_undoable(qapp):
    doc, editor, _, _ = _editor(qapp)
    card = doc.map.cards[0]
    first, second = picture_uri(colour=(10, 10, 10)), picture_uri(colour=(200, 10, 10))
    assert editor.set_picture(ObjectKind.CARDS, card.id, first)
    assert doc.map.images[card.image] == first
    assert editor.set_picture(ObjectKind.CARDS, card.id, second)
    assert doc.map.images[card.image] == second
    assert editor.set_picture(ObjectKind.CARDS, card.id, None)
    assert card.image is None
    stack = doc.undo_stack
    assert stack.count() == 3 and stack.undoText() == "Remove Picture"
    stack.undo()
    assert doc.map.images[card.image] == second
    stack.undo()
    assert doc.map.images[card.image] == first
    stack.undo()
    assert card.image is None
    stack.redo()
    assert doc.map.images[card.image] == first
    # the replaced picture is gone from the saved file
    assert loads_cjm(dumps_cjm(doc.map)).map.images == {card.image: first}


def test_stage_logo_and_portrait_pictures(qapp):
    doc, editor, _, _ = _editor(qapp)
    uri = picture_uri()
    ref = images.image_id(uri)
    editor.set_picture(ObjectKind.STAGES, doc.map.stages[1].id, uri)
    editor.set_picture("map", None, uri)
    editor.set_picture(ObjectKind.PERSONAS, doc.map.personas[0].id, uri)
    assert (doc.map.stages[1].image, doc.map.logo, doc.map.personas[0].portrait) == (ref, ref, ref)
    assert list(doc.map.images) == [ref]  # one picture, used three times, stored once
    for _ in range(3):
        doc.undo_stack.undo()
    assert (doc.map.stages[1].image, doc.map.logo, doc.map.personas[0].portrait) == (None, None, None)


def test_a_picture_file_comes_in_downscaled_to_what_print_needs(qapp, tmp_path):
    doc, editor, prompts, _ = _editor(qapp)
    path = picture_file(tmp_path / "photo.jpg", 3200, 1800, kind="JPEG")
    card = doc.map.cards[0]
    assert editor.set_picture_from_file(ObjectKind.CARDS, card.id, path)
    info = images.check_data_uri(doc.map.images[card.image])
    assert (info.kind, info.width, info.height) == ("jpeg", 1600, 900)
    assert not prompts.errors


def test_a_file_that_is_no_picture_is_refused_before_decoding(qapp, tmp_path):
    doc, editor, prompts, _ = _editor(qapp)
    fake = tmp_path / "fake.png"
    fake.write_bytes(b"<svg xmlns='http://www.w3.org/2000/svg'/>")
    assert not editor.set_picture_from_file(ObjectKind.CARDS, doc.map.cards[0].id, fake)
    assert doc.undo_stack.count() == 0 and "only PNG and JPEG" in prompts.errors[0]


def test_the_budget_refuses_a_picture_that_does_not_fit(qapp, monkeypatch):
    doc, editor, prompts, _ = _editor(qapp)
    monkeypatch.setattr(images, "MAP_IMAGE_BUDGET", 200)
    assert not editor.set_picture(ObjectKind.CARDS, doc.map.cards[0].id, picture_uri(300, 300, kind="JPEG"))
    assert doc.undo_stack.count() == 0 and prompts.errors


def test_paste_of_a_clipboard_picture_on_the_selected_card_and_into_a_cell(qapp):
    doc, editor, _, selection = _editor(qapp)
    image = QImage(400, 300, QImage.Format_RGB32)
    image.fill(QColor("#3d5a80"))
    data = QMimeData()
    data.setImageData(image)
    QGuiApplication.clipboard().setMimeData(data)
    card = doc.map.cards[1]
    selection.ids = {"cards": [card.id]}
    assert editor.paste() == [card.id]
    assert images.check_data_uri(doc.map.images[card.image]).width == 400
    selection.ids = {}
    cell = (doc.map.stages[2].id, doc.map.lanes[0].id)
    before = len(doc.map.cards)
    new = editor.paste(cell)
    assert len(new) == 1 and len(doc.map.cards) == before + 1
    made = doc.map.card(new[0])
    assert (made.stage_id, made.lane_id) == cell and made.image == card.image  # same picture: one entry
    doc.undo_stack.undo()  # one step: the card and its picture go together
    assert len(doc.map.cards) == before


def test_pasting_cards_from_another_map_drops_pictures_this_map_lacks(qapp):
    doc, editor, _, _ = _editor(qapp)
    other = small_map()
    uri = picture_uri()
    other.images[images.image_id(uri)] = uri
    other.cards[0].image = images.image_id(uri)
    new = editor.paste_cards([other.cards[0]], (doc.map.stages[0].id, doc.map.lanes[0].id))
    assert doc.map.card(new[0]).image is None
    dumps_cjm(doc.map)  # still a valid map
