"""The Inspector's channel field: a combo box of the bundled channels with icons, free text
allowed; a pick or a burst of typing is one undo step."""

from __future__ import annotations

from PySide6.QtCore import Qt

from cjm_desktop.app.docks.channel_field import ChannelField
from cjm_desktop.model.channels import catalogue

from .conftest import select_card, type_text


def _field(window) -> ChannelField:
    field = window.inspector.page.fields["channel"]
    assert isinstance(field, ChannelField)
    return field


def test_the_list_holds_every_channel_with_its_icon_in_the_map_language(make_window, sample_path):
    window = make_window(sample_path)
    select_card(window, "A0")
    combo = _field(window).widget
    assert window.doc.map.language == "vi"
    assert [combo.itemText(i) for i in range(combo.count())] == [c.vi for c in catalogue().channels]
    assert all(not combo.itemIcon(i).isNull() for i in range(combo.count()))


def test_picking_a_channel_with_the_mouse_is_one_undo_step(make_window, sample_path, qtbot):
    window = make_window(sample_path)
    card = select_card(window, "A0")
    combo = _field(window).widget
    stack = window.doc.undo_stack
    before = stack.count()
    combo.showPopup()
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    row = combo.findText("Zalo")
    view.scrollTo(view.model().index(row, 0))
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=rect.center())
    assert window.doc.map.card(card.id).channel == "Zalo"
    assert stack.count() == before + 1
    assert combo.lineEdit().text() == "Zalo"
    assert window.scene.layout.cards[card.id].content.channel_icon == "zalo"  # the card shows the icon
    stack.undo()
    assert window.doc.map.card(card.id).channel == ""
    assert combo.lineEdit().text() == ""
    assert window.scene.layout.cards[card.id].content.channel_icon is None


def test_typed_free_text_is_kept_and_one_undo_step(make_window, sample_path, qtbot):
    window = make_window(sample_path)
    card = select_card(window, "A0")
    field = _field(window)
    edit = field.widget.lineEdit()
    stack = window.doc.undo_stack
    before = stack.count()
    field.widget.setFocus()
    type_text(field.widget, "Hội chợ sách")
    assert window.doc.map.card(card.id).channel == "Hội chợ sách"
    assert stack.count() == before + 1  # the burst of typing merged
    assert not field._mark.isVisible()  # free text: no icon beside it
    stack.undo()
    assert window.doc.map.card(card.id).channel == ""
    field.widget.setFocus()
    type_text(field.widget, "điện thoại")
    assert window.doc.map.card(card.id).channel == "điện thoại"
    assert field._mark.isVisible()  # the text names the phone channel: its icon shows
    assert edit.text() == "điện thoại"
    assert window.scene.layout.cards[card.id].content.channel_icon == "phone"


def test_an_english_map_lists_english_labels(make_window, sample_path, qtbot):
    from cjm_desktop.io import read_cjm, write_cjm

    m = read_cjm(sample_path)
    m = getattr(m, "map", m)
    write_cjm(sample_path, m.model_copy(update={"language": "en"}))
    window = make_window(sample_path)
    select_card(window, "A0")
    combo = _field(window).widget
    assert combo.itemText(combo.findData("phone")) == "Phone call"
    assert combo.itemText(combo.findData("counter")) == "Shop counter"


def test_the_stage_header_shows_the_channel_picked_for_a_touchpoint(make_window, sample_path, qtbot):
    from cjm_desktop.io import read_cjm, write_cjm
    from cjm_desktop.model import LaneKind

    m = read_cjm(sample_path)
    m = getattr(m, "map", m)
    m.lanes[0].kind = LaneKind.TOUCHPOINTS
    write_cjm(sample_path, m)
    window = make_window(sample_path)
    card = select_card(window, "A0")
    header = window.scene.stage_item(card.stage_id)
    assert header.channel_chips == ()
    field = _field(window)
    field.widget.setFocus()
    type_text(field.widget, "Zalo")
    assert [c.channel_id for c in header.channel_chips] == ["zalo"]
    window.doc.undo_stack.undo()
    assert header.channel_chips == ()
    image = window.view.grab()  # the header paints its row without error
    assert not image.isNull()
