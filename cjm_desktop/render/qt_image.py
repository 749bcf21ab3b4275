"""PNG and SVG export: the whole map drawn by the QPainter painter (:mod:`.qt_painter`).

Works without a display: if no Qt application exists one is created, with
``QT_QPA_PLATFORM=offscreen`` unless the caller chose a platform. Files are
written by the one atomic writer (:func:`cjm_desktop.export.files.export_target`:
temp file beside the target, fsync, rename), like the PDF and the map itself.
"""

from __future__ import annotations

import math
import os
import tempfile
from pathlib import Path
from typing import Optional

from ..export.files import export_target
from ..export.options import ExportError
from ..layout import LayoutEngine, MapLayout
from ..model import JourneyMap
from .qt_env import prefer_serial_painting

#: Largest image side QPainter's raster engine draws into, and a memory cap.
MAX_SIDE_PX = 32_000
MAX_PIXELS = 200_000_000
DPI_RANGE = (10, 1200)


def ensure_qt_app():
    """The running QGuiApplication, or a new offscreen one.

    The environment is only touched when a new application is made: inside the
    window, programs started later (Open File) must not inherit "offscreen".
    """
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        prefer_serial_painting()
        app = QGuiApplication(["cjm-desktop-export"])
    return app


def image_size(layout: MapLayout, m: Optional[JourneyMap] = None) -> tuple[float, float]:
    """Size in points of the image: the map, with the title block and legend when ``m`` is given."""
    if m is None:
        return (layout.width, layout.height)
    from .qt_title import image_frame

    frame = image_frame(layout, m)
    return (frame.page_w, frame.page_h)


def png_size(layout: MapLayout, dpi: float, m: Optional[JourneyMap] = None) -> tuple[int, int]:
    """Pixel size of the image at ``dpi`` (one map point is 1/72 inch); with the
    title block and legend when ``m`` is given."""
    scale = dpi / 72.0
    w, h = image_size(layout, m)
    return (max(1, math.ceil(w * scale)), max(1, math.ceil(h * scale)))


def max_dpi(layout: MapLayout, m: Optional[JourneyMap] = None) -> int:
    """The highest dpi whose image stays within :data:`MAX_SIDE_PX` and :data:`MAX_PIXELS`."""
    w, h = image_size(layout, m)
    by_side = MAX_SIDE_PX * 72.0 / max(w, h)
    by_area = math.sqrt(MAX_PIXELS / (w * h)) * 72.0
    return max(1, int(min(by_side, by_area)))


from .qt_pictures import paint_pictures  # noqa: E402 - the map's pictures over its cards
from .qt_icons import paint_stage_channels  # noqa: E402 - the stage headers' channel rows


def _paint(painter, layout: MapLayout, m: JourneyMap, title_block: bool) -> None:
    """The map, and around it the PDF's title block and legend when asked."""
    from . import qt_painter

    if not title_block:
        qt_painter.paint_map(painter, layout, m)
        paint_pictures(painter, layout, m)
        paint_stage_channels(painter, layout, m)
        return
    from .qt_title import image_frame, paint_title_block

    frame = image_frame(layout, m)
    painter.save()
    painter.translate(frame.map_x, frame.page_h - frame.map_y - frame.map_h)
    qt_painter.paint_map(painter, layout, m)
    paint_pictures(painter, layout, m)
    paint_stage_channels(painter, layout, m)
    painter.restore()
    paint_title_block(painter, frame, layout, m)


