"""What the user does on the scene, turned into undo commands.

Mixed into :class:`MapScene`: gesture routing, keyboard (delete, nudge),
double-click (create / edit in place), palette and card drops, context menus.
"""

from __future__ import annotations

import json
import logging
from typing import Optional

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer
from PySide6.QtWidgets import QGraphicsScene

from ..commands import (
    AddCardsCommand,
    DeleteCardsCommand,
    DeleteConnectorsCommand,
    EditCardCommand,
    EditLaneCommand,
    MoveCardsCommand,
    SetEmotionCommand,
)
from ..i18n import tr
from ..model import Card, LaneKind, new_id
from .editor import CardEditor, join_text, split_text
from .gestures import AxisDrag, AxisResize, CardDrag, ConnectorDrag, EmotionDrag, Gesture
from .items.card import drag_distance_reached
from .mime import CARDS_MIME, NEW_CARD_MIME

log = logging.getLogger(__name__)

#: Fields a new card gets from the palette kind it was dragged from.
KIND_DEFAULTS: dict[str, dict] = {
    LaneKind.TOUCHPOINTS.value: {"sentiment": "neutral"},
    LaneKind.IMPROVEMENTS.value: {"status": "todo"},
}
#: Fields a palette drop may set besides ``kind``.
DROP_FIELDS = ("title", "body", "colour", "tags", "channel", "sentiment", "importance", "owner",
               "measure", "status", "evidence", "source")


