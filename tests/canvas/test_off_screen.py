"""Moves of items out of sight are put off until a view may show them
(canvas/off_screen.py): a lane that grows at the top of a big map leaves the
lane groups and connectors far below where they were, and they get to their
place when the view scrolls to them, when a view paints them, when code asks
the scene for its items, and at the latest when the user pauses. Nothing out of
place is ever painted or read."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from cjm_desktop.app.present.present_view import PresentView
from cjm_desktop.canvas.off_screen import IDLE_MS, meets
from cjm_desktop.commands import EditCardCommand, EditConnectorCommand
from cjm_desktop.templates.generated import generate_map
from tests.canvas.conftest import make_canvas
from tests.canvas.test_lane_shift import _check_scene

LONG = " – khách hàng phải gọi lại ba lần mới gặp được tư vấn viên, chờ hơn hai mươi phút ở quầy lễ tân"


def _map():
    return generate_map(cards=600, stages=6, lanes=10, personas=2, connectors=120, seed=5)


def _grow_top_lane(canvas) -> None:
    """Lengthen the title of the card that sets the top lane's height: every lane below moves."""
    layout = canvas.scene.layout
    top = canvas.map.lanes[0].id
    tallest = max((cell for cell in layout.index() if cell[1] == top),
                  key=lambda cell: layout.index()[cell][-1].box.bottom)
    card = canvas.map.card(layout.index()[tallest][-1].card_id)
    canvas.doc.push(EditCardCommand(canvas.doc, card.id, {"title": card.title + LONG}))


def _in_place_where_seen(canvas, area) -> int:
    """Check every lane group and connector item that ``area`` (left, top, right,
    bottom) reaches is where the layout puts it, reading the items directly (the
    scene's accessors would move everything first); how many were checked."""
    items, layout = canvas.scene._items, canvas.scene.layout
    checked = 0
    for lid, group in items.groups.items():
        lane = layout.lane_headers[lid]
        if lane.y <= area[3] and lane.bottom >= area[1]:
            assert (group.y(), group.height) == (lane.y, lane.h)
            checked += 1
    for route in layout.connectors:
        left, top, right, bottom = route.bounds
        if left <= area[2] and right >= area[0] and top <= area[3] and bottom >= area[1]:
            assert items.connectors[route.connector_id].geometry is route
            checked += 1
    return checked


def test_what_is_out_of_sight_waits_and_is_in_place_when_the_user_pauses(qtbot):
    canvas = make_canvas(qtbot, _map())
    off = canvas.scene.off_screen
    _grow_top_lane(canvas)
    assert off.groups and off.routes  # far below the view: put off
    assert all(group.y() != top for group, (top, _) in off.groups.items())  # not moved yet
    assert _in_place_where_seen(canvas, off.live) > 0  # what the view shows moved at once

    qtbot.waitUntil(lambda: not off, timeout=IDLE_MS + 1000)  # the user paused
    _check_scene(canvas)

    canvas.doc.undo_stack.undo()
    canvas.doc.undo_stack.redo()
    canvas.doc.undo_stack.undo()
    _check_scene(canvas)  # the accessors move everything first
    assert not off


def test_scrolling_to_what_waits_moves_it_before_it_is_painted(qtbot):
    canvas = make_canvas(qtbot, _map())
    off = canvas.scene.off_screen
    _grow_top_lane(canvas)
    assert off.groups
    bar = canvas.view.verticalScrollBar()
    bar.setValue(bar.maximum())  # to the bottom of the map, where lanes waited
    assert _in_place_where_seen(canvas, off.live) > 0
    assert all(not _meets_band(top, height, off.live) for _, (top, height) in off.groups.items())


def _meets_band(top: float, height: float, area) -> bool:
    return top <= area[3] and top + height >= area[1]


def test_the_view_paints_the_same_as_a_canvas_laid_out_afresh(qtbot):
    journey_map = _map()
    canvas = make_canvas(qtbot, journey_map)
    _grow_top_lane(canvas)
    assert canvas.scene.off_screen
    _paints_as_fresh_halfway_down(qtbot, canvas)


