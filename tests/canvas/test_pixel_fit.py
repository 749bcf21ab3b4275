"""Card items keep their cached pixmaps when a lane above moves them by part of
a pixel: their bounds are a whole number of the view's pixels (CardItem.fit_bounds),
fitted again when the zoom changes, for the cells the view comes to show."""

from __future__ import annotations

import math

from PySide6.QtWidgets import QApplication

from cjm_desktop.canvas import MapScene
from cjm_desktop.canvas.items.card import CardItem
from tests.canvas.conftest import make_canvas
from tests.canvas.test_off_screen import _grow_top_lane, _map


def _whole(length: float, scale: float) -> bool:
    return abs(length * scale - round(length * scale)) < 1e-6


def _fully_shown(canvas) -> dict[str, CardItem]:
    port = canvas.view.viewport().rect()
    return {cid: item for cid, item in canvas.scene.items_by_id.cards.items()
            if port.contains(canvas.view.mapFromScene(item.sceneBoundingRect()).boundingRect())}


def _repaints_after_growing_the_top_lane(qtbot, monkeypatch) -> tuple[set[str], set[str]]:
    """The cards shown before and after the top lane grew by part of a pixel,
    other than the edited one, and those of them Qt drew again."""
    painted: list[str] = []
    paint = CardItem.paint
    monkeypatch.setattr(CardItem, "paint", lambda self, *args: painted.append(self.model_id) or paint(self, *args))
    canvas = make_canvas(qtbot, _map())
    second = canvas.map.lanes[1].id
    canvas.view.centerOn(700, canvas.scene.layout.lane_headers[second].y)  # the first two lanes in sight
    QApplication.processEvents()
    before_y, before = canvas.scene.layout.lane_headers[second].y, _fully_shown(canvas)
    edited = canvas.map.lanes[0].id
    painted.clear()
    _grow_top_lane(canvas)
    QApplication.processEvents()
    moved = (canvas.scene.layout.lane_headers[second].y - before_y) * canvas.view.transform().m11()
    assert moved > 0 and not _whole(moved / canvas.view.transform().m11(), canvas.view.transform().m11())
    kept = {cid for cid, item in _fully_shown(canvas).items() if cid in before and item.geometry.lane_id != edited}
    assert len(kept) > 10
    return kept, kept & set(painted)


def test_cards_a_lane_moves_by_part_of_a_pixel_keep_their_pixmaps(qtbot, monkeypatch):
    kept, drawn_again = _repaints_after_growing_the_top_lane(qtbot, monkeypatch)
    assert not drawn_again


def test_without_whole_pixel_bounds_such_a_move_draws_cards_again(qtbot, monkeypatch):
    """What the fitting saves (so the test above can fail): Qt's own behaviour."""
    monkeypatch.setattr(MapScene, "fit_cards", lambda self, scale, area: None)
    kept, drawn_again = _repaints_after_growing_the_top_lane(qtbot, monkeypatch)
    assert drawn_again


def test_a_zoom_fits_the_cards_in_sight_and_the_others_when_scrolled_to(qtbot):
    canvas = make_canvas(qtbot, _map())
    cards = canvas.scene.items_by_id.cards
    scale = canvas.view.transform().m11()
    shown = _fully_shown(canvas)
    assert shown and all(item.fitted_scale == scale for item in shown.values())
    assert all(_whole(item.boundingRect().width(), scale) and _whole(item.boundingRect().height(), scale)
               for item in shown.values())

    canvas.view.set_zoom(1.5)
    QApplication.processEvents()
    zoomed = canvas.view.transform().m11()
    assert zoomed != scale
    for item in _fully_shown(canvas).values():
        bounds = item.boundingRect()
        assert item.fitted_scale == zoomed and _whole(bounds.width(), zoomed) and _whole(bounds.height(), zoomed)
        assert bounds.contains(item.rect()) and bounds.contains(item.handle_center())
    last = canvas.map.lanes[-1].id
    far = [item for item in cards.values() if item.geometry.lane_id == last]
    assert far and not any(item.fitted_scale == zoomed for item in far)  # out of sight: not fitted yet

    canvas.view.centerOn(700, canvas.scene.layout.lane_headers[last].y + 200)  # scrolled to it
    QApplication.processEvents()
    shown = _fully_shown(canvas)
    assert any(item in shown.values() for item in far)
    assert all(item.fitted_scale == zoomed for item in shown.values())


def test_zoomed_out_to_blocks_the_cards_are_not_fitted(qtbot):
    """Below the blocks level the scene paints every card at once: fitting
    thousands of card items to each zoom step would be wasted."""
    canvas = make_canvas(qtbot, _map())
    scale = canvas.view.transform().m11()
    canvas.view.set_zoom(0.05)
    QApplication.processEvents()
    assert canvas.scene.zoomed_out
    assert all(item.fitted_scale == scale for item in canvas.scene.items_by_id.cards.values()
               if item.fitted_scale)
    assert math.isclose(canvas.scene._items.geometry.scale, scale)
