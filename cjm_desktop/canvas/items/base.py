"""Small helpers shared by the canvas items: colours, z-order, item kinds."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor

from ...layout import Rect

# Stacking order, bottom to top. Headers stay above the cells they are pinned over.
Z_GRID = 0.0
Z_CARD = 10.0
Z_CONNECTOR = 15.0
Z_CURVE = 20.0
Z_PERSONA = 25.0
Z_DRAGGED = 40.0
Z_INDICATOR = 50.0
Z_EDITOR = 60.0
Z_LANE_HEADER = 100.0
Z_STAGE_HEADER = 110.0
Z_CORNER = 120.0

SELECTION_COLOUR = "#2f6fed"
HIGHLIGHT_COLOUR = "#ffb000"
HOVER_COLOUR = "#7a8aa3"


@lru_cache(maxsize=512)
def qcolor(hex_colour: str, alpha: int = 255) -> QColor:
    """A QColor for ``#rrggbb`` (cached: items paint thousands of times)."""
    colour = QColor(hex_colour)
    if alpha != 255:
        colour.setAlpha(alpha)
    return colour


def qrect(r: Rect) -> QRectF:
    return QRectF(r.x, r.y, r.w, r.h)


class ModelItem:
    """Mixin naming what model object an item shows.

    ``kind`` is the key of :meth:`MapScene.selected_ids` the item belongs to
    ("cards", "stages", "lanes", "connectors", "personas"); ``model_id`` the id.
    """

    kind = ""
    model_id = ""

    def tooltip_text(self) -> str:  # computed lazily by MapScene.helpEvent
        return ""


# -- fonts (until canvas/fonts.py from the export branch lands) ---------------
_families: dict[bool, str] = {}


def _family(bold: bool) -> str:
    from PySide6.QtGui import QFontDatabase

    from ...resources import font_path

    if bold not in _families:
        font_id = QFontDatabase.addApplicationFont(str(font_path(bold)))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        _families[bold] = families[0] if families else "Noto Sans"
    return _families[bold]


@lru_cache(maxsize=256)
def _font(size: float, bold: bool, dpi: float):
    from PySide6.QtGui import QFont

    font = QFont(_family(bold))
    font.setPointSizeF(size * 72.0 / dpi)  # one scene unit is one point
    font.setBold(bold)
    font.setHintingPreference(QFont.PreferNoHinting)  # widths scale like reportlab's
    font.setKerning(False)
    return font


def scene_font(size: float, bold: bool, device=None):
    """A QFont whose em is ``size`` scene units on ``device``."""
    dpi = float(device.logicalDpiY()) if device is not None else 96.0
    return _font(size, bold, dpi or 96.0)


@lru_cache(maxsize=256)
def _ascent(size: float, bold: bool, dpi: float) -> float:
    from PySide6.QtGui import QFontMetricsF

    return QFontMetricsF(_font(size, bold, dpi)).ascent() * (dpi / _screen_dpi())


def _screen_dpi() -> float:
    from PySide6.QtGui import QGuiApplication

    screen = QGuiApplication.primaryScreen()
    return float(screen.logicalDotsPerInchY()) if screen else 96.0


def font_ascent(size: float, bold: bool, device=None) -> float:
    """The ascent, in scene units, of :func:`scene_font` (to place QStaticText by its top)."""
    dpi = float(device.logicalDpiY()) if device is not None else 96.0
    return _ascent(size, bold, dpi or 96.0)
