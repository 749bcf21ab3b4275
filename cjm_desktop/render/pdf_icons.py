"""Channel icons as PDF path operators (reportlab, no Qt), from the catalogue's path commands.

Each icon's operators are formatted once, in its 24 x 24 box with y down, and
placed with one ``cm`` that scales and flips it: vector paths in the PDF, never
a picture. Brand marks are filled with the non-zero rule (``f``), generic glyphs
stroked (``S``) with round caps and joins, as :mod:`.qt_icons` draws them.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib.rl_accel import fp_str

from ..layout.channel_row import CHIP_FILL, CHIP_RADIUS
from ..layout.style import hex_rgb
from ..model.channels import ICON_STROKE_WIDTH, catalogue
from .pdf_ops import card_outline_ops


@lru_cache(maxsize=None)
def icon_ops(channel_id: str) -> str:
    """The operators drawing ``channel_id``'s icon in its own box (colour, path, paint)."""
    ch = catalogue().get(channel_id)
    rgb = fp_str(*hex_rgb(ch.colour))
    parts = []
    for cmd in ch.commands:
        op = cmd[0]
        if op == "M":
            parts.append("%s m" % fp_str(cmd[1], cmd[2]))
        elif op == "L":
            parts.append("%s l" % fp_str(cmd[1], cmd[2]))
        elif op == "C":
            parts.append("%s c" % fp_str(*cmd[1:]))
        else:
            parts.append("h")
    path = "\n".join(parts)
    if ch.paint == "stroke":
        return "%s RG %s w 1 J 1 j [] 0 d\n%s\nS" % (rgb, fp_str(ICON_STROKE_WIDTH), path)
    return "%s rg\n%s\nf" % (rgb, path)


def placed_icon_ops(channel_id: str, x: float, top: float, side: float) -> str:
    """The icon in the square whose top-left corner is (``x``, ``top``) in PDF
    coordinates (y up), ``side`` wide, wrapped in ``q ... Q``."""
    s = side / catalogue().size
    return "q %s cm\n%s\nQ" % (fp_str(s, 0, 0, -s, x, top), icon_ops(channel_id))


def chips_ops(chips, page_h: float) -> str:
    """A stage's channel row (:func:`~cjm_desktop.layout.channel_row.channel_row`): each
    icon on its white rounded chip, map coordinates flipped at ``page_h``."""
    parts = []
    for chip in chips:
        r = chip.chip
        parts.append("%s rg\n%s f" % (fp_str(*hex_rgb(CHIP_FILL)),
                                      card_outline_ops(r.x, page_h - r.bottom, r.w, r.h, CHIP_RADIUS)))
        parts.append(placed_icon_ops(chip.channel_id, chip.icon.x, page_h - chip.icon.y, chip.icon.w))
    return "\n".join(parts)
