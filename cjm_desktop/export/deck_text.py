"""The text and table helpers of the slide deck (python-pptx): runs, cells, line estimates. No Qt.

Every string the deck writes goes through :func:`clean`: map text is kept as
the model holds it (NFC) but characters an XML file cannot hold (control
characters, lone surrogates) are dropped, and line breaks inside a title
become spaces.
"""

from __future__ import annotations

import math
import re
import unicodedata
from typing import Optional

from pptx.dml.color import RGBColor
from pptx.enum.lang import MSO_LANGUAGE_ID
from pptx.util import Pt

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_SPACES = re.compile(r"\s+")

#: Characters of 12 pt text in an inch of a table column (Calibri / Noto Sans, roughly).
CHARS_PER_INCH_12PT = 11.0
LANGUAGES = {"vi": MSO_LANGUAGE_ID.VIETNAMESE, "en": MSO_LANGUAGE_ID.ENGLISH_UK}


def clean(text: str, one_line: bool = True) -> str:
    """``text`` as the deck writes it: NFC, no XML-illegal characters, one line unless asked."""
    text = _NOT_XML.sub("", unicodedata.normalize("NFC", text or ""))
    return _SPACES.sub(" ", text).strip() if one_line else text.strip()


def rgb(colour: str) -> RGBColor:
    return RGBColor.from_string(colour.lstrip("#").upper())


def add_run(paragraph, text: str, size: float, language: str, bold: bool = False,
            colour: Optional[str] = None) -> None:
    """Append one run of ``text`` to ``paragraph`` (real text, proofed in the map's language)."""
    run = paragraph.add_run()
    run.text = text
    font = run.font
    font.size = Pt(size)
    font.bold = bold
    font.language_id = LANGUAGES.get(language, MSO_LANGUAGE_ID.ENGLISH_UK)
    if colour:
        font.color.rgb = rgb(colour)


def set_cell(cell, lines: list[tuple[str, bool]], size: float, language: str,
             colour: Optional[str] = None, fill: Optional[str] = None) -> None:
    """Fill a table cell with one paragraph per ``(text, bold)`` line."""
    frame = cell.text_frame
    frame.word_wrap = True
    cell.margin_left = cell.margin_right = Pt(5)
    cell.margin_top = cell.margin_bottom = Pt(3)
    if fill:
        cell.fill.solid()
        cell.fill.fore_color.rgb = rgb(fill)
    for i, (text, bold) in enumerate(lines or [("", False)]):
        paragraph = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        add_run(paragraph, text, size, language, bold, colour)


def line_count(text: str, width_in: float, size: float = 12.0) -> int:
    """About how many lines ``text`` takes in a column ``width_in`` inches wide."""
    per_line = max(8, int(width_in * CHARS_PER_INCH_12PT * 12.0 / size))
    return max(1, math.ceil(len(text) / per_line))


def line_height_pt(size: float) -> float:
    return size * 1.2
