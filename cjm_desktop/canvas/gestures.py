"""Mouse gestures on the canvas. Each one moves only items while the button is
down and ends in exactly ONE pushed undo command (or none, if nothing changed);
what it pushes is a verb of the map editor (``scene.map_editor``).

A gesture has ``move(scene_pos)``, ``finish(scene_pos)`` and ``cancel()``;
the scene routes the grabbing item's mouse events to the active gesture.
"""

from __future__ import annotations

import logging
from typing import Optional

from PySide6.QtCore import QPointF

from ..layout import Rect, connector_path
from ..model import LIMITS
from .items.base import Z_CARD, Z_DRAGGED
from .items.connector import ConnectorItem

log = logging.getLogger(__name__)


class Gesture:
    started = True

    def __init__(self, scene) -> None:
        self.scene = scene

    def move(self, pos: QPointF) -> None:
        pass

    def finish(self, pos: QPointF) -> None:
        pass

    def cancel(self) -> None:
        pass


# -- cards ------------------------------------------------------------------------
class CardDrag(Gesture):
    """Drag the selected cards to another cell or position; a line shows where."""

    started = False

    def __init__(self, scene, anchor, press_pos: QPointF) -> None:
        super().__init__(scene)
        self.anchor = anchor
        self.press = QPointF(press_pos)
        self.items = []
        self.origin: dict = {}
        self.exclude: frozenset[str] = frozenset()
        self.target: Optional[tuple[str, str, int]] = None
        self.connectors = []
        self.routes: dict = {}

    def start(self) -> None:
        self.started = True
        ids = [cid for cid in self.scene.selected_card_ids() if self.scene.card_item(cid) is not None]
        if self.anchor.card_id not in ids:
            ids = [self.anchor.card_id]
        self.items = [self.scene.card_item(cid) for cid in ids]
        self.exclude = frozenset(ids)
        for item in self.items:
            self.scene.items_by_id.lift(item)
            self.origin[item] = QPointF(item.pos())
            item.setZValue(Z_DRAGGED)
            item.set_lifted(True)
        self.connectors = self.scene.items_by_id.connectors_at(self.exclude)
        self.routes = {item: item.geometry for item in self.connectors}

    def move(self, pos: QPointF) -> None:
        if not self.started:
            self.start()
        delta = pos - self.press
        for item, origin in self.origin.items():
            item.setPos(origin + delta)
        self._update_target(pos)
        self._update_connectors(delta.x(), delta.y())

    def _update_target(self, pos: QPointF) -> None:
        layout = self.scene.layout
        cell = layout.cell_at(pos.x(), pos.y())
        if cell is None:
            self.target = None
            self.scene.hide_drop_indicator()
            return
        index = self.scene.insert_index_at(cell[0], cell[1], pos.y(), self.exclude)
        self.target = (cell[0], cell[1], index)
        self.scene.show_card_drop_indicator(cell[0], cell[1], index, self.exclude)

    def _update_connectors(self, dx: float, dy: float) -> None:
        layout = self.scene.layout
        for item in self.connectors:
            rects = []
            for cid in (item.source_id, item.target_id):
                r = layout.rect_of(cid)
                rects.append(r.moved(dx, dy) if cid in self.exclude else r)
            item.set_geometry(connector_path(item.model_id, rects[0], rects[1], item.geometry.label))

    def _restore(self) -> None:
        for item in self.origin:
            item.setZValue(Z_CARD)
            item.set_lifted(False)
            self.scene.items_by_id.settle(item)
        for item, route in self.routes.items():  # back on their routes through the gutters
            item.set_geometry(route)
        self.scene.hide_drop_indicator()

    def finish(self, pos: QPointF) -> None:
        if not self.started:
            return
        self._update_target(pos)
        self._restore()
        if self.target is None:
            return
        self.scene.map_editor.move_cards([i.card_id for i in self.items], *self.target)

    def cancel(self) -> None:
        if self.started:
            self._restore()


class ConnectorDrag(Gesture):
    """Drag from a card's handle to another card to connect them."""

    def __init__(self, scene, source, press_pos: QPointF) -> None:
        super().__init__(scene)
        self.source = source
        self.target = None
        self.preview = ConnectorItem(None, source.card_id, "", preview=True)
        scene.addItem(self.preview)
        self.move(press_pos)

    def move(self, pos: QPointF) -> None:
        target = self.scene.card_item_at(pos, exclude=self.source)
        if target is not self.target:
            if self.target is not None:
                self.target.set_highlighted(self.target.card_id in self.scene.highlighted_ids)
            self.target = target
            if target is not None:
                target.set_highlighted(True)
        layout = self.scene.layout
        src = layout.card_rect(self.source.geometry)
        if target is not None:
            end = layout.card_rect(target.geometry)
        else:
            end = Rect(pos.x() - 1, pos.y() - 1, 2, 2)
        self.preview.set_geometry(connector_path("", src, end))

    def _clear(self) -> None:
        if self.target is not None:
            self.target.set_highlighted(self.target.card_id in self.scene.highlighted_ids)
        self.scene.removeItem(self.preview)

    def finish(self, pos: QPointF) -> None:
        self.move(pos)
        target = self.target
        self._clear()
        if target is None:
            return
        self.scene.map_editor.connect_cards(self.source.card_id, target.card_id)

    def cancel(self) -> None:
        self._clear()


