"""ComparisonItem: another version of the map drawn over this one, and the
marks of merge conflicts.

Compare With…: added cards outlined green, changed ones amber, moved ones
amber with a thin arrow from the cell they were in, removed ones as red dashed
ghosts in their old cell. Conflicts: an orange badge on the object, whose
tooltip gives both values (plain text). The marks are computed by
:func:`comparison_marks` / :func:`conflict_marks` from the layout; the item only
draws them and never takes a mouse click (the cards under it do).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem

from ...layout import LayoutEngine, MapLayout, Rect
from ...plain_text import plain_tooltip
from .base import guarded_paint

Z_COMPARISON = 35.0
ADDED, CHANGED, REMOVED, CONFLICT = "#2e9e5b", "#e0a100", "#d64545", "#ef6c00"
BADGE = 16.0


@dataclass
class Marks:
    outlines: list[tuple[Rect, str]] = field(default_factory=list)  # (rect, colour)
    ghosts: list[tuple[Rect, str]] = field(default_factory=list)  # (rect, title)
    arrows: list[tuple[tuple[float, float], tuple[float, float]]] = field(default_factory=list)
    badges: list[tuple[Rect, str]] = field(default_factory=list)  # (object's rect, tooltip)


def comparison_marks(changes, other, lay: MapLayout) -> Marks:
    """Marks for ``changes`` (teams.diff_maps(other, current)) on the current layout."""
    marks = Marks()
    other_lay: Optional[MapLayout] = None
    colour = {"added": ADDED, "edited": CHANGED, "moved": CHANGED, "reordered": CHANGED}
    for change in changes:
        if change.kind != "cards":
            continue
        g = lay.cards.get(change.id)
        if change.op in colour and g is not None:
            marks.outlines.append((lay.card_rect(g), colour[change.op]))
        if change.op in ("moved", "removed"):
            if other_lay is None:
                other_lay = LayoutEngine(lay.style).layout(other)
            was = other_lay.cards.get(change.id)
            if was is None:
                continue
            cell = lay.cells.get((was.stage_id, was.lane_id))
            old_cell = other_lay.cells.get((was.stage_id, was.lane_id))
            if cell is None or old_cell is None:
                continue  # its stage or lane is gone too
            if change.op == "removed":
                r = was.box  # relative to its cell: the same place in the cell now
                marks.ghosts.append((Rect(cell.x + r.x, cell.y + r.y, r.w, min(r.h, 60.0)), change.label))
            elif g is not None:
                r = lay.card_rect(g)
                marks.arrows.append((cell.center, (r.x, r.y + r.h / 2)))
    return marks


def conflict_marks(conflicts, lay: MapLayout, lines: dict[str, str]) -> Marks:
    """A badge on each object that has a conflict; ``lines``: conflict id -> its words."""
    marks = Marks()
    by_object: dict[str, list[str]] = {}
    for c in conflicts:
        by_object.setdefault(c.object_id, []).append(lines.get(c.id, ""))
    for object_id, texts in by_object.items():
        rect = _object_rect(object_id, lay)
        if rect is not None:
            marks.badges.append((rect, "\n".join(texts)))
            marks.outlines.append((rect, CONFLICT))
    return marks


def _object_rect(object_id: str, lay: MapLayout) -> Optional[Rect]:
    for table in (lay.cards,):
        g = table.get(object_id)
        if g is not None:
            return lay.card_rect(g)
    for table in (lay.stage_headers, lay.lane_headers):
        if object_id in table:
            return table[object_id]
    if "/" in object_id:  # a cell's order, or an emotion point: its stage
        first, _, second = object_id.partition("/")
        cell = lay.cells.get((first, second))
        return cell if cell is not None else lay.stage_headers.get(second)
    return None


class _Badge(QGraphicsItem):
    """The "!" on an object with a conflict; its tooltip says both values."""

    def __init__(self, parent: QGraphicsItem, rect: Rect, text: str) -> None:
        super().__init__(parent)
        self.setPos(rect.right - BADGE * 0.75, rect.y - BADGE * 0.25)
        self.setToolTip(plain_tooltip(text))
        self.setAcceptedMouseButtons(Qt.NoButton)
        self.setAcceptHoverEvents(True)

    def boundingRect(self) -> QRectF:  # noqa: N802
        return QRectF(0, 0, BADGE, BADGE)

    @guarded_paint
    def paint(self, painter, option, widget=None) -> None:
        painter.setPen(Qt.NoPen)
        painter.setBrush(QColor(CONFLICT))
        painter.drawEllipse(self.boundingRect())
        painter.setPen(QPen(QColor("white"), 2.2, Qt.SolidLine, Qt.RoundCap))
        painter.drawLine(QPointF(BADGE / 2, 4), QPointF(BADGE / 2, BADGE - 7))
        painter.drawPoint(QPointF(BADGE / 2, BADGE - 4))


class ComparisonItem(QGraphicsItem):
    """Draws :class:`Marks` over the map; hidden when there are none."""

    def __init__(self) -> None:
        super().__init__()
        self.marks = Marks()
        self._bounds = QRectF()
        self.setZValue(Z_COMPARISON)
        self.setAcceptedMouseButtons(Qt.NoButton)
        self.setFlag(QGraphicsItem.ItemHasNoContents, True)

    def set_marks(self, marks: Marks) -> None:
        scene = self.scene()
        if scene is not None and not self._bounds.isEmpty():
            # where the old marks were: Qt repaints no part of an item that has no contents
            # by the time its change is processed (the marks cleared), so the view would
            # keep them until something else repainted there
            scene.update(self.mapRectToScene(self._bounds))
        self.prepareGeometryChange()
        self.marks = marks
        for child in self.childItems():
            if child.scene() is not None:
                child.scene().removeItem(child)  # out of this item too
        for rect, text in marks.badges:
            _Badge(self, rect, text)
        rects = [r for r, _ in marks.outlines + marks.ghosts]
        rects += [Rect(min(a[0], b[0]), min(a[1], b[1]), abs(a[0] - b[0]), abs(a[1] - b[1])) for a, b in marks.arrows]
        if rects:
            left, top = min(r.x for r in rects), min(r.y for r in rects)
            right, bottom = max(r.right for r in rects), max(r.bottom for r in rects)
            self._bounds = QRectF(left - 8, top - 8, right - left + 16, bottom - top + 16)
        else:
            self._bounds = QRectF()
        self.setFlag(QGraphicsItem.ItemHasNoContents, not rects)
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._bounds

    @guarded_paint
    def paint(self, painter, option, widget=None) -> None:
        painter.setBrush(Qt.NoBrush)
        for r, colour in self.marks.outlines:
            painter.setPen(QPen(QColor(colour), 2.5))
            painter.drawRoundedRect(QRectF(r.x - 3, r.y - 3, r.w + 6, r.h + 6), 6, 6)
        for r, title in self.marks.ghosts:
            fill = QColor(REMOVED)
            fill.setAlpha(28)
            painter.setBrush(QBrush(fill))
            painter.setPen(QPen(QColor(REMOVED), 1.5, Qt.DashLine))
            painter.drawRoundedRect(QRectF(r.x, r.y, r.w, r.h), 6, 6)
            painter.setPen(QColor(REMOVED))
            painter.drawText(QRectF(r.x + 8, r.y + 4, r.w - 16, r.h - 8), Qt.TextSingleLine | Qt.AlignLeft, title)
        painter.setBrush(QColor(CHANGED))
        for (x0, y0), (x1, y1) in self.marks.arrows:
            painter.setPen(QPen(QColor(CHANGED), 1.2, Qt.SolidLine, Qt.RoundCap))
            line = QLineF(x0, y0, x1, y1)
            painter.drawLine(line)
            painter.setPen(Qt.NoPen)
            painter.drawPolygon(_head(line))


def _head(line: QLineF) -> QPolygonF:
    unit = line.unitVector()
    d = QPointF(unit.dx(), unit.dy()) * 8
    n = QPointF(-d.y(), d.x()) * 0.5
    tip = line.p2()
    return QPolygonF([tip, tip - d + n, tip - d - n])
