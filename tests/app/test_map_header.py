"""The window's map header: the client's logo beside the map's title, in step with
the document (undo included); a click on it shows the map's page in the Inspector."""

from __future__ import annotations

from PySide6.QtCore import Qt

from cjm_desktop.model import images
from tests.pictures.helpers import picture_uri


def test_the_map_header_shows_the_logo_beside_the_title_and_follows_undo(make_window, sample_path, qtbot):
    window = make_window(sample_path)
    header = window.map_header
    assert header.isVisible() and header.title.text() == window.doc.map.title
    assert header.title.textFormat() == Qt.PlainText
    assert not header.logo.isVisible()  # no logo yet
    uri = picture_uri(300, 150, colour=(240, 190, 20))
    assert window.editor.set_picture("map", None, uri)
    assert window.doc.map.logo == images.image_id(uri)
    assert header.logo.isVisible()
    pixmap = header.logo.pixmap()
    assert round(pixmap.height() / pixmap.devicePixelRatio()) == 36
    assert abs(pixmap.width() / pixmap.height() - 2.0) < 0.05  # the logo's own shape
    window.doc.undo_stack.undo()
    assert not header.logo.isVisible()
    window.doc.undo_stack.redo()
    assert header.logo.isVisible()


def test_a_title_with_markup_is_shown_as_typed_and_a_click_shows_the_map_page(make_window, sample_path, qtbot):
    from cjm_desktop.commands.people import EditMapCommand

    window = make_window(sample_path)
    window.scene.select_ids({"cards": [window.doc.map.cards[0].id]})
    assert window.inspector.current == "card"
    qtbot.mouseClick(window.map_header, Qt.LeftButton)
    assert not any(window.scene.selected_ids().values())
    assert window.inspector.current == "map"  # where the title and the logo are edited
    window.doc.push(EditMapCommand(window.doc, {"title": "<b>Salon</b> & co"}))
    assert window.map_header.title.text() == "<b>Salon</b> & co"
