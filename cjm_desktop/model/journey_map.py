"""The customer journey map: pydantic v2 classes, no Qt.

A map is a grid: ``stages`` are columns, ``lanes`` are rows, ``cards`` sit in a
cell named by ``(stage_id, lane_id)`` and are stacked by ``order``. Nothing here
knows about pixels except the preferred stage width and lane height, which are
styling hints the layout honours.

Text is NFC-normalised on the way in, so a map typed with a decomposed
Vietnamese input method ("e" + combining circumflex + combining acute) equals
the same map typed precomposed ("ế").
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Annotated, Iterable, Literal, Optional

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    Strict,
    StrictBool,
    StrictInt,
    StringConstraints,
    PrivateAttr,
    model_validator,
)

from .fields import (  # noqa: F401 - new_id, nfc: also the model's API
    Colour, Id, ImageRef, LongText, Picture, ShortText, Tag, _absent, _empty, _nfc_at_most, _utc_now, new_id, nfc,
)
from .integrity import integrity_problems, used_images  # noqa: F401 - part of the model's API
from .limits import LIMITS


class LaneKind(str, Enum):
    """What a lane holds. The kinds cover the domain of ``DOMAIN.md``."""

    GOALS = "goals"
    ACTIONS = "actions"
    TOUCHPOINTS = "touchpoints"
    THOUGHTS = "thoughts"
    FEELINGS = "feelings"
    PAIN_POINTS = "pain_points"
    NEEDS = "needs"
    OPPORTUNITIES = "opportunities"
    WEAK_POINTS = "weak_points"
    KPIS = "kpis"
    IMPROVEMENTS = "improvements"
    EVIDENCE = "evidence"
    #: pictures with a caption, one frame per stage (format version 3)
    STORYBOARD = "storyboard"
    CUSTOM = "custom"


Sentiment = Literal["positive", "neutral", "negative"]
Importance = Literal["low", "medium", "high"]
ActionStatus = Literal["todo", "doing", "done", "dropped"]
EvidenceLevel = Literal["assumption", "anecdote", "researched"]

EMOTION_MIN = -3
EMOTION_MAX = 3


# Numbers and true/false are strict (the published schema's types): "3", true or
# "240" where a number or a boolean belongs is refused, never converted; a whole
# number is a valid float.
class _Model(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        validate_assignment=True,
        str_strip_whitespace=False,
        use_enum_values=False,
    )


class Comment(_Model):
    """A note left on a card, stage or lane, open until resolved (format version 4)."""

    id: Id = Field(default_factory=new_id)
    author: ShortText = ""
    created: dt.datetime = Field(default_factory=_utc_now)
    text: LongText = ""
    resolved: StrictBool = False


#: A workshop participant's name; "" is "anonymous" (a voter without a name).
Participant = Annotated[str, StringConstraints(max_length=LIMITS.participant_name),
                        _nfc_at_most(LIMITS.participant_name)]
Dots = Annotated[int, Strict(), Field(ge=1, le=LIMITS.max_dots)]


def _comments():
    """The comments of a card, stage or lane, written only when there are some."""
    return Field(default_factory=list, max_length=LIMITS.comments_per_object, exclude_if=_empty)


class Workshop(_Model):
    """The dot vote's settings: each participant's dots and the names to vote as (format version 4)."""

    dots_per_participant: StrictInt = Field(default=3, ge=1, le=LIMITS.max_dots)
    participants: list[Annotated[Participant, StringConstraints(min_length=1)]] = Field(
        default_factory=list, max_length=LIMITS.max_participants)

    def is_default(self) -> bool:
        return self.dots_per_participant == 3 and not self.participants


class Persona(_Model):
    """One kind of customer the map follows (chân dung khách hàng)."""

    id: Id = Field(default_factory=new_id)
    name: ShortText = ""
    role: ShortText = ""
    description: LongText = ""
    goals: list[ShortText] = Field(default_factory=list, max_length=LIMITS.persona_goals)
    colour: Colour = "#5b8def"
    #: Optional portrait: the id of a picture in the map's image table (format version 3).
    portrait: Optional[ImageRef] = None


class Stage(_Model):
    """A column of the map (giai đoạn)."""

    id: Id = Field(default_factory=new_id)
    title: ShortText = ""
    description: LongText = ""
    colour: Colour = "#3d5a80"
    width: Annotated[float, Strict()] = Field(default=240.0, ge=LIMITS.stage_width_min, le=LIMITS.stage_width_max)
    #: a picture in the header (an id of the map's image table), written only when set
    image: Optional[ImageRef] = Field(default=None, exclude_if=_absent)
    comments: list[Comment] = _comments()


class Lane(_Model):
    """A row of the map: what the customer does, thinks, feels ..."""

    id: Id = Field(default_factory=new_id)
    kind: LaneKind = LaneKind.CUSTOM
    title: ShortText = ""
    #: Minimum height; a lane grows to fit its tallest cell.
    height: Annotated[float, Strict()] = Field(default=120.0, ge=LIMITS.lane_height_min, le=LIMITS.lane_height_max)
    collapsed: StrictBool = False
    comments: list[Comment] = _comments()


class Card(_Model):
    """A note in one cell. Kind-specific fields stay empty where they do not apply."""

    id: Id = Field(default_factory=new_id)
    stage_id: Id
    lane_id: Id
    order: StrictInt = Field(default=0, ge=0, le=LIMITS.max_cards)
    title: ShortText = ""
    body: LongText = ""
    colour: Optional[Colour] = None
    tags: list[Tag] = Field(default_factory=list, max_length=LIMITS.tags_per_card)
    # touchpoints
    channel: ShortText = ""
    sentiment: Optional[Sentiment] = None
    importance: Optional[Importance] = None
    # improvement actions
    owner: ShortText = ""
    due: Optional[dt.date] = None
    measure: ShortText = ""
    status: Optional[ActionStatus] = None
    # research evidence, on any card
    evidence: Optional[EvidenceLevel] = None
    source: ShortText = ""
    #: a picture above the text (an id of the map's image table), written only when set
    image: Optional[ImageRef] = Field(default=None, exclude_if=_absent)
    comments: list[Comment] = _comments()
    #: dot votes: participant name ("" anonymous) -> dots, written only when there are some
    votes: dict[Participant, Dots] = Field(default_factory=dict, max_length=LIMITS.max_participants + 1,
                                           exclude_if=_empty)


class EmotionPoint(_Model):
    """How one persona feels at one stage: a score on a fixed integer scale."""

    persona_id: Id
    stage_id: Id
    score: StrictInt = Field(default=0, ge=EMOTION_MIN, le=EMOTION_MAX)
    label: ShortText = ""


class Connector(_Model):
    """An arrow between two cards: a journey need not be linear."""

    id: Id = Field(default_factory=new_id)
    source_id: Id
    target_id: Id
    label: ShortText = ""


#: What a merge conflict is about: a list of the map (an ObjectKind value), or the map itself.
ConflictKind = Literal["map", "cards", "stages", "lanes", "connectors", "personas", "emotions"]
ConflictValue = Annotated[str, StringConstraints(max_length=LIMITS.conflict_value)]


class MergeConflict(_Model):
    """Two edits a three-way merge could not combine (cjm_desktop/teams/merge.py).

    Our value stands in the map until the user picks; the three values are kept
    here as JSON text (``None``: the object was absent on that side), so nothing
    of theirs is lost when the file is saved with the conflict unresolved.
    """

    id: Id = Field(default_factory=new_id)
    kind: ConflictKind
    #: the object's id; an emotion point's is "PERSONA_ID/STAGE_ID"; "" for the map
    object_id: Annotated[str, StringConstraints(max_length=160)] = ""
    #: the field; "" for the whole object (deleted on one side, edited on the other)
    field: Annotated[str, StringConstraints(max_length=40)] = ""
    label: ShortText = ""  # the object's title or name when the merge ran, to show
    base: Optional[ConflictValue] = None
    ours: Optional[ConflictValue] = None
    theirs: Optional[ConflictValue] = None


class MapState(_Model):
    """A future state of the map (a scenario, format version 4): its own
    stages, lanes, cards, connectors and curves; the personas are the map's.
    The current state is the map's own fields (:mod:`.states`)."""

    id: Id = Field(default_factory=new_id)
    name: ShortText = ""
    stages: list[Stage] = Field(default_factory=list, max_length=LIMITS.max_stages)
    lanes: list[Lane] = Field(default_factory=list, max_length=LIMITS.max_lanes)
    cards: list[Card] = Field(default_factory=list, max_length=LIMITS.max_cards)
    connectors: list[Connector] = Field(default_factory=list, max_length=LIMITS.max_connectors)
    emotions: list[EmotionPoint] = Field(default_factory=list, max_length=LIMITS.max_emotions)


