"""EmotionCurveItem: one persona's feelings across the stages, with draggable points."""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainterPath, QPainterPathStroker
from PySide6.QtWidgets import QGraphicsItem

from dataclasses import replace

from ...layout import Curve, CurvePoint, smooth_segments
from ...layout import decor as shared
from ...model import ObjectKind
from ...render import qt_painter
from ...render.qt_fonts import scene_font
from .base import Z_CURVE, qcolor, guarded_paint, scene_style

#: Radius of the area around a point that grabs it.
GRAB_RADIUS = 9.0
#: How wide the line is to the mouse (its shape), wider than drawn.
_SHAPE_WIDTH = 6.0


def paint_score_badge(painter, x: float, y: float, score: int, colour: str) -> None:
    """The score a dragged point will get, beside it."""
    badge = QRectF(x + 9, y - 8, 22, 16)
    painter.setPen(Qt.NoPen)
    painter.setBrush(qcolor(colour))
    painter.drawRoundedRect(badge, 4, 4)
    painter.setFont(scene_font(9.0, True, painter.device()))
    painter.setPen(qcolor("#ffffff"))
    painter.drawText(badge, Qt.AlignCenter, shared.scale_label(score))


class EmotionCurveItem(QGraphicsItem):
    """Drawn in the feelings lane; dragging a point changes that stage's score."""

    kind = ObjectKind.EMOTIONS

    def __init__(self, persona_id: str) -> None:
        super().__init__()
        self.persona_id = persona_id
        self.curve: Optional[Curve] = None
        #: the curve its path was built from, in its own coordinates; ``pos()`` is how
        #: far ``curve`` lies below it (a lane above grew: the curve moved, nothing rebuilt)
        self.drawn: Optional[Curve] = None
        self.lane_id = ""
        self.persona_name = ""
        self.label_offsets: tuple[float, ...] = ()  # label baselines relative to each point
        #: (index of the point being dragged, its preview y) while dragging
        self.drag: Optional[tuple[int, float, int]] = None
        self._path = QPainterPath()
        self._shape = QPainterPath()
        self._bounds = QRectF()
        self.setAcceptHoverEvents(True)
        self.setFlag(QGraphicsItem.ItemUsesExtendedStyleOption)  # paint() is told the exposed part
        # drawn into a pixmap (Qt keeps the part in view): a lane that grows above the feelings
        # lane moves the curve, and stroking it again cost ~1.5 ms a frame
        self.setCacheMode(QGraphicsItem.DeviceCoordinateCache)
        self.setZValue(Z_CURVE)

    # -- data ------------------------------------------------------------------
    def set_curve(self, curve: Curve, lane_id: str, persona_name: str, label_offsets: tuple[float, ...]) -> None:
        """``label_offsets``: this curve's row of :func:`layout.decor.point_label_offsets`."""
        label_offsets = tuple(label_offsets)
        if (curve, lane_id, persona_name, label_offsets) == (self.curve, self.lane_id, self.persona_name, self.label_offsets):
            return
        moved = None
        if self.drag is None and (lane_id, persona_name, label_offsets) == (self.lane_id, self.persona_name,
                                                                            self.label_offsets):
            moved = _lowered(self.drawn, curve)
        self.curve, self.lane_id, self.persona_name, self.label_offsets = curve, lane_id, persona_name, label_offsets
        if moved is not None:
            if moved != self.y():
                self.setPos(0.0, moved)
            return
        self.drag = None
        self._rebuild()

    def points(self) -> list[tuple[float, float]]:
        """Its points as drawn, in its own coordinates (a dragged one at its preview)."""
        pts = [(p.x, p.y) for p in self.drawn.points] if self.drawn else []
        if self.drag is not None:
            i, y, _score = self.drag
            pts[i] = (pts[i][0], y)
        return pts

    def shown_curve(self) -> Optional[Curve]:
        """The curve as drawn: while a point is dragged, with that point at its new score."""
        if self.drawn is None or self.drag is None:
            return self.drawn
        i, y, score = self.drag
        points = list(self.drawn.points)
        points[i] = replace(points[i], y=y, score=score)
        return replace(self.drawn, points=tuple(points), segments=tuple(smooth_segments([(p.x, p.y) for p in points])))

    def _rebuild(self) -> None:
        self.prepareGeometryChange()
        if self.drawn is not self.curve:  # drawn where the layout puts it, in scene coordinates again
            self.drawn = self.curve
            self.setPos(0.0, 0.0)
        curve = self.shown_curve()
        path = qt_painter.curve_qpath(curve) if curve is not None else QPainterPath()
        self._path = path
        self._shape = None  # made when first hit: a lane step moves the curve, rarely is it hit
        # the line as wide as its shape's stroke, and room for the labels above or below the
        # points and the halo (which holds each point's grab circle too: see shape())
        half = _SHAPE_WIDTH / 2
        self._bounds = path.boundingRect().adjusted(-half - 80, -half - GRAB_RADIUS - 16, half + 80, half + 24)
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
        if self._shape is None:
            stroker = QPainterPathStroker()
            stroker.setWidth(_SHAPE_WIDTH)
            shape = stroker.createStroke(self._path)
            for x, y in self.points():
                shape.addEllipse(QPointF(x, y), GRAB_RADIUS, GRAB_RADIUS)
            self._shape = shape
        return self._shape

    @guarded_paint
    def paint(self, painter, option, widget=None) -> None:
        if self.curve is None:
            return
        qt_painter.paint_curve(painter, self.shown_curve(), list(self.label_offsets), scene_style(self),
                               option.exposedRect)  # (the part the view repaints)
        if self.drag is not None:
            i, y, score = self.drag
            paint_score_badge(painter, self.drawn.points[i].x, y, score, self.drawn.colour)

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


def _lowered(drawn: Optional[Curve], curve: Curve) -> Optional[float]:
    """How far ``curve`` lies below ``drawn`` when it is ``drawn`` moved down or up
    as a whole (every point at the same stage, score and label, all its heights
    shifted alike: a lane above the feelings lane grew), else None."""
    if drawn is None or drawn.colour != curve.colour or len(drawn.points) != len(curve.points) or not curve.points:
        return None
    dy = curve.points[0].y - drawn.points[0].y
    for a, b in zip(drawn.points, curve.points):
        if (a.x, a.stage_id, a.score, a.label) != (b.x, b.stage_id, b.score, b.label) or abs(b.y - a.y - dy) > 1e-6:
            return None
    return dy
