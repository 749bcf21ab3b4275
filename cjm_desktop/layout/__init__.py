"""Pure geometry shared by the canvas and the exports. No Qt."""

from .geometry import (
    CardContent,
    CardGeometry,
    ConnectorGeometry,
    Curve,
    CurvePoint,
    LayoutEngine,
    MapLayout,
    PersonaGeometry,
    Rect,
    TextLine,
    card_meta_text,
    connector_path,
    initials,
    smooth_segments,
)
from .style import (
    DEFAULT_STYLE, EVIDENCE_COLOURS, LANE_COLOURS, SENTIMENT_COLOURS, STATUS_COLOURS,
    Style, card_background, hex_rgb, text_on, tint,
)
from .text import FontMissingError, missing_glyphs, register_fonts, text_width, wrap_text
from .words import EVIDENCE_LETTERS

__all__ = [
    "CardContent", "CardGeometry", "ConnectorGeometry", "Curve", "CurvePoint", "LayoutEngine",
    "MapLayout", "PersonaGeometry", "Rect", "TextLine", "card_meta_text", "connector_path",
    "initials", "smooth_segments", "DEFAULT_STYLE", "EVIDENCE_COLOURS", "LANE_COLOURS",
    "SENTIMENT_COLOURS", "STATUS_COLOURS", "Style", "EVIDENCE_LETTERS", "card_background", "hex_rgb",
    "text_on", "tint", "FontMissingError", "missing_glyphs",
    "register_fonts", "text_width", "wrap_text",
]
