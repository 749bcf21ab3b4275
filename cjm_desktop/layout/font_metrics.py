"""Advance widths of the bundled fonts, read from a table shipped beside them. No Qt, no reportlab.

Layout measures every word with these widths (``layout/text.py``). They are
reportlab's own (``TTFont.face.charWidths``, in 1/1000 em), written once into
``resources/fonts/widths.json`` by ``tools/font_widths.py`` (``make font-widths``),
and a width is summed and scaled as reportlab's ``stringWidth`` does it, so a word
measures the same here and in the PDF to the last bit (the tests compare the two
over every character of both fonts). Reading the table instead of parsing the
TTFs keeps reportlab and Pillow out of the editor's start (~80-100 ms on the
benchmark machine). A table that does not describe the font files beside it (a
file of another size) is not used: the widths then come from reportlab.
"""

from __future__ import annotations

import base64
import json
import sys
from array import array
from functools import lru_cache
from typing import Iterable

from ..resources import font_path, resource

#: The table's file, in ``resources/fonts``.
TABLE = "widths.json"


class FontMissingError(RuntimeError):
    """The bundled font cannot be found or read."""


class Widths(dict):
    """Code point -> advance width (1/1000 em) of one font; a character the font
    lacks has the font's default width, as in reportlab."""

    def __init__(self, widths: Iterable[tuple[int, float]], default: float) -> None:
        super().__init__(widths)
        self.default = default

    def __missing__(self, code: int) -> float:
        return self.default

    def measure(self, text: str, size: float) -> float:
        """Width of ``text`` at ``size`` points: reportlab's sum, then ``* 0.001 * size`` in its order."""
        return (float(sum(map(self.__getitem__, map(ord, text)))) * 0.001) * size


_loaded: dict[bool, Widths] = {}


def _packed(typecode: str, values) -> str:
    """Numbers as base64 of their little-endian machine values (a table that parses in microseconds)."""
    packed = array(typecode, values)
    if sys.byteorder != "little":
        packed.byteswap()
    return base64.b64encode(packed.tobytes()).decode("ascii")


def _unpacked(typecode: str, text: str) -> array:
    values = array(typecode, base64.b64decode(text, validate=True))
    if sys.byteorder != "little":
        values.byteswap()
    return values


def widths(bold: bool) -> Widths:
    """The widths of the regular or the bold font, read once per process."""
    found = _loaded.get(bold)
    if found is None:
        found = _loaded[bold] = _from_table(bold) or _from_reportlab(bold)
    return found


def _from_table(bold: bool) -> Widths | None:
    """The shipped table's widths, if it was written from the font file there is."""
    path = font_path(bold)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise FontMissingError(f"cannot read the bundled font {path.name} ({exc}); reinstall cjm-desktop") from None
    try:
        entry = _table()["fonts"][path.name]
        if entry["bytes"] != size:
            return None
        codes, advances = _unpacked("I", entry["codes"]), _unpacked("d", entry["widths"])
        if len(codes) != len(advances):
            return None
        return Widths(zip(codes, advances), entry["default"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


@lru_cache(maxsize=1)
def _table() -> dict:
    return json.loads(resource("fonts", TABLE).read_bytes())


def _from_reportlab(bold: bool) -> Widths:
    face = _reportlab_face(bold)
    return Widths(face.charWidths.items(), face.defaultWidth)


def _reportlab_face(bold: bool):
    from reportlab.pdfbase import pdfmetrics

    from .text import font_name, register_fonts

    register_fonts()
    return pdfmetrics.getFont(font_name(bold)).face


def table_from_fonts() -> dict:
    """The table, read from the font files through reportlab."""
    fonts = {}
    for bold in (False, True):
        face = _reportlab_face(bold)
        codes = sorted(face.charWidths)
        fonts[font_path(bold).name] = {
            "bytes": font_path(bold).stat().st_size, "default": face.defaultWidth,
            "codes": _packed("I", codes), "widths": _packed("d", [face.charWidths[c] for c in codes]),
        }
    about = ("Advance widths (1/1000 em) of the bundled fonts as reportlab reads them: code points (uint32) "
             "and widths (float64), little-endian, base64; written by tools/font_widths.py (make font-widths)")
    return {"about": about, "fonts": fonts}
