"""PresentView: a read-only view of the map's own scene that shows one :class:`~.slides.Camera` at a time.

No second renderer: the cards, curves and headers are the editing canvas's
items, drawn by their own paint code. The view takes no mouse or key input to
the scene (it cannot edit), pins the scene's headers where the camera says,
and picks the level of detail per frame as the editing view does. On a stage
slide the window makes it only as wide as the stage, so nothing beside the
stage is painted at all.
"""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QTransform
from PySide6.QtWidgets import QFrame, QGraphicsView, QStyleOptionGraphicsItem

from ...canvas import overlays
from .slides import Camera

#: Room around the map the camera may look at (beyond it the scroll bars would clamp).
ROOM = 100_000.0


class PresentView(QGraphicsView):
    """Shows the scene through a camera; every frame is painted in full."""

    def __init__(self, scene, parent=None) -> None:
        super().__init__(scene, parent)
        self.setInteractive(False)
        self.setFocusPolicy(Qt.NoFocus)
        self.setFrameShape(QFrame.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setTransformationAnchor(QGraphicsView.NoAnchor)
        self.setResizeAnchor(QGraphicsView.NoAnchor)
        self.setViewportUpdateMode(QGraphicsView.FullViewportUpdate)
        self.setRenderHints(QPainter.Antialiasing | QPainter.TextAntialiasing | QPainter.SmoothPixmapTransform)
        self.setBackgroundBrush(QColor("#ffffff"))
        lay = scene.layout
        self.setSceneRect(QRectF(-ROOM, -ROOM, lay.width + 2 * ROOM, lay.height + 2 * ROOM))
        scene.off_screen.set_live(None)  # two views: every item where it belongs, nothing put off
        self.camera: Optional[Camera] = None

    def pixels_per_point(self) -> float:
        return (self.viewport().logicalDpiX() or 96) / 72.0

    def set_camera(self, cam: Camera, left: int = 0) -> None:
        """Show what ``cam`` looks at (the screen's top-left corner is ``left``
        pixels left of this view's): its zoom, its top-left corner, the headers pinned there."""
        self.camera = cam
        if abs(self.transform().m11() - cam.scale) > 1e-9:
            self.setTransform(QTransform.fromScale(cam.scale, cam.scale))
        vp = self.viewport().rect()
        x = cam.x + left / cam.scale
        self.centerOn(QPointF(x + vp.width() / cam.scale / 2, cam.y + vp.height() / cam.scale / 2))
        self.scene().set_visible_origin(max(0.0, cam.pin_left), max(0.0, cam.pin_top))

    def paintEvent(self, event) -> None:  # noqa: N802 - as MapView: one level of detail per frame
        overlays.frame_lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(self.viewportTransform())
        scene = self.scene()
        if scene is not None and scene.zoomed_out != (overlays.frame_lod < overlays.LOD_BLOCKS):
            scene.set_zoomed_out(overlays.frame_lod < overlays.LOD_BLOCKS)
        try:
            super().paintEvent(event)
        finally:
            overlays.frame_lod = None

    # the mouse and the wheel go to the window, which moves between slides: nothing here scrolls or selects
    def mousePressEvent(self, event) -> None:  # noqa: N802
        event.ignore()

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802
        event.ignore()

    def wheelEvent(self, event) -> None:  # noqa: N802
        event.ignore()
