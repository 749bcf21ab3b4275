"""What the user does on the scene, routed to the map editor's verbs.

:class:`SceneInteractions` is held by its :class:`MapScene` and watches the
scene's events (an event filter): keys (delete, nudge, edit), clicks on
empty cells (the paste target), double-clicks (create / edit in place),
context menus on empty cells and drops from the palette or other maps. It runs the mouse gestures of the items
(:mod:`.gestures`) and the in-place editor (:mod:`.editor`). Every change it
asks for is a :class:`~cjm_desktop.editing.MapEditor` verb; what follows a
verb on screen (select, scroll into view, edit in place) is its
:meth:`~SceneInteractions.reveal`.
"""

from __future__ import annotations

import logging
from typing import Iterable, Optional

from PySide6.QtCore import QEvent, QObject, QPointF, Qt

from ..editing.clipboard import CARDS_MIME, NEW_CARD_MIME
from ..editing.editor import MapEditor
from ..editing.pictures import picture_files
from ..model import ObjectKind
from .editor import InPlaceEditing
from .gestures import AxisDrag, AxisResize, CardDrag, ConnectorDrag, EmotionDrag, Gesture
from .items.card import drag_distance_reached

log = logging.getLogger(__name__)

_DRAG_EVENTS = (QEvent.GraphicsSceneDragEnter, QEvent.GraphicsSceneDragMove, QEvent.GraphicsSceneDragLeave,
                QEvent.GraphicsSceneDrop)
_ARROWS = {Qt.Key_Left: (-1, 0), Qt.Key_Right: (1, 0), Qt.Key_Up: (0, -1), Qt.Key_Down: (0, 1)}


