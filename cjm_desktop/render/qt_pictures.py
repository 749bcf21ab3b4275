"""Pictures of a map decoded by Qt: PNG or JPEG only, checked, downscaled once, cached.

Every picture goes through :mod:`cjm_desktop.model.images` first (type, base64,
header size) and is then decoded by Qt's PNG or JPEG reader, named explicitly
so no other image plugin (SVG, TIFF, WebP, PDF ...) is ever asked, at no more
than :data:`DECODE_SIDE` pixels on its longer side (``QImageReader`` scales
while it decodes). Results are kept per URI, failures included, so a picture
that does not decode is not decoded again on every paint.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QImage, QImageReader

from ..model.images import ImageError, check_data_uri

#: The longest side a picture is decoded at: a portrait circle is ~40 points, zoomed up to 400 %.
DECODE_SIDE = 192
_FORMATS = {"png": b"png", "jpeg": b"jpeg"}


@lru_cache(maxsize=128)
def decode_picture(uri: str, side: int = DECODE_SIDE) -> Optional[QImage]:
    """A QImage of a picture URI at most ``side`` pixels on its longer side, or None."""
    try:
        info = check_data_uri(uri)
    except ImageError:
        return None
    data = QByteArray(info.data)
    buffer = QBuffer(data)
    buffer.open(QIODevice.ReadOnly)
    reader = QImageReader(buffer, _FORMATS[info.kind])
    reader.setDecideFormatFromContent(False)
    scale = min(1.0, side / max(info.width, info.height))
    reader.setScaledSize(QSize(max(1, round(info.width * scale)), max(1, round(info.height * scale))))
    image = reader.read()
    buffer.close()
    return None if image.isNull() else image
