"""The workshop's marks as shapes: the open-comment badge and the vote dots. No Qt.

A card shows the count of its open comments in an orange badge on its top
edge at the right, and its dots along its top edge from the left, one dot per
vote in its participant's colour (the anonymous voter's is grey; past
:data:`MAX_DOTS_DRAWN` a "+n" pill follows). A stage or lane header shows its
badge in its top-right corner. The canvas and the exports draw these same
shapes (:mod:`cjm_desktop.render`); exports draw them only when asked.
Coordinates are card-relative (offset by ``dx``, ``dy``) or map points.
"""

from __future__ import annotations

from typing import Optional, Sequence

from ..model import Card
from ..model.votes import ANONYMOUS
from .shapes import CardMarker, Label, Pill, Stroke
from .text import text_width
from .types import Rect

COMMENT_FILL = "#d9480f"
COMMENT_TEXT = "#ffffff"
BADGE_HEIGHT = 9.0
BADGE_TEXT_SIZE = 6.5
DOT_RADIUS = 3.2
DOT_STEP = 7.4
MAX_DOTS_DRAWN = 12
#: One colour per participant, in the order of the workshop's list (then repeating).
PARTICIPANT_COLOURS = ("#e03131", "#1971c2", "#2f9e44", "#9c36b5", "#f08c00", "#0c8599", "#c2255c", "#5c940d")
ANONYMOUS_COLOUR = "#495057"
MORE_STROKE = Stroke("#868e96", 0.5)
#: the white ring around each dot, so it stands out on the card's edge
DOT_RING = Stroke("#ffffff", 0.8)


def participant_colour(name: str, participants: Sequence[str]) -> str:
    """A participant's dot colour: by place in the workshop's list; others after them; anonymous grey."""
    if name == ANONYMOUS:
        return ANONYMOUS_COLOUR
    if name in participants:
        return PARTICIPANT_COLOURS[list(participants).index(name) % len(PARTICIPANT_COLOURS)]
    return PARTICIPANT_COLOURS[(len(participants) + sum(map(ord, name))) % len(PARTICIPANT_COLOURS)]


def dot_colours(card: Card, participants: Sequence[str]) -> tuple[str, ...]:
    """One colour per dot on the card, participants in the workshop's order, then by name, anonymous last."""
    def rank(name: str):
        if name == ANONYMOUS:
            return (2, 0, "")
        return (0, list(participants).index(name), "") if name in participants else (1, 0, name)

    return tuple(participant_colour(name, participants)
                 for name in sorted(card.votes, key=rank) for _ in range(card.votes[name]))


def comment_badge(right: float, centre_y: float, count: int) -> Optional[Pill]:
    """The orange pill with the count of open comments, its right edge at ``right``."""
    if count <= 0:
        return None
    text = str(count) if count < 100 else "99+"
    w = max(BADGE_HEIGHT + 2, text_width(text, True, BADGE_TEXT_SIZE) + 6)
    rect = Rect(right - w, centre_y - BADGE_HEIGHT / 2, w, BADGE_HEIGHT)
    return Pill(rect, BADGE_HEIGHT / 2, COMMENT_FILL, None,
                Label(text, rect.x + w / 2, centre_y + BADGE_TEXT_SIZE * 0.36, BADGE_TEXT_SIZE, True, COMMENT_TEXT))


def card_comment_badge(width: float, count: int, dx: float = 0.0, dy: float = 0.0) -> Optional[Pill]:
    """A card's badge, on its top edge near the right corner."""
    return comment_badge(dx + width - 8, dy + 0.5, count)


def card_vote_dots(colours: Sequence[str], stripe: float, padding: float,
                   dx: float = 0.0, dy: float = 0.0) -> tuple[list[CardMarker], Optional[Pill]]:
    """A card's dots along its top edge from the left, and a "+n" pill for those past the first dozen."""
    x = dx + stripe + padding + DOT_RADIUS
    y = dy + 0.5
    shown = colours[:MAX_DOTS_DRAWN]
    dots = [CardMarker("vote", x + i * DOT_STEP, y, DOT_RADIUS, colour, "dot") for i, colour in enumerate(shown)]
    more = None
    if len(colours) > len(shown):
        text = f"+{len(colours) - len(shown)}"
        w = text_width(text, True, BADGE_TEXT_SIZE) + 6
        left = x + len(shown) * DOT_STEP - DOT_RADIUS
        rect = Rect(left, y - BADGE_HEIGHT / 2, w, BADGE_HEIGHT)
        more = Pill(rect, BADGE_HEIGHT / 2, "#ffffff", MORE_STROKE,
                    Label(text, left + w / 2, y + BADGE_TEXT_SIZE * 0.36, BADGE_TEXT_SIZE, True, "#343a40"))
    return dots, more


def header_comment_badge(rect: Rect, count: int, inset: float = 4.0) -> Optional[Pill]:
    """A stage's or lane's badge in its header's top-right corner."""
    return comment_badge(rect.right - inset, rect.y + inset + BADGE_HEIGHT / 2, count)
