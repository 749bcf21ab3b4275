"""CardItem: one card, painted from its layout geometry (no text item per card)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional, Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainterPath, QPen
from PySide6.QtWidgets import QApplication, QGraphicsItem, QGraphicsRectItem

from ...i18n import local_date
from ...layout import CardGeometry, MapLayout
from ...model import Card, ObjectKind
from ...layout import decor as shared
from .. import overlays
from ...layout.style import tint
from ...layout.workshop_marks import dot_colours
from ...model.votes import open_comments
from ...render.qt_pictures import draw_picture
from ...render.qt_workshop import paint_card_marks
from .base import Z_CARD, ModelItem, guarded_paint, qcolor, scene_style

#: Radius of the connector handle drawn on the right edge of a hovered card.
HANDLE_RADIUS = 5.0


@dataclass(frozen=True)
class CardFace:
    """What a card shows besides its measured text: badges and the tooltip."""

    title: str = ""
    body: str = ""
    sentiment: Optional[str] = None
    importance: Optional[str] = None
    evidence: Optional[str] = None
    status: Optional[str] = None
    channel: str = ""
    owner: str = ""
    due: str = ""
    measure: str = ""
    source: str = ""
    tags: tuple[str, ...] = ()
    language: str = "vi"  # of the map: picks the evidence badge's letter
    picture: Optional[str] = None  # the data URI of the card's picture
    open_comments: int = 0  # the workshop's marks (layout/workshop_marks)
    dots: tuple[str, ...] = ()  # one colour per vote dot

    @classmethod
    def from_card(cls, card: Card, language: str = "vi", pictures: Optional[dict] = None,
                  participants: Sequence[str] = ()) -> "CardFace":
        return cls(
            card.title, card.body, card.sentiment, card.importance, card.evidence, card.status,
            card.channel, card.owner, local_date(card.due) if card.due else "",
            card.measure, card.source, tuple(card.tags), language,
            (pictures or {}).get(card.image) if card.image else None,
            open_comments(card) if card.comments else 0,
            dot_colours(card, participants) if card.votes else (),
        )


class GeometryTable:
    """The scene's current layout and its card geometry, shared by all its card items.

    The scene swaps them whole after each layout: a card's geometry is relative
    to its cell, so when a lane grows the thousands of cards below it keep
    theirs (their lane's group moves them on screen), and a card item asks the
    layout where its cell is only when it needs its place on the map."""

    __slots__ = ("cards", "layout", "scale")

    def __init__(self) -> None:
        self.cards: dict[str, CardGeometry] = {}
        self.layout: Optional[MapLayout] = None
        #: the editing view's pixels per scene unit, which card bounds are whole
        #: multiples of (:meth:`CardItem.fit_bounds`); 0 until a view tells
        self.scale = 0.0


class CardItem(ModelItem, QGraphicsRectItem):
    """A card in a cell. Moves only while dragged; otherwise sits where the layout says.

    A rect item whose rect is the card's bounds (handle and shadow included, no
    pen): Qt reads its bounding rect in C++ when its lane moves it, the index
    and the repaint of thousands of moved cards never call into Python for it."""

    kind = ObjectKind.CARDS

    def __init__(self, geometry: CardGeometry, face: CardFace, lane_group: Optional[QGraphicsItem] = None,
                 table: Optional[GeometryTable] = None) -> None:
        QGraphicsRectItem.__init__(self, lane_group)
        self.setPen(QPen(Qt.NoPen))
        self.model_id = geometry.card_id
        #: the geometry its size, place in its lane and text were last set from
        self.applied: Optional[CardGeometry] = None
        self._table = table
        self.face = face
        self.hovered = False
        self.highlighted = False
        self.editing = False
        self.lifted = False  # being dragged: drawn with a shadow
        self.drawn_by_blocks = False  # zoomed out: the scene's CardBlocksItem paints this card
        self._rect = QRectF()
        self.fitted_scale = 0.0  # the view scale its bounds were last fitted to
        self._text_cache = None  # overlays.TextCache, built on first paint
        self._markers = None  # layout.decor.card_markers, computed on first paint
        self.setFlag(QGraphicsItem.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        self.setZValue(Z_CARD)
        # moved, not redrawn, when the cards above it in its cell change (pixmaps bounded by QPixmapCache)
        self.setCacheMode(QGraphicsItem.DeviceCoordinateCache)
        self.set_geometry(geometry)

    # -- data ------------------------------------------------------------------
    @property
    def card_id(self) -> str:
        return self.model_id

    @property
    def geometry(self) -> Optional[CardGeometry]:
        """Where the current layout puts the card (what it was last set from, once
        the card is no longer laid out)."""
        if self._table is not None:
            g = self._table.cards.get(self.model_id)
            if g is not None:
                return g
        return self.applied

    def set_geometry(self, g: CardGeometry) -> None:
        old = self.applied
        if old is None or old.box.w != g.box.w or old.box.h != g.box.h:
            self.prepareGeometryChange()
            self._rect = QRectF(0, 0, g.box.w, g.box.h)
            self.fit_bounds()
        self.setPos(self.local_pos(g))
        if old is None or old.content is not g.content or old.fill != g.fill or old.accent != g.accent:
            self._text_cache = None
            self.update()
        if old is None or old.box.h != g.box.h or old.box.w != g.box.w:
            self._markers = None
        self.applied = g

    def fit_bounds(self) -> None:
        """Its bounding rect (the card, its handle and shadow), made a whole
        number of the view's pixels wide and tall (the table's ``scale``). Qt
        keeps the pixmap it caches the card in while the card moves, but only as
        long as its bounds cover the same number of pixels; bounds a fraction of
        a pixel wide cover one more or one fewer depending on where they start,
        so a lane above growing by a fraction of a pixel re-drew about one card
        in five below it, from scratch."""
        scale = self._table.scale if self._table is not None else 0.0
        bounds = self._rect.adjusted(-4, -4, HANDLE_RADIUS + 5, 6)
        if scale > 0:
            bounds.setWidth(math.ceil(bounds.width() * scale - 1e-6) / scale)
            bounds.setHeight(math.ceil(bounds.height() * scale - 1e-6) / scale)
        self.fitted_scale = scale
        self.setRect(bounds)

    def set_face(self, face: CardFace) -> None:
        if face != self.face:
            self.face = face
            self._markers = None
            self.update()

    def set_highlighted(self, on: bool) -> None:
        if on != self.highlighted:
            self.highlighted = on
            self.update()

    def set_lifted(self, on: bool) -> None:
        if on != self.lifted:
            self.lifted = on
            scene = self.scene()
            if scene is not None and hasattr(scene, "card_blocks"):
                scene.card_blocks.set_lifted(self.model_id, on)
            self._update_contents_flag()
            self.update()

    def set_drawn_by_blocks(self, on: bool) -> None:
        """Zoomed out, the scene draws all cards as blocks at once; this item then
        paints nothing (unless dragged) but is still hit-tested and selectable."""
        if on != self.drawn_by_blocks:
            self.drawn_by_blocks = on
            self._update_contents_flag()

    def _update_contents_flag(self) -> None:
        self.setFlag(QGraphicsItem.ItemHasNoContents, self.drawn_by_blocks and not self.lifted)

    def home_pos(self, g: Optional[CardGeometry] = None) -> QPointF:
        """Where the layout puts the card in the scene (its place when not dragged)."""
        g = g or self.geometry
        lay = self._table.layout if self._table is not None else None
        if lay is None or (g.stage_id, g.lane_id) not in lay.cells:
            return self.scenePos()  # no longer laid out (its stage or lane just went): it stays
        r = lay.card_rect(g)
        return QPointF(r.x, r.y)

    def local_pos(self, g: Optional[CardGeometry] = None) -> QPointF:
        """Where the layout puts the card, in its parent's coordinates: relative to
        its cell's group (see :mod:`cjm_desktop.canvas.card_groups`), or to the drag
        layer (at the scene's origin) while a drag lifts it out of its lane."""
        g = g or self.geometry
        parent = self.parentItem()
        if parent is not None and parent.lane_id:  # its cell's group, at its cell's top-left corner
            return QPointF(g.box.x, g.box.y)
        return self.home_pos(g)

    def tooltip_text(self) -> str:
        return overlays.card_tooltip(self.face)

    # -- geometry ----------------------------------------------------------------
    def rect(self) -> QRectF:
        return self._rect

    def handle_center(self) -> QPointF:
        return QPointF(self._rect.right(), self._rect.height() / 2)

    def on_handle(self, local: QPointF) -> bool:
        c = self.handle_center()
        dx, dy = local.x() - c.x(), local.y() - c.y()
        return dx * dx + dy * dy <= (HANDLE_RADIUS + 2) ** 2

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.WindingFill)  # where the handle's disc overlaps the card, both are hit
        path.addRect(self._rect)
        c = self.handle_center()
        path.addEllipse(c, HANDLE_RADIUS + 2, HANDLE_RADIUS + 2)
        return path

    # -- painting ----------------------------------------------------------------
    @guarded_paint
    def paint(self, painter, option, widget=None) -> None:
        lod = overlays.level_of_detail(painter)
        g = self.geometry
        if lod < overlays.LOD_BLOCKS:
            overlays.paint_card_block(painter, self._rect, g.accent, self.highlighted or self.isSelected())
            return
        style = scene_style(self)
        if self._text_cache is None:
            self._text_cache = overlays.TextCache(g.content.lines, style)
        if self._markers is None:
            self._markers = shared.card_markers(self.face, g, self.face.language, style.card_padding)
        selected = self.isSelected()  # (a C++ call: cheaper than testing option.state)
        overlays.paint_card_on_canvas(
            painter, self._rect, g, self._markers, self._text_cache, style,
            selected=selected, hovered=self.hovered, highlighted=self.highlighted,
            editing=self.editing, lifted=self.lifted, lod=lod,
            badge=shared.hint_badge(g, style, self.face.language) if g.content.hint else None,
        )
        if self.face.open_comments or self.face.dots:
            paint_card_marks(painter, g.box.w, self.face.open_comments, self.face.dots, style)
        box = g.content.image_box
        if box is not None:  # zoomed out: a tinted block where the picture is
            r = QRectF(box.x, box.y, box.w, box.h)
            if lod < overlays.LOD_TEXT:
                painter.fillRect(r, qcolor(tint(g.accent, 0.6)))
            else:
                draw_picture(painter, r, self.face.picture, lod)
        if (self.hovered or selected) and not self.editing and lod >= overlays.LOD_TEXT:
            overlays.paint_connector_handle(painter, self.handle_center(), HANDLE_RADIUS)

    # -- hover ---------------------------------------------------------------------
    def hoverEnterEvent(self, event) -> None:  # noqa: N802
        self.hovered = True
        self.update()

    def hoverMoveEvent(self, event) -> None:  # noqa: N802
        cursor = Qt.CrossCursor if self.on_handle(event.pos()) else Qt.ArrowCursor
        if self.cursor().shape() != cursor:
            self.setCursor(cursor)

    def hoverLeaveEvent(self, event) -> None:  # noqa: N802
        self.hovered = False
        self.unsetCursor()
        self.update()

    # -- mouse: gestures live in the scene -------------------------------------------
    def mousePressEvent(self, event) -> None:  # noqa: N802
        scene = self.scene()
        if event.button() == Qt.LeftButton and self.on_handle(event.pos()) and not self.editing:
            scene.begin_connector_drag(self, event.scenePos())
            event.accept()
            return
        super().mousePressEvent(event)  # selection (Ctrl toggles on release)
        if event.button() == Qt.LeftButton:
            scene.arm_card_drag(self, event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        self.scene().gesture_move(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        if not self.scene().gesture_release(event):
            super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802
        if event.button() == Qt.LeftButton:
            scene = self.scene()
            scene.edit_card(self.card_id)
            event.accept()
            if scene.mouseGrabberItem() is self:
                self.ungrabMouse()  # the editor takes over; clicks elsewhere must reach the scene
        else:
            super().mouseDoubleClickEvent(event)

    def contextMenuEvent(self, event) -> None:  # noqa: N802
        if not self.isSelected():
            self.scene().clearSelection()
            self.setSelected(True)
        self.scene().card_context_requested.emit(self.card_id, event.screenPos())
        event.accept()


def drag_distance_reached(event) -> bool:
    """True once the mouse moved far enough from the press to start a drag."""
    delta = event.screenPos() - event.buttonDownScreenPos(Qt.LeftButton)
    return delta.manhattanLength() >= QApplication.startDragDistance()