def export_png(m: JourneyMap, path: str | os.PathLike, dpi: float = 150, layout: Optional[MapLayout] = None,
               title_block: bool = True) -> tuple[int, int]:
    """Write the whole map as a PNG at ``dpi``; returns its size in pixels.

    With ``title_block`` the image carries the PDF poster's header (title,
    description, personas) above the map and its legend below.

    Raises :class:`ExportError` (one line) for a dpi out of range, an image
    too large to draw, or a target that cannot be written.
    """
    if not DPI_RANGE[0] <= dpi <= DPI_RANGE[1]:
        raise ExportError(f"dpi must be {DPI_RANGE[0]} to {DPI_RANGE[1]}, not {dpi:g}")
    layout = layout or LayoutEngine().layout(m)
    titled = m if title_block else None
    w, h = png_size(layout, dpi, titled)
    if max(w, h) > MAX_SIDE_PX or w * h > MAX_PIXELS:
        raise ExportError(
            f"at {dpi:g} dpi the image would be {w} × {h} pixels: use at most {max_dpi(layout, titled)} dpi, "
            f"or export a PDF"
        )
    target = Path(path)
    with export_target(target) as tmp:
        ensure_qt_app()
        from PySide6.QtGui import QImage, QPainter

        image = QImage(w, h, QImage.Format.Format_RGB32)
        if image.isNull():
            raise ExportError(f"not enough memory for a {w} × {h} image: use a lower dpi")
        image.fill(0xFFFFFFFF)
        points_per_metre = 72 / 0.0254
        # paint at 72 dpi so that a font's point size is one pixel per point, then scale
        image.setDotsPerMeterX(round(points_per_metre))
        image.setDotsPerMeterY(round(points_per_metre))
        painter = QPainter(image)
        try:
            painter.scale(dpi / 72.0, dpi / 72.0)
            _paint(painter, layout, m, title_block)
        finally:
            painter.end()
        image.setDotsPerMeterX(round(dpi / 0.0254))
        image.setDotsPerMeterY(round(dpi / 0.0254))
        data = _encoded(lambda buffer: image.save(buffer, "PNG"))
        if data is None:
            raise ExportError(f"cannot write {target}: the PNG could not be encoded")
        tmp.write_bytes(data)  # Python's write says so when the disk is full; Qt's would not
    return (w, h)


def _encoded(write) -> Optional[bytes]:
    """The bytes ``write(buffer)`` puts into an in-memory QBuffer, or None when it reports failure."""
    from PySide6.QtCore import QBuffer, QIODevice

    buffer = QBuffer()
    buffer.open(QIODevice.WriteOnly)
    ok = write(buffer)
    buffer.close()
    return bytes(buffer.data()) if ok else None


#: The longer side of the map picture in a slide deck, in pixels.
PICTURE_SIDE_PX = 4000


def map_picture(m: JourneyMap, layout: Optional[MapLayout] = None, side_px: int = PICTURE_SIDE_PX) -> Optional[bytes]:
    """The whole map without title block as PNG bytes, its longer side about ``side_px``
    pixels (at most 200 dpi): the slide deck's picture. None when the map is too
    large to draw even at the lowest dpi."""
    layout = layout or LayoutEngine().layout(m)
    w, h = image_size(layout)
    dpi = min(200.0, side_px * 72.0 / max(w, h), max_dpi(layout))
    if dpi < DPI_RANGE[0]:
        if max_dpi(layout) < DPI_RANGE[0]:
            return None
        dpi = DPI_RANGE[0]
    with tempfile.TemporaryDirectory(prefix="cjm-picture-") as folder:
        path = Path(folder) / "map.png"
        export_png(m, path, dpi, layout, title_block=False)
        return path.read_bytes()


def export_svg(m: JourneyMap, path: str | os.PathLike, layout: Optional[MapLayout] = None,
               title_block: bool = True) -> tuple[float, float]:
    """Write the whole map as an SVG (one unit = one point); returns its size in points.

    ``title_block`` as for :func:`export_png`."""
    layout = layout or LayoutEngine().layout(m)
    ensure_qt_app()
    width, height = image_size(layout, m if title_block else None)
    target = Path(path)
    with export_target(target) as tmp:
        ensure_qt_app()
        from PySide6.QtCore import QBuffer, QIODevice, QRectF, QSize
        from PySide6.QtGui import QPainter
        from PySide6.QtSvg import QSvgGenerator

        gen = QSvgGenerator()
        buffer = QBuffer()
        buffer.open(QIODevice.WriteOnly)
        gen.setOutputDevice(buffer)  # in memory: the file is written below, where errors are seen
        gen.setSize(QSize(math.ceil(width), math.ceil(height)))
        gen.setViewBox(QRectF(0, 0, width, height))
        gen.setResolution(72)
        gen.setTitle(m.title)
        gen.setDescription(m.description or "cjm-desktop map")
        painter = QPainter()
        if not painter.begin(gen):
            raise ExportError(f"cannot write {target}: the SVG could not be started")
        try:
            _paint(painter, layout, m, title_block)
        finally:
            painter.end()
        tmp.write_bytes(bytes(buffer.data()))
    return (width, height)
