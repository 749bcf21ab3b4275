"""LaneHeaderItem: a lane's title down the left; pinned while scrolling right."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtWidgets import QGraphicsItem

from ...layout import Rect, TextLine
from ...model import LaneKind, ObjectKind
from ...layout import decor as shared
from ...render import qt_painter
from ...render.qt_workshop import paint_header_badge
from .. import overlays
from .base import (Z_LANE_HEADER, AxisHeaderGestures, ModelItem, guarded_paint, near, pinned_span,
                   relative_lines, scene_style)

#: Height of the strip at the bottom edge that resizes the lane.
EDGE = 5.0
#: The collapse toggle, in item coordinates: between the accent bar and the title.
TOGGLE = QRectF(shared.LANE_ACCENT_WIDTH, 2, 14 - shared.LANE_ACCENT_WIDTH, 22)


class LaneHeaderItem(AxisHeaderGestures, ModelItem, QGraphicsItem):
    """Click selects, drag reorders, drag the bottom edge resizes, the triangle collapses."""

    kind = ObjectKind.LANES
    context_signal = "lane_context_requested"

    def __init__(self, lane_id: str) -> None:
        QGraphicsItem.__init__(self)
        self.model_id = lane_id
        self.rect_in_map = Rect(0, 0, 0, 0)
        self.lines: tuple[TextLine, ...] = ()
        self.lane_kind = LaneKind.CUSTOM
        self.collapsed = False
        self.title = ""
        self.scale_layout = None  # the MapLayout, for the feelings lane's score labels
        self.hovered = False
        self.open_comments = 0  # the count on its badge (layout/workshop_marks)
        self._rect = QRectF()
        self._look: tuple = ()  # what it shows, relative to its corner (see set_data)
        self.setFlag(QGraphicsItem.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        self.setZValue(Z_LANE_HEADER)
        # drawn once per zoom into a pixmap, kept while it moves: a lane added or grown
        # above moves every header below, and scrolling right moves the pinned column
        self.setCacheMode(QGraphicsItem.DeviceCoordinateCache)

    def set_data(self, rect: Rect, lines, kind: LaneKind, collapsed: bool, title: str, index: int,
                 scale_layout=None) -> None:
        """``index``: its place from the top; ``scale_layout`` is the MapLayout
        when this lane shows the emotion scale."""
        if rect.w != self.rect_in_map.w or rect.h != self.rect_in_map.h:
            self.prepareGeometryChange()
            self._rect = QRectF(0, 0, min(rect.w, self._rect.width()) if self._rect.width() else rect.w, rect.h)
        # a header that only moved (a lane above grew) keeps its pixmap
        look = (relative_lines(lines, rect), kind, collapsed, rect.w, rect.h, _scale_look(scale_layout, rect))
        changed = look != self._look
        self._look = look
        self.rect_in_map, self.lines, self.lane_kind, self.collapsed = rect, lines, kind, collapsed
        self.title, self.scale_layout = title, scale_layout
        # lower lanes above upper ones, the stacking a fresh canvas has: the grid line
        # along a header's bottom edge meets the next header the same way after an edit
        self.setZValue(Z_LANE_HEADER + index * 0.001)
        if changed:
            self.update()

    def set_open_comments(self, count: int) -> None:
        if count != self.open_comments:
            self.open_comments = count
            self.update()

    def pin(self, left: float, max_width: float = float("inf")) -> None:
        """Stay at the view's left edge while the map scrolls right, at most
        ``max_width`` wide there (the view caps the column in screen pixels); the
        header narrows as it scrolls, so its right edge meets the cells until then."""
        r = self.rect_in_map
        x, width = pinned_span(r, left, max_width)
        if width != self._rect.width():
            self.prepareGeometryChange()
            self._rect = QRectF(0, 0, width, r.h)
        self.setPos(x, r.y)

    def tooltip_text(self) -> str:
        from html import escape

        return f"<b>{escape(self.title)}</b>"

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._rect

    @guarded_paint
    def paint(self, painter, option, widget=None) -> None:
        r = self.rect_in_map
        painter.save()
        painter.setClipRect(self._rect)  # a capped pinned column shows its left part
        painter.translate(-r.x, -r.y)
        style = scene_style(self)
        qt_painter.paint_lane_header(painter, r, self.lines, self.lane_kind, style)
        if self.open_comments:
            paint_header_badge(painter, r, self.open_comments)
        if self.scale_layout is not None and not self.collapsed:
            painter.translate(self._rect.width() - r.w, 0)  # the score labels stay at the right edge
            qt_painter.paint_emotion_scale_labels(painter, self.scale_layout)
        painter.restore()
        painter.setPen(qt_painter.qpen(shared.grid_stroke(style)))
        painter.drawLine(QPointF(0, self._rect.bottom() - 0.3), QPointF(self._rect.right(), self._rect.bottom() - 0.3))
        if self.collapsed or self.hovered:  # the toggle shows on hover, and always when collapsed
            first = self.lines[0].y - r.y if self.lines else 16.0
            overlays.paint_collapse_toggle(painter, TOGGLE.x() + 1.5, first - 3.6, self.collapsed, style)
        if self.isSelected():
            overlays.outline_rect(painter, self._rect)

    def on_edge(self, y: float) -> bool:
        return not self.collapsed and y >= self._rect.height() - EDGE

    def hoverMoveEvent(self, event) -> None:  # noqa: N802
        pos = event.pos()
        if TOGGLE.contains(pos):
            self.setCursor(Qt.PointingHandCursor)
        else:
            self.setCursor(Qt.SizeVerCursor if self.on_edge(pos.y()) else Qt.ArrowCursor)

    def hoverEnterEvent(self, event) -> None:  # noqa: N802
        self.hovered = True
        self.update()

    def hoverLeaveEvent(self, event) -> None:  # noqa: N802
        self.hovered = False
        self.unsetCursor()
        self.update()

    def mousePressEvent(self, event) -> None:  # noqa: N802
        if event.button() == Qt.LeftButton and TOGGLE.contains(event.pos()):
            self.scene().toggle_lane(self.model_id)
            event.accept()
            return
        self.press_axis(event, self.on_edge(event.pos().y()))


def _scale_look(layout, rect: Rect) -> tuple:
    """Where the emotion scale's labels sit, relative to the header's corner (none: ())."""
    scale = shared.emotion_scale(layout) if layout is not None else None
    if scale is None:
        return ()
    return (near(scale.label_x - rect.x),) + tuple((score, near(y - rect.y)) for score, y in scale.ticks)
