"""The picture verbs of a map (a card's or a stage's image, the logo, a portrait)
and how a picture comes in: a file, a drop of files, the clipboard.

Every picture that comes in goes through the image policy before it is
decoded (:mod:`cjm_desktop.model.images`: PNG or JPEG told by its bytes, its
size read from the header), is decoded straight at :data:`~cjm_desktop.model.images.IMPORT_SIDE`
pixels on the longer side at most (what a poster needs), and is stored once,
as JPEG (or PNG when it has transparency), in the map's image table.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING, Optional, Union

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, QSize, Qt
from PySide6.QtGui import QImage, QImageReader

from ..commands import AddCardsCommand, SetPictureCommand
from ..i18n import fill, tr
from ..model import LIMITS, Card, ObjectKind, images, used_images

if TYPE_CHECKING:  # pragma: no cover
    from ..commands import CjmDocument
    from .prompts import Prompts

log = logging.getLogger(__name__)

#: The file names a drop of picture files is recognised by (their bytes decide what they are).
PICTURE_SUFFIXES = (".png", ".jpg", ".jpeg")
_FORMATS = {"png": b"png", "jpeg": b"jpeg"}


def read_picture_file(path: Union[str, os.PathLike]) -> QImage:
    """A PNG or JPEG file decoded at most :data:`images.IMPORT_SIDE` pixels on its
    longer side; raises :class:`images.ImageError` (or OSError) before decoding
    anything the policy refuses."""
    with open(path, "rb") as handle:
        data = handle.read(LIMITS.max_file_bytes + 1)
    if len(data) > LIMITS.max_file_bytes:
        raise images.ImageError("the picture file is too large")
    info = images.check_file_bytes(data)
    return decode_scaled(info)


def decode_scaled(info: images.ImageInfo, side: int = images.IMPORT_SIDE) -> QImage:
    """Checked PNG/JPEG bytes decoded by Qt's named reader at most ``side`` on the longer side."""
    buffer = QBuffer()
    buffer.setData(QByteArray(info.data))
    buffer.open(QIODevice.ReadOnly)
    reader = QImageReader(buffer, _FORMATS[info.kind])
    reader.setDecideFormatFromContent(False)
    reader.setScaledSize(QSize(*images.fitted_size(info.width, info.height, side)))
    image = reader.read()
    buffer.close()
    if image.isNull():
        raise images.ImageError("the picture is damaged")
    return image


def picture_uri(image: QImage) -> str:
    """``image`` as the data URI a map stores: at most :data:`images.IMPORT_SIDE`
    pixels on its longer side, JPEG, or PNG when it has transparency."""
    if image.isNull():
        raise images.ImageError("the picture has no pixels")
    if max(image.width(), image.height()) > images.IMPORT_SIDE:
        image = image.scaled(images.IMPORT_SIDE, images.IMPORT_SIDE, Qt.KeepAspectRatio, Qt.SmoothTransformation)
    kind = "png" if image.hasAlphaChannel() else "jpeg"
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    image.save(buffer, "PNG" if kind == "png" else "JPEG", -1 if kind == "png" else 88)
    buffer.close()
    uri = images.data_uri(kind, bytes(data))
    images.check_data_uri(uri)
    return uri


def picture_files(data: Optional[QMimeData]) -> list[Path]:
    """The local picture files a drag brings (by name; their bytes are checked when read)."""
    if data is None or not data.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in data.urls()
            if url.isLocalFile() and url.toLocalFile().lower().endswith(PICTURE_SUFFIXES)]


def clipboard_image(data: Optional[QMimeData]) -> Optional[QImage]:
    """The picture the clipboard holds (an image copied in another program), or None."""
    if data is None or not data.hasImage():
        return None
    image = QImage(data.imageData())
    return None if image.isNull() else image


