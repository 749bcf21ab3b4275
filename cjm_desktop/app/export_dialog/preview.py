"""The Export dialog's preview: the page (or the sheet grid) with the map placed as it will print.

The map is painted once per dialog into a thumbnail (:func:`render_thumbnail`,
with the same :func:`~cjm_desktop.render.qt_painter.paint_map` the PNG export
uses); the preview only places that image. Where it goes comes from the
export's own plan (:func:`cjm_desktop.export.plan_export`: the poster frame
and the tiling plan), so the preview and the file agree by construction.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...export import MM, ExportPlan
from ...i18n import tr
from ...layout import MapLayout
from ...layout.style import DEFAULT_STYLE
from ...model import JourneyMap

#: Longest side of the cached thumbnail in pixels (enough for a 2x screen preview).
THUMBNAIL_SIDE = 1400
SHEET_COLOUR = QColor("#1a7fb0")


def render_thumbnail(layout: MapLayout, m: JourneyMap, side: int = THUMBNAIL_SIDE) -> QImage:
    """The whole map painted into an image whose longest side is ``side`` pixels."""
    from ...render.qt_painter import paint_map

    scale = min(1.0 * side / max(layout.width, layout.height), 4.0)
    w, h = max(1, round(layout.width * scale)), max(1, round(layout.height * scale))
    image = QImage(w, h, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(DEFAULT_STYLE.background))
    # paint at 72 dpi so that one font point is one unit, as the PNG export does
    points_per_metre = round(72 / 0.0254)
    image.setDotsPerMeterX(points_per_metre)
    image.setDotsPerMeterY(points_per_metre)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.scale(scale, scale)
        paint_map(painter, layout, m)
    finally:
        painter.end()
    return image


@dataclass(frozen=True)
class PreviewScene:
    """What the preview shows, in points with y downwards (top-left origin).

    ``page`` is the poster page; ``map_rect`` where the map lands on it;
    ``header``/``footer`` the title block bands; ``margin_rect`` the area
    inside the margins; ``sheets`` (label, rect) windows of a tiled export.
    """

    page: QRectF
    map_rect: QRectF
    header: Optional[QRectF] = None
    footer: Optional[QRectF] = None
    margin_rect: Optional[QRectF] = None
    sheets: tuple[tuple[str, QRectF], ...] = ()

    @property
    def bounds(self) -> QRectF:
        rect = QRectF(self.page)
        for _label, sheet in self.sheets:
            rect = rect.united(sheet)
        return rect


def scene_for_plan(plan: ExportPlan, margin_mm: float) -> PreviewScene:
    """The preview of a PDF export plan (PDF coordinates turned to y-down)."""
    f = plan.frame
    ph = f.page_h

    def flip(x: float, y: float, w: float, h: float) -> QRectF:
        return QRectF(x, ph - y - h, w, h)

    margin = margin_mm * MM
    sheets: tuple[tuple[str, QRectF], ...] = ()
    if plan.tiles is not None:
        sheets = tuple((s.label, QRectF(s.x, s.y, s.w, s.h)) for s in plan.tiles.sheets())
    return PreviewScene(
        page=QRectF(0, 0, f.page_w, f.page_h),
        map_rect=flip(f.map_x, f.map_y, f.map_w, f.map_h),
        header=flip(f.header.x, f.header.y, f.header.w, f.header.h) if f.header else None,
        footer=flip(f.footer.x, f.footer.y, f.footer.w, f.footer.h) if f.footer else None,
        margin_rect=QRectF(margin, margin, f.page_w - 2 * margin, f.page_h - 2 * margin) if margin > 0 else None,
        sheets=sheets,
    )


def scene_for_image(layout: MapLayout, m: Optional[JourneyMap] = None) -> PreviewScene:
    """The preview of a PNG or SVG: the map alone, edge to edge, or with the
    title block and legend bands when ``m`` is given (they are drawn then)."""
    if m is None:
        rect = QRectF(0, 0, layout.width, layout.height)
        return PreviewScene(page=rect, map_rect=rect)
    from ...render.qt_title import image_frame

    f = image_frame(layout, m)

    def flip(x: float, y: float, w: float, h: float) -> QRectF:
        return QRectF(x, f.page_h - y - h, w, h)

    return PreviewScene(
        page=QRectF(0, 0, f.page_w, f.page_h),
        map_rect=flip(f.map_x, f.map_y, f.map_w, f.map_h),
        header=flip(f.header.x, f.header.y, f.header.w, f.header.h),
        footer=flip(f.footer.x, f.footer.y, f.footer.w, f.footer.h),
    )


class PagePreview(QWidget):
    """Draws a :class:`PreviewScene` scaled into the widget, with the thumbnail on it."""

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("ExportPreview")
        self.setMinimumSize(360, 300)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.thumbnail: Optional[QImage] = None
        self.scene: Optional[PreviewScene] = None
        self.message = ""
        self.title = ""  # the map's title, written in the preview's header band

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(460, 380)

    def set_thumbnail(self, image: QImage) -> None:
        self.thumbnail = image
        self.update()

    def show_scene(self, scene: Optional[PreviewScene], message: str = "") -> None:
        """Show ``scene``, or with None a grey page carrying ``message``."""
        self.scene = scene
        self.message = message
        self.update()

    def content_transform(self) -> tuple[float, QPointF]:
        """(scale, offset) mapping scene points into widget pixels."""
        pad = 18.0
        bounds = self.scene.bounds
        avail_w, avail_h = max(1.0, self.width() - 2 * pad), max(1.0, self.height() - 2 * pad)
        scale = min(avail_w / bounds.width(), avail_h / bounds.height())
        ox = (self.width() - bounds.width() * scale) / 2 - bounds.left() * scale
        oy = (self.height() - bounds.height() * scale) / 2 - bounds.top() * scale
        return scale, QPointF(ox, oy)

    # ---------------------------------------------------------------- painting
    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        p.fillRect(self.rect(), QColor("#e9edf2"))
        if self.scene is None:
            self._paint_message(p)
            p.end()
            return
        scale, offset = self.content_transform()

        def px(r: QRectF) -> QRectF:
            return QRectF(offset.x() + r.left() * scale, offset.y() + r.top() * scale,
                          r.width() * scale, r.height() * scale)

        s = self.scene
        page = px(s.page)
        p.fillRect(page.translated(3, 3), QColor(0, 0, 0, 40))
        p.fillRect(page, QColor("#ffffff"))
        if s.margin_rect is not None:
            p.setPen(QPen(QColor("#c5ccd6"), 1, Qt.DashLine))
            p.setBrush(Qt.NoBrush)
            p.drawRect(px(s.margin_rect))
        if s.header is not None:
            p.fillRect(px(s.header), QColor(DEFAULT_STYLE.header_fill))
            self._band_text(p, px(s.header), self.title or tr("Title"), QColor("#ffffff"))
        if s.footer is not None:
            p.fillRect(px(s.footer), QColor("#eef1f5"))
            self._band_text(p, px(s.footer), tr("Legend · date · file"), QColor("#5a6474"))
        target = px(s.map_rect)
        if self.thumbnail is not None and not self.thumbnail.isNull():
            p.drawImage(target, self.thumbnail)
        else:
            p.fillRect(target, QColor("#dfe6ef"))
        p.setPen(QPen(QColor("#b8c2cf"), 1))
        p.setBrush(Qt.NoBrush)
        p.drawRect(target)
        if s.sheets:
            self._paint_sheets(p, [(label, px(r)) for label, r in s.sheets])
        p.end()

    def _paint_sheets(self, p: QPainter, sheets: list[tuple[str, QRectF]]) -> None:
        fill = QColor(SHEET_COLOUR)
        fill.setAlpha(22)
        p.setPen(QPen(SHEET_COLOUR, 1.2))
        for _label, r in sheets:
            p.setBrush(fill)  # overlaps show darker, as on paper
            p.drawRect(r)
        smallest = min(min(r.width(), r.height()) for _l, r in sheets)
        if smallest < 18:
            return
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(max(8, min(14, int(smallest / 4))))
        p.setFont(font)
        metrics = p.fontMetrics()
        pill_fill = QColor(255, 255, 255, 215)
        for label, r in sheets:
            w = metrics.horizontalAdvance(label) + 8
            h = metrics.height() + 2
            pill = QRectF(r.center().x() - w / 2, r.center().y() - h / 2, w, h)
            p.setPen(Qt.NoPen)
            p.setBrush(pill_fill)
            p.drawRoundedRect(pill, 4, 4)
            p.setPen(SHEET_COLOUR.darker(150))
            p.drawText(pill, Qt.AlignCenter, label)

    def _band_text(self, p: QPainter, r: QRectF, text: str, colour: QColor) -> None:
        if r.height() < 9:
            return
        font = QFont(self.font())
        font.setPixelSize(max(7, min(13, int(r.height() * 0.45))))
        p.setFont(font)
        p.setPen(colour)
        box = r.adjusted(6, 0, -6, 0)
        text = p.fontMetrics().elidedText(" ".join(text.split()), Qt.ElideRight, int(box.width()))
        p.drawText(box, Qt.AlignLeft | Qt.AlignVCenter, text)

    def _paint_message(self, p: QPainter) -> None:
        r = QRectF(self.rect()).adjusted(40, 40, -40, -40)
        p.fillRect(r, QColor("#f6f7f9"))
        p.setPen(QPen(QColor("#c5ccd6"), 1, Qt.DashLine))
        p.drawRect(r)
        p.setPen(QColor("#8a94a6"))
        p.drawText(r.adjusted(12, 12, -12, -12), Qt.AlignCenter | Qt.TextWordWrap, self.message or tr("No preview"))
