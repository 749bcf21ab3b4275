"""Small helpers shared by the canvas items: colours, z-order, item kinds."""

from __future__ import annotations

import functools
import logging
from functools import lru_cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsItem

from ...layout.style import DEFAULT_STYLE, Style

log = logging.getLogger(__name__)

#: Errors raised while painting, kept so tests can fail on them (see tests/conftest.py).
PAINT_ERRORS: list[str] = []


def guarded_paint(paint):
    """Wrap an item's ``paint`` so a Python error is logged, not fatal.

    PySide6 6.11 can crash the whole process while reporting an exception
    raised inside a virtual override called from C++ (``paint`` during a
    repaint); one badly drawn item must never cost a consultant their map.
    """

    @functools.wraps(paint)
    def wrapper(self, painter, option, widget=None):
        try:
            paint(self, painter, option, widget)
        except Exception as exc:  # noqa: BLE001 - logged and recorded, drawing goes on
            PAINT_ERRORS.append(f"{type(self).__name__}.paint: {exc!r}")
            log.exception("error while painting %s", type(self).__name__)

    return wrapper


def pinned_span(r, left: float, max_width: float) -> tuple[float, float]:
    """(x, width) of a header pinned at the view's ``left`` edge: at most ``max_width``
    wide there, narrowing as the map scrolls so its right edge meets the cells."""
    x = max(r.x, left)
    return x, min(r.w, max(min(r.w, max_width), r.right - x))


def relative_lines(lines, rect) -> tuple:
    """A header's text lines relative to its corner: what its cached pixmap shows
    of them, unchanged when the header only moved (to a millionth of a point: a
    line laid out at 586 + 17.3 lies 17.299999999999955 below its header)."""
    return tuple((line.text, near(line.x - rect.x), near(line.y - rect.y), line.size, line.bold, line.role)
                 for line in lines)


def near(v: float) -> float:
    """A distance in a header's look, to a millionth of a point (see :func:`relative_lines`)."""
    return round(v, 6)


def scene_style(item: QGraphicsItem) -> Style:
    """The style the item's scene laid the map out with (the layout's own), passed
    on to the painter; the default style only for an item in no laid-out scene."""
    layout = getattr(item.scene(), "layout", None)
    return getattr(layout, "style", DEFAULT_STYLE)


# Stacking order, bottom to top. Headers stay above the cells they are pinned over.
Z_GRID = 0.0
Z_CONNECTOR = 5.0  # under the cards: lines pass behind them, ends meet their edges
Z_CARD = 10.0
Z_CONNECTOR_LABEL = 12.0
Z_CONNECTOR_SELECTED = 15.0
Z_CURVE = 20.0
Z_PERSONA = 25.0
Z_INDICATOR = 40.0
Z_DRAGGED = 50.0  # above the drop line, whose ends stick out on both sides
Z_EDITOR = 60.0
Z_LANE_HEADER = 100.0
Z_STAGE_HEADER = 110.0
Z_CORNER = 120.0

SELECTION_COLOUR = "#2f6fed"
HIGHLIGHT_COLOUR = "#ffb000"
HOVER_COLOUR = "#7a8aa3"


@lru_cache(maxsize=512)
def qcolor(hex_colour: str, alpha: int = 255) -> QColor:
    """A QColor for ``#rrggbb`` (cached: items paint thousands of times)."""
    colour = QColor(hex_colour)
    if alpha != 255:
        colour.setAlpha(alpha)
    return colour


class ModelItem:
    """Mixin naming what model object an item shows.

    ``kind`` is the :class:`~cjm_desktop.model.ObjectKind` of the object (the
    key of :meth:`MapScene.selected_ids` for selectable items); ``model_id`` its id.
    """

    kind = ""
    model_id = ""

    def tooltip_text(self) -> str:  # computed lazily by MapScene.helpEvent
        return ""



class AxisHeaderGestures:
    """Mouse handling shared by the stage and lane headers (mixin for a
    QGraphicsItem subclass): press arms a reorder drag or starts a resize on
    the edge, move and release go to the scene's gesture, right-click asks
    the window for the header's menu through ``context_signal``."""

    context_signal = ""  # name of the MapScene signal emitted on right-click

    def press_axis(self, event, on_edge: bool) -> None:
        if event.button() == Qt.LeftButton and on_edge:
            self.scene().begin_resize(self, event)
            event.accept()
            return
        QGraphicsItem.mousePressEvent(self, event)
        if event.button() == Qt.LeftButton:
            self.scene().arm_axis_drag(self, event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        self.scene().gesture_move(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        if not self.scene().gesture_release(event):
            QGraphicsItem.mouseReleaseEvent(self, event)

    def contextMenuEvent(self, event) -> None:  # noqa: N802
        if not self.isSelected():
            self.scene().clearSelection()
            self.setSelected(True)
        getattr(self.scene(), self.context_signal).emit(self.model_id, event.screenPos())
        event.accept()
