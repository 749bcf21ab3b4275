"""ObjectKind: the one name of each kind of object in a map.

Used alike by change sets (what a command touched), the canvas items, the
selection and the inspector, so the same kind is never spelled three ways.
A ``StrEnum``: a member equals its value, so ``"cards"`` keys still work.
"""

from __future__ import annotations

from enum import StrEnum


class ObjectKind(StrEnum):
    """The kinds of objects a map holds (values are the ``JourneyMap`` list names)."""

    CARDS = "cards"
    STAGES = "stages"
    LANES = "lanes"
    CONNECTORS = "connectors"
    PERSONAS = "personas"
    #: emotion points, named by the id of the persona whose curve they are on
    EMOTIONS = "emotions"


#: The kinds a user can select on the canvas, in the order the inspector prefers them.
SELECTABLE = (ObjectKind.CARDS, ObjectKind.STAGES, ObjectKind.LANES, ObjectKind.CONNECTORS, ObjectKind.PERSONAS)
