"""The image policy: which pictures a map may hold, checked from their bytes. No Qt.

A picture in a map (a card's or a stage's image, the logo, a persona's
portrait) lives once in the map's image table under an id made from its
content (:func:`image_id`), as a ``data:`` URI of a PNG or a JPEG, base64 in
ASCII; nothing else reaches an image decoder. Its width
and height are read from the file's own header (PNG ``IHDR``; the JPEG
start-of-frame marker, found by a bounded walk over the segments) before any
decoding, and a picture larger than :data:`MAX_SIDE` on a side or
:data:`MAX_PIXELS` in all is refused. All pictures of one map together hold
at most :data:`MAP_IMAGE_BUDGET` bytes. A file shared by someone else thus
cannot make the editor decode a bomb or an SVG, TIFF or PDF through Qt's
plugins.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import struct
from dataclasses import dataclass
from typing import Iterable

#: The longest side a picture may have, in pixels.
MAX_SIDE = 4096
#: The most pixels a picture may have (16 megapixels: 64 MB once decoded; 4,000 × 4,000 fits, 4,096 × 4,096 does not).
MAX_PIXELS = 16_000_000
#: The bytes (decoded, not base64) all pictures of one map may hold together
#: (base64 in a file: a third more; within the 64 MB file cap).
MAP_IMAGE_BUDGET = 40 * 1024 * 1024
#: The longest side a picture is stored at when it is put in a map (what a poster needs).
IMPORT_SIDE = 1600
#: The characters of an image id: the first 32 hex digits of the SHA-256 of its URI.
ID_LENGTH = 32

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
JPEG_MAGIC = b"\xff\xd8\xff"
_PREFIXES = {"data:image/png;base64,": "png", "data:image/jpeg;base64,": "jpeg", "data:image/jpg;base64,": "jpeg"}
#: JPEG start-of-frame markers (baseline, progressive, lossless ...); C4, C8 and CC are not frames.
_SOF = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}
_MAX_SEGMENTS = 4096


class ImageError(ValueError):
    """A picture the policy refuses; the message says why in a few words."""


@dataclass(frozen=True)
class ImageInfo:
    """A checked picture: its type (``png`` or ``jpeg``), size and bytes."""

    kind: str
    width: int
    height: int
    data: bytes


def data_uri_kind(uri: str) -> str:
    """``png`` or ``jpeg`` from the URI's prefix; raises :class:`ImageError`."""
    if not uri.isascii():
        raise ImageError("the picture is not base64 text (it holds characters other than ASCII)")
    head = uri[: uri.find(",") + 1].lower()
    kind = _PREFIXES.get(head)
    if kind is None:
        raise ImageError("only PNG and JPEG pictures are allowed "
                         "(a data:image/png;base64 or data:image/jpeg;base64 URI)")
    return kind


def decoded_size(uri: str) -> int:
    """How many bytes the base64 payload of ``uri`` decodes to (without decoding it)."""
    payload = len(uri) - (uri.find(",") + 1)
    return payload * 3 // 4


def check_data_uri(uri: str) -> ImageInfo:
    """Check a picture URI against the policy; raises :class:`ImageError` with the reason."""
    kind = data_uri_kind(uri)
    try:
        data = base64.b64decode(uri[uri.find(",") + 1:], validate=True)
    except (binascii.Error, ValueError):
        raise ImageError("the picture's base64 text is damaged") from None
    width, height = (_png_size if kind == "png" else _jpeg_size)(data)
    if width <= 0 or height <= 0:
        raise ImageError("the picture has no pixels")
    if max(width, height) > MAX_SIDE or width * height > MAX_PIXELS:
        raise ImageError(f"the picture is {width} × {height} pixels; at most {MAX_SIDE} on a side "
                         f"and {MAX_PIXELS // 1_000_000} megapixels are allowed")
    return ImageInfo(kind, width, height, data)


def image_id(uri: str) -> str:
    """The id of a picture in a map's image table: made from its content, so a
    picture used three times is stored once."""
    return hashlib.sha256(uri.encode("utf-8", "surrogatepass")).hexdigest()[:ID_LENGTH]


def data_uri(kind: str, data: bytes) -> str:
    """The ``data:`` URI of PNG or JPEG bytes (``kind`` ``png`` or ``jpeg``)."""
    return f"data:image/{kind};base64," + base64.b64encode(data).decode("ascii")


def fitted_size(width: int, height: int, side: int = IMPORT_SIDE) -> tuple[int, int]:
    """``width`` × ``height`` scaled down (never up) to at most ``side`` on the longer side."""
    scale = min(1.0, side / max(width, height, 1))
    return max(1, round(width * scale)), max(1, round(height * scale))


#: A picture file the user brings in may be larger than a map may hold: it is
#: decoded straight at :data:`IMPORT_SIDE` (JPEG scales while decoding), within these caps.
IMPORT_MAX_SIDE = 12_000
IMPORT_MAX_PIXELS = 60_000_000


def check_file_bytes(data: bytes) -> ImageInfo:
    """A picture file's bytes (PNG or JPEG, told by their magic, never by the
    file name) with its size from the header, within the import caps; raises
    :class:`ImageError`."""
    if data.startswith(PNG_MAGIC):
        kind, size = "png", _png_size(data)
    elif data.startswith(JPEG_MAGIC):
        kind, size = "jpeg", _jpeg_size(data)
    else:
        raise ImageError("only PNG and JPEG pictures are allowed")
    width, height = size
    if width <= 0 or height <= 0:
        raise ImageError("the picture has no pixels")
    if max(width, height) > IMPORT_MAX_SIDE or width * height > IMPORT_MAX_PIXELS:
        raise ImageError(f"the picture is {width} × {height} pixels; at most {IMPORT_MAX_SIDE} on a side "
                         f"and {IMPORT_MAX_PIXELS // 1_000_000} megapixels are allowed")
    return ImageInfo(kind, width, height, data)


def check_budget(uris: Iterable[str]) -> None:
    """All pictures of one map together within :data:`MAP_IMAGE_BUDGET`; raises :class:`ImageError`."""
    total = sum(decoded_size(u) for u in uris if u)
    if total > MAP_IMAGE_BUDGET:
        raise ImageError(f"the map's pictures hold {total // (1024 * 1024)} MB; "
                         f"at most {MAP_IMAGE_BUDGET // (1024 * 1024)} MB are allowed")


def _png_size(data: bytes) -> tuple[int, int]:
    if not data.startswith(PNG_MAGIC):
        raise ImageError("the picture is said to be a PNG but is not one")
    if len(data) < 24 or data[12:16] != b"IHDR":
        raise ImageError("the PNG picture is damaged (no header)")
    return struct.unpack(">II", data[16:24])


def _jpeg_size(data: bytes) -> tuple[int, int]:
    if not data.startswith(JPEG_MAGIC):
        raise ImageError("the picture is said to be a JPEG but is not one")
    i = 2
    for _ in range(_MAX_SEGMENTS):
        if i >= len(data) or data[i] != 0xFF:
            break
        while i < len(data) and data[i] == 0xFF:  # the marker's 0xFF and any fill bytes
            i += 1
        if i + 3 > len(data):
            break
        marker = data[i]
        length = int.from_bytes(data[i + 1:i + 3], "big")
        if marker in _SOF:
            if i + 8 > len(data):
                break
            height, width = struct.unpack(">HH", data[i + 4:i + 8])  # after the length and the precision
            return width, height
        if marker in (0xD9, 0xDA) or length < 2:  # end of image, start of scan: no frame header came
            break
        i += 1 + length
    raise ImageError("the JPEG picture is damaged (no frame header)")