# -- stages and lanes -------------------------------------------------------------------
class AxisDrag(Gesture):
    """Drag a stage header sideways (or a lane header up/down) to reorder."""

    started = False

    def __init__(self, scene, header, press_pos: QPointF) -> None:
        super().__init__(scene)
        self.header = header
        self.is_stage = header.kind == "stages"
        self.press = QPointF(press_pos)
        self.origin = QPointF(header.pos())
        self.order = scene.layout.stage_order if self.is_stage else scene.layout.lane_order
        self.old_index = self.order.index(header.model_id)
        self.new_index = self.old_index

    def move(self, pos: QPointF) -> None:
        if not self.started:
            self.started = True
            self.header.setOpacity(0.85)
            self.header.setZValue(self.header.zValue() + 5)
        delta = pos - self.press
        if self.is_stage:
            self.header.setPos(self.origin.x() + delta.x(), self.origin.y())
        else:
            self.header.setPos(self.origin.x(), self.origin.y() + delta.y())
        self.new_index = self._index_at(pos)
        self._show_indicator()

    def _index_at(self, pos: QPointF) -> int:
        layout = self.scene.layout
        found = layout.stage_at(pos.x()) if self.is_stage else layout.lane_at(pos.y())
        if found is not None:
            return self.order.index(found)
        first = layout.stage_headers[self.order[0]] if self.is_stage else layout.lane_headers[self.order[0]]
        before = pos.x() < first.x if self.is_stage else pos.y() < first.y
        return 0 if before else len(self.order) - 1

    def _show_indicator(self) -> None:
        layout = self.scene.layout
        if self.new_index == self.old_index:
            self.scene.hide_drop_indicator()
            return
        rects = layout.stage_headers if self.is_stage else layout.lane_headers
        r = rects[self.order[self.new_index]]
        after = self.new_index > self.old_index
        if self.is_stage:
            x = r.right if after else r.x
            self.scene.show_line_indicator(x, r.y, x, layout.height)
        else:
            y = r.bottom if after else r.y
            self.scene.show_line_indicator(r.x, y, layout.width, y)

    def _restore(self) -> None:
        self.header.setOpacity(1.0)
        self.header.setZValue(self.header.zValue() - 5)
        self.scene.hide_drop_indicator()
        self.scene.pin_headers()

    def finish(self, pos: QPointF) -> None:
        if not self.started:
            return
        self.move(pos)
        self._restore()
        if self.new_index == self.old_index:
            return
        verbs = self.scene.map_editor
        (verbs.move_stage if self.is_stage else verbs.move_lane)(self.header.model_id, self.new_index)

    def cancel(self) -> None:
        if self.started:
            self._restore()


class AxisResize(Gesture):
    """Drag a stage's right edge (a lane's bottom edge) to change its width (height)."""

    def __init__(self, scene, header, press_pos: QPointF) -> None:
        super().__init__(scene)
        self.header = header
        self.is_stage = header.kind == "stages"
        self.press = QPointF(press_pos)
        self.rect = header.rect_in_map
        self.size = self.rect.w if self.is_stage else self.rect.h

    def move(self, pos: QPointF) -> None:
        layout = self.scene.layout
        if self.is_stage:
            self.size = min(LIMITS.stage_width_max, max(LIMITS.stage_width_min, self.rect.w + pos.x() - self.press.x()))
            x = self.rect.x + self.size
            self.scene.show_line_indicator(x, self.rect.y, x, layout.height)
        else:
            self.size = min(LIMITS.lane_height_max, max(LIMITS.lane_height_min, self.rect.h + pos.y() - self.press.y()))
            y = self.rect.y + self.size
            self.scene.show_line_indicator(self.rect.x, y, layout.width, y)

    def finish(self, pos: QPointF) -> None:
        self.move(pos)
        self.scene.hide_drop_indicator()
        old = self.rect.w if self.is_stage else self.rect.h
        if abs(self.size - old) < 0.5:
            return
        verbs = self.scene.map_editor
        (verbs.resize_stage if self.is_stage else verbs.resize_lane)(self.header.model_id, round(self.size))

    def cancel(self) -> None:
        self.scene.hide_drop_indicator()


# -- feelings --------------------------------------------------------------------------
class EmotionDrag(Gesture):
    """Drag an emotion point up or down; the score snaps to the scale."""

    def __init__(self, scene, curve_item, index: int) -> None:
        super().__init__(scene)
        self.item = curve_item
        self.index = index
        self.point = curve_item.point(index)
        self.score = self.point.score

    def move(self, pos: QPointF) -> None:
        layout = self.scene.layout
        self.score = layout.emotion_score_at(self.item.lane_id, pos.y())
        self.item.set_drag_preview(self.index, layout.emotion_y(self.item.lane_id, self.score), self.score)

    def finish(self, pos: QPointF) -> None:
        self.move(pos)
        self.item.set_drag_preview(None)
        if self.score != self.point.score:
            self.scene.map_editor.set_emotion(self.point.persona_id, self.point.stage_id, self.score)

    def cancel(self) -> None:
        self.item.set_drag_preview(None)

