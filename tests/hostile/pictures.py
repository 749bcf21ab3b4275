"""Hostile pictures for persona portraits, made here (no real bomb needs shipping).

A header is all the policy reads before it refuses a picture, so a PNG that
claims 8000 × 8000 pixels is 33 bytes of header and a few of data.
"""

from __future__ import annotations

import base64
import struct
import zlib


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png(width: int, height: int) -> bytes:
    """A PNG with a real header of this size (its pixel data is a stub)."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", ihdr) + _png_chunk(b"IDAT", zlib.compress(b"\0")) + \
        _png_chunk(b"IEND", b"")


def small_png() -> bytes:
    """A real 2 × 2 RGB PNG that decodes."""
    ihdr = struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0)
    raw = b"".join(b"\0" + b"\xe0\x7a\x5f" * 2 for _ in range(2))
    return b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", ihdr) + _png_chunk(b"IDAT", zlib.compress(raw)) + \
        _png_chunk(b"IEND", b"")


def jpeg(width: int, height: int) -> bytes:
    """A JPEG start: SOI, an APP0 segment, then a baseline frame header of this size."""
    app0 = b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\0\x01\x01\0\0\x01\0\x01\0\0"
    sof = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, height, width, 1) + b"\x01\x11\x00"
    return b"\xff\xd8" + app0 + sof + b"\xff\xd9"


def uri(kind: str, data: bytes) -> str:
    return f"data:image/{kind};base64," + base64.b64encode(data).decode("ascii")


#: name -> (portrait URI, words the one-line refusal must contain)
REFUSED = {
    "png-bomb-8000": (uri("png", png(8000, 8000)), "8000 × 8000 pixels"),
    "png-over-megapixels": (uri("png", png(4096, 4096)), "megapixels"),
    "jpeg-bomb": (uri("jpeg", jpeg(30000, 20000)), "30000 × 20000"),
    "svg": (uri("svg+xml", b"<svg xmlns='http://www.w3.org/2000/svg'><use href='#a'/></svg>"), "only PNG and JPEG"),
    "tiff": (uri("tiff", b"II*\0" + b"\0" * 16), "only PNG and JPEG"),
    "webp": (uri("webp", b"RIFF\0\0\0\0WEBPVP8 "), "only PNG and JPEG"),
    "non-ascii": ("data:image/png;base64,ếếế", "ASCII"),
    "bad-base64": ("data:image/png;base64,!!!not base64!!!", "base64"),
    "type-mismatch": (uri("png", jpeg(10, 10)), "not one"),
    "png-no-header": (uri("png", b"\x89PNG\r\n\x1a\n" + b"\0" * 4), "damaged"),
    "jpeg-no-frame": (uri("jpeg", b"\xff\xd8\xff\xd9"), "damaged"),
}