class PictureVerbs:
    """Pictures on cards, stages, personas and the map: each verb one undo step."""

    doc: "CjmDocument"
    prompts: "Prompts"

    def set_picture(self, kind, object_id: Optional[str], uri: Optional[str]) -> bool:
        """Show ``uri`` (None: no picture) on a card, stage, persona (``ObjectKind``)
        or the map's logo (``"map"``); False when refused (the user was told)."""
        if uri is not None and not self._within_budget(uri):
            return False
        self.doc.push(SetPictureCommand(self.doc, kind, object_id, uri))
        return True

    def set_picture_from_file(self, kind, object_id: Optional[str], path: Union[str, os.PathLike]) -> bool:
        uri = self.picture_from_file(path)
        return uri is not None and self.set_picture(kind, object_id, uri)

    def set_picture_from_image(self, kind, object_id: Optional[str], image: QImage) -> bool:
        try:
            uri = picture_uri(image)
        except images.ImageError as exc:
            self._refuse(str(exc))
            return False
        return self.set_picture(kind, object_id, uri)

    def picture_from_file(self, path: Union[str, os.PathLike]) -> Optional[str]:
        """The data URI of a picture file, or None (the user was told why)."""
        try:
            return picture_uri(read_picture_file(path))
        except (images.ImageError, OSError) as exc:
            self._refuse(f"{Path(path).name}: {exc}")
            return None

    def drop_pictures(self, paths: list[Path], stage_id: str, lane_id: str, index: int,
                      card_id: Optional[str] = None) -> list[str]:
        """Picture files dropped on a card (its picture; the first file) or at
        ``index`` of a cell (a new card per picture). The cards given a picture."""
        if card_id is not None:
            return [card_id] if paths and self.set_picture_from_file(ObjectKind.CARDS, card_id, paths[0]) else []
        uris = [u for u in (self.picture_from_file(p) for p in paths) if u is not None]
        return self.new_picture_cards(uris, stage_id, lane_id, index)

    def new_picture_cards(self, uris: list[str], stage_id: str, lane_id: str, index: int) -> list[str]:
        """New cards at ``index`` of a cell, one per picture, as one undo step."""
        uris = [u for u in uris if self._within_budget(u)]
        if not uris:
            return []
        m = self.doc.map
        end = len(m.cards_in(stage_id, lane_id))
        cards = [Card(stage_id=stage_id, lane_id=lane_id, order=min(index, end) + i) for i in range(len(uris))]
        stack = self.doc.undo_stack
        stack.beginMacro(tr("Add Picture"))
        try:
            self.doc.push(AddCardsCommand(self.doc, cards))
            for card, uri in zip(cards, uris):
                self.doc.push(SetPictureCommand(self.doc, ObjectKind.CARDS, card.id, uri))
        finally:
            stack.endMacro()
        return [c.id for c in cards]

    def paste_picture(self, image: QImage, cell: Optional[tuple[str, str]]) -> list[str]:
        """A picture from the clipboard: on the one selected card, else a new card in ``cell``."""
        picked = self.selection()["cards"]
        if len(picked) == 1:
            return picked if self.set_picture_from_image(ObjectKind.CARDS, picked[0], image) else []
        if cell is None:
            self.prompts.show_error(tr("Cannot use this picture"), tr("Select a card or a cell first, then paste."))
            return []
        try:
            uri = picture_uri(image)
        except images.ImageError as exc:
            self._refuse(str(exc))
            return []
        return self.new_picture_cards([uri], cell[0], cell[1], len(self.doc.map.cards_in(*cell)))

    def _within_budget(self, uri: str) -> bool:
        m = self.doc.map
        ref = images.image_id(uri)
        shown = used_images(m)
        total = sum(images.decoded_size(m.images[r]) for r in shown if r in m.images)
        if ref not in shown:
            total += images.decoded_size(uri)
        if total > images.MAP_IMAGE_BUDGET:
            self._refuse(fill(tr("The map's pictures would be larger than the %1 MB a map may hold."),
                              images.MAP_IMAGE_BUDGET // (1024 * 1024)))
            return False
        return True

    def _refuse(self, detail: str) -> None:
        log.info("picture refused: %s", detail)
        self.prompts.show_error(tr("Cannot use this picture"), detail)
