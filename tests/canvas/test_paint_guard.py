"""A Python error inside an item's paint is logged and recorded, never fatal."""

from __future__ import annotations

from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QStyleOptionGraphicsItem

from cjm_desktop.canvas.items import base
from cjm_desktop.canvas.items.drop_indicator import DropIndicatorItem


def test_paint_errors_are_recorded_not_raised(qapp, monkeypatch):
    item = DropIndicatorItem()
    monkeypatch.setattr(item, "line", "not a line", raising=False)
    image = QImage(50, 50, QImage.Format_ARGB32)
    painter = QPainter(image)
    try:
        type(item).paint(item, painter, QStyleOptionGraphicsItem(), None)
    finally:
        painter.end()
    assert base.PAINT_ERRORS and "DropIndicatorItem.paint" in base.PAINT_ERRORS[0]
    base.PAINT_ERRORS.clear()


def test_second_persona_curve_paints(qapp, qtbot):
    """Regression: the curve of every persona after the first used to raise in paint."""
    from cjm_desktop.canvas import MapScene, MapView
    from cjm_desktop.commands import AddPersonaCommand, CjmDocument, SetEmotionCommand
    from cjm_desktop.model import Persona
    from tests.canvas.conftest import drop_map
    from tests.factories import small_map

    doc = CjmDocument(small_map())
    scene = MapScene(doc)
    view = MapView(scene)
    qtbot.addWidget(view, before_close_func=lambda v: drop_map(v, doc))
    other = Persona(name="Anh Minh", colour="#3d85c6")
    doc.push(AddPersonaCommand(doc, other))
    for stage, score in zip(doc.map.stages, (2, -1, 3)):
        doc.push(SetEmotionCommand(doc, other.id, stage.id, score, "vui"))
    view.resize(900, 700)
    view.show()
    view.grab()
    assert base.PAINT_ERRORS == []