class SceneInteractions:
    """Gestures, keys, drops and the in-place editor of a :class:`MapScene`."""

    def __init__(self) -> None:
        self.gesture: Optional[Gesture] = None
        self.editor: Optional[CardEditor] = None
        self._editor_target: Optional[tuple] = None
        self._dead_editors: list[CardEditor] = []

    # -- gestures -------------------------------------------------------------------------
    def arm_card_drag(self, item, event) -> None:
        """A press on a card: the drag starts once the mouse has moved far enough."""
        self.gesture = CardDrag(self, item, event.scenePos())

    def begin_connector_drag(self, item, pos: QPointF) -> None:
        self.gesture = ConnectorDrag(self, item, pos)

    def arm_axis_drag(self, header, event) -> None:
        self.gesture = AxisDrag(self, header, event.scenePos())

    def begin_resize(self, header, event) -> None:
        self.gesture = AxisResize(self, header, event.scenePos())

    def begin_emotion_drag(self, curve_item, index: int, event) -> None:
        self.gesture = EmotionDrag(self, curve_item, index)

    def gesture_move(self, event) -> None:
        g = self.gesture
        if g is None:
            return
        if not event.buttons() & Qt.LeftButton:  # a press whose release never came
            self.cancel_gesture()
            return
        if not g.started and not drag_distance_reached(event):
            return
        g.move(event.scenePos())

    def gesture_release(self, event) -> bool:
        """End the gesture; True if it was a real drag (so the click is not a click)."""
        g, self.gesture = self.gesture, None
        if g is None:
            return False
        started = g.started
        g.finish(event.scenePos())
        return started

    def cancel_gesture(self) -> None:
        g, self.gesture = self.gesture, None
        if g is not None:
            g.cancel()

    # -- keyboard ----------------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self.editor is not None or self.focusItem() is not None:
            QGraphicsScene.keyPressEvent(self, event)
            return
        key = event.key()
        handled = True
        if key == Qt.Key_Escape:
            if self.gesture is not None:
                self.cancel_gesture()
            elif self.selectedItems():
                self.clearSelection()
            else:
                handled = False
        elif key in (Qt.Key_Delete, Qt.Key_Backspace):
            handled = self.delete_selection()
        elif key in (Qt.Key_Up, Qt.Key_Down, Qt.Key_Left, Qt.Key_Right) and self.selected_card_ids():
            d_stage = {Qt.Key_Left: -1, Qt.Key_Right: 1}.get(key, 0)
            d_index = {Qt.Key_Up: -1, Qt.Key_Down: 1}.get(key, 0)
            self.nudge(d_stage, d_index)  # at the end of a cell or the map: nothing, but no scrolling either
        elif key in (Qt.Key_Return, Qt.Key_Enter, Qt.Key_F2) and len(self.selected_card_ids()) == 1:
            self.edit_card(self.selected_card_ids()[0])
        else:
            handled = False
        if handled:
            event.accept()
        else:
            QGraphicsScene.keyPressEvent(self, event)  # unhandled: the view scrolls with the arrows

    def nudge(self, d_stage: int, d_index: int) -> bool:
        """Move the selected cards one place up/down in their cell, or to the
        neighbouring stage (same lane). Consecutive nudges merge into one undo step.
        Works when the selected cards share one cell."""
        ids = self.selected_card_ids()
        if not ids:
            return False
        m = self.doc.map
        chosen = set(ids)
        cells = {(c.stage_id, c.lane_id) for c in m.cards if c.id in chosen}
        if len(cells) != 1:
            return False
        stage_id, lane_id = cells.pop()
        stack = m.cards_in(stage_id, lane_id)
        others = [c for c in stack if c.id not in chosen]
        index = next(i for i, c in enumerate(stack) if c.id in chosen)  # cards above the first chosen one
        target_stage = stage_id
        if d_stage:
            order = [s.id for s in m.stages]
            at = order.index(stage_id) + d_stage
            if not 0 <= at < len(order):
                return False
            target_stage = order[at]
            index = min(index, len(m.cards_in(target_stage, lane_id)))
        else:
            index += d_index
            if not 0 <= index <= len(others):
                return False
        cmd = MoveCardsCommand(self.doc, ids, target_stage, lane_id, index, merge=True)
        if cmd.is_noop():
            return False
        self.doc.push(cmd)
        return True

    def delete_selection(self) -> bool:
        """Delete the selected cards and connectors as one undo step.
        (Stages, lanes and personas are deleted by the window, which asks first.)"""
        sel = self.selected_ids()
        cards, connectors = sel["cards"], sel["connectors"]
        if not cards and not connectors:
            return False
        stack = self.doc.undo_stack
        both = bool(cards and connectors)
        if both:
            n = len(cards) + len(connectors)
            stack.beginMacro(tr("Delete %1 Items").replace("%1", str(n)))
        try:
            if connectors:
                self.doc.push(DeleteConnectorsCommand(self.doc, connectors))
            if cards:
                self.doc.push(DeleteCardsCommand(self.doc, cards))
        finally:
            if both:
                stack.endMacro()
        return True

    def toggle_lane(self, lane_id: str) -> None:
        lane = self.doc.map.lane(lane_id)
        self.doc.push(EditLaneCommand(self.doc, lane_id, {"collapsed": not lane.collapsed}))

    # -- double-click and context menus ---------------------------------------------------
    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802
        QGraphicsScene.mouseDoubleClickEvent(self, event)
        if event.isAccepted() or event.button() != Qt.LeftButton:
            return
        pos = event.scenePos()
        cell = self.layout.cell_at(pos.x(), pos.y())
        if cell is None or cell[1] in self.layout.collapsed_lanes:
            return
        stage_id, lane_id = cell
        if lane_id in self.layout.feelings_lanes and self._add_missing_emotion(stage_id, lane_id, pos.y()):
            event.accept()
            return
        self.begin_new_card(stage_id, lane_id, self.insert_index_at(stage_id, lane_id, pos.y()))
        event.accept()

    def _add_missing_emotion(self, stage_id: str, lane_id: str, y: float) -> bool:
        """Double-click in the feelings lane: give the first persona without a
        point at this stage one, at the score under the mouse."""
        m = self.doc.map
        missing = [p for p in m.personas if m.emotion(p.id, stage_id) is None]
        if not missing:
            return False
        score = self.layout.emotion_score_at(lane_id, y)
        self.doc.push(SetEmotionCommand(self.doc, missing[0].id, stage_id, score))
        return True

    def contextMenuEvent(self, event) -> None:  # noqa: N802
        QGraphicsScene.contextMenuEvent(self, event)
        if event.isAccepted():
            return
        pos = event.scenePos()
        cell = self.layout.cell_at(pos.x(), pos.y())
        if cell is not None:
            self.cell_context_requested.emit(cell[0], cell[1], event.screenPos())
            event.accept()

    # -- drops from the palette and other maps -------------------------------------------
    @staticmethod
    def _drop_format(event) -> Optional[str]:
        md = event.mimeData()
        for fmt in (NEW_CARD_MIME, CARDS_MIME):
            if md is not None and md.hasFormat(fmt):
                return fmt
        return None

    def _drop_target(self, pos: QPointF) -> Optional[tuple[str, str, int]]:
        cell = self.layout.cell_at(pos.x(), pos.y())
        if cell is None or cell[1] in self.layout.collapsed_lanes:
            return None
        return (cell[0], cell[1], self.insert_index_at(cell[0], cell[1], pos.y()))

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if self._drop_format(event) is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.dragMoveEvent(event)

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        target = self._drop_target(event.scenePos()) if self._drop_format(event) else None
        if target is None:
            self.hide_drop_indicator()
            event.ignore()
            return
        self.show_card_drop_indicator(*target)
        event.setDropAction(Qt.CopyAction)
        event.accept()

    def dragLeaveEvent(self, event) -> None:  # noqa: N802
        self.hide_drop_indicator()
        event.accept()

    def dropEvent(self, event) -> None:  # noqa: N802
        self.hide_drop_indicator()
        fmt = self._drop_format(event)
        target = self._drop_target(event.scenePos())
        if fmt is None or target is None:
            event.ignore()
            return
        raw = bytes(event.mimeData().data(fmt)).decode("utf-8", errors="replace")
        try:
            cards = self._cards_from_new_card(raw, *target) if fmt == NEW_CARD_MIME else self._cards_from_clipboard(raw, *target)
        except (ValueError, TypeError, KeyError) as exc:
            log.warning("ignored a drop that is not a card: %s", str(exc).splitlines()[0])
            event.ignore()
            return
        if not cards:
            event.ignore()
            return
        self.add_cards(cards)
        event.setDropAction(Qt.CopyAction)
        event.accept()
        if fmt == NEW_CARD_MIME and not cards[0].title:
            self.edit_card(cards[0].id)

    @staticmethod
    def _cards_from_new_card(raw: str, stage_id: str, lane_id: str, index: int) -> list[Card]:
        data = json.loads(raw)
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
        fields = dict(KIND_DEFAULTS.get(str(data.get("kind", "")), {}))
        fields.update({k: v for k, v in data.items() if k in DROP_FIELDS})
        return [Card(stage_id=stage_id, lane_id=lane_id, order=index, **fields)]

    @staticmethod
    def _cards_from_clipboard(raw: str, stage_id: str, lane_id: str, index: int) -> list[Card]:
        data = json.loads(raw)
        items = data.get("cards", []) if isinstance(data, dict) else []
        out = []
        for i, item in enumerate(items):
            card = Card.model_validate({**item, "id": new_id(), "stage_id": stage_id, "lane_id": lane_id, "order": index + i})
            out.append(card)
        return out

    def add_cards(self, cards: list[Card]) -> None:
        """Push one AddCardsCommand and select the new cards."""
        self.doc.push(AddCardsCommand(self.doc, cards))
        self.select_ids([c.id for c in cards])

    # -- in-place editor -----------------------------------------------------------------
    def edit_card(self, card_id: str) -> bool:
        """Open the in-place editor on a card (False if it is not on screen)."""
        item = self.card_item(card_id)
        if item is None:
            return False
        self.finish_editing()
        item = self.card_item(card_id)
        if item is None:
            return False
        card = self.doc.map.card(card_id)
        rect = QRectF(item.home_pos(), item.rect().size())
        self._open_editor(join_text(card.title, card.body), rect, ("card", card_id))
        item.editing = True
        item.update()
        return True

    def begin_new_card(self, stage_id: str, lane_id: str, index: int) -> None:
        """Open the editor on an empty card at ``index`` of a cell; Enter creates it."""
        self.finish_editing()
        st = self.layout.style
        cell = self.layout.cells[(stage_id, lane_id)]
        y = self.drop_indicator_y(stage_id, lane_id, index) + st.card_gap / 2
        rect = QRectF(cell.x + st.cell_padding, y, cell.w - 2 * st.cell_padding, st.card_min_height)
        self._open_editor("", rect, ("new", stage_id, lane_id, index))

    def _open_editor(self, text: str, rect: QRectF, target: tuple) -> None:
        self.cancel_gesture()
        editor = CardEditor(text, rect, self.view_dpi_device())
        editor.committed.connect(self._editor_committed)
        editor.cancelled.connect(self._close_editor)
        self.addItem(editor)
        self.editor, self._editor_target = editor, target
        for view in self.views():
            view.setFocus(Qt.OtherFocusReason)
        self.setFocusItem(editor, Qt.OtherFocusReason)
        editor.setFocus(Qt.OtherFocusReason)

    def editing_card_id(self) -> Optional[str]:
        t = self._editor_target
        return t[1] if t and t[0] == "card" else None

    def finish_editing(self) -> None:
        """Commit the open editor, if any (e.g. before saving)."""
        if self.editor is not None:
            self.editor.commit()

    def cancel_editing(self) -> None:
        if self.editor is not None:
            self.editor.cancel()

    def close_editor_if_gone(self) -> None:
        card_id = self.editing_card_id()
        if card_id is not None and self.card_item(card_id) is None:
            self.cancel_editing()

    def _editor_committed(self, text: str) -> None:
        target = self._editor_target
        self._close_editor()
        title, body = split_text(text)
        if target[0] == "card":
            card_id = target[1]
            card = next((c for c in self.doc.map.cards if c.id == card_id), None)
            if card is None:
                return
            fields = {k: v for k, v in (("title", title), ("body", body)) if getattr(card, k) != v}
            if fields:
                self.doc.push(EditCardCommand(self.doc, card_id, fields))
        elif title or body:
            _, stage_id, lane_id, index = target
            if stage_id in self.layout.stage_headers and lane_id in self.layout.lane_headers:
                self.add_cards([Card(stage_id=stage_id, lane_id=lane_id, order=index, title=title, body=body)])

    def _close_editor(self) -> None:
        editor, target = self.editor, self._editor_target
        if editor is None:
            return
        self.editor, self._editor_target = None, None
        if target[0] == "card":
            item = self.card_item(target[1])
            if item is not None:
                item.editing = False
                item.update()
        editor.finished = True
        editor.setTextInteractionFlags(Qt.NoTextInteraction)
        editor.clearFocus()
        editor.hide()
        self._dead_editors.append(editor)
        QTimer.singleShot(0, self._reap_editors)

    def _reap_editors(self) -> None:
        dead, self._dead_editors = self._dead_editors, []
        for editor in dead:
            if editor.scene() is self:
                self.removeItem(editor)
