"""EmotionCurveItem: one persona's feelings across the stages, with draggable points."""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainterPath, QPainterPathStroker
from PySide6.QtWidgets import QGraphicsItem

from ...layout import Curve, CurvePoint, smooth_segments
from .. import decor
from .base import Z_CURVE

#: Radius of a point's marker and of the area that grabs it.
POINT_RADIUS = 5.0
GRAB_RADIUS = 9.0


class EmotionCurveItem(QGraphicsItem):
    """Drawn in the feelings lane; dragging a point changes that stage's score."""

    kind = "emotions"

    def __init__(self, persona_id: str) -> None:
        super().__init__()
        self.persona_id = persona_id
        self.curve: Optional[Curve] = None
        self.lane_id = ""
        self.persona_name = ""
        #: (index of the point being dragged, its preview y) while dragging
        self.drag: Optional[tuple[int, float, int]] = None
        self._path = QPainterPath()
        self._shape = QPainterPath()
        self._bounds = QRectF()
        self.setAcceptHoverEvents(True)
        self.setZValue(Z_CURVE)

    # -- data ------------------------------------------------------------------
    def set_curve(self, curve: Curve, lane_id: str, persona_name: str) -> None:
        if curve == self.curve and lane_id == self.lane_id and persona_name == self.persona_name:
            return
        self.curve, self.lane_id, self.persona_name = curve, lane_id, persona_name
        self.drag = None
        self._rebuild()

    def points(self) -> list[tuple[float, float]]:
        pts = [(p.x, p.y) for p in self.curve.points] if self.curve else []
        if self.drag is not None:
            i, y, _score = self.drag
            pts[i] = (pts[i][0], y)
        return pts

    def _rebuild(self) -> None:
        self.prepareGeometryChange()
        pts = self.points()
        path = QPainterPath()
        if pts:
            path.moveTo(QPointF(*pts[0]))
            for _p0, c1, c2, p3 in smooth_segments(pts):
                path.cubicTo(QPointF(*c1), QPointF(*c2), QPointF(*p3))
        self._path = path
        stroker = QPainterPathStroker()
        stroker.setWidth(6)
        shape = stroker.createStroke(path)
        for x, y in pts:
            shape.addEllipse(QPointF(x, y), GRAB_RADIUS, GRAB_RADIUS)
        self._shape = shape
        bounds = shape.boundingRect()
        # room for labels under the points
        self._bounds = bounds.adjusted(-70, -GRAB_RADIUS - 14, 70, 30)
        self.update()

    def point_at(self, pos: QPointF) -> Optional[int]:
        for i, (x, y) in enumerate(self.points()):
            if (pos.x() - x) ** 2 + (pos.y() - y) ** 2 <= GRAB_RADIUS ** 2:
                return i
        return None

    def point(self, index: int) -> CurvePoint:
        return self.curve.points[index]

    def set_drag_preview(self, index: Optional[int], y: float = 0.0, score: int = 0) -> None:
        self.drag = None if index is None else (index, y, score)
        self._rebuild()

    def tooltip_at(self, pos: QPointF) -> str:
        from html import escape

        i = self.point_at(pos)
        if i is None:
            return escape(self.persona_name)
        p = self.curve.points[i]
        text = f"<b>{escape(self.persona_name)}</b>: {p.score:+d}"
        if p.label:
            text += " — " + escape(p.label)
        return text

    # -- Qt ------------------------------------------------------------------------
    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._bounds

    def shape(self) -> QPainterPath:
        return self._shape

    def paint(self, painter, option, widget=None) -> None:
        if self.curve is None:
            return
        decor.paint_emotion_curve_on_canvas(painter, self._path, self.curve, self.points(), self.drag)

    def hoverMoveEvent(self, event) -> None:  # noqa: N802
        self.setCursor(Qt.SizeVerCursor if self.point_at(event.pos()) is not None else Qt.ArrowCursor)

    def hoverLeaveEvent(self, event) -> None:  # noqa: N802
        self.unsetCursor()

    def mousePressEvent(self, event) -> None:  # noqa: N802
        index = self.point_at(event.pos()) if event.button() == Qt.LeftButton else None
        if index is None:
            event.ignore()  # clicks on the line itself fall through to what is below
            return
        self.scene().begin_emotion_drag(self, index, event)
        event.accept()

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        self.scene().gesture_move(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        self.scene().gesture_release(event)
