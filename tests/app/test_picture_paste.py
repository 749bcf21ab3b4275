"""Ctrl+V of a picture copied in another program, in the window: onto the selected
card, else a new card in the empty cell the user clicked; each one undo step."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from cjm_desktop.model import images
from tests.app.conftest import select_card


def _copy_picture(width=500, height=300) -> None:
    image = QImage(width, height, QImage.Format_RGB32)
    image.fill(QColor("#e07a5f"))
    data = QMimeData()
    data.setImageData(image)
    QApplication.clipboard().setMimeData(data)


def test_ctrl_v_pastes_a_picture_onto_the_selected_card_then_into_a_clicked_empty_cell(make_window, sample_path,
                                                                                      qtbot):
    window = make_window(sample_path)
    m = window.doc.map
    _copy_picture()
    card = select_card(window, "B0")
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key_V, Qt.ControlModifier)
    assert images.check_data_uri(m.images[m.card(card.id).image]).width == 500
    assert window.scene.layout.cards[card.id].content.image_box is not None  # drawn above its text
    stage, lane = m.stages[2].id, m.lanes[0].id
    assert m.cards_in(stage, lane) == []
    window.view.reveal([stage])
    cell = window.scene.layout.cells[(stage, lane)]
    at = window.view.mapFromScene(QPointF(cell.x + 30, cell.y + 20))
    qtbot.mouseClick(window.view.viewport(), Qt.LeftButton, pos=at)
    assert not any(window.scene.selected_ids().values())
    qtbot.keyClick(window.view, Qt.Key_V, Qt.ControlModifier)
    made = m.cards_in(stage, lane)
    assert len(made) == 1 and made[0].image == m.card(card.id).image  # the same picture, stored once
    window.doc.undo_stack.undo()
    assert m.cards_in(stage, lane) == [] and m.card(card.id).image is not None
    window.doc.undo_stack.undo()
    assert m.card(card.id).image is None
