"""The inspector dock edits every field through the undo stack, as a user types."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QColorDialog

from cjm_desktop.app.docks.fields import (
    BoolField,
    ChoiceField,
    ColourField,
    DateField,
    LineField,
    ListField,
    NumberField,
    TextField,
)
from cjm_desktop.app.docks.picture_field import PictureField
from cjm_desktop.commands import EditCardCommand
from cjm_desktop.model import LaneKind, images

from .conftest import card_by_title, select_card, type_text


def type_into(qtbot, widget, text: str) -> None:
    """Replace the widget's text by typing, as a user does after Ctrl+A."""
    widget.setFocus()
    widget.selectAll()
    type_text(widget, text)


def drive(qtbot, monkeypatch, field, value) -> None:
    """Make ``field`` hold ``value`` through its widget, the way a user would."""
    if isinstance(field, ListField):
        type_into(qtbot, field.widget, ", ".join(value))
    elif isinstance(field, LineField):
        type_into(qtbot, field.widget, value)
    elif isinstance(field, TextField):
        type_into(qtbot, field.widget, "\n".join(value) if field.as_list else value)
    elif isinstance(field, ChoiceField):
        field.widget.setCurrentIndex([v for v, _ in field.choices].index(value))
    elif isinstance(field, ColourField):
        monkeypatch.setattr(QColorDialog, "getColor", staticmethod(lambda *a, **k: QColor(value)))
        qtbot.mouseClick(field.button, Qt.LeftButton)
    elif isinstance(field, DateField):
        if not field.check.isChecked():
            qtbot.mouseClick(field.check, Qt.LeftButton)
        field.date.setDate(value)
    elif isinstance(field, NumberField):
        field.widget.setValue(value)
    elif isinstance(field, BoolField):
        qtbot.mouseClick(field.widget, Qt.LeftButton, pos=QPoint(8, field.widget.height() // 2))
    elif isinstance(field, PictureField):
        image = QImage(600, 400, QImage.Format_RGB32)
        image.fill(QColor("#d6457a"))
        field.set_image(image)
    else:  # pragma: no cover
        raise AssertionError(f"no driver for {field}")


CARD_VALUES = {
    "title": "Đặt lịch qua Zalo",
    "body": "Khách nhắn tin\nhỏi giờ trống",
    "colour": "#ffcc00",
    "tags": ["zalo", "đặt lịch"],
    "channel": "Zalo OA",
    "sentiment": "negative",
    "importance": "high",
    "owner": "Chị Hoa (CSKH)",
    "due": dt.date(2025, 3, 31),
    "measure": "Tỉ lệ đặt lịch thành công",
    "status": "doing",
    "evidence": "researched",
    "source": "Phỏng vấn 12 khách",
}


def test_the_card_page_has_a_field_for_every_card_field(make_window, sample_path):
    window = make_window(sample_path)
    select_card(window, "A0")
    assert window.inspector.current == "card"
    # comments: the page's comments box (tests/app/test_workshop_inspector.py); votes: voting mode
    model_fields = set(type(window.doc.map.cards[0]).model_fields) - {"id", "stage_id", "lane_id", "order",
                                                                      "comments", "votes"}
    assert set(window.inspector.page.fields) == model_fields == set(CARD_VALUES) | {"image"}


@pytest.mark.parametrize("name", list(CARD_VALUES))
def test_inspector_edits_a_card_field_and_undo_restores_it(make_window, sample_path, qtbot, monkeypatch, name):
    window = make_window(sample_path)
    card = select_card(window, "A0")
    before = getattr(card, name)
    stack = window.doc.undo_stack
    drive(qtbot, monkeypatch, window.inspector.page.fields[name], CARD_VALUES[name])
    card = window.doc.map.card(card.id)
    assert getattr(card, name) == CARD_VALUES[name]
    while stack.canUndo():
        stack.undo()
    assert getattr(window.doc.map.card(card.id), name) == before
    assert window.inspector.page.fields[name].value() == before  # the page follows the undo
    assert not window.isWindowModified()


def test_typing_merges_into_one_undo_step(make_window, sample_path, qtbot):
    window = make_window(sample_path)
    card = select_card(window, "A0")
    title = window.inspector.page.fields["title"].widget
    title.setFocus()
    title.end(False)
    type_text(title, " – khách mới")
    body = window.inspector.page.fields["body"].widget
    body.setFocus()
    type_text(body, "Hỏi giá")
    stack = window.doc.undo_stack
    assert stack.count() == 2  # one step for the title, one for the text
    assert window.doc.map.card(card.id).title == "A0 – khách mới"
    assert window.actions_by_name["undo"].text() == "Undo Edit Card"
    stack.undo()
    assert window.doc.map.card(card.id).body == ""
    stack.undo()
    assert window.doc.map.card(card.id).title == "A0"
    assert title.text() == "A0"


def _ctrl_z_after_typing_undoes_the_map(qtbot, window, card) -> None:
    """Type into the card's title field, then Ctrl+Z there: the map's undo, not the line edit's own."""
    title = window.inspector.page.fields["title"].widget
    title.setFocus()
    qtbot.waitUntil(title.hasFocus)
    title.end(False)
    stack = window.doc.undo_stack
    before = stack.index()
    qtbot.keyClicks(title, "xyz")
    assert window.doc.map.card(card.id).title == "A0xyz"
    qtbot.keyClick(title, Qt.Key_Z, Qt.ControlModifier)
    assert window.doc.map.card(card.id).title == "A0"
    assert title.text() == "A0"
    assert stack.index() == before and stack.canRedo()


def test_ctrl_z_in_a_field_undoes_the_typing_burst(make_window, sample_path, qtbot):
    window = make_window(sample_path)
    _ctrl_z_after_typing_undoes_the_map(qtbot, window, select_card(window, "A0"))


def test_the_inspector_makes_the_page_it_shows_then_the_others_once_painted(qtbot, sample_path):
    from cjm_desktop.app.docks.inspector import PAGE_MAKERS
    from cjm_desktop.app.window.main_window import MainWindow

    window = MainWindow(sample_path)
    qtbot.addWidget(window, before_close_func=lambda w: w.doc.undo_stack.setClean())
    pages = window.inspector.pages
    assert set(pages) == {"map"}  # start-up makes only the page it shows
    window.show()
    qtbot.waitUntil(lambda: set(pages) == set(PAGE_MAKERS))  # the rest follow the first paint
    stack = window.inspector.stack
    assert all(stack.indexOf(page) >= 0 for page in pages.values())
    assert stack.currentWidget() is pages["map"]
    assert all(page.editor_ref() is window.editor for page in pages.values())


def test_a_page_made_on_demand_sends_ctrl_z_to_the_map(make_window, sample_path, qtbot):
    window = make_window(sample_path)
    dock = window.inspector
    dock.hide()  # never painted: nothing is made ahead
    card = select_card(window, "A0")
    assert "card" in dock.pages and "stage" not in dock.pages
    dock.show()
    _ctrl_z_after_typing_undoes_the_map(qtbot, window, card)


def test_refresh_after_other_edits_keeps_the_cursor(make_window, sample_path, qtbot):
    window = make_window(sample_path)
    select_card(window, "A1")
    title = window.inspector.page.fields["title"].widget
    title.setFocus()
    title.setCursorPosition(1)
    other = card_by_title(window, "B0")
    window.doc.push(EditCardCommand(window.doc, other.id, {"title": "B0 sửa"}))
    assert title.cursorPosition() == 1 and title.text() == "A1"


def test_half_typed_tag_separator_is_not_eaten(make_window, sample_path, qtbot):
    window = make_window(sample_path)
    card = select_card(window, "A0")
    tags = window.inspector.page.fields["tags"].widget
    tags.setFocus()
    qtbot.keyClicks(tags, "zalo, ")
    assert tags.text() == "zalo, "
    qtbot.keyClicks(tags, "web")
    assert window.doc.map.card(card.id).tags == ["zalo", "web"]
    assert window.doc.undo_stack.count() == 1


def test_a_value_the_model_refuses_is_marked_not_pushed(make_window, sample_path, qtbot):
    window = make_window(sample_path)
    select_card(window, "A0")
    field = window.inspector.page.fields["tags"]
    QApplication.clipboard().setText("x" * 150)  # a tag holds at most 100 characters
    field.widget.setFocus()
    qtbot.keyClick(field.widget, Qt.Key_V, Qt.ControlModifier)
    assert field.widget.text() == "x" * 150
    assert window.doc.undo_stack.count() == 0
    assert "100" in field.widget.toolTip()
    qtbot.keyClick(field.widget, Qt.Key_Backspace)
    assert window.doc.undo_stack.count() == 0  # still 149
    field.widget.selectAll()
    qtbot.keyClicks(field.widget, "ok")
    assert window.doc.map.card(window.inspector.page.object_id).tags == ["ok"]
    assert field.widget.toolTip() == ""


def test_stage_lane_persona_connector_and_map_pages(make_window, sample_path, qtbot, monkeypatch):
    window = make_window(sample_path)
    doc, m = window.doc, window.doc.map
    stage, lane, persona, connector = m.stages[1], m.lanes[0], m.personas[0], m.connectors[0]
    cases = [  # the connector first: collapsing its lane hides it
        ("connectors", connector.id, "connector", {"label": "quay lại"}),
        ("stages", stage.id, "stage", {"title": "Tìm hiểu kỹ", "description": "Khách so sánh giá",
                                      "colour": "#aa3355", "width": 320.0}),
        ("lanes", lane.id, "lane", {"title": "Khách làm gì", "kind": LaneKind.TOUCHPOINTS, "height": 200.0,
                                    "collapsed": True}),
        ("personas", persona.id, "persona", {"name": "Anh Minh", "role": "Nhân viên văn phòng, 30",
                                             "description": "Bận rộn", "goals": ["Cắt tóc nhanh", "Giá rõ ràng"],
                                             "colour": "#3fae8c"}),
        (None, None, "map", {"title": "Hành trình salon", "description": "Bản nháp 2", "language": "en"}),
    ]
    for key, object_id, kind, values in cases:
        window.scene.select_ids({key: [object_id]} if key else {})
        assert window.inspector.current == kind
        page = window.inspector.page
        for name, value in values.items():
            drive(qtbot, monkeypatch, page.fields[name], value)
            assert getattr(page.target(), name) == value, (kind, name)
    # persona portrait, through the same page
    window.scene.select_ids({"personas": [persona.id]})
    drive(qtbot, monkeypatch, window.inspector.page.fields["portrait"], None)
    portrait = window.doc.map.persona(persona.id).portrait
    assert window.doc.map.images[portrait].startswith("data:image/jpeg;base64,")
    assert images.check_data_uri(window.doc.map.images[portrait]).width == 512  # a portrait is kept small
    n = doc.undo_stack.count()
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    assert n >= 15
    assert window.doc.map.stages[1].title == "Tìm hiểu" and window.doc.map.title == "Bản đồ"


def test_inspector_falls_back_to_the_map_when_its_card_goes_away(make_window, sample_path, qtbot):
    window = make_window(sample_path)
    select_card(window, "A0")
    window.actions_by_name["delete"].trigger()
    assert window.inspector.current == "map"


def test_personas_dock_adds_edits_scores_and_removes(make_window, sample_path, qtbot):
    window = make_window(sample_path)
    dock = window.personas_dock
    doc = window.doc
    window.actions_by_name["add_persona"].trigger()
    assert len(doc.map.personas) == 2 and dock.persona_id == doc.map.personas[1].id
    name = dock.page.fields["name"].widget
    type_text(name, "Chị Mai")
    assert doc.map.personas[1].name == "Chị Mai"
    first_stage = doc.map.stages[0].id
    dock.rows[first_stage].score.setValue(-2)
    type_text(dock.rows[first_stage].label, "lo lắng")
    point = doc.map.emotion(dock.persona_id, first_stage)
    assert (point.score, point.label) == (-2, "lo lắng")
    dock.remove.click()
    assert [p.name for p in doc.map.personas] == ["Chị Lan"]
    doc.undo_stack.undo()
    assert doc.map.emotion(doc.map.personas[1].id, first_stage).score == -2


def test_ctrl_z_in_an_emotion_label_undoes_the_map(make_window, sample_path, qtbot):
    window = make_window(sample_path)
    dock = window.personas_dock
    dock.show()
    dock.raise_()
    stage_id = window.doc.map.stages[1].id
    label = dock.rows[stage_id].label
    label.setFocus()
    qtbot.waitUntil(label.hasFocus)
    stack = window.doc.undo_stack
    before = stack.index()
    type_text(label, "vui")
    assert window.doc.map.emotion(dock.persona_id, stage_id).label == "vui"
    qtbot.keyClick(label, Qt.Key_Z, Qt.ControlModifier)
    assert window.doc.map.emotion(dock.persona_id, stage_id).label == ""
    assert label.text() == ""
    assert stack.index() == before and stack.canRedo()  # the map's undo, not the line edit's own


def test_inspector_chooses_replaces_and_removes_a_card_picture(make_window, sample_path, qtbot, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    from tests.pictures.helpers import picture_file

    window = make_window(sample_path)
    card = select_card(window, "A0")
    field = window.inspector.page.fields["image"]
    first = picture_file(tmp_path / "a.png", 120, 80)
    second = picture_file(tmp_path / "b.jpg", 2400, 1200, colour=(10, 120, 60), kind="JPEG")
    for path in (first, second):
        monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, p=path, **k: (str(p), "")))
        qtbot.mouseClick(field.choose, Qt.LeftButton)
    m = window.doc.map
    info = images.check_data_uri(m.images[m.card(card.id).image])
    assert (info.kind, info.width, info.height) == ("jpeg", 1600, 800)
    assert field.value() == m.images[m.card(card.id).image] and field.remove.isEnabled()
    qtbot.mouseClick(field.remove, Qt.LeftButton)
    assert m.card(card.id).image is None and field.value() is None
    stack = window.doc.undo_stack
    stack.undo()
    assert images.check_data_uri(m.images[m.card(card.id).image]).width == 1600
    assert field.value() == m.images[m.card(card.id).image]  # the page follows the undo
    stack.undo()
    assert images.check_data_uri(m.images[m.card(card.id).image]).width == 120
    stack.undo()
    assert m.card(card.id).image is None


def test_inspector_sets_the_maps_logo_from_the_clipboard(make_window, sample_path, qtbot):
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QGuiApplication

    window = make_window(sample_path)
    window.scene.select_ids({})
    assert window.inspector.current == "map"
    image = QImage(300, 100, QImage.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))
    data = QMimeData()
    data.setImageData(image)
    QGuiApplication.clipboard().setMimeData(data)
    qtbot.mouseClick(window.inspector.page.fields["logo"].paste, Qt.LeftButton)
    logo = window.doc.map.logo
    assert window.doc.map.images[logo].startswith("data:image/png;")  # transparency kept
    window.doc.undo_stack.undo()
    assert window.doc.map.logo is None


