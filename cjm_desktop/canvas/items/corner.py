"""CornerItem: the top-left corner above the lane headers; pinned in both directions."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QGraphicsItem

from ...layout import MapLayout, Rect
from ...render import qt_painter
from .base import Z_CORNER, guarded_paint, pinned_span


class CornerItem(QGraphicsItem):
    def __init__(self) -> None:
        super().__init__()
        self.rect_in_map = Rect(0, 0, 0, 0)
        self.layout: MapLayout | None = None
        self.language = "vi"
        self._rect = QRectF()
        self._look: tuple = ()  # what it shows (see set_layout)
        self.setAcceptedMouseButtons(Qt.NoButton)
        self.setZValue(Z_CORNER)
        # drawn once into a pixmap that pinning it as the view scrolls, and edits, keep
        self.setCacheMode(QGraphicsItem.DeviceCoordinateCache)

    def set_layout(self, layout: MapLayout, language: str) -> None:
        """Drawn again only when its look changes: its size, the style, the language
        (it draws relative to its own place)."""
        rect = layout.corner
        if (rect.w, rect.h) != (self.rect_in_map.w, self.rect_in_map.h):
            self.prepareGeometryChange()
            self._rect = QRectF(0, 0, rect.w, rect.h)
        look = (rect.w, rect.h, layout.style, language)
        changed = look != self._look
        self._look = look
        self.rect_in_map, self.layout, self.language = rect, layout, language
        if changed:
            self.update()

    def pin(self, left: float, top: float, max_width: float = float("inf")) -> None:
        """Pinned in both directions, as wide as the lane headers below it."""
        r = self.rect_in_map
        x, width = pinned_span(r, left, max_width)
        if width != self._rect.width():
            self.prepareGeometryChange()
            self._rect = QRectF(0, 0, width, r.h)
        self.setPos(x, max(r.y, top))

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._rect

    @guarded_paint
    def paint(self, painter, option, widget=None) -> None:
        if self.layout is None:
            return
        painter.setClipRect(self._rect)
        painter.translate(-self.rect_in_map.x, -self.rect_in_map.y)
        qt_painter.paint_corner(painter, self.layout, self.language)
