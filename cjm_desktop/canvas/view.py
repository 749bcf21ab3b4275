"""MapView: zoom, pan, pinned headers and drag auto-scroll over a MapScene."""

from __future__ import annotations

from typing import Iterable, Optional

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPixmapCache
from PySide6.QtWidgets import QApplication, QGraphicsView, QStyleOptionGraphicsItem

from ..io.view_state import ZOOM_MAX as MAX_ZOOM
from ..io.view_state import ZOOM_MIN as MIN_ZOOM
from . import overlays
from .scene import MapScene

ZOOM_STEP = 1.25
#: The pinned lane-title column, once the map scrolls right, is at most this
#: many screen pixels wide, and this share of the canvas (zoomed in, its 170
#: points would otherwise fill half the window), but never narrower than the minimum.
LANE_COLUMN_MAX_PX = 240
LANE_COLUMN_SHARE = 0.25
LANE_COLUMN_MIN_PX = 120
#: Pixels from the viewport edge where a drag starts scrolling the view.
AUTO_SCROLL_MARGIN = 28


#: How far around what it shows (scene units) the view has card bounds fitted to its
#: pixels before they may be painted (MapScene.fit_cards).
FIT_MARGIN = 400.0
#: QPixmapCache's size (KiB) while a map is shown; Qt's default is 10 MiB.
PIXMAP_CACHE_KB = 64 * 1024


