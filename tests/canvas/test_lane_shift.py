"""A lane that grows moves every lane below it (issue 11's speed): the cards and
connectors below end up exactly where a fresh layout puts them, the connectors
whose two cards moved together are moved rather than built again, and undo puts
everything back."""

from __future__ import annotations

import pytest

from cjm_desktop.commands import EditCardCommand
from cjm_desktop.layout import LayoutEngine, decor
from cjm_desktop.templates.generated import generate_map
from tests.canvas.conftest import make_canvas


def _check_scene(canvas) -> None:
    m = canvas.map
    fresh = LayoutEngine().layout(m)
    scene = canvas.scene
    for cid, g in fresh.cards.items():
        item = scene.card_item(cid)
        assert item.geometry == g
        assert (item.scenePos().x(), item.scenePos().y()) == pytest.approx(fresh.card_rect(g)[:2])
    for k in fresh.connectors:
        item = scene.items_by_id.connectors[k.connector_id]
        assert item.geometry == k
        drawn = item.scene_path()
        start = drawn.elementAt(0)
        assert (start.x, start.y) == pytest.approx(k.start)
        if k.label:
            label = item.label_item
            pill = label.mapRectToScene(label.boundingRect()).center()
            assert (pill.x(), pill.y()) == pytest.approx(k.label_at or (pill.x(), pill.y()), abs=3)
            r = decor.connector_label_pill(k).rect  # the item's box: decor's pill and its margin
            assert label.mapRectToScene(label.rect()).getRect() == pytest.approx((r.x - 2, r.y - 2, r.w + 4, r.h + 4))


def test_a_lane_that_grows_moves_cards_and_connectors_below_it_exactly(qtbot):
    m = generate_map(cards=400, stages=6, lanes=8, personas=2, connectors=60, seed=3)
    canvas = make_canvas(qtbot, m)
    top_lane = m.lanes[0].id
    layout = canvas.scene.layout
    tallest = max((cell for cell in layout.index() if cell[1] == top_lane),
                  key=lambda cell: layout.index()[cell][-1].box.bottom)
    card = m.card(layout.index()[tallest][0].card_id)  # in the cell that sets its lane's height
    below = {c.id for c in m.cards if c.lane_id != top_lane}
    ends_below = [k for k in m.connectors if k.source_id in below and k.target_id in below]
    assert ends_below  # the map has connectors that move as a whole
    before = {k.id: canvas.scene.items_by_id.connectors[k.id].scene_path().elementAt(0).y for k in ends_below}

    canvas.doc.push(EditCardCommand(canvas.doc, card.id, {"title": card.title + " – khách hàng phải gọi lại ba lần mới gặp được tư vấn viên"}))
    qtbot.wait(10)
    _check_scene(canvas)
    moved = [k for k in ends_below if canvas.scene.items_by_id.connectors[k.id].scene_path().elementAt(0).y
             != pytest.approx(before[k.id])]
    assert moved  # the lanes below did move
    assert any(not canvas.scene.items_by_id.connectors[k.id].pos().isNull() for k in moved)  # moved, not rebuilt

    canvas.doc.undo_stack.undo()
    qtbot.wait(10)
    _check_scene(canvas)
