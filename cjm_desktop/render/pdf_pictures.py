"""Pictures in the PDF (no Qt): each embedded once, at what it prints at, fitted or cropped to a circle.

A picture is read by Pillow (PNG or JPEG only, after the image policy checked
its header), downscaled to no more than :data:`PRINT_DPI` for the size it is
printed at, and handed to reportlab as one ``ImageReader`` per picture and
size: reportlab names an image XObject by its content, so a picture used on
many cards is one XObject, and the map itself is one Form XObject that the
poster and every tiled sheet place.
"""

from __future__ import annotations

import io
import math
from typing import Optional

from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from ..model import JourneyMap, images

#: The most pixels per inch a picture is embedded at.
PRINT_DPI = 300


class PdfPictures:
    """The pictures of one map for one PDF; ``scale``: printed points per map point."""

    def __init__(self, m: JourneyMap, scale: float = 1.0) -> None:
        self.m = m
        self.scale = scale
        self._readers: dict[tuple[str, int], Optional[ImageReader]] = {}

    def reader(self, image_id: Optional[str], w: float, h: float) -> Optional[ImageReader]:
        """The picture for a ``w`` × ``h`` point box (map points), or None."""
        uri = self.m.image(image_id)
        if uri is None:
            return None
        side = max(16, math.ceil(max(w, h) * self.scale / 72 * PRINT_DPI))
        key = (image_id, min(side, images.IMPORT_SIDE))
        if key not in self._readers:
            self._readers[key] = _load(uri, key[1])
        return self._readers[key]

    def draw_fitted(self, c: Canvas, image_id: Optional[str], x: float, y: float, w: float, h: float) -> None:
        """The picture fitted whole in the box whose lower-left corner is ``x, y`` (PDF coordinates)."""
        reader = self.reader(image_id, w, h)
        if reader is None:
            return
        iw, ih = reader.getSize()
        s = min(w / iw, h / ih)
        c.drawImage(reader, x + (w - iw * s) / 2, y + (h - ih * s) / 2, iw * s, ih * s, mask="auto")

    def draw_circle(self, c: Canvas, image_id: Optional[str], cx: float, cy: float, r: float) -> bool:
        """The picture cropped to the circle at ``cx, cy``; False when there is none."""
        reader = self.reader(image_id, 2 * r, 2 * r)
        if reader is None:
            return False
        iw, ih = reader.getSize()
        s = 2 * r / min(iw, ih)  # cover the circle, centred
        c.saveState()
        path = c.beginPath()
        path.circle(cx, cy, r)
        c.clipPath(path, stroke=0, fill=0)
        c.drawImage(reader, cx - iw * s / 2, cy - ih * s / 2, iw * s, ih * s, mask="auto")
        c.restoreState()
        return True


def _load(uri: str, side: int) -> Optional[ImageReader]:
    try:
        info = images.check_data_uri(uri)
        with Image.open(io.BytesIO(info.data), formats=["PNG", "JPEG"]) as image:
            image.load()
            if max(image.size) > side:
                image.thumbnail((side, side), Image.LANCZOS)
            picture = image.copy()
    except (images.ImageError, OSError, ValueError, Image.DecompressionBombError):
        return None
    return ImageReader(picture)