class MapView(QGraphicsView):
    """The scrolling, zooming window onto a :class:`MapScene`."""

    zoom_changed = Signal(float)

    def __init__(self, scene: MapScene, parent=None) -> None:
        super().__init__(scene, parent)
        # card items paint into cached pixmaps: room for a screenful of cards on a 2x display
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), PIXMAP_CACHE_KB))
        self.setViewportUpdateMode(QGraphicsView.MinimalViewportUpdate)
        self.setRenderHints(QPainter.Antialiasing | QPainter.TextAntialiasing | QPainter.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.NoAnchor)
        self.setAlignment(Qt.AlignLeft | Qt.AlignTop)
        self.setBackgroundBrush(QColor("#e6e9ee"))
        # drawBackground fills every part it repaints with that brush: Qt need not clear the
        # viewport first (autoFillBackground stays on, as QGraphicsView's fast scrolling wants)
        self.viewport().setAttribute(Qt.WA_OpaquePaintEvent)
        self.setFocusPolicy(Qt.StrongFocus)
        self.setMouseTracking(True)
        self._shown = False
        self._pan_from: Optional[QPoint] = None
        self._space_down = False
        self._last_mouse = QPoint()
        self._auto_scroll = QTimer(self)
        self._auto_scroll.setInterval(30)
        self._auto_scroll.timeout.connect(self._auto_scroll_step)
        self.rubberBandChanged.connect(self._on_rubber_band)
        ppp = self._pixels_per_point()
        self.scale(ppp, ppp)  # start at 100 %: the printed size
        self._update_pins()

    def close_map(self) -> None:
        """Drop the map this view shows: the scene stops following its document,
        and the view is deleted (the scene goes with its document)."""
        scene = self.scene()
        self._auto_scroll.stop()
        self.setScene(None)  # nothing of this view reaches the scene any more
        if isinstance(scene, MapScene):
            scene.close()
        self.setParent(None)
        self.deleteLater()

    # -- zoom ---------------------------------------------------------------------------------
    def _pixels_per_point(self) -> float:
        dpi = self.viewport().logicalDpiX() or 96
        return dpi / 72.0

    def zoom(self) -> float:
        """1.0 shows the map at its printed size (one scene unit is one point)."""
        return self.transform().m11() / self._pixels_per_point()

    def set_zoom(self, value: float, under_mouse: bool = False) -> None:
        value = max(MIN_ZOOM, min(MAX_ZOOM, value))
        current = self.zoom()
        if abs(value - current) < 1e-9:
            return
        self.setTransformationAnchor(QGraphicsView.AnchorUnderMouse if under_mouse else QGraphicsView.AnchorViewCenter)
        self.scale(value / current, value / current)
        self.setTransformationAnchor(QGraphicsView.AnchorUnderMouse)
        self._update_pins()
        self.zoom_changed.emit(self.zoom())

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom() / ZOOM_STEP)

    def zoom_reset(self) -> None:
        self.set_zoom(1.0)

    def zoom_to_fit(self) -> None:
        """Show the whole map."""
        lay = self.scene().layout
        rect = QRectF(0, 0, lay.width, lay.height)
        vp = self.viewport().rect().adjusted(4, 4, -4, -4)
        if rect.isEmpty() or vp.isEmpty():
            return
        value = min(vp.width() / rect.width(), vp.height() / rect.height()) / self._pixels_per_point()
        self.set_zoom(value)
        self.centerOn(rect.center())
        self._update_pins()

    def wheelEvent(self, event) -> None:  # noqa: N802
        if event.modifiers() & Qt.ControlModifier:
            steps = event.angleDelta().y() / 120.0
            if steps:
                self.set_zoom(self.zoom() * (1.15 ** steps), under_mouse=True)
            event.accept()
            return
        if event.modifiers() & Qt.ShiftModifier:  # Shift+wheel scrolls sideways, as in every editor
            delta = event.angleDelta().y() or event.angleDelta().x()
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() - round(delta / 120.0 * QApplication.wheelScrollLines() * bar.singleStep()))
            event.accept()
            return
        super().wheelEvent(event)

    def paintEvent(self, event) -> None:  # noqa: N802
        # one level-of-detail figure for the whole frame instead of one per item
        overlays.frame_lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(self.viewportTransform())
        scene = self.scene()
        if scene is not None and scene.zoomed_out != (overlays.frame_lod < overlays.LOD_BLOCKS):
            scene.set_zoomed_out(overlays.frame_lod < overlays.LOD_BLOCKS)  # normally done on zoom
        if scene is not None:  # what was put off where this paints (canvas/off_screen.py)
            scene.off_screen.realize_rect(self.mapToScene(event.rect()).boundingRect())
        try:
            super().paintEvent(event)
        finally:
            overlays.frame_lod = None

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._shown:
            self._shown = True
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())
            self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())
        self._update_pins()  # shown: what it shows is the live area now

    # -- showing things ---------------------------------------------------------------------------
    def reveal(self, ids: Iterable[str]) -> None:
        """Scroll so the items showing these ids are in view (e.g. a Find result)."""
        scene = self.scene()
        rect = QRectF()
        for model_id in ids:
            item = scene.item_for_id(model_id)
            if item is not None:
                rect = rect.united(item.sceneBoundingRect())
        if not rect.isNull():
            lay = scene.layout
            # leave room for the pinned headers (the stage row is taller when a stage shows a picture)
            self.ensureVisible(rect.adjusted(-lay.style.lane_header_width - 20, -lay.corner.h - 20, 20, 20), 10, 10)

    # -- pinned headers -----------------------------------------------------------------------------
    def _update_pins(self) -> None:
        scene = self.scene()
        if scene is None:
            return
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(self.transform())
        scene.set_zoomed_out(lod < overlays.LOD_BLOCKS)
        top_left = self.mapToScene(QPoint(0, 0))
        column_px = max(LANE_COLUMN_MIN_PX, min(LANE_COLUMN_MAX_PX, self.viewport().width() * LANE_COLUMN_SHARE))
        scene.set_visible_origin(max(0.0, top_left.x()), max(0.0, top_left.y()), column_px / self.transform().m11())
        alone = len(scene.views()) == 1 and self.isVisible() and self.updatesEnabled()
        shown = self.mapToScene(self.viewport().rect()).boundingRect()
        scene.off_screen.set_live(shown if alone else None)
        scene.fit_cards(self.transform().m11(), shown.adjusted(-FIT_MARGIN, -FIT_MARGIN, FIT_MARGIN, FIT_MARGIN))

    def repin(self) -> None:
        """Pin the scene's headers at this view's corner again (another view of the
        same scene, Present mode's, pinned them elsewhere)."""
        self._update_pins()

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802
        super().scrollContentsBy(dx, dy)
        self._update_pins()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._update_pins()

    def _on_rubber_band(self, rect, from_scene: QPointF, to_scene: QPointF) -> None:
        self.scene().rubber_banding = not rect.isNull()

    # -- panning: middle button, or Space + left button ---------------------------------------------
    def _panning_press(self, event) -> bool:
        return event.button() == Qt.MiddleButton or (event.button() == Qt.LeftButton and self._space_down)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        if self._panning_press(event):
            self._pan_from = event.position().toPoint()
            self.viewport().setCursor(Qt.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        self._last_mouse = event.position().toPoint()
        if self._pan_from is not None:
            delta = self._last_mouse - self._pan_from
            self._pan_from = self._last_mouse
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)
        self._check_auto_scroll()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        if self._pan_from is not None and event.button() in (Qt.MiddleButton, Qt.LeftButton):
            self._pan_from = None
            if self._space_down:
                self.viewport().setCursor(Qt.OpenHandCursor)
            else:
                self.viewport().unsetCursor()
            event.accept()
            return
        self._auto_scroll.stop()
        super().mouseReleaseEvent(event)

    def _typing(self) -> bool:
        scene = self.scene()
        return scene is not None and (scene.editor is not None or scene.focusItem() is not None)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key_Space and not self._typing():
            if not event.isAutoRepeat():
                self._space_down = True
                self.viewport().setCursor(Qt.OpenHandCursor)
            event.accept()
            return
        if not self._typing() and event.modifiers() & Qt.ControlModifier:
            if event.key() in (Qt.Key_Plus, Qt.Key_Equal):
                self.zoom_in()
                return
            if event.key() == Qt.Key_Minus:
                self.zoom_out()
                return
            if event.key() == Qt.Key_0:
                self.zoom_reset()
                return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key_Space and not event.isAutoRepeat() and self._space_down:
            self._space_down = False
            if self._pan_from is None:
                self.viewport().unsetCursor()
            event.accept()
            return
        super().keyReleaseEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802
        self._space_down = False
        super().focusOutEvent(event)

    # -- auto-scroll while dragging near an edge --------------------------------------------------------
    def _scroll_direction(self) -> tuple[int, int]:
        r = self.viewport().rect()
        p = self._last_mouse
        dx = -1 if p.x() < r.left() + AUTO_SCROLL_MARGIN else (1 if p.x() > r.right() - AUTO_SCROLL_MARGIN else 0)
        dy = -1 if p.y() < r.top() + AUTO_SCROLL_MARGIN else (1 if p.y() > r.bottom() - AUTO_SCROLL_MARGIN else 0)
        return dx, dy

    def _check_auto_scroll(self) -> None:
        gesture = self.scene().gesture
        if gesture is not None and gesture.started and self._scroll_direction() != (0, 0):
            if not self._auto_scroll.isActive():
                self._auto_scroll.start()
        else:
            self._auto_scroll.stop()

    def _auto_scroll_step(self) -> None:
        gesture = self.scene().gesture
        dx, dy = self._scroll_direction()
        if gesture is None or not gesture.started or (dx, dy) == (0, 0):
            self._auto_scroll.stop()
            return
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + dx * 18)
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + dy * 18)
        gesture.move(self.mapToScene(self._last_mouse))
