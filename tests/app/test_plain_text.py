"""Map content is shown as typed, never as markup: a title like ``<img width=9000 …>`` from
someone else's file is text in the Personas dock and the Inspector, and tooltips show
``R&D "q"`` as typed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QFormLayout, QLabel

from cjm_desktop.io import write_cjm
from cjm_desktop.plain_text import plain_tooltip
from tests.factories import small_map
from tests.qt_helpers import drop_scene

MARKUP = '<img width=9000 height=9000 src="x.png"><b>Giai đoạn</b>'


def _shown(rich_text: str) -> str:
    doc = QTextDocument()
    doc.setHtml(rich_text)
    return doc.toPlainText()


def _hostile_map(tmp_path):
    m = small_map()
    m.stages[0].title = MARKUP
    m.lanes[0].title = "R&D <lane>"
    m.cards[0].title = "<b>bold?</b> & more"
    path = tmp_path / "hostile.cjm"
    write_cjm(path, m)
    return path


def test_stage_titles_in_the_personas_dock_are_plain_text(make_window, tmp_path):
    window = make_window(_hostile_map(tmp_path))
    dock = window.personas_dock
    dock.choose(window.doc.map.personas[0].id)
    form = dock.emotions_form
    labels = [form.itemAt(i, QFormLayout.LabelRole).widget() for i in range(form.rowCount())
              if form.itemAt(i, QFormLayout.LabelRole) is not None]
    first = next(label for label in labels if label.text() == MARKUP)
    assert first.textFormat() == Qt.PlainText
    assert first.sizeHint().height() < 200 and first.sizeHint().width() < 2000  # no 9000-pixel picture


def test_the_inspector_summary_shows_titles_as_typed(make_window, tmp_path):
    window = make_window(_hostile_map(tmp_path))
    card = window.doc.map.cards[0]
    window.scene.select_ids({"cards": [card.id]})
    summaries = [w for w in window.inspector.findChildren(QLabel)
                 if w.objectName() == "InspectorSummary" and w.isVisibleTo(window)]
    assert summaries
    shown = _shown(summaries[0].text())
    stage = window.doc.map.stage(card.stage_id).title
    lane = window.doc.map.lane(card.lane_id).title
    assert stage in shown and lane in shown


def test_tooltips_show_ampersands_and_quotes_as_typed():
    assert _shown(plain_tooltip('R&D "q" <b>')) == 'R&D "q" <b>'


def test_a_connector_tooltip_shows_its_label_as_typed(qtbot):
    from cjm_desktop.canvas import MapScene
    from cjm_desktop.commands import CjmDocument

    m = small_map()
    m.connectors[0].label = 'R&D "q"'
    scene = MapScene(CjmDocument(m))
    item = scene.connector_item(m.connectors[0].id)
    assert _shown(item.tooltip_text()) == 'R&D "q"'
    drop_scene(scene)
