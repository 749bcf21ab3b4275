"""Stage and lane headers are drawn once into a cached pixmap: a stage header
that a stage added or widened to its left only moves keeps it, as does a lane
header that a lane added or grown above it only moves; one whose look changes
(title, colour, first or last place, channel row, size, collapsed) is drawn again."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from cjm_desktop.canvas.items.lane_header import LaneHeaderItem
from cjm_desktop.canvas.items.stage_header import StageHeaderItem
from cjm_desktop.commands import AddCardsCommand, EditLaneCommand
from cjm_desktop.model import Card, Lane, LaneKind
from tests.canvas.conftest import make_canvas
from tests.factories import small_map


@pytest.fixture
def drawn(qtbot, monkeypatch):
    """A canvas of a small map with a touchpoint lane (the last stage shows a
    Zalo chip), and the ids of the stage headers Qt draws from here on."""
    m = small_map()
    lane = Lane(title="Điểm chạm", kind=LaneKind.TOUCHPOINTS)
    m.lanes.append(lane)
    m.cards.append(Card(stage_id=m.stages[2].id, lane_id=lane.id, title="hỏi giá", channel="Zalo"))
    return _recording(qtbot, monkeypatch, StageHeaderItem, m)


def _recording(qtbot, monkeypatch, item_class, m, size=(1400, 900)):
    """A canvas of ``m``, and the ids of the ``item_class`` items Qt draws from
    when it has first been shown."""
    paint = item_class.paint
    out: list[str] = []
    monkeypatch.setattr(item_class, "paint", lambda self, *args: out.append(self.model_id) or paint(self, *args))
    canvas = make_canvas(qtbot, m, size=size)
    QApplication.processEvents()
    out.clear()
    return canvas, out


def _shown(canvas, drawn_ids, things: str = "stages") -> set[str]:
    """The titles of the stages (or lanes) drawn, once the canvas has painted."""
    QApplication.processEvents()
    titles = {s.id: s.title for s in getattr(canvas.map, things)}
    return {titles[sid] for sid in drawn_ids}


def test_headers_a_new_stage_only_moves_keep_their_pixmaps(drawn):
    canvas, out = drawn
    second, last = canvas.map.stages[1], canvas.map.stages[2]
    assert canvas.scene.stage_item(last.id).channel_chips  # its row moves with it
    canvas.scene.map_editor.add_stage(next_to=second.id, before=True)
    new = canvas.map.stages[1]
    assert canvas.scene.stage_item(last.id).x() > 0
    assert _shown(canvas, out) == {new.title}  # "Tìm hiểu" and "Mua hàng" moved right, unchanged

    out.clear()
    canvas.doc.undo_stack.undo()
    assert _shown(canvas, out) == set()  # back left, as drawn


def test_a_header_that_becomes_first_or_changes_is_drawn_again(drawn):
    canvas, out = drawn
    first, second, last = canvas.map.stages
    canvas.scene.map_editor.add_stage(next_to=first.id, before=True)  # the old first loses its square end
    assert _shown(canvas, out) == {canvas.map.stages[0].title, first.title}

    out.clear()
    canvas.doc.undo_stack.undo()
    assert _shown(canvas, out) == {first.title}  # first again; the others only moved back
    out.clear()
    canvas.scene.map_editor.resize_stage(second.id, second.width + 40)  # its own width: drawn again
    assert second.title in _shown(canvas, out) and first.title not in _shown(canvas, out)

    out.clear()
    canvas.scene.map_editor.move_stage(last.id, 0)  # first and last places change hands
    assert {last.title, first.title, second.title} <= _shown(canvas, out)


def test_a_header_whose_channel_row_changes_is_drawn_again(drawn):
    canvas, out = drawn
    first, second, last = canvas.map.stages
    touch = canvas.map.lanes[-1]
    card = Card(stage_id=second.id, lane_id=touch.id, title="gọi tổng đài", channel="Điện thoại")
    canvas.doc.push(AddCardsCommand(canvas.doc, [card]))
    assert canvas.scene.stage_item(second.id).channel_chips
    assert _shown(canvas, out) == {second.title}


def test_headers_kept_from_before_a_new_stage_look_as_when_drawn_afresh(drawn, qtbot):
    canvas, _ = drawn
    canvas.scene.map_editor.add_stage(next_to=canvas.map.stages[1].id, before=True)
    QApplication.processEvents()
    image = canvas.view.viewport().grab().toImage()
    fresh = make_canvas(qtbot, canvas.map.model_copy(deep=True))
    QApplication.processEvents()
    reference = fresh.view.viewport().grab().toImage()
    assert image.convertToFormat(QImage.Format_RGB32) == reference.convertToFormat(QImage.Format_RGB32)


@pytest.fixture
def lanes_drawn(qtbot, monkeypatch):
    """A canvas of a small map with two more lanes below (a touchpoint lane and
    an opportunity lane) in a view tall enough to show them all after another
    lane (a header moving out of the view is drawn again where it is cut), and
    the ids of the lane headers Qt draws from here on."""
    m = small_map()
    m.lanes += [Lane(title="Điểm chạm", kind=LaneKind.TOUCHPOINTS), Lane(title="Cơ hội", kind=LaneKind.OPPORTUNITIES)]
    return _recording(qtbot, monkeypatch, LaneHeaderItem, m, size=(1400, 1400))


def _lanes_shown(canvas, drawn_ids) -> set[str]:
    return _shown(canvas, drawn_ids, "lanes")


def test_lane_headers_a_new_lane_only_moves_keep_their_pixmaps(lanes_drawn):
    canvas, out = lanes_drawn
    actions, feelings, touch, chances = canvas.map.lanes
    before = canvas.scene.lane_item(chances.id).y()
    new_id = canvas.scene.map_editor.add_lane(next_to=actions.id)
    assert canvas.scene.lane_item(chances.id).y() > before
    # the feelings lane (with its emotion scale), "Điểm chạm" and "Cơ hội" only moved
    QApplication.processEvents()
    assert out == [new_id]

    out.clear()
    canvas.doc.undo_stack.undo()
    assert _lanes_shown(canvas, out) == set()
    canvas.scene.map_editor.resize_lane(feelings.id, 300)  # its scale spreads out: drawn again
    assert _lanes_shown(canvas, out) == {feelings.title}


def test_a_lane_header_whose_look_changes_is_drawn_again(lanes_drawn):
    canvas, out = lanes_drawn
    touch, chances = canvas.map.lanes[2:]
    canvas.doc.push(EditLaneCommand(canvas.doc, touch.id, {"title": "Kênh tiếp xúc"}))
    assert _lanes_shown(canvas, out) == {"Kênh tiếp xúc"}  # "Cơ hội" below kept its height: not moved

    out.clear()
    canvas.scene.map_editor.resize_lane(touch.id, 260)
    assert _lanes_shown(canvas, out) == {"Kênh tiếp xúc"}  # taller; the one below only moved

    out.clear()
    canvas.scene.map_editor.set_lane_collapsed(touch.id, True)
    assert _lanes_shown(canvas, out) == {"Kênh tiếp xúc"}


def test_lane_headers_kept_from_before_a_new_lane_look_as_when_drawn_afresh(lanes_drawn, qtbot):
    canvas, _ = lanes_drawn
    canvas.scene.map_editor.add_lane(next_to=canvas.map.lanes[0].id)
    QApplication.processEvents()
    image = canvas.view.viewport().grab().toImage()
    fresh = make_canvas(qtbot, canvas.map.model_copy(deep=True), size=(1400, 1400))
    QApplication.processEvents()
    reference = fresh.view.viewport().grab().toImage()
    assert image.convertToFormat(QImage.Format_RGB32) == reference.convertToFormat(QImage.Format_RGB32)


def test_the_corner_is_drawn_again_only_when_its_words_or_size_change(qtbot, monkeypatch):
    from cjm_desktop.canvas.items.corner import CornerItem
    from cjm_desktop.commands import EditMapCommand

    paint = CornerItem.paint
    out: list[str] = []
    monkeypatch.setattr(CornerItem, "paint", lambda self, *args: out.append(self.language) or paint(self, *args))
    canvas = make_canvas(qtbot, small_map())
    QApplication.processEvents()
    out.clear()
    editor = canvas.scene.map_editor
    editor.add_lane(next_to=canvas.map.lanes[0].id)
    editor.add_stage(next_to=canvas.map.stages[0].id, before=True)
    canvas.view.verticalScrollBar().setValue(120)  # pinned: it moves with the view
    QApplication.processEvents()
    assert out == []
    canvas.doc.push(EditMapCommand(canvas.doc, {"language": "en"}))
    QApplication.processEvents()
    assert out == ["en"]
