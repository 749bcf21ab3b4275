"""Real pictures for the picture tests, drawn here with Pillow (no file ships)."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw

from cjm_desktop.model import images


def picture_bytes(width: int = 64, height: int = 48, colour=(61, 90, 128), kind: str = "PNG") -> bytes:
    image = Image.new("RGB", (width, height), colour)
    draw = ImageDraw.Draw(image)
    draw.ellipse((width // 4, height // 4, width * 3 // 4, height * 3 // 4), fill=(224, 122, 95))
    out = io.BytesIO()
    image.save(out, kind, **({"quality": 85} if kind == "JPEG" else {}))
    return out.getvalue()


def picture_uri(width: int = 64, height: int = 48, colour=(61, 90, 128), kind: str = "PNG") -> str:
    return images.data_uri("png" if kind == "PNG" else "jpeg", picture_bytes(width, height, colour, kind))


def picture_file(path, width: int = 64, height: int = 48, colour=(61, 90, 128), kind: str = "PNG"):
    path.write_bytes(picture_bytes(width, height, colour, kind))
    return path
