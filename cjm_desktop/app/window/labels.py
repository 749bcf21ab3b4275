"""Words the window shows for model values (lane kinds, sentiments ...).

Kept in one place so menus, the palette and the inspector agree, and so the
translation tools find them (context ``Labels``).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...editing.map_words import in_map_language
from ...model import LaneKind


def label_text(text: str) -> str:
    """A ``QT_TRANSLATE_NOOP("Labels", ...)`` text below in the interface language."""
    return QCoreApplication.translate("Labels", text)


#: What one card of a lane kind is called (the palette, "Insert > Card").
CARD_KIND_NAMES = {
    LaneKind.GOALS: QT_TRANSLATE_NOOP("Labels", "Goal"),
    LaneKind.ACTIONS: QT_TRANSLATE_NOOP("Labels", "Customer action"),
    LaneKind.TOUCHPOINTS: QT_TRANSLATE_NOOP("Labels", "Touchpoint"),
    LaneKind.THOUGHTS: QT_TRANSLATE_NOOP("Labels", "Thought / question"),
    LaneKind.FEELINGS: QT_TRANSLATE_NOOP("Labels", "Feeling"),
    LaneKind.PAIN_POINTS: QT_TRANSLATE_NOOP("Labels", "Pain point"),
    LaneKind.NEEDS: QT_TRANSLATE_NOOP("Labels", "Need"),
    LaneKind.OPPORTUNITIES: QT_TRANSLATE_NOOP("Labels", "Opportunity"),
    LaneKind.WEAK_POINTS: QT_TRANSLATE_NOOP("Labels", "Weak point"),
    LaneKind.KPIS: QT_TRANSLATE_NOOP("Labels", "KPI / metric"),
    LaneKind.IMPROVEMENTS: QT_TRANSLATE_NOOP("Labels", "Improvement action"),
    LaneKind.EVIDENCE: QT_TRANSLATE_NOOP("Labels", "Research evidence"),
    LaneKind.STORYBOARD: QT_TRANSLATE_NOOP("Labels", "Storyboard frame"),
    LaneKind.CUSTOM: QT_TRANSLATE_NOOP("Labels", "Note"),
}

#: What a lane of a kind is called (lane kind choices, "Insert > Lane").
LANE_KIND_NAMES = {
    LaneKind.GOALS: QT_TRANSLATE_NOOP("Labels", "Goals"),
    LaneKind.ACTIONS: QT_TRANSLATE_NOOP("Labels", "Customer actions"),
    LaneKind.TOUCHPOINTS: QT_TRANSLATE_NOOP("Labels", "Touchpoints"),
    LaneKind.THOUGHTS: QT_TRANSLATE_NOOP("Labels", "Thoughts and questions"),
    LaneKind.FEELINGS: QT_TRANSLATE_NOOP("Labels", "Feelings"),
    LaneKind.PAIN_POINTS: QT_TRANSLATE_NOOP("Labels", "Pain points"),
    LaneKind.NEEDS: QT_TRANSLATE_NOOP("Labels", "Needs"),
    LaneKind.OPPORTUNITIES: QT_TRANSLATE_NOOP("Labels", "Opportunities"),
    LaneKind.WEAK_POINTS: QT_TRANSLATE_NOOP("Labels", "Weak points"),
    LaneKind.KPIS: QT_TRANSLATE_NOOP("Labels", "KPIs"),
    LaneKind.IMPROVEMENTS: QT_TRANSLATE_NOOP("Labels", "Improvement actions"),
    LaneKind.EVIDENCE: QT_TRANSLATE_NOOP("Labels", "Research evidence"),
    LaneKind.STORYBOARD: QT_TRANSLATE_NOOP("Labels", "Storyboard"),
    LaneKind.CUSTOM: QT_TRANSLATE_NOOP("Labels", "Custom"),
}

SENTIMENTS = [
    ("positive", QT_TRANSLATE_NOOP("Labels", "Positive")),
    ("neutral", QT_TRANSLATE_NOOP("Labels", "Neutral")),
    ("negative", QT_TRANSLATE_NOOP("Labels", "Negative")),
]
IMPORTANCES = [
    ("high", QT_TRANSLATE_NOOP("Labels", "High")),
    ("medium", QT_TRANSLATE_NOOP("Labels", "Medium")),
    ("low", QT_TRANSLATE_NOOP("Labels", "Low")),
]
STATUSES = [
    ("todo", QT_TRANSLATE_NOOP("Labels", "To do")),
    ("doing", QT_TRANSLATE_NOOP("Labels", "In progress")),
    ("done", QT_TRANSLATE_NOOP("Labels", "Done")),
    ("dropped", QT_TRANSLATE_NOOP("Labels", "Dropped")),
]
EVIDENCE_LEVELS = [
    ("assumption", QT_TRANSLATE_NOOP("Labels", "Assumption")),
    ("anecdote", QT_TRANSLATE_NOOP("Labels", "Anecdote")),
    ("researched", QT_TRANSLATE_NOOP("Labels", "Researched")),
]
LANGUAGES = [
    ("vi", "Tiếng Việt"),
    ("en", "English"),
]


def card_kind_name(kind: LaneKind) -> str:
    return label_text(CARD_KIND_NAMES[kind])


def lane_kind_name(kind: LaneKind) -> str:
    return label_text(LANE_KIND_NAMES[kind])


def card_kind_word(kind: LaneKind, language: str) -> str:
    """What a card of ``kind`` is called in a map of ``language`` (a new card's title)."""
    return in_map_language(CARD_KIND_NAMES[kind], language, "Labels")


def lane_kind_word(kind: LaneKind, language: str) -> str:
    """What a lane of ``kind`` is called in a map of ``language`` (a new lane's title)."""
    return in_map_language(LANE_KIND_NAMES[kind], language, "Labels")