class JourneyMap(_Model):
    """A whole customer journey map."""

    title: ShortText = ""
    description: LongText = ""
    language: Literal["vi", "en"] = "vi"
    #: the client's logo (an id of the image table), in the poster's title block; written only when set
    logo: Optional[ImageRef] = Field(default=None, exclude_if=_absent)
    created: dt.datetime = Field(default_factory=_utc_now)
    modified: dt.datetime = Field(default_factory=_utc_now)
    personas: list[Persona] = Field(default_factory=list, max_length=LIMITS.max_personas)
    stages: list[Stage] = Field(default_factory=list, max_length=LIMITS.max_stages)
    lanes: list[Lane] = Field(default_factory=list, max_length=LIMITS.max_lanes)
    cards: list[Card] = Field(default_factory=list, max_length=LIMITS.max_cards)
    connectors: list[Connector] = Field(default_factory=list, max_length=LIMITS.max_connectors)
    emotions: list[EmotionPoint] = Field(default_factory=list, max_length=LIMITS.max_emotions)
    #: edits a merge could not combine, until the user resolves them (format version 2)
    conflicts: list[MergeConflict] = Field(default_factory=list, max_length=LIMITS.max_conflicts)
    #: the dot vote's settings (format version 4), written only when not the default
    workshop: Workshop = Field(default_factory=lambda: Workshop(), exclude_if=lambda w: w.is_default())
    #: every picture of the map once, by id (format version 3); written only when the map has some
    images: dict[ImageRef, Picture] = Field(default_factory=dict, max_length=LIMITS.max_images,
                                            exclude_if=lambda table: not table)
    #: the current state's name ("": the default of the map's language; format version 4), written only when set
    state_name: ShortText = Field(default="", exclude_if=lambda name: not name)
    #: the future states (format version 4), written only when the map has some
    states: list[MapState] = Field(default_factory=list, max_length=LIMITS.max_states,
                                   exclude_if=lambda states: not states)
    #: in memory only: the id of the future state the main fields hold while it is shown
    #: (None: the current state); files are always written with the current state there (:mod:`.states`)
    _shown_state: Optional[str] = PrivateAttr(default=None)

    @model_validator(mode="after")
    def _check_integrity(self) -> "JourneyMap":
        problems = integrity_problems(self)
        if problems:
            raise ValueError(problems[0])
        return self

    # -- look-ups (derived, never stored) ---------------------------------
    def stage(self, stage_id: str) -> Stage:
        return next(s for s in self.stages if s.id == stage_id)

    def lane(self, lane_id: str) -> Lane:
        return next(lane for lane in self.lanes if lane.id == lane_id)

    def card(self, card_id: str) -> Card:
        return next(c for c in self.cards if c.id == card_id)

    def persona(self, persona_id: str) -> Persona:
        return next(p for p in self.personas if p.id == persona_id)

    def image(self, image_id: Optional[str]) -> Optional[str]:
        """The picture URI of an image id (None for None or an id not in the table)."""
        return None if image_id is None else self.images.get(image_id)

    def cards_in(self, stage_id: str, lane_id: str) -> list[Card]:
        """The cards of one cell, in their stacking order."""
        return sorted(
            (c for c in self.cards if c.stage_id == stage_id and c.lane_id == lane_id),
            key=lambda c: c.order,
        )

    def reading_order(self, cards: Optional[Iterable[Card]] = None) -> list[Card]:
        """Cards (every card, or these) in reading order: stage, then lane, then stack."""
        stage_rank = {s.id: i for i, s in enumerate(self.stages)}
        lane_rank = {lane.id: i for i, lane in enumerate(self.lanes)}
        return sorted(self.cards if cards is None else cards,
                      key=lambda c: (stage_rank.get(c.stage_id, 0), lane_rank.get(c.lane_id, 0), c.order))

    def emotion(self, persona_id: str, stage_id: str) -> Optional[EmotionPoint]:
        for point in self.emotions:
            if point.persona_id == persona_id and point.stage_id == stage_id:
                return point
        return None

    def all_text(self) -> list[str]:
        """Every user-written string of the map (for glyph checks and search)."""
        out = [self.title, self.description]
        for p in self.personas:
            out += [p.name, p.role, p.description, *p.goals]
        for s in self.stages:
            out += [s.title, s.description]
        out += [lane.title for lane in self.lanes]
        for c in self.cards:
            out += [c.title, c.body, c.channel, c.owner, c.measure, c.source, *c.tags]
        out += [e.label for e in self.emotions]
        out += [k.label for k in self.connectors]
        return [t for t in out if t]
