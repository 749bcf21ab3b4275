"""MapScene: the items of one map, kept in step with the document.

The scene is built once from ``LayoutEngine().layout(doc.map)``. Every
``doc.changed`` recomputes the layout (card text measurement is cached) and
then touches only the items whose geometry or content changed; items are
added and removed for added and removed cards. Items are found by model id;
commands never see items.
"""

from __future__ import annotations

import logging
from typing import Iterable, Optional, Union

from PySide6.QtCore import QPoint, QPointF, QRectF, Signal
from PySide6.QtWidgets import QGraphicsScene, QToolTip

from ..commands import Change, CjmDocument
from ..layout import LayoutEngine, MapLayout, decor
from ..editing.editor import MapEditor
from .interaction import SceneInteractions
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

log = logging.getLogger(__name__)

#: Empty space right of and below the map, so its last column and row are not glued to the edge.
MARGIN = 48.0
SELECTION_KEYS = ("cards", "stages", "lanes", "connectors", "personas")


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
        QGraphicsScene.__init__(self, parent)
        self.doc = doc
        self.map_editor = editor if editor is not None else MapEditor(doc)
        self.map_editor.attach(doc, self)
        self.interactions = SceneInteractions(self, self.map_editor)
        self.engine = LayoutEngine()
        self.layout: MapLayout = self.engine.layout(doc.map)
        self.setItemIndexMethod(QGraphicsScene.BspTreeIndex)
        self.highlighted_ids: set[str] = set()
        self._cards: dict[str, CardItem] = {}
        self._stages: dict[str, StageHeaderItem] = {}
        self._lanes: dict[str, LaneHeaderItem] = {}
        self._connectors: dict[str, ConnectorItem] = {}
        self._personas: dict[str, PersonaItem] = {}
        self._curves: dict[str, EmotionCurveItem] = {}
        self._visible_origin = (0.0, 0.0)
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
        self._sync(Change("reset"))

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
    def card_item(self, card_id: str) -> Optional[CardItem]:
        return self._cards.get(card_id)

    def stage_item(self, stage_id: str) -> Optional[StageHeaderItem]:
        return self._stages.get(stage_id)

    def lane_item(self, lane_id: str) -> Optional[LaneHeaderItem]:
        return self._lanes.get(lane_id)

    def connector_item(self, connector_id: str) -> Optional[ConnectorItem]:
        return self._connectors.get(connector_id)

    def persona_item(self, persona_id: str) -> Optional[PersonaItem]:
        return self._personas.get(persona_id)

    def curve_item(self, persona_id: str) -> Optional[EmotionCurveItem]:
        return self._curves.get(persona_id)

    def card_items(self) -> list[CardItem]:
        return list(self._cards.values())

    def item_for_id(self, model_id: str):
        for table in (self._cards, self._connectors, self._stages, self._lanes, self._personas):
            item = table.get(model_id)
            if item is not None:
                return item
        return None

    # -- selection ----------------------------------------------------------------------
    def selected_ids(self) -> dict[str, list[str]]:
        """The selected model ids by kind: cards, stages, lanes, connectors, personas."""
        out: dict[str, list[str]] = {key: [] for key in SELECTION_KEYS}
        for item in self.selectedItems():
            kind = getattr(item, "kind", "")
            if kind in out:
                out[kind].append(item.model_id)
        order = {cid: i for i, cid in enumerate(self._card_order())} if len(out["cards"]) > 1 else {}
        out["cards"].sort(key=lambda cid: order.get(cid, 0))
        return out

    def selected_card_ids(self) -> list[str]:
        return self.selected_ids()["cards"]

    def select_ids(self, ids: Union[Iterable[str], dict]) -> None:
        """Select exactly the items showing these ids (any kind; a dict like
        :meth:`selected_ids` returns is accepted too)."""
        if isinstance(ids, dict):
            ids = [i for values in ids.values() for i in values]
        wanted = set(ids)
        self._selection_batch += 1
        try:
            self.clearSelection()
            for model_id in wanted:
                item = self.item_for_id(model_id)
                if item is not None:
                    item.setSelected(True)
        finally:
            self._selection_batch -= 1
        self._on_selection_changed()

    def _on_selection_changed(self) -> None:
        if self._selection_batch:
            return
        if self.zoomed_out:
            self.card_blocks.update()  # the outlines of selected blocks
        if self.rubber_banding:
            # the rubber band picks cards and connectors only, not the pinned headers
            self._selection_batch += 1
            try:
                for item in self.selectedItems():
                    if getattr(item, "kind", "") not in ("cards", "connectors"):
                        item.setSelected(False)
            finally:
                self._selection_batch -= 1
        self.selection_ids_changed.emit(self.selected_ids())

    def _card_order(self) -> list[str]:
        """Card ids in reading order: stage, then lane, then stack."""
        return [c.id for c in self.doc.map.reading_order()]

    # -- find ------------------------------------------------------------------------------
    def highlight(self, ids: Iterable[str]) -> None:
        """Mark cards (e.g. Find results) without changing the selection."""
        new = set(ids)
        for cid in self.highlighted_ids - new:
            item = self._cards.get(cid)
            if item is not None:
                item.set_highlighted(False)
        for cid in new:
            item = self._cards.get(cid)
            if item is not None:
                item.set_highlighted(True)
        self.highlighted_ids = new
        if self.zoomed_out:
            self.card_blocks.update()

    def _marked_card_ids(self) -> list[str]:
        """Cards drawn outlined when zoomed out: selected or found."""
        ids = [item.model_id for item in self.selectedItems() if getattr(item, "kind", "") == "cards"]
        return ids + [cid for cid in self.highlighted_ids if cid in self._cards]

    # -- level of detail ---------------------------------------------------------------------
    def set_zoomed_out(self, on: bool) -> None:
        """The view shows the map below :data:`overlays.LOD_BLOCKS`: every card is a
        block, drawn by :attr:`card_blocks` in one paint; the card items keep being
        hit-tested, selected and dragged but paint nothing (a dragged one paints
        itself). Called by the view when its zoom crosses the threshold."""
        if on == self.zoomed_out:
            return
        self.zoomed_out = on
        for item in self._cards.values():
            item.set_drawn_by_blocks(on)
        self.card_blocks.set_active(on)

    def clear_highlight(self) -> None:
        self.highlight(())

    # -- pinned headers -------------------------------------------------------------------
    def set_visible_origin(self, left: float, top: float) -> None:
        """The view tells where its top-left corner is; headers pin there."""
        if (left, top) != self._visible_origin:
            self._visible_origin = (left, top)
            self.pin_headers()

    def pin_headers(self) -> None:
        left, top = self._visible_origin
        for item in self._stages.values():
            item.pin(top)
        for item in self._lanes.values():
            item.pin(left)
        self.corner.pin(left, top)

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
        if change.kind == "map":
            self._map_fields_changed()
            return
        m = self.doc.map
        if change.kind == "cards":
            self.layout, touched = self.engine.relayout_cards(m, self.layout, change.ids)
            if touched is not None:
                self._sync_touched_cards(change, touched)
                return
        elif change.kind == "connectors":
            self.layout, touched = self.engine.relayout_connectors(m, self.layout, change.ids)
            if touched is not None:
                self._rebind_layout()
                self._sync_connectors()
                self.layout_changed.emit()
                return
        elif change.kind == "emotions":
            self.layout, touched = self.engine.relayout_emotions(m, self.layout, change.ids)
            if touched is not None:
                self._rebind_layout()
                self._sync_curves()
                self.layout_changed.emit()
                return
        else:
            self.layout = self.engine.layout(m)
        self._sync(change)

    def _rebind_layout(self) -> None:
        """Hand the items that keep the layout the new one, whose grid and headers
        are those of the previous one (nothing of theirs to repaint)."""
        lay = self.layout
        self.grid.layout = lay
        self.corner.layout = lay
        self.card_blocks.set_layout(lay)
        for item in self._lanes.values():
            if item.scale_layout is not None:
                item.scale_layout = lay

    def _sync_touched_cards(self, change: Change, touched: frozenset[str]) -> None:
        """After :meth:`LayoutEngine.relayout_cards` stacked a few cells again: no
        lane changed height, so headers, grid, curves and personas stay as they
        are (they get the new layout object, nothing to repaint); only the touched
        cards and the connectors at them are brought in step."""
        lay = self.layout
        self._rebind_layout()
        if lay.collapsed_lanes:  # a card may have gone into or out of a collapsed lane
            hidden = self._hidden_counts()
            if hidden != self.grid.hidden_counts:
                self.grid.set_layout(lay, self.grid.lane_kinds, self.grid.language, hidden)
        self._sync_cards(change, touched)
        self._sync_connectors()
        self.close_editor_if_gone()
        self.layout_changed.emit()

    def _map_fields_changed(self) -> None:
        language = self.doc.map.language
        if language != self.grid.language:
            self.grid.set_layout(self.layout, self.grid.lane_kinds, language)
            self.corner.set_layout(self.layout, language)
            by_id = {c.id: c for c in self.doc.map.cards}
            for cid, item in self._cards.items():
                item.set_face(CardFace.from_card(by_id[cid], language))

    def relayout(self) -> None:
        """Recompute the layout and bring every item in step (e.g. after a font change)."""
        self.layout = self.engine.layout(self.doc.map)
        self._sync(Change("reset"))

    def _sync(self, change: Change) -> None:
        lay = self.layout
        m = self.doc.map
        self.setSceneRect(QRectF(0, 0, lay.width + MARGIN, lay.height + MARGIN))
        lanes = {lane.id: lane for lane in m.lanes}
        hidden = self._hidden_counts()
        self.grid.set_layout(lay, {lid: lanes[lid].kind for lid in lay.lane_order}, m.language, hidden)
        self.corner.set_layout(lay, m.language)
        self._sync_headers(lanes)
        self._sync_cards(change)
        self._sync_connectors()
        self._sync_personas()
        self._sync_curves()
        self.pin_headers()
        self.close_editor_if_gone()
        self.layout_changed.emit()

    def _hidden_counts(self) -> dict[tuple[str, str], int]:
        """How many cards each cell of a collapsed lane hides (the grid shows the count)."""
        hidden: dict[tuple[str, str], int] = {}
        collapsed = self.layout.collapsed_lanes
        if collapsed:
            for c in self.doc.map.cards:
                if c.lane_id in collapsed:
                    hidden[(c.stage_id, c.lane_id)] = hidden.get((c.stage_id, c.lane_id), 0) + 1
        return hidden

    def _sync_headers(self, lanes) -> None:
        lay = self.layout
        m = self.doc.map
        for i, stage in enumerate(m.stages):
            item = self._stages.get(stage.id)
            if item is None:
                item = self._stages[stage.id] = StageHeaderItem(stage.id)
                self.addItem(item)
            item.set_data(lay.stage_headers[stage.id], lay.stage_header_lines[stage.id], stage.colour,
                          stage.title, stage.description, i, i == len(m.stages) - 1)
        self._drop_missing(self._stages, {s.id for s in m.stages})
        feelings = lay.feelings_lanes[0] if lay.feelings_lanes else None
        for lane in m.lanes:
            item = self._lanes.get(lane.id)
            if item is None:
                item = self._lanes[lane.id] = LaneHeaderItem(lane.id)
                self.addItem(item)
            item.set_data(lay.lane_headers[lane.id], lay.lane_header_lines[lane.id], lane.kind, lane.collapsed,
                          lane.title, lay if lane.id == feelings else None)
        self._drop_missing(self._lanes, set(lanes))

    def _sync_cards(self, change: Change, only: Optional[frozenset[str]] = None) -> None:
        """Bring the card items in step with the layout: every card, or ``only``
        these (the others' geometry objects are the ones the items hold)."""
        lay = self.layout
        refresh = change.ids if change.kind == "cards" else frozenset()
        refresh_all = change.kind == "reset"  # a reloaded map may reuse ids with other text
        by_id = None
        if only is None:
            todo = lay.cards.items()
        else:
            todo = [(cid, lay.cards[cid]) for cid in only if cid in lay.cards]
            self._drop(self._cards, [cid for cid in only if cid not in lay.cards and cid in self._cards])
        for cid, g in todo:
            item = self._cards.get(cid)
            if item is None or refresh_all or cid in refresh:
                if by_id is None:
                    by_id = {c.id: c for c in self.doc.map.cards}
                face = CardFace.from_card(by_id[cid], self.doc.map.language)
                if item is None:
                    item = self._cards[cid] = CardItem(g, face)
                    if cid in self.highlighted_ids:
                        item.highlighted = True
                    if self.zoomed_out:
                        item.set_drawn_by_blocks(True)
                    self.addItem(item)
                    continue
                item.set_face(face)
            if item.geometry is not g and item.geometry != g:
                item.set_geometry(g)
        if only is None and len(self._cards) != len(lay.cards):
            self._drop_missing(self._cards, lay.cards)
        self.card_blocks.set_layout(lay)

    def _sync_connectors(self) -> None:
        ends = {k.id: (k.source_id, k.target_id) for k in self.doc.map.connectors}
        seen = set()
        for g in self.layout.connectors:
            seen.add(g.connector_id)
            item = self._connectors.get(g.connector_id)
            if item is not None and item.geometry is g:
                continue
            if item is None:
                src, dst = ends[g.connector_id]
                item = self._connectors[g.connector_id] = ConnectorItem(g, src, dst)
                self.addItem(item)
            else:
                item.source_id, item.target_id = ends[g.connector_id]
                item.set_geometry(g)
        self._drop_missing(self._connectors, seen)

    def _sync_personas(self) -> None:
        people = {p.id: p for p in self.doc.map.personas}
        for g in self.layout.personas:
            item = self._personas.get(g.persona_id)
            if item is None:
                item = self._personas[g.persona_id] = PersonaItem(g, people[g.persona_id])
                self.addItem(item)
            else:
                item.set_data(g, people[g.persona_id])
        self._drop_missing(self._personas, people)

    def _sync_curves(self) -> None:
        lay = self.layout
        names = {p.id: p.name for p in self.doc.map.personas}
        seen = set()
        if lay.feelings_lanes:
            lane_id = lay.feelings_lanes[0]
            offsets = decor.point_label_offsets(lay)
            for index, curve in enumerate(lay.curves):
                if not curve.points:
                    continue
                seen.add(curve.persona_id)
                item = self._curves.get(curve.persona_id)
                if item is None:
                    item = self._curves[curve.persona_id] = EmotionCurveItem(curve.persona_id)
                    self.addItem(item)
                item.set_curve(curve, lane_id, names.get(curve.persona_id, ""), offsets[index])
        self._drop_missing(self._curves, seen)

    def _drop_missing(self, table: dict, keep) -> None:
        self._drop(table, [k for k in table if k not in keep])

    def _drop(self, table: dict, gone: list[str]) -> None:
        """Remove the items of these ids (one selection signal for the lot)."""
        if not gone:
            return
        selected = False
        self._selection_batch += 1  # one selection signal for the lot, not one per removed item
        try:
            for model_id in gone:
                item = table.pop(model_id)
                selected = selected or item.isSelected()
                self.removeItem(item)
        finally:
            self._selection_batch -= 1
        if selected:
            self._on_selection_changed()

    # -- helpers for gestures -------------------------------------------------------------
    def insert_index_at(self, stage_id: str, lane_id: str, y: float, exclude: frozenset[str] = frozenset()) -> int:
        return self.layout.insert_index_at(stage_id, lane_id, y, exclude)

    def drop_indicator_y(self, stage_id: str, lane_id: str, index: int, exclude: frozenset[str] = frozenset()) -> float:
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

    def connector_items_of(self, card_ids: frozenset[str]) -> list[ConnectorItem]:
        return [k for k in self._connectors.values() if k.source_id in card_ids or k.target_id in card_ids]

    def view_dpi_device(self):
        views = self.views()
        return views[0].viewport() if views else None