def _paints_as_fresh_halfway_down(qtbot, canvas, check=lambda: None) -> None:
    """Scrolled halfway down (``check`` then), the view paints what a canvas laid
    out afresh paints there."""
    bar = canvas.view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    check()
    image = canvas.view.viewport().grab().toImage()

    fresh = make_canvas(qtbot, canvas.map.model_copy(deep=True))
    fresh.view.verticalScrollBar().setValue(fresh.view.verticalScrollBar().maximum() // 2)
    assert bar.value() == fresh.view.verticalScrollBar().value()
    reference = fresh.view.viewport().grab().toImage()
    assert image.convertToFormat(QImage.Format_RGB32) == reference.convertToFormat(QImage.Format_RGB32)


def test_a_second_view_of_the_scene_puts_nothing_off(qtbot):
    canvas = make_canvas(qtbot, _map())
    _grow_top_lane(canvas)
    off = canvas.scene.off_screen
    assert off
    present = PresentView(canvas.scene)  # Present mode: two views, each showing its own part
    qtbot.addWidget(present)
    assert not off and off.live is None
    _check_scene(canvas)
    present.setScene(None)


def test_asking_the_scene_for_an_item_moves_what_waits_first(qtbot):
    canvas = make_canvas(qtbot, _map())
    _grow_top_lane(canvas)
    off = canvas.scene.off_screen
    waiting = next(iter(off.groups))
    card = next(item for item in waiting.childItems()[0].childItems())
    assert canvas.scene.card_item(card.model_id) is card
    assert not off
    layout = canvas.scene.layout
    rect = layout.rect_of(card.model_id)
    assert (card.scenePos().x(), card.scenePos().y()) == (rect.x, rect.y)


def test_routes_out_of_sight_are_worked_out_when_seen_or_when_the_user_pauses(qtbot):
    """The layout puts off the routes that only move down with their lanes out
    of sight (layout/rerouting.py): the ones the view may show are exact at once,
    the others when the view scrolls to them or when the user pauses."""
    from cjm_desktop.layout import LayoutEngine

    canvas = make_canvas(qtbot, _map())
    off, scene = canvas.scene.off_screen, canvas.scene
    _grow_top_lane(canvas)
    due = dict(scene.layout.routes_due)
    assert due and off  # put off, and the scene waits for a pause to work them out
    fresh = {r.connector_id: r for r in LayoutEngine().layout(canvas.map).connectors}
    for route in scene.layout.connectors:
        if route.connector_id in due:
            assert not meets(fresh[route.connector_id].bounds, off.live)
        elif meets(fresh[route.connector_id].bounds, off.live):
            assert route == fresh[route.connector_id]
            assert scene._items.connectors[route.connector_id].geometry == route  # (read directly)

    bar = canvas.view.verticalScrollBar()
    bar.setValue(bar.maximum())  # to the bottom of the map
    seen = [cid for cid in due if meets(fresh[cid].bounds, off.live)]
    assert seen  # some of what was put off is in sight now: worked out and moved before it is painted
    for cid in seen:
        assert cid not in scene.layout.routes_due
        assert scene._items.connectors[cid].geometry == fresh[cid]

    qtbot.waitUntil(lambda: not off, timeout=IDLE_MS + 1000)  # the user paused
    assert not scene.layout.routes_due
    _check_scene(canvas)


def _nothing_waits_in(canvas, area) -> None:
    """No lane group, cell or connector waits where ``area`` reaches, and no
    route the layout put off is there: a paint inside it has nothing to move."""
    from cjm_desktop.layout import LayoutEngine

    off = canvas.scene.off_screen
    for group, (top, height) in off.groups.items():
        assert not _meets_band(top, height, area) and not _meets_band(group.y(), group.height, area)
    for group in off.cells:
        assert not _meets_band(group.y(), group.height, area)
    for _, (_, old, new) in off.routes.items():
        assert not meets(old, area) and not meets(new, area)
    fresh = {r.connector_id: r for r in LayoutEngine().layout(canvas.map).connectors}
    for cid in canvas.scene.layout.routes_due:
        assert not meets(fresh[cid].bounds, area)


def test_nothing_waits_where_the_view_may_paint_through_edits_scrolls_and_undos(qtbot):
    canvas = make_canvas(qtbot, _map())
    off, bar = canvas.scene.off_screen, canvas.view.verticalScrollBar()
    for step, where in enumerate([0, bar.maximum() // 2, bar.maximum(), bar.maximum() // 3]):
        bar.setValue(where)
        _grow_top_lane(canvas)
        _nothing_waits_in(canvas, off.live)
        bar.setValue(bar.maximum() - where)
        _nothing_waits_in(canvas, off.live)
        if step % 2:
            canvas.doc.undo_stack.undo()
            _nothing_waits_in(canvas, off.live)
    assert off  # (something did wait)


def test_a_label_reaching_into_sight_moves_with_its_lane_though_its_line_is_out_of_sight(qtbot):
    """A long label's pill is wider than its line's box: a connector whose line
    lies just right of the live area but whose label reaches into it is moved at
    once, label and all, not put off."""
    from cjm_desktop.layout import LayoutEngine, decor
    from cjm_desktop.model import Connector

    m = _map()
    stage = m.stages[-1].id
    a = next(c for c in m.cards if c.stage_id == stage and c.lane_id == m.lanes[3].id)
    b = next(c for c in m.cards if c.stage_id == stage and c.lane_id == m.lanes[5].id)
    k = Connector(source_id=a.id, target_id=b.id, label="khách hàng gọi lại tổng đài sau khi chờ quá lâu " * 2)
    m.connectors.append(k)
    canvas = make_canvas(qtbot, m)
    off, view = canvas.scene.off_screen, canvas.view
    route = next(r for r in canvas.scene.layout.connectors if r.connector_id == k.id)
    pill = decor.connector_label_pill(route).rect
    assert pill.x < route.bounds[0] - 100  # far wider than the line's box
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    view.centerOn(route.bounds[0] - 240 - shown.width() / 2, pill.y)  # the line just out of sight, right
    live = off.live
    assert live[2] < route.bounds[0] and pill.x < live[2] and live[1] < pill.y < live[3]

    _grow_top_lane(canvas)
    fresh = next(r for r in LayoutEngine().layout(canvas.map).connectors if r.connector_id == k.id)
    want = decor.connector_label_pill(fresh).rect
    label = canvas.scene._items.connectors[k.id].label_item  # (read directly: the accessors move all first)
    got = label.mapRectToScene(label._rect)
    assert (got.x(), got.y(), got.width(), got.height()) == pytest.approx((want.x, want.y, want.w, want.h))


def _add_lane(canvas, at: int) -> None:
    from cjm_desktop.commands import AddLaneCommand
    from cjm_desktop.model import Lane

    canvas.doc.push(AddLaneCommand(canvas.doc, Lane(title="Làn mới"), at))


def test_a_new_lane_puts_off_the_routes_out_of_sight_and_the_view_paints_them_exactly(qtbot):
    """Adding a lane routes at once only what the view may show; scrolled to,
    the rest is worked out before it is painted (the view's picture equals a
    canvas laid out afresh), and the rest when the user pauses."""
    from cjm_desktop.layout.rerouting import Replan

    canvas = make_canvas(qtbot, _map())
    off, scene = canvas.scene.off_screen, canvas.scene
    _add_lane(canvas, 2)
    assert any(type(entry) is Replan for entry in scene.layout.routes_due.values()) and off
    _nothing_waits_in(canvas, off.live)
    assert _in_place_where_seen(canvas, off.live) > 0
    _paints_as_fresh_halfway_down(qtbot, canvas, lambda: _nothing_waits_in(canvas, off.live))
    qtbot.waitUntil(lambda: not off, timeout=IDLE_MS + 1000)  # the user paused
    assert not scene.layout.routes_due
    _check_scene(canvas)


def test_an_edit_right_after_a_new_lane_finds_every_route_in_step(qtbot):
    """Before the user pauses, a card edit, a stage added and undo follow a new
    lane: what waits is never where the view may paint, and everything is in
    place once the user pauses."""
    from cjm_desktop.commands import AddStageCommand
    from cjm_desktop.model import Stage

    canvas = make_canvas(qtbot, _map())
    off, bar = canvas.scene.off_screen, canvas.view.verticalScrollBar()
    for where in (0, bar.maximum() // 2):
        bar.setValue(where)
        _add_lane(canvas, 1)
        k = canvas.map.connectors[0]
        canvas.doc.push(EditConnectorCommand(canvas.doc, k.id, {"label": "gọi lại"}))  # no lane moves
        _nothing_waits_in(canvas, off.live)
        if where:  # what waited is done (as when the user pauses): every item follows its route
            off.realize()
            items = canvas.scene._items.connectors
            assert all(items[r.connector_id].geometry is r for r in canvas.scene.layout.connectors)
        _grow_top_lane(canvas)  # a card edit while the grid change's routes wait
        _nothing_waits_in(canvas, off.live)
        canvas.doc.push(AddStageCommand(canvas.doc, Stage(title="Giai đoạn mới"), 2))
        _nothing_waits_in(canvas, off.live)
        canvas.doc.undo_stack.undo()
        canvas.doc.undo_stack.undo()
        _nothing_waits_in(canvas, off.live)
        assert _in_place_where_seen(canvas, off.live) > 0
    qtbot.waitUntil(lambda: not off, timeout=IDLE_MS + 1000)
    _check_scene(canvas)