def test_the_personas_dock_out_of_sight_catches_up_when_shown(make_window, sample_path, qtbot):
    window = make_window(sample_path)
    dock = window.personas_dock
    window.inspector.raise_()  # the Personas tab is behind the Inspector's
    qtbot.waitUntil(lambda: dock.visibleRegion().isEmpty())
    rows = dict(dock.rows)
    window.editor.add_stage()
    window.editor.add_persona()
    assert dock.rows == rows and dock.list.count() == 1  # out of sight: no rebuild at each edit
    dock.raise_()
    m = window.doc.map
    qtbot.waitUntil(lambda: list(dock.rows) == [s.id for s in m.stages])
    assert [dock.list.item(i).text() for i in range(dock.list.count())] == [p.name or "(no name)" for p in m.personas]


def test_the_emotion_rows_follow_the_stages_one_row_at_a_time(make_window, sample_path, qtbot, dialogs):
    from PySide6.QtWidgets import QFormLayout, QMessageBox

    window = make_window(sample_path)
    dock = window.personas_dock
    dock.raise_()
    qtbot.waitUntil(lambda: not dock.visibleRegion().isEmpty())
    m = window.doc.map

    def shown() -> list[tuple[str, str]]:
        form = dock.emotions_form
        return [(form.itemAt(i, QFormLayout.LabelRole).widget().text(),
                 form.itemAt(i, QFormLayout.FieldRole).widget().stage_id) for i in range(form.rowCount())]

    def expected() -> list[tuple[str, str]]:
        return [(s.title or "—", s.id) for s in m.stages]

    first, second = m.stages[0].id, m.stages[1].id
    kept = dict(dock.rows)
    added = window.editor.add_stage(next_to=first)  # between the first two
    assert shown() == expected() and list(dock.rows) == [s.id for s in m.stages]
    assert all(dock.rows[sid] is row for sid, row in kept.items())  # the other rows stay as they were
    dialogs.confirm_answer = QMessageBox.Yes
    window.editor.delete_stage(second)
    assert shown() == expected() and second not in dock.rows
    window.editor.move_stage(added, len(m.stages) - 1)  # to the end: the rows follow the order
    assert shown() == expected()
    window.doc.undo_stack.undo()
    window.doc.undo_stack.undo()
    assert shown() == expected()
