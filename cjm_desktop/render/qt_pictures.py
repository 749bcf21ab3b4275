"""Pictures of a map decoded by Qt: PNG or JPEG only, checked, downscaled once, cached.

Every picture goes through :mod:`cjm_desktop.model.images` first (type, base64,
header size) and is then decoded by Qt's PNG or JPEG reader, named explicitly
so no other image plugin (SVG, TIFF, WebP, PDF ...) is ever asked, at no more
than :data:`DECODE_SIDE` pixels on its longer side (``QImageReader`` scales
while it decodes). Results are kept per URI, failures included, so a picture
that does not decode is not decoded again on every paint. A card's picture is
decoded once per size step (:data:`SIDES`) it is shown at, fitted whole in its box.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QColor, QImage, QImageReader, QPainter

from ..layout.decor import PICTURE_GROUND
from ..model.images import ImageError, check_data_uri

#: The longest side a picture is decoded at: a portrait circle is ~40 points, zoomed up to 400 %.
DECODE_SIDE = 192
_FORMATS = {"png": b"png", "jpeg": b"jpeg"}


@lru_cache(maxsize=256)
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


#: The sizes a picture is decoded at: the smallest that covers its box on screen.
SIDES = (128, 256, 512, 1024, 1600)


def side_for(pixels: float) -> int:
    """The decode size for a box ``pixels`` wide (or high) on the device."""
    return next((s for s in SIDES if s >= pixels), SIDES[-1])


def fitted_rect(box: QRectF, width: int, height: int) -> QRectF:
    """A ``width`` × ``height`` picture scaled to fit ``box`` whole, centred."""
    scale = min(box.width() / max(1, width), box.height() / max(1, height))
    w, h = width * scale, height * scale
    return QRectF(box.x() + (box.width() - w) / 2, box.y() + (box.height() - h) / 2, w, h)


def draw_picture(p: QPainter, box: QRectF, uri: Optional[str], device_scale: float, ground: bool = True) -> None:
    """A picture fitted whole in ``box`` on a light ground (the ground alone if it does not
    decode); without ``ground``, on what is there (the logo on the title band, as in the PDF)."""
    if ground:
        p.fillRect(box, QColor(PICTURE_GROUND))
    image = decode_picture(uri, side_for(max(box.width(), box.height()) * device_scale)) if uri else None
    if image is not None:
        p.drawImage(fitted_rect(box, image.width(), image.height()), image)


def draw_stage_picture(p: QPainter, picture, uri: Optional[str], colour: str, device_scale: float,
                       detailed: bool = True) -> None:
    """A stage's picture (a :class:`~cjm_desktop.layout.StagePicture`) in its header; not
    ``detailed`` (zoomed far out): a block of the stage's colour, lighter, where it is."""
    from ..layout.style import tint

    b = picture.box
    box = QRectF(b.x, b.y, b.w, b.h)
    if detailed:
        draw_picture(p, box, uri, device_scale)
    else:
        p.fillRect(box, QColor(tint(colour, 0.55)))


def paint_pictures(p: QPainter, layout, m) -> None:
    """The pictures of a painted map (PNG/SVG export): cards' and stages' pictures and
    portraits, in map coordinates."""
    from PySide6.QtGui import QPainterPath

    scale = abs(p.worldTransform().m11()) or 1.0
    stages = {s.id: s for s in m.stages}
    for sid, picture in layout.stage_pictures.items():
        if sid in stages:
            draw_stage_picture(p, picture, m.image(picture.image), stages[sid].colour, scale)
    for g in layout.cards.values():
        box = g.content.image_box
        if box is not None:
            r = layout.card_rect(g)
            draw_picture(p, QRectF(r.x + box.x, r.y + box.y, box.w, box.h), m.image(g.content.image), scale)
    portraits = {person.id: person.portrait for person in m.personas}
    for g in layout.personas:
        uri = m.image(portraits.get(g.persona_id))
        image = decode_picture(uri) if uri else None
        if image is None:
            continue
        c = g.circle
        side = min(image.width(), image.height())
        p.save()
        clip = QPainterPath()
        clip.addEllipse(QRectF(c.x, c.y, c.w, c.h))
        p.setClipPath(clip)
        p.drawImage(QRectF(c.x, c.y, c.w, c.h), image,
                    QRectF((image.width() - side) / 2, (image.height() - side) / 2, side, side))
        p.restore()