class SceneInteractions(QObject):
    """Gestures, keys, drops and the in-place editor of one :class:`MapScene`."""

    def __init__(self, scene, map_editor: MapEditor) -> None:
        super().__init__(scene)
        self.map_editor = map_editor
        self.gesture: Optional[Gesture] = None
        self.in_place = InPlaceEditing(self)
        scene.installEventFilter(self)
        scene.selection_ids_changed.connect(self._show_paste_target)

    @property
    def scene(self):
        """The scene (our Qt parent: no reference cycle keeps a dropped scene alive)."""
        return self.parent()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind == QEvent.KeyPress:
            return self._key_press(event)
        if kind == QEvent.GraphicsSceneMousePress and event.button() == Qt.LeftButton:
            self.point_cell(self._empty_cell_at(event.scenePos()))
            return False  # the scene goes on: items, rubber band, clearing the selection
        if kind == QEvent.GraphicsSceneMouseDoubleClick:
            self.scene.mouseDoubleClickEvent(event)  # the items first
            self._double_click(event)
            return True
        if kind == QEvent.GraphicsSceneContextMenu:
            self.scene.contextMenuEvent(event)  # the items first
            self._context_menu(event)
            return True
        if kind in _DRAG_EVENTS:
            self._drag_event(kind, event)
            return True
        return False

    # -- showing what a verb made -------------------------------------------------------
    def reveal(self, ids: Iterable[str], edit: bool = False) -> None:
        """Select these ids, scroll them into view and, with ``edit``, open the
        in-place editor on the (one) new card among them (Esc there takes the
        card back if nothing was written on it)."""
        ids = [i for i in ids if i]
        if not ids:
            return
        self.scene.select_ids(ids)
        for view in self.scene.views():
            if hasattr(view, "reveal"):
                view.reveal(ids)
        if edit and len(ids) == 1:
            self.in_place.edit_card(ids[0], fresh=True)

    # -- gestures -------------------------------------------------------------------------
    def arm_card_drag(self, item, event) -> None:
        """A press on a card: the drag starts once the mouse has moved far enough."""
        self.gesture = CardDrag(self.scene, item, event.scenePos())

    def begin_connector_drag(self, item, pos: QPointF) -> None:
        self.gesture = ConnectorDrag(self.scene, item, pos)

    def arm_axis_drag(self, header, event) -> None:
        self.gesture = AxisDrag(self.scene, header, event.scenePos())

    def begin_resize(self, header, event) -> None:
        self.gesture = AxisResize(self.scene, header, event.scenePos())

    def begin_emotion_drag(self, curve_item, index: int, event) -> None:
        self.gesture = EmotionDrag(self.scene, curve_item, index)

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
    def _key_press(self, event) -> bool:
        """Keys on the canvas; False leaves the key to the scene (and the view scrolls)."""
        scene = self.scene
        if self.in_place.editor is not None or scene.focusItem() is not None:
            return False
        key = event.key()
        cards = scene.selected_card_ids()
        if key == Qt.Key_Escape:
            if self.gesture is not None:
                self.cancel_gesture()
            elif scene.selectedItems():
                scene.clearSelection()
            else:
                return False
        elif key in (Qt.Key_Delete, Qt.Key_Backspace):
            if not self.map_editor.delete_selection():
                return False
        elif key in _ARROWS and cards:
            self.map_editor.nudge(*_ARROWS[key])  # at the end of a cell or the map: nothing, but no scrolling either
        elif key in (Qt.Key_Return, Qt.Key_Enter, Qt.Key_F2) and len(cards) == 1:
            self.in_place.edit_card(cards[0])
        else:
            return False
        event.accept()
        return True

    # -- the paste target: the empty cell the user pointed at ---------------------------
    def _empty_cell_at(self, pos: QPointF) -> Optional[tuple[str, str]]:
        """The open cell at ``pos`` if nothing the user can pick (card, header,
        curve, connector) is there."""
        scene = self.scene
        cell = scene.layout.cell_at(pos.x(), pos.y())
        if cell is None or cell[1] in scene.layout.collapsed_lanes:
            return None
        if any(getattr(item, "kind", "") or item is scene.corner for item in scene.items(pos)):
            return None
        return cell

    def point_cell(self, cell: Optional[tuple[str, str]]) -> None:
        """Make ``cell`` (or nothing) where Paste and new cards go when no card is selected."""
        self.map_editor.pointed_cell = cell
        self._show_paste_target()

    def _show_paste_target(self, *_ids) -> None:
        """Outline the pointed cell while it is where Paste would put cards."""
        editor = self.map_editor
        cell = editor.pointed_cell
        if cell is not None and editor.doc is not None and editor.current_cell() != cell:
            cell = None
        self.scene.grid.set_target_cell(cell)

    # -- double-click and context menus ---------------------------------------------------
    def _double_click(self, event) -> None:
        if event.isAccepted() or event.button() != Qt.LeftButton:
            return
        lay = self.scene.layout
        pos = event.scenePos()
        cell = lay.cell_at(pos.x(), pos.y())
        if cell is None or cell[1] in lay.collapsed_lanes:
            return
        stage_id, lane_id = cell
        if lane_id in lay.feelings_lanes:
            # the feelings lane: the first persona without a point at this stage gets one under the mouse
            if self.map_editor.add_missing_emotion(stage_id, lay.emotion_score_at(lane_id, pos.y())):
                event.accept()
                return
        self.in_place.begin_new_card(stage_id, lane_id, self.scene.insert_index_at(stage_id, lane_id, pos.y()))
        event.accept()

    def _context_menu(self, event) -> None:
        if event.isAccepted():
            return
        pos = event.scenePos()
        cell = self.scene.layout.cell_at(pos.x(), pos.y())
        if cell is not None:
            self.point_cell(cell)
            self.scene.cell_context_requested.emit(cell[0], cell[1], event.screenPos())
            event.accept()

    # -- drops from the palette and other maps -------------------------------------------
    @staticmethod
    def _drop_format(event) -> Optional[str]:
        md = event.mimeData()
        for fmt in (NEW_CARD_MIME, CARDS_MIME):
            if md is not None and md.hasFormat(fmt):
                return fmt
        return "pictures" if picture_files(md) else None

    def _drop_target(self, pos: QPointF) -> Optional[tuple[str, str, int]]:
        lay = self.scene.layout
        cell = lay.cell_at(pos.x(), pos.y())
        if cell is None or cell[1] in lay.collapsed_lanes:
            return None
        return (cell[0], cell[1], self.scene.insert_index_at(cell[0], cell[1], pos.y()))

    def _stage_header_at(self, pos: QPointF) -> Optional[str]:
        """The stage whose header (pinned where it is drawn) is under ``pos``."""
        for item in self.scene.items(pos):
            if getattr(item, "kind", None) == ObjectKind.STAGES:
                return item.model_id
        return None

    def _drag_event(self, kind, event) -> None:
        scene = self.scene
        fmt = self._drop_format(event)
        stage_id = self._stage_header_at(event.scenePos()) if fmt == "pictures" else None
        if stage_id is not None and kind != QEvent.GraphicsSceneDragLeave:  # a picture file onto a stage header
            scene.hide_drop_indicator()
            done = kind != QEvent.GraphicsSceneDrop or self.map_editor.set_picture_from_file(
                ObjectKind.STAGES, stage_id, picture_files(event.mimeData())[0])
            event.setDropAction(Qt.CopyAction)
            event.setAccepted(done)
            return
        target = self._drop_target(event.scenePos()) if fmt else None
        if kind == QEvent.GraphicsSceneDragLeave or target is None:
            scene.hide_drop_indicator()
            if kind == QEvent.GraphicsSceneDragLeave:
                event.accept()
            else:
                event.ignore()
            return
        if kind == QEvent.GraphicsSceneDrop:
            scene.hide_drop_indicator()
            self._drop(event, target)
            return
        if kind == QEvent.GraphicsSceneDragEnter:
            event.acceptProposedAction()
        scene.show_card_drop_indicator(*target)
        event.setDropAction(Qt.CopyAction)
        event.accept()

    def _card_at(self, pos: QPointF) -> Optional[str]:
        lay = self.scene.layout
        cell = lay.cell_at(pos.x(), pos.y())
        found = [g.card_id for g in (lay.cards_in_cell(*cell) if cell else ())
                 if lay.card_rect(g).contains(pos.x(), pos.y())]
        return found[0] if found else None

    def _drop(self, event, target: tuple[str, str, int]) -> None:
        new_card = event.mimeData().hasFormat(NEW_CARD_MIME)
        paths = picture_files(event.mimeData())
        if paths and self._drop_format(event) == "pictures":  # files: onto a card, or new cards in the cell
            ids = self.map_editor.drop_pictures(paths, *target, card_id=self._card_at(event.scenePos()))
        else:
            ids = self.map_editor.drop(event.mimeData(), *target)
        if not ids:
            log.info("ignored a drop that brought no card")
            event.ignore()
            return
        event.setDropAction(Qt.CopyAction)
        event.accept()
        untitled = new_card and not self.scene.doc.map.card(ids[0]).title
        self.reveal(ids, edit=untitled)
