"""MapScene: the canvas of one map, kept in step with the document.

The scene is built once from ``LayoutEngine().layout(doc.map)``. Every ``doc.changed`` names
what an edit touched (a :class:`~cjm_desktop.commands.Change`): the layout is computed again for
only that (:func:`cjm_desktop.layout.relayout`; :func:`cjm_desktop.layout.reframe` after a change
of stages or lanes) and :class:`SceneItems` brings only those items in step. Items are found by
model id; commands never see items. The scene lives as long as its document: it is the
document's child, and it disconnects from the document when it closes.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterable, Optional, Union

from PySide6.QtCore import QPoint, QPointF, QRectF, Signal
from PySide6.QtWidgets import QGraphicsScene, QToolTip

from ..commands import Change, CjmDocument
from ..editing.editor import MapEditor
from ..layout import LayoutEngine, MapLayout, reframe, relayout
from ..model import SELECTABLE, ObjectKind
from .interaction import SceneInteractions
from .off_screen import OffScreen
from .items.card import CardFace, CardItem
from .items.card_blocks import CardBlocksItem
from .items.connector import ConnectorItem
from .items.corner import CornerItem
from .items.drop_indicator import DropIndicatorItem
from .items.emotion_curve import EmotionCurveItem
from .items.grid import GridItem
from .items.lane_header import LaneHeaderItem
from .items.persona import PersonaItem
from .items.stage_header import StageHeaderItem
from .scene_items import SceneItems
from .shown_cards import ShownCards


class MapScene(QGraphicsScene):
    """The canvas of one :class:`CjmDocument`.

    Its edits are the verbs of ``map_editor`` (given, or a :class:`MapEditor`
    of its own); ``interactions`` routes the user's keys, clicks and drops to them.
    """

    selection_ids_changed = Signal(dict)
    stage_context_requested = Signal(str, QPoint)
    lane_context_requested = Signal(str, QPoint)
    card_context_requested = Signal(str, QPoint)
    cell_context_requested = Signal(str, str, QPoint)
    connector_context_requested = Signal(str, QPoint)
    #: a persona was double-clicked (the window opens its editor)
    persona_edit_requested = Signal(str)
    #: the scene rebuilt or re-laid out (the window may refresh counts)
    layout_changed = Signal()

    def __init__(self, doc: CjmDocument, parent=None, editor: Optional[MapEditor] = None) -> None:
        QGraphicsScene.__init__(self, parent if parent is not None else doc)
        self.doc = doc
        self.map_editor = editor if editor is not None else MapEditor(doc)
        self.map_editor.attach(doc, self)
        self.interactions = SceneInteractions(self, self.map_editor)
        self.engine = LayoutEngine(cards=doc.card_finder)  # one table of card positions, built once per change
        self.shown = ShownCards()  # View > Show Only
        self.layout: MapLayout = self.engine.layout(doc.map)
        # no index: the lanes' and cells' groups contain their cards, so painting and hit tests
        # skip whole lanes and cells, and a lane that moves re-indexes nothing (canvas/items/lane_group.py)
        self.setItemIndexMethod(QGraphicsScene.NoIndex)
        self.highlighted_ids: set[str] = set()
        self.off_screen = OffScreen(self)  # views tell it what they show
        self._items = SceneItems(self)
        self._closed = False
        self._visible_origin = (0.0, 0.0, float("inf"))
        self._selection_batch = 0
        self.rubber_banding = False
        self.grid = GridItem()
        self.corner = CornerItem()
        self.indicator = DropIndicatorItem()
        #: zoomed out below overlays.LOD_BLOCKS: card_blocks paints every card (see set_zoomed_out)
        self.zoomed_out = False
        self.card_blocks = CardBlocksItem(self._marked_card_ids)
        for item in (self.grid, self.corner, self.indicator, self.card_blocks):
            self.addItem(item)
        self.selectionChanged.connect(self._on_selection_changed)
        doc.changed.connect(self._on_changed)
        self._items.sync_all(Change.everything())

    # -- what items, the view and the window ask of the interactions (canvas/interaction.py) --
    @property
    def editor(self):
        """The open in-place card editor, or None."""
        return self.interactions.in_place.editor

    @property
    def gesture(self):
        return self.interactions.gesture

    def arm_card_drag(self, item, event) -> None:
        self.interactions.arm_card_drag(item, event)

    def begin_connector_drag(self, item, pos: QPointF) -> None:
        self.interactions.begin_connector_drag(item, pos)

    def arm_axis_drag(self, header, event) -> None:
        self.interactions.arm_axis_drag(header, event)

    def begin_resize(self, header, event) -> None:
        self.interactions.begin_resize(header, event)

    def begin_emotion_drag(self, curve_item, index: int, event) -> None:
        self.interactions.begin_emotion_drag(curve_item, index, event)

    def gesture_move(self, event) -> None:
        self.interactions.gesture_move(event)

    def gesture_release(self, event) -> bool:
        return self.interactions.gesture_release(event)

    def cancel_gesture(self) -> None:
        self.interactions.cancel_gesture()

    def toggle_lane(self, lane_id: str) -> None:
        self.map_editor.toggle_lane(lane_id)

    def edit_card(self, card_id: str) -> bool:
        return self.interactions.in_place.edit_card(card_id)

    def editing_card_id(self) -> Optional[str]:
        return self.interactions.in_place.editing_card_id()

    def finish_editing(self) -> None:
        self.interactions.in_place.finish()

    def close_editor_if_gone(self) -> None:
        self.interactions.in_place.close_if_gone()

    # -- public look-ups -------------------------------------------------------------
    @property
    def items_by_id(self) -> SceneItems:
        """The model items by kind and id, each where the layout puts it (off_screen's moves done)."""
        self.off_screen.realize()
        return self._items

    def card_item(self, card_id: str) -> Optional[CardItem]:
        return self.items_by_id.cards.get(card_id)

    def stage_item(self, stage_id: str) -> Optional[StageHeaderItem]:
        return self._items.stages.get(stage_id)

    def lane_item(self, lane_id: str) -> Optional[LaneHeaderItem]:
        return self._items.lanes.get(lane_id)

    def connector_item(self, connector_id: str) -> Optional[ConnectorItem]:
        return self.items_by_id.connectors.get(connector_id)

    def persona_item(self, persona_id: str) -> Optional[PersonaItem]:
        return self._items.personas.get(persona_id)

    def curve_item(self, persona_id: str) -> Optional[EmotionCurveItem]:
        return self._items.curves.get(persona_id)

    def card_items(self) -> list[CardItem]:
        return list(self.items_by_id.cards.values())

    def item_for_id(self, model_id: str):
        item = self._items.find(model_id)  # only cards' and connectors' moves are ever put off
        return self.items_by_id.find(model_id) if isinstance(item, (CardItem, ConnectorItem)) else item

    # -- owning the connection to the document --------------------------------------------
    def close(self) -> None:
        """Stop following the document and let go of every item, while the scene is
        whole: nothing of it calls back into Python when it is deleted later (with
        its document) or collected. The window calls this when it drops the map."""
        if self._closed:
            return
        self._closed = True
        try:
            self.doc.changed.disconnect(self._on_changed)
        except (RuntimeError, TypeError):  # the document is gone
            pass
        self.cancel_gesture()
        self.selectionChanged.disconnect(self._on_selection_changed)
        self.off_screen.clear()
        self.clear()
        self._items = SceneItems(self)

    # -- selection ----------------------------------------------------------------------
    def selected_ids(self) -> dict[ObjectKind, list[str]]:
        """The selected model ids by kind: cards, stages, lanes, connectors, personas."""
        out: dict[ObjectKind, list[str]] = {kind: [] for kind in SELECTABLE}
        for item in self.selectedItems():
            kind = getattr(item, "kind", "")
            if kind in out:
                out[kind].append(item.model_id)
        cards = out[ObjectKind.CARDS]
        order = {cid: i for i, cid in enumerate(self._card_order())} if len(cards) > 1 else {}
        cards.sort(key=lambda cid: order.get(cid, 0))
        return out

    def selected_card_ids(self) -> list[str]:
        return self.selected_ids()[ObjectKind.CARDS]

    @contextmanager
    def selection_batch(self):
        """Selection changes inside are told once, by :meth:`selection_touched`."""
        self._selection_batch += 1
        try:
            yield
        finally:
            self._selection_batch -= 1

    def selection_touched(self) -> None:
        self._on_selection_changed()

    def select_ids(self, ids: Union[Iterable[str], dict]) -> None:
        """Select exactly the items showing these ids (any kind; a dict like
        :meth:`selected_ids` returns is accepted too)."""
        if isinstance(ids, dict):
            ids = [i for values in ids.values() for i in values]
        wanted = set(ids)
        with self.selection_batch():
            self.clearSelection()
            for model_id in wanted:
                item = self.item_for_id(model_id)
                if item is not None:
                    item.setSelected(True)
        self._on_selection_changed()

    def _on_selection_changed(self) -> None:
        if self._selection_batch:
            return
        if self.zoomed_out:
            self.card_blocks.update()  # the outlines of selected blocks
        if self.rubber_banding:
            # the rubber band picks cards and connectors only, not the pinned headers
            with self.selection_batch():
                for item in self.selectedItems():
                    if getattr(item, "kind", "") not in (ObjectKind.CARDS, ObjectKind.CONNECTORS):
                        item.setSelected(False)
        self.selection_ids_changed.emit(self.selected_ids())

    def _card_order(self) -> list[str]:
        """Card ids in reading order: stage, then lane, then stack."""
        return [c.id for c in self.doc.map.reading_order()]

    # -- find ------------------------------------------------------------------------------
    def highlight(self, ids: Iterable[str]) -> None:
        """Mark cards (e.g. Find results) without changing the selection."""
        new = set(ids)
        cards = self._items.cards
        for cid in self.highlighted_ids - new:
            item = cards.get(cid)
            if item is not None:
                item.set_highlighted(False)
        for cid in new:
            item = cards.get(cid)
            if item is not None:
                item.set_highlighted(True)
        self.highlighted_ids = new
        if self.zoomed_out:
            self.card_blocks.update()

    def _marked_card_ids(self) -> list[str]:
        """Cards drawn outlined when zoomed out: selected or found."""
        ids = [item.model_id for item in self.selectedItems() if getattr(item, "kind", "") == ObjectKind.CARDS]
        return ids + [cid for cid in self.highlighted_ids if cid in self._items.cards]

    # -- level of detail ---------------------------------------------------------------------
    def set_zoomed_out(self, on: bool) -> None:
        """The view shows the map below :data:`overlays.LOD_BLOCKS`: every card is a
        block, drawn by :attr:`card_blocks` in one paint; the card items keep being
        hit-tested, selected and dragged but paint nothing (a dragged one paints
        itself). Called by the view when its zoom crosses the threshold."""
        if on == self.zoomed_out or self._closed:
            return
        self.zoomed_out = on
        for item in self._items.cards.values():
            item.set_drawn_by_blocks(on)
        self.card_blocks.set_active(on)

    def fit_cards(self, scale: float, area: QRectF) -> None:
        """The editing view shows the map at ``scale`` and may soon show ``area``: card bounds follow."""
        if not self._closed and not self.zoomed_out:  # (zoomed out, card_blocks paints the cards)
            self._items.fit_cards(scale, area)

    def clear_highlight(self) -> None:
        self.highlight(())

    # -- pinned headers -------------------------------------------------------------------
    def set_visible_origin(self, left: float, top: float, column_max: float = float("inf")) -> None:
        """The view tells where its top-left corner is, and how wide (scene units)
        the pinned lane-title column may be there; headers pin there."""
        if (left, top, column_max) != self._visible_origin and not self._closed:
            self._visible_origin = (left, top, column_max)
            self.pin_headers()

    def pin_headers(self) -> None:
        left, top, column_max = self._visible_origin
        for item in self._items.stages.values():
            item.pin(top)
        for item in self._items.lanes.values():
            item.pin(left, column_max)
        self.corner.pin(left, top, column_max)

    # -- tooltips -------------------------------------------------------------------------
    def helpEvent(self, event) -> None:  # noqa: N802 - Qt override; tooltips are built lazily
        text = ""
        for item in self.items(event.scenePos()):
            if isinstance(item, EmotionCurveItem):
                if item.point_at(item.mapFromScene(event.scenePos())) is None:
                    continue
                text = item.tooltip_at(item.mapFromScene(event.scenePos()))
            elif hasattr(item, "tooltip_text"):
                text = item.tooltip_text()
            if text:
                break
        widget = event.widget()
        if text:
            QToolTip.showText(event.screenPos(), text, widget)
        else:
            QToolTip.hideText()
        event.setAccepted(bool(text))

    # -- keeping in step with the document ------------------------------------------------
    def _on_changed(self, change: Change) -> None:
        self.cancel_gesture()
        m = self.doc.map
        if change.map_fields and not change.reset:
            self._map_fields_changed()
        if change.reset or self.shown.active:
            self.layout = self.shown.layout(self.engine, m)
            self.grid.filter_marks = self.shown.marks
            self._items.sync_all(change)
        elif change.structure or change.kinds:
            since = (self.engine, m, self.layout, change.touched, self.off_screen.live)  # (what a view shows)
            done = reframe(*since) if change.structure else relayout(*since)  # stages or lanes, or what they hold
            self.layout = done.layout
            if done.full:
                self._items.sync_all(change)
            else:
                self._items.sync_relayout(done, change)
        else:
            return
        self.close_editor_if_gone()
        self.layout_changed.emit()

    def _map_fields_changed(self) -> None:
        language = self.doc.map.language
        if language != self.grid.language:
            self.grid.set_layout(self.layout, self.grid.lane_kinds, language)
            self.corner.set_layout(self.layout, language)
            by_id = {c.id: c for c in self.doc.map.cards}
            for cid, item in self._items.cards.items():
                item.set_face(CardFace.from_card(by_id[cid], language, self.doc.map.images,
                                                 self.doc.map.workshop.participants))

    def set_card_filter(self, card_filter) -> None:
        """Show only the cards a :class:`~cjm_desktop.model.card_filter.CardFilter`
        lets through (a view setting: no undo step, the map is unchanged)."""
        if card_filter == self.shown.filter or self._closed:
            return
        self.finish_editing()  # text being written is kept, even on a card the filter hides
        self.cancel_gesture()
        self.shown.filter = card_filter
        self.layout = self.shown.layout(self.engine, self.doc.map)
        self.grid.filter_marks = self.shown.marks
        self._items.sync_all(Change())
        self.layout_changed.emit()

    # -- helpers for gestures (a place in a cell is the editor's: hidden cards counted) ----
    def insert_index_at(self, stage_id: str, lane_id: str, y: float, exclude: frozenset[str] = frozenset()) -> int:
        index = self.layout.insert_index_at(stage_id, lane_id, y, exclude)
        return self.shown.map_index(self.doc.map, (stage_id, lane_id), index, exclude)

    def drop_indicator_y(self, stage_id: str, lane_id: str, index: int, exclude: frozenset[str] = frozenset()) -> float:
        index = self.shown.shown_index(self.doc.map, (stage_id, lane_id), index, exclude)
        return self.layout.drop_indicator_y(stage_id, lane_id, index, exclude)

    def show_card_drop_indicator(self, stage_id: str, lane_id: str, index: int, exclude=frozenset()) -> None:
        cell = self.layout.cells[(stage_id, lane_id)]
        y = self.drop_indicator_y(stage_id, lane_id, index, exclude)
        self.indicator.show_line(cell.x + 4, y, cell.right - 4, y)  # wider than a card: seen beside a dragged one
        self.grid.set_drop_cell((stage_id, lane_id))

    def show_line_indicator(self, x1: float, y1: float, x2: float, y2: float) -> None:
        self.indicator.show_line(x1, y1, x2, y2)

    def hide_drop_indicator(self) -> None:
        self.indicator.hide()
        self.grid.set_drop_cell(None)

    def card_item_at(self, pos: QPointF, exclude=None) -> Optional[CardItem]:
        for item in self.items(pos):
            if isinstance(item, CardItem) and item is not exclude:
                return item
        return None

    def view_dpi_device(self):
        views = self.views()
        return views[0].viewport() if views else None
