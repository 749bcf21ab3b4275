"""Text in spreadsheet cells exactly as the map holds it: Excel's ``_xHHHH_`` escapes both ways. No Qt.

XML cannot carry most control characters, and an XML reader turns a carriage
return into a line feed; Excel writes such characters as ``_x000D_`` and a
literal ``_x`` followed by four hex digits and ``_`` as ``_x005F_x...``.
openpyxl does neither, so these two functions do it on the way out and in.
"""

from __future__ import annotations

import re

_NEEDS = re.compile(r"[\x00-\x08\x0b\x0c\x0d\x0e-\x1f]|_x[0-9A-Fa-f]{4}_")
_ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")


def _escape_one(match: re.Match) -> str:
    text = match.group(0)
    return f"_x005F{text}" if len(text) > 1 else f"_x{ord(text):04X}_"


def escape(text: str) -> str:
    """``text`` as a cell keeps it (unchanged unless it has control characters or ``_xHHHH_``)."""
    return _NEEDS.sub(_escape_one, text) if ("_x" in text or not text.isprintable()) else text


def unescape(text: str) -> str:
    """A cell's text with Excel's escapes decoded."""
    return _ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), text) if "_x" in text else text
