"""The shapes decor computes and the painters draw as they are: plain frozen values. No Qt.

A :class:`Stroke` is a line's look (colour, width, dash, cap); a :class:`Label`
a short centred text; a :class:`Pill` a box with a label on it; a
:class:`Badge` a persona's ringed circle; a :class:`CardBody` a card's box;
a :class:`CardMarker` one marker of a card's badge column; a :class:`Caption`
a word decor placed; an :class:`EmotionScale` the feelings lane's scale.
:mod:`.decor` computes them from the layout and the style; the painters of
:mod:`cjm_desktop.render` only draw them. Coordinates are map points, y down.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from .types import Rect


@dataclass(frozen=True)
class CardMarker:
    """One marker in a card's badge column, card-relative.

    ``kind`` is ``sentiment`` (symbol plus/minus/dot), ``status`` (symbol
    ring/half/check/cross), ``importance`` (``level`` 1-3 of three bars whose
    bottom-left is ``x``, ``y``) or ``evidence`` (``symbol`` is the letter).
    """

    kind: str
    x: float
    y: float
    radius: float
    colour: str
    symbol: str = ""
    level: int = 0


@dataclass(frozen=True)
class EmotionScale:
    """The -3..+3 scale of the feelings lane the curves are drawn in."""

    lane_id: str
    ticks: tuple[tuple[int, float], ...]  # (score, y)
    zero_y: float
    x0: float  # left end of the cells (right edge of the lane header)
    x1: float  # right end of the map
    label_x: float  # right edge of the scale labels (inside the lane header)


@dataclass(frozen=True)
class Caption:
    """A word placed by the decoration (not by the layout).

    ``align`` is left|right; ``on_dark`` means it sits on the dark header fill.
    """

    text: str
    x: float
    y: float  # baseline
    size: float
    bold: bool
    align: str = "left"
    on_dark: bool = False


@dataclass(frozen=True)
class Stroke:
    """A line's look: colour, width, dash (on/off lengths in points) and cap (round|flat)."""

    colour: str
    width: float
    dash: tuple[float, ...] = ()
    cap: str = "round"


@dataclass(frozen=True)
class Label:
    """A short text centred on ``cx`` at ``baseline``."""

    text: str
    cx: float
    baseline: float
    size: float
    bold: bool
    colour: str


@dataclass(frozen=True)
class Pill:
    """A filled box (rounded by ``radius``) with a label on it: a connector's
    label, the halo behind an emotion point's label."""

    rect: Rect
    radius: float
    fill: str
    stroke: Optional[Stroke]
    label: Label


@dataclass(frozen=True)
class Badge:
    """A persona's circle: fill, white ring and the initials on it."""

    cx: float
    cy: float
    radius: float
    fill: str
    ring: Stroke
    initials: Label


@dataclass(frozen=True)
class CardBody:
    """A card's box: fill, border, corner radius, and the accent stripe along its left edge."""

    fill: str
    border: Stroke
    radius: float
    stripe_width: float
    stripe_colour: str
