"""Pure geometry shared by the canvas and the exports. No Qt.

``types`` (the geometry objects and :class:`MapLayout`), ``engine`` (the full
layout), ``queries`` (per-cell questions asked of a layout), ``incremental``
(laying out again only what an edit touched), ``reframing`` (the same after a change
of stages or lanes), ``derived`` (meta lines, initials,
the monotone emotion curve from model values), ``routing`` (connectors through the
gutters between cells), ``decor`` (the drawable shapes of
``shapes``), ``words`` (the words printed on the map), ``text`` and ``style``.
"""

from .engine import LayoutEngine
from .incremental import Relayout, relayout
from .reframing import reframe
from .rerouting import finish_routes
from .derived import card_meta_text, initials, smooth_segments
from .routing import connector_path
from .types import (
    CardContent,
    CardGeometry,
    ConnectorGeometry,
    Curve,
    CurvePoint,
    MapLayout,
    PersonaGeometry,
    Rect,
    StagePicture,
    TextLine,
)
from .style import (
    DEFAULT_STYLE, EVIDENCE_COLOURS, LANE_COLOURS, SENTIMENT_COLOURS, STATUS_COLOURS,
    Style, card_background, hex_rgb, text_on, tint,
)
from .text import FontMissingError, missing_glyphs, register_fonts, text_width, wrap_text
from .words import EVIDENCE_LETTERS

__all__ = [
    "CardContent", "CardGeometry", "ConnectorGeometry", "Curve", "CurvePoint", "LayoutEngine",
    "MapLayout", "PersonaGeometry", "Rect", "StagePicture", "TextLine", "card_meta_text", "connector_path",
    "initials", "smooth_segments", "DEFAULT_STYLE", "EVIDENCE_COLOURS", "LANE_COLOURS",
    "SENTIMENT_COLOURS", "STATUS_COLOURS", "Style", "EVIDENCE_LETTERS", "card_background", "hex_rgb",
    "text_on", "tint", "FontMissingError", "missing_glyphs",
    "register_fonts", "text_width", "wrap_text", "Relayout", "relayout",
    "reframe", "finish_routes",
]
