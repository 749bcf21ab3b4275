"""The bundled Noto Sans for Qt: one scene unit is one point on any paint device.

The layout measures text with reportlab on the same TTF files
(:mod:`cjm_desktop.layout.text`), so Qt must draw with those files, unhinted and
without kerning (reportlab's ``stringWidth`` applies neither), at a size whose
em is exactly ``size`` scene units. :func:`scene_font` does that for the
device being painted (a screen at 96 dpi, a QImage, a QSvgGenerator at 72 dpi).

Needs a QGuiApplication (``addApplicationFont`` does).
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QFont, QFontDatabase, QFontMetricsF

from ..layout.text import FontMissingError
from ..resources import font_path

_families: dict[bool, str] = {}


def load_fonts() -> tuple[str, str]:
    """Register the bundled regular and bold TTFs with Qt (once); return their families."""
    for bold in (False, True):
        if bold in _families:
            continue
        path = font_path(bold)
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if not families:
            raise FontMissingError(f"cannot load the bundled font {path.name}; reinstall cjm-desktop")
        _families[bold] = families[0]
    return _families[False], _families[True]


def _dpi(device) -> float:
    if device is None:
        return 72.0
    dpi = float(device.logicalDpiY())
    return dpi if dpi > 0 else 72.0


@lru_cache(maxsize=512)
def _font(size: float, bold: bool, dpi: float) -> QFont:
    regular, bold_family = load_fonts()
    font = QFont(bold_family if bold else regular)
    font.setPointSizeF(size * 72.0 / dpi)  # em = `size` device-independent pixels = scene units
    font.setWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setKerning(False)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    return font


def scene_font(size: float, bold: bool = False, device=None) -> QFont:
    """A QFont whose em is ``size`` scene units when painting on ``device``.

    ``device`` is the painter's ``device()``; None means a 72 dpi device
    (QSvgGenerator, QImage set to 72 dpi, PDF-like), where points are pixels.
    """
    return _font(float(size), bool(bold), _dpi(device))


@lru_cache(maxsize=512)
def _ascent(size: float, bold: bool, dpi: float) -> float:
    # QFontMetricsF without a device measures at the screen's dpi: rescale to scene units
    from PySide6.QtGui import QGuiApplication

    font = _font(size, bold, dpi)
    metrics = QFontMetricsF(font)
    screen = QGuiApplication.primaryScreen()
    screen_dpi = float(screen.logicalDotsPerInchY()) if screen else 96.0
    return metrics.ascent() * dpi / screen_dpi


def font_ascent(size: float, bold: bool = False, device=None) -> float:
    """The ascent, in scene units, of :func:`scene_font` (to place text by its top)."""
    return _ascent(float(size), bool(bold), _dpi(device))
