"""Size caps: a map or file past these is refused with a clear message.

Generous for a workshop (the benchmark map has 5,000 cards), small enough that
a corrupted or hostile file cannot exhaust memory.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int = 64 * 1024 * 1024
    max_json_depth: int = 64
    max_cards: int = 50_000
    max_stages: int = 200
    max_lanes: int = 100
    max_personas: int = 50
    max_connectors: int = 5_000  # measured: 5,000 open in 1.2 s and repaint at fit zoom in 0.14 s (docs/FILE_FORMAT.md)
    max_emotions: int = 200 * 50
    max_states: int = 30  # future states beside the current one (format version 4)
    max_cards_all_states: int = 100_000  # the cards of every state together
    max_conflicts: int = 10_000
    conflict_value: int = 100_000  # the JSON of one value or object (a card with a 20,000-character body fits)
    short_text: int = 500
    long_text: int = 20_000
    tag_text: int = 100
    tags_per_card: int = 50
    persona_goals: int = 50
    portrait_chars: int = 4 * 1024 * 1024  # the characters of one picture's data URI
    max_images: int = 2_000
    stage_width_min: float = 80.0
    stage_width_max: float = 2000.0
    lane_height_min: float = 24.0
    lane_height_max: float = 4000.0
    comments_per_object: int = 500  # on one card, stage or lane
    max_comments: int = 20_000  # on the whole map
    max_participants: int = 100  # a workshop's names (and the voters on one card)
    participant_name: int = 100
    max_dots: int = 100  # a participant's dots, and the dots one participant puts on one card


LIMITS = Limits()
