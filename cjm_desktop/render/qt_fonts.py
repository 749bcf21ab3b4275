"""The bundled Noto Sans for Qt: one scene unit is one point on any paint device.

The layout measures text with reportlab on the same TTF files
(:mod:`cjm_desktop.layout.text`), so Qt must draw with those files, unhinted and
without kerning (reportlab's ``stringWidth`` applies neither), at a size whose
em is exactly ``size`` scene units. :func:`scene_font` does that for the
device being painted (a screen at 96 dpi, a QImage, a QSvgGenerator at 72 dpi).

At small pixel sizes Qt rounds every glyph advance to whole pixels (measured:
"Đánh giá các salon" in bold 9.5 px is 92.8 px wide in Qt, 88.3 in the
layout), so a line would run past its card. :func:`draw_text` therefore lays
text out in a :data:`REFERENCE_SIZE` font and scales the painter down: the
rounding then costs under 0.1 %, and Qt draws exactly the layout's widths.

Needs a QGuiApplication (``addApplicationFont`` does).
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF
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
    font = _font(size, bold, dpi)
    return QFontMetricsF(font).ascent() * dpi / _screen_dpi()


def font_ascent(size: float, bold: bool = False, device=None) -> float:
    """The ascent, in scene units, of :func:`scene_font` (to place text by its top)."""
    return _ascent(float(size), bool(bold), _dpi(device))


#: Em size text is laid out at before scaling down (see the module docstring).
REFERENCE_SIZE = 200.0


def text_advance(text: str, size: float, bold: bool = False, device=None) -> float:
    """Width in scene units that :func:`draw_text` gives ``text`` (equals the layout's)."""
    from PySide6.QtGui import QFontMetricsF

    font = _font(REFERENCE_SIZE, bool(bold), _dpi(device))
    metrics = QFontMetricsF(font, device) if device is not None else QFontMetricsF(font)
    scale = 1.0 if device is not None else _dpi(device) / _screen_dpi()
    return metrics.horizontalAdvance(text) * scale * size / REFERENCE_SIZE


def _screen_dpi() -> float:
    from PySide6.QtGui import QGuiApplication

    screen = QGuiApplication.primaryScreen()
    return float(screen.logicalDotsPerInchY()) if screen else 96.0


def draw_text(painter, x: float, baseline: float, text: str, size: float, bold: bool = False,
              slant: float = 0.0) -> None:
    """Draw one line with its left baseline end at (x, baseline), ``size`` scene units,
    in the painter's current pen, at the layout's exact advance widths; ``slant``
    leans it like italics (a hint's text; the font has no italic face)."""
    k = size / REFERENCE_SIZE
    painter.save()
    painter.translate(x, baseline)
    painter.scale(k, k)
    if slant:
        painter.shear(-slant, 0.0)
    painter.setFont(_font(REFERENCE_SIZE, bool(bold), _dpi(painter.device())))
    painter.drawText(QPointF(0.0, 0.0), text)
    painter.restore()
