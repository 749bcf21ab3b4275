"""StageHeaderItem: a stage's title across the top; pinned while scrolling down."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QGraphicsItem

from ...layout import Rect, TextLine
from ...layout import decor as shared
from ...model import ObjectKind
from ...render import qt_painter
from ...render.qt_workshop import paint_header_badge
from ...render.qt_pictures import draw_stage_picture
from ...render.qt_icons import draw_channel_chips
from .. import overlays
from .base import Z_STAGE_HEADER, AxisHeaderGestures, ModelItem, guarded_paint, relative_lines, scene_style

#: Width of the strip at the right edge that resizes the stage.
EDGE = 5.0


class StageHeaderItem(AxisHeaderGestures, ModelItem, QGraphicsItem):
    """Click selects, drag reorders, drag the right edge resizes, right-click asks for the menu."""

    kind = ObjectKind.STAGES
    context_signal = "stage_context_requested"

    def __init__(self, stage_id: str) -> None:
        QGraphicsItem.__init__(self)
        self.model_id = stage_id
        self.rect_in_map = Rect(0, 0, 0, 0)
        self.lines: tuple[TextLine, ...] = ()
        self.colour = "#3d5a80"
        self.title = ""
        self.description = ""
        self.index = 0
        self.last = False
        self.open_comments = 0  # the count on its badge (layout/workshop_marks)
        #: (the header's StagePicture, its data URI) or None
        self.picture = None
        self.channel_chips = ()  # the stage's channel row (layout.channel_row), map coordinates
        self._rect = QRectF()
        self._bounds = QRectF()
        self._look: tuple = ()  # what it shows, relative to its corner (see set_data)
        self._chips_look: tuple = ()
        self.setFlag(QGraphicsItem.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        self.setZValue(Z_STAGE_HEADER)
        # drawn once per zoom into a pixmap: a repaint of the view (a lane that grew
        # moves everything below) blits the headers instead of drawing their icons again
        self.setCacheMode(QGraphicsItem.DeviceCoordinateCache)

    def set_data(self, rect: Rect, lines, colour: str, title: str, description: str, index: int, last: bool,
                 picture=None) -> None:
        """``picture``: (the layout's StagePicture, the picture's data URI) when the stage shows one."""
        if rect.w != self.rect_in_map.w or rect.h != self.rect_in_map.h or last != self.last:
            self.prepareGeometryChange()
            self._rect = QRectF(0, 0, rect.w, rect.h)
            # the chevron's tip reaches into the next stage (the last one is cut at the map's edge)
            self._bounds = self._rect.adjusted(0, 0, 0 if last else shared.CHEVRON_DEPTH + 1, 0)
        # what its cached pixmap shows: a header that only moved (a stage added or widened to
        # its left) keeps it, lines and picture having moved with it
        look = (relative_lines(lines, rect), colour, index == 0, last,
                picture and (picture[1], _moved(picture[0].box, -rect.x, -rect.y)))
        changed = look != self._look
        self._look = look
        self.rect_in_map, self.lines, self.colour, self.picture = rect, lines, colour, picture
        self.title, self.description, self.index, self.last = title, description, index, last
        # left stages above right ones, so each tip covers the next header's background
        self.setZValue(Z_STAGE_HEADER - index * 0.001)
        if changed:
            self.update()

    def set_open_comments(self, count: int) -> None:
        if count != self.open_comments:
            self.open_comments = count
            self.update()

    def set_channel_chips(self, chips) -> None:
        """Its channel row (map coordinates, laid out for where the header is now)."""
        r = self.rect_in_map
        look = tuple((c.channel_id, _moved(c.chip, -r.x, -r.y), _moved(c.icon, -r.x, -r.y)) for c in chips)
        self.channel_chips = chips
        if look != self._chips_look:
            self._chips_look = look
            self.update()

    def pin(self, top: float) -> None:
        """Place the header at its column, at ``top`` or its own row if lower."""
        self.setPos(self.rect_in_map.x, max(self.rect_in_map.y, top))

    def tooltip_text(self) -> str:
        from html import escape

        text = f"<b>{escape(self.title)}</b>"
        if self.description:
            text += "<br>" + escape(self.description)
        return text

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._bounds

    @guarded_paint
    def paint(self, painter, option, widget=None) -> None:
        r = self.rect_in_map
        # the row behind the chevrons (seen in their gaps when pinned over the cards)
        style = scene_style(self)
        painter.fillRect(self._rect, overlays.qcolor(style.background))
        painter.translate(-r.x, -r.y)
        first = self.index == 0
        qt_painter.paint_stage_header(painter, r, self.lines, self.colour, first, style)
        if self.open_comments:
            paint_header_badge(painter, r, self.open_comments)
        if self.picture is not None:  # zoomed far out: a tinted block, as a card's picture
            lod = overlays.level_of_detail(painter)
            draw_stage_picture(painter, self.picture[0], self.picture[1], self.colour, lod, lod >= overlays.LOD_TEXT)
        if self.channel_chips and overlays.level_of_detail(painter) >= overlays.LOD_TEXT:
            draw_channel_chips(painter, self.channel_chips)
        if self.isSelected():
            overlays.outline_stage_header(painter, r, first)

    def on_edge(self, x: float) -> bool:
        return x >= self._rect.width() - EDGE

    def hoverMoveEvent(self, event) -> None:  # noqa: N802
        self.setCursor(Qt.SizeHorCursor if self.on_edge(event.pos().x()) else Qt.ArrowCursor)

    def hoverLeaveEvent(self, event) -> None:  # noqa: N802
        self.unsetCursor()

    def mousePressEvent(self, event) -> None:  # noqa: N802
        self.press_axis(event, self.on_edge(event.pos().x()))


def _moved(r: Rect, dx: float, dy: float) -> tuple[float, float, float, float]:
    return (r.x + dx, r.y + dy, r.w, r.h)
