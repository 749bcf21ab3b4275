"""The map model: pydantic v2, no Qt (a test imports it with PySide6 blocked)."""

from .journey_map import (
    EMOTION_MAX,
    EMOTION_MIN,
    ActionStatus,
    Card,
    Comment,
    Connector,
    EmotionPoint,
    EvidenceLevel,
    Importance,
    JourneyMap,
    Lane,
    LaneKind,
    MapState,
    MergeConflict,
    Persona,
    Sentiment,
    Stage,
    Workshop,
    ImageRef,
    integrity_problems,
    used_images,
    new_id,
    nfc,
)
from .kinds import SELECTABLE, ObjectKind
from .limits import LIMITS, Limits
from .persona_palette import PERSONA_PALETTE, next_persona_colour
from .stage_palette import STAGE_PALETTE, next_stage_colour

__all__ = [
    "EMOTION_MAX", "EMOTION_MIN", "ActionStatus", "Card", "Comment", "Workshop", "Connector", "EmotionPoint",
    "EvidenceLevel", "Importance", "JourneyMap", "Lane", "LaneKind", "MapState", "MergeConflict", "Persona", "Sentiment",
    "Stage", "ImageRef", "integrity_problems", "used_images", "new_id", "nfc", "LIMITS", "Limits", "ObjectKind", "SELECTABLE",
    "PERSONA_PALETTE", "next_persona_colour", "STAGE_PALETTE", "next_stage_colour",
]
