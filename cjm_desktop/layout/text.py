"""Text measurement and wrapping with the metrics of the bundled TTF.

Text is measured once, here, with the advance widths reportlab reads from the
same Noto Sans files the canvas loads through ``QFontDatabase`` and the PDF
embeds (``font_metrics``: a table of them, so reportlab is loaded only to write
a PDF). So a card wraps at the same word on screen and on paper. No Qt.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path

from ..resources import font_path
from .font_metrics import FontMissingError, widths

FONT_REGULAR = "CJMSans"
FONT_BOLD = "CJMSans-Bold"

__all__ = ["FONT_BOLD", "FONT_REGULAR", "FontMissingError", "elide", "fit_text", "font_name", "missing_glyphs",
           "register_fonts", "text_width", "wrap_text"]

_registered = False


def register_fonts() -> None:
    """Register the bundled TTFs with reportlab, for a PDF (once per process)."""
    global _registered
    if _registered:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, bold in ((FONT_REGULAR, False), (FONT_BOLD, True)):
        path: Path = font_path(bold)
        try:
            pdfmetrics.registerFont(TTFont(name, str(path)))
        except Exception as exc:  # reportlab raises TTFError, IOError ...
            raise FontMissingError(
                f"cannot read the bundled font {path.name} ({exc}); reinstall cjm-desktop"
            ) from None
    _registered = True


def font_name(bold: bool) -> str:
    return FONT_BOLD if bold else FONT_REGULAR


@lru_cache(maxsize=200_000)
def _word_width(word: str, bold: bool, size: float) -> float:
    return widths(bold).measure(word, size)  # = reportlab's stringWidth(word, font_name(bold), size)


def text_width(text: str, bold: bool, size: float) -> float:
    """Width in points (= scene units) of one line of text."""
    return _word_width(text, bold, size)


def _split_long_word(word: str, bold: bool, size: float, max_width: float) -> list[str]:
    parts: list[str] = []
    current = ""
    for ch in word:
        if current and _word_width(current + ch, bold, size) > max_width:
            parts.append(current)
            current = ch
        else:
            current += ch
    if current:
        parts.append(current)
    return parts


def wrap_text(text: str, bold: bool, size: float, max_width: float) -> list[str]:
    """Greedy word wrap; explicit newlines are kept; over-long words are broken.

    Returns at least one line for non-empty text and none for empty text.
    """
    text = unicodedata.normalize("NFC", text)
    if not text.strip():
        return []
    space = _word_width(" ", bold, size)
    lines: list[str] = []
    for paragraph in text.split("\n"):
        words = paragraph.split()
        if not words:
            lines.append("")
            continue
        current = ""
        current_w = 0.0
        for word in words:
            w = _word_width(word, bold, size)
            if w > max_width:
                if current:
                    lines.append(current)
                pieces = _split_long_word(word, bold, size, max_width)
                lines.extend(pieces[:-1])
                current = pieces[-1]
                current_w = _word_width(current, bold, size)
                continue
            if not current:
                current, current_w = word, w
            elif current_w + space + w <= max_width:
                current += " " + word
                current_w += space + w
            else:
                lines.append(current)
                current, current_w = word, w
        lines.append(current)
    while lines and not lines[-1]:
        lines.pop()
    return lines


def elide(line: str, bold: bool, size: float, max_width: float) -> str:
    """Cut ``line`` so that it plus an ellipsis fits ``max_width``."""
    ell = "…"
    if _word_width(line + ell, bold, size) <= max_width:
        return line + ell
    while line and _word_width(line + ell, bold, size) > max_width:
        line = line[:-1]
    return line.rstrip() + ell


def fit_text(text: str, bold: bool, size: float, width: float) -> str:
    """``text`` as it is if it fits ``width``, else cut with an ellipsis (:func:`elide`)."""
    return text if text_width(text, bold, size) <= width else elide(text, bold, size, width)


def missing_glyphs(texts: list[str]) -> list[str]:
    """Characters in ``texts`` that the bundled font has no glyph for, sorted."""
    cmap = widths(False)  # the characters the font has a glyph for
    chars: set[str] = set()
    for t in texts:
        chars.update(unicodedata.normalize("NFC", t))
    return sorted(ch for ch in chars if ch not in "\n\r\t" and ord(ch) not in cmap)
