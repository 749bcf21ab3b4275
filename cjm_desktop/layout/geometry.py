"""The layout's public names in one place, for modules that import them from
``layout.geometry``: the types, the engine and the shapes (see those modules)."""

from .engine import LayoutEngine
from .derived import card_meta_text, connector_path, initials, smooth_segments
from .types import (
    CardContent,
    CardGeometry,
    Cell,
    ConnectorGeometry,
    Curve,
    CurvePoint,
    MapLayout,
    PersonaGeometry,
    Rect,
    TextLine,
)

__all__ = [
    "LayoutEngine", "card_meta_text", "connector_path", "initials", "smooth_segments", "CardContent",
    "CardGeometry", "Cell", "ConnectorGeometry", "Curve", "CurvePoint", "MapLayout", "PersonaGeometry",
    "Rect", "TextLine",
]
