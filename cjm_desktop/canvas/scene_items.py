"""SceneItems: the items of one map, found by model id and kept in step with
the layout: all of them after a full layout, or only what a
:class:`~cjm_desktop.layout.Relayout` names after an edit (cards touched or
moved with their lane, the lanes that moved, retitled headers, connectors,
curves and personas), so one edit repaints only what changed."""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING, Optional

from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QGraphicsItem

from ..layout import MapLayout, Relayout, decor
from ..layout.channel_row import ChannelTally
from ..model import ObjectKind
from .items.card import CardFace, CardItem, GeometryTable
from .items.connector import ConnectorItem
from .items.connector_layer import ConnectorLayer
from .items.emotion_curve import EmotionCurveItem
from .card_groups import CardGroups
from .header_sync import HeaderSync
from .off_screen import OffScreen
from .items.lane_group import LaneGroupItem
from .items.persona import PersonaItem

if TYPE_CHECKING:
    from ..commands import Change
    from .items.lane_header import LaneHeaderItem
    from .items.stage_header import StageHeaderItem
    from .scene import MapScene

#: Empty space right of and below the map, so its last column and row are not glued to the edge.
MARGIN = 48.0


class SceneItems(HeaderSync, CardGroups):
    """The model items of a :class:`MapScene` by kind and id."""

    def __init__(self, scene: "MapScene") -> None:
        self._scene = weakref.ref(scene)  # the scene owns this table, not the other way round
        self.cards: dict[str, CardItem] = {}
        self.stages: dict[str, StageHeaderItem] = {}
        self.lanes: dict[str, LaneHeaderItem] = {}
        self.connectors: dict[str, ConnectorItem] = {}
        self.personas: dict[str, PersonaItem] = {}
        self.curves: dict[str, EmotionCurveItem] = {}
        #: the group of each lane's cells, at the lane's top edge (canvas/card_groups.py)
        self.groups: dict[str, LaneGroupItem] = {}
        #: the parent of each cell's card items, at its stage's left edge in its lane's group
        self.cells: dict[tuple[str, str], QGraphicsItem] = {}
        self._drag_layer: Optional[LaneGroupItem] = None
        #: each stage's (left, width) its cell groups were last given (CardGroups.place_cells)
        self._stage_places: dict[str, tuple[float, float]] = {}
        #: the cells whose cards wait to be fitted to the view's scale (CardGroups.fit_cards)
        self._unfitted: set[tuple[str, str]] = set()
        #: the moves of groups and connectors out of sight, put off until they may be seen
        self.off_screen: OffScreen = scene.off_screen
        self.off_screen.connector_items = self.connectors
        #: the current layout's card geometry, read by every card item
        self.geometry = GeometryTable()
        #: each stage's channels, counted again only for the cards an edit touched
        self.channel_tally = ChannelTally()
        #: paints the connectors not selected (canvas/items/connector_layer.py); in the scene
        #: before any connector, which finds it there as ``scene.connector_layer``
        self.layer = scene.connector_layer = ConnectorLayer()
        scene.addItem(self.layer)
        self.tables = {ObjectKind.CARDS: self.cards, ObjectKind.CONNECTORS: self.connectors,
                       ObjectKind.STAGES: self.stages, ObjectKind.LANES: self.lanes,
                       ObjectKind.PERSONAS: self.personas}

    @property
    def scene(self) -> "MapScene":
        return self._scene()

    def connectors_at(self, card_ids: frozenset[str]) -> list[ConnectorItem]:
        """The connector items at any of these cards."""
        return [k for k in self.connectors.values() if k.source_id in card_ids or k.target_id in card_ids]

    def find(self, model_id: str):
        for table in self.tables.values():
            item = table.get(model_id)
            if item is not None:
                return item
        return None

    @property
    def map(self):
        return self.scene.doc.map

    @property
    def layout(self) -> MapLayout:
        return self.scene.layout

    # -- everything -----------------------------------------------------------------------
    def sync_all(self, change: "Change") -> None:
        """After a full layout: every item in step (items of kept ids are kept)."""
        lay, m, scene = self.layout, self.map, self.scene
        self.geometry.cards, self.geometry.layout = lay.cards, lay
        self._fit_scene(lay)
        lanes = {lane.id: lane for lane in m.lanes}
        scene.grid.set_layout(lay, {lid: lanes[lid].kind for lid in lay.lane_order}, m.language, self.hidden_counts())
        scene.corner.set_layout(lay, m.language)
        self.sync_stages([s.id for s in m.stages])
        self._drop_missing(self.stages, {s.id for s in m.stages})
        self.sync_stage_channels()
        self.sync_lanes(list(lanes))
        self._drop_missing(self.lanes, set(lanes))
        self.place_groups(lay.lane_order)
        self.place_cells()
        self.sync_cards(change)
        self._drop_groups(set(lanes))
        self.sync_connectors()
        self.sync_personas()
        self.sync_curves()
        self.apply_view()
        self.off_screen.arm()
        scene.pin_headers()

    def _fit_scene(self, lay: MapLayout) -> None:
        """The scene's rectangle (and the connector layer's) around the map and a margin."""
        area = QRectF(0, 0, lay.width + MARGIN, lay.height + MARGIN)
        self.scene.setSceneRect(area)
        self.layer.fit(area)

    def apply_view(self, connectors: bool = True) -> None:
        """Show or hide connectors and emotion curves as the view state says
        (View > Connectors, Emotion Curves, Persona Curves); ``connectors``
        False: the curves only (an edit that made or moved no connector item)."""
        doc = self.scene.doc
        view = doc.view
        if connectors:
            shown = view is None or view.show_connectors
            for item in self.connectors.values():
                if item.isVisible() != shown:
                    item.setVisible(shown)
                    if item.drawn is not None:  # the label follows its line in or out of view
                        item.label_item.set_connector(item.drawn)
        hidden = doc.hidden_curves if view is None or view.show_emotions else None
        for persona_id, item in self.curves.items():
            item.setVisible(hidden is not None and persona_id not in hidden)

    # -- what an edit touched ---------------------------------------------------------------
    def sync_relayout(self, done: Relayout, change: "Change") -> None:
        """After :func:`~cjm_desktop.layout.relayout`: only the items it names."""
        lay, scene = self.layout, self.scene
        self.geometry.cards, self.geometry.layout = lay.cards, lay
        scene.grid.layout = lay
        scene.corner.layout = lay
        scene.card_blocks.set_layout(lay)
        for item in self.lanes.values():
            if item.scale_layout is not None:
                item.scale_layout = lay
        placed = self._sync_frame(change) if done.frame else None  # (the stages whose headers it placed)
        if placed is None and done.lanes:
            self._sync_moved_lanes(done.lanes)
        elif placed is None and lay.collapsed_lanes and done.cards:  # a card into or out of a collapsed lane
            hidden = self.hidden_counts()
            if hidden != scene.grid.hidden_counts:
                scene.grid.set_layout(lay, scene.grid.lane_kinds, scene.grid.language, hidden)
        headers = done.headers | {sid for sid in change.ids(ObjectKind.STAGES) if sid in self.stages}
        if not done.frame:
            self.sync_stages([sid for sid in lay.stage_order if sid in headers])
            self.sync_lanes([lid for lid in lay.lane_order if lid in headers and lid not in done.lanes])
        # the cards in done.shifted_cells and done.column_cells moved with their cell's group and kept
        # their geometry
        if done.cards:
            self.sync_cards(change, done.cards)
        if done.column_cells or done.shifted_cells:
            self.move_in_lanes(done.column_cells | done.shifted_cells)
        if done.frame:
            self._drop_groups(set(lay.lane_order))
        routes_only = done.routes is not None and self.move_routes(done.routes, change.ids(ObjectKind.CONNECTORS))
        if done.connectors and not routes_only:
            self.sync_connectors()
        if done.personas:
            self.sync_personas()
        if done.curves:
            self.sync_curves()
        if (done.connectors and not routes_only) or done.curves:
            self.apply_view(connectors=done.connectors and not routes_only)
        if done.lanes or headers:
            scene.pin_headers()
        if change.touches(ObjectKind.CARDS, ObjectKind.LANES, ObjectKind.STAGES):
            self.sync_stage_channels(change, placed)  # a card's channel, lane or stage, a lane's kind, a stage's width
        self.off_screen.arm()

    def _sync_moved_lanes(self, lanes) -> None:
        """After lanes grew or shrank: the grid below the first, their headers and groups."""
        lay, scene = self.layout, self.scene
        top = min(min(lay.lane_headers[lid].y, self.lanes[lid].rect_in_map.y) for lid in lanes)
        bottom = max(lay.height, scene.sceneRect().height())
        self._fit_scene(lay)
        dirty = QRectF(0, top, lay.width + MARGIN, bottom - top)
        scene.grid.set_layout(lay, scene.grid.lane_kinds, scene.grid.language, self.hidden_counts(), dirty)
        self.sync_lanes(lanes)
        self.place_groups(lanes)

    def _sync_frame(self, change: "Change") -> set[str]:
        """After a change of stages or lanes: the grid, the corner, every header that
        moved or changed (new ones made, removed ones dropped) and every lane's group
        in place; the stages whose headers were placed."""
        lay, m, scene = self.layout, self.map, self.scene
        self._fit_scene(lay)
        kinds = {lane.id: lane.kind for lane in m.lanes}
        scene.grid.set_layout(lay, kinds, m.language, self.hidden_counts())
        scene.corner.set_layout(lay, m.language)
        placed = self.sync_stages(set(lay.stage_order), change.ids(ObjectKind.STAGES))
        self._drop_missing(self.stages, lay.stage_headers)
        self.sync_lanes(kinds, change.ids(ObjectKind.LANES))
        self._drop_missing(self.lanes, kinds)
        self.place_groups(lay.lane_order)
        self.place_cells()
        return placed

    # -- by kind ------------------------------------------------------------------------------
    def hidden_counts(self) -> dict[tuple[str, str], int]:
        """How many cards each cell of a collapsed lane hides (the grid shows the count)."""
        hidden: dict[tuple[str, str], int] = {}
        collapsed = self.layout.collapsed_lanes
        if collapsed:
            for c in self.map.cards:
                if c.lane_id in collapsed:
                    hidden[(c.stage_id, c.lane_id)] = hidden.get((c.stage_id, c.lane_id), 0) + 1
        return hidden

    def sync_cards(self, change: "Change", only: Optional[frozenset[str]] = None) -> None:
        """Bring the card items in step with the layout: every card, or ``only``
        these (the others' geometry objects are the ones the items hold)."""
        lay, scene = self.layout, self.scene
        refresh = change.ids(ObjectKind.CARDS)
        faces = None
        if only is None:
            todo = lay.cards.items()
        else:
            todo = [(cid, lay.cards[cid]) for cid in only if cid in lay.cards]
            self._drop(self.cards, [cid for cid in only if cid not in lay.cards and cid in self.cards])
        for cid, g in todo:
            item = self.cards.get(cid)
            if item is None or change.reset or cid in refresh:  # a reloaded map may reuse ids with other text
                if faces is None:
                    faces = _Faces(scene.doc)
                face = faces.face(cid)
                if item is None:
                    item = self.cards[cid] = CardItem(g, face, self.cell_group(g), self.geometry)
                    item.highlighted = cid in scene.highlighted_ids
                    if scene.zoomed_out:
                        item.set_drawn_by_blocks(True)
                    continue
                item.set_face(face)
            if item.applied is not g:
                self.regroup(item, g)
                item.set_geometry(g)
        if only is None and len(self.cards) != len(lay.cards):
            self._drop_missing(self.cards, lay.cards)
        scene.card_blocks.set_layout(lay)

    def move_in_lanes(self, cells: frozenset) -> None:
        """Cards in ``cells``, which moved with their stage or lane (added, removed,
        moved or resized beside them, or a lane above grew): their cell's group
        moved them (:meth:`place_cells`) and their geometry is unchanged, so they
        are not touched; only a card a drag holds lifted is placed again."""
        if self._drag_layer is not None:
            geometry = self.layout.cards
            for item in self._drag_layer.childItems():
                g = geometry.get(getattr(item, "model_id", None))
                if g is not None and (g.stage_id, g.lane_id) in cells:
                    item.set_geometry(g)

    def sync_connectors(self) -> None:
        ends = None
        seen = set()
        waiting = self.off_screen.routes
        moves = []
        for g in self.layout.connectors:
            seen.add(g.connector_id)
            item = self.connectors.get(g.connector_id)
            if item is not None and item.geometry is g and item not in waiting:
                continue
            if ends is None:
                ends = {k.id: (k.source_id, k.target_id) for k in self.map.connectors}
            if item is None:
                src, dst = ends[g.connector_id]
                item = self.connectors[g.connector_id] = ConnectorItem(g, src, dst)
                self.scene.addItem(item)
            else:
                item.source_id, item.target_id = ends[g.connector_id]
                moves.append((item, g))
        self.off_screen.follow_routes(moves)
        if len(seen) != len(self.connectors):
            self._drop_missing(self.connectors, seen)

    def move_routes(self, routes: dict, edited: frozenset[str] = frozenset()) -> bool:
        """The items of these changed routes in step (no connector came or
        went; those ``edited`` may have another card at an end); False when one
        has no item yet (then every one is looked at)."""
        items = self.connectors
        if any(cid not in items for cid in routes) or any(cid not in items for cid in edited):
            return False
        for k in self.map.connectors if edited else ():
            if k.id in edited:
                items[k.id].source_id, items[k.id].target_id = k.source_id, k.target_id
        self.off_screen.follow_routes([(items[cid], g) for cid, g in routes.items()])
        return True

    def sync_personas(self) -> None:
        people = {p.id: p for p in self.map.personas}
        for g in self.layout.personas:
            item = self.personas.get(g.persona_id)
            if item is None:
                item = self.personas[g.persona_id] = PersonaItem(g, people[g.persona_id], self.map.images)
                self.scene.addItem(item)
            else:
                item.set_data(g, people[g.persona_id], self.map.images)
        self._drop_missing(self.personas, people)

    def sync_curves(self) -> None:
        lay = self.layout
        names = {p.id: p.name for p in self.map.personas}
        seen = set()
        if lay.feelings_lanes:
            lane_id = lay.feelings_lanes[0]
            offsets = decor.point_label_offsets(lay)
            for index, curve in enumerate(lay.curves):
                if not curve.points:
                    continue
                seen.add(curve.persona_id)
                item = self.curves.get(curve.persona_id)
                if item is None:
                    item = self.curves[curve.persona_id] = EmotionCurveItem(curve.persona_id)
                    self.scene.addItem(item)
                item.set_curve(curve, lane_id, names.get(curve.persona_id, ""), offsets[index])
        self._drop_missing(self.curves, seen)

    def _drop_missing(self, table: dict, keep) -> None:
        self._drop(table, [k for k in table if k not in keep])

    def _drop(self, table: dict, gone: list[str]) -> None:
        """Remove the items of these ids (one selection signal for the lot)."""
        if not gone:
            return
        selected = False
        with self.scene.selection_batch():
            for model_id in gone:
                item = table.pop(model_id)
                self.off_screen.forget(item)
                selected = selected or item.isSelected()
                self.scene.removeItem(item)  # out of its group too
        if selected:
            self.scene.selection_touched()


class _Faces:
    """Card faces for new and edited cards (each card found by the document's
    position table, not by a scan of the card list)."""

    def __init__(self, doc) -> None:
        self.doc = doc

    def face(self, card_id: str) -> CardFace:
        m = self.doc.map
        return CardFace.from_card(m.cards[self.doc.card_position(card_id)], m.language, m.images,
                                  m.workshop.participants)
