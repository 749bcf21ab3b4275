"""Sizes and colours shared by the canvas and every export. No Qt.

Units are points (1/72 inch): one scene unit on the canvas is one point on a
1:1 PDF, so "what is printed is what is on screen".
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import LaneKind

#: (fill, accent) per lane kind: calm fills with a stronger accent stripe.
LANE_COLOURS: dict[LaneKind, tuple[str, str]] = {
    LaneKind.GOALS: ("#eef4ff", "#3b6fd8"),
    LaneKind.ACTIONS: ("#eefaf3", "#2e9e5b"),
    LaneKind.TOUCHPOINTS: ("#fff6e5", "#e08a00"),
    LaneKind.THOUGHTS: ("#f4efff", "#7b52d6"),
    LaneKind.FEELINGS: ("#fdf0f4", "#d6457a"),
    LaneKind.PAIN_POINTS: ("#fdeeee", "#d64545"),
    LaneKind.NEEDS: ("#eefafa", "#1f9b9b"),
    LaneKind.OPPORTUNITIES: ("#f1f9e8", "#5f9e1f"),
    LaneKind.WEAK_POINTS: ("#f7efe9", "#a0603a"),
    LaneKind.KPIS: ("#eef2f6", "#44607e"),
    LaneKind.IMPROVEMENTS: ("#e9f6fb", "#1a7fb0"),
    LaneKind.EVIDENCE: ("#f3f3f3", "#6b6b6b"),
    LaneKind.STORYBOARD: ("#f5f3ee", "#4a5568"),
    LaneKind.CUSTOM: ("#f6f6f2", "#8a8a70"),
}

#: A card's picture box: its height per unit of width (the picture is fitted inside, whole).
PICTURE_ASPECT = 0.62
#: How much taller every stage header is when any stage shows a picture (the picture sits under the title).
STAGE_PICTURE_BAND = 92.0
#: What a stage's picture leaves free at the foot of its header: the row of its channels' icons.
STAGE_PICTURE_FOOT = 21.0

#: A template's hint card: the height of its "hint" badge, the badge's text size,
#: the slant of its text (x moves by this much per unit of height) and its look.
HINT_BADGE_HEIGHT = 9.0
HINT_BADGE_SIZE = 6.0
HINT_SLANT = 0.2
HINT_FILL = "#f8f9fb"
HINT_BORDER = "#8a94a6"
HINT_BADGE_FILL = "#e6e9ef"

SENTIMENT_COLOURS = {"positive": "#2e9e5b", "neutral": "#8a94a6", "negative": "#d64545"}
EVIDENCE_COLOURS = {"assumption": "#d64545", "anecdote": "#e0a800", "researched": "#2e9e5b"}
STATUS_COLOURS = {"todo": "#8a94a6", "doing": "#e08a00", "done": "#2e9e5b", "dropped": "#b0b0b0"}


@dataclass(frozen=True)
class Style:
    """Every size the layout uses, in points."""

    lane_header_width: float = 170.0
    stage_header_height: float = 58.0
    persona_strip_height: float = 96.0
    persona_diameter: float = 52.0
    cell_padding: float = 9.0
    card_gap: float = 7.0
    card_padding: float = 7.0
    card_min_height: float = 30.0
    card_stripe: float = 4.0
    title_size: float = 9.5
    body_size: float = 8.0
    meta_size: float = 7.0
    header_size: float = 12.0
    header_sub_size: float = 7.5
    lane_title_size: float = 10.5
    line_spacing: float = 1.28
    max_title_lines: int = 4
    max_body_lines: int = 9
    collapsed_lane_height: float = 26.0
    feelings_min_height: float = 190.0
    curve_padding: float = 22.0
    grid_line: str = "#d5dae1"
    header_fill: str = "#1f2d3d"
    header_text: str = "#ffffff"
    lane_header_fill: str = "#f2f4f7"
    text: str = "#1d2430"
    muted_text: str = "#5a6474"
    background: str = "#ffffff"
    card_border: str = "#c9d0da"
    card_fill: str = "#ffffff"
    lane_colours: dict = field(default_factory=lambda: dict(LANE_COLOURS))

    def line_height(self, size: float) -> float:
        return size * self.line_spacing


DEFAULT_STYLE = Style()

def hex_rgb(colour: str) -> tuple[float, float, float]:
    """``"#rrggbb"`` as three floats 0..1."""
    c = colour.lstrip("#")
    return (int(c[0:2], 16) / 255, int(c[2:4], 16) / 255, int(c[4:6], 16) / 255)


def rgb_hex(rgb: tuple[float, float, float]) -> str:
    return "#" + "".join(f"{round(min(1.0, max(0.0, v)) * 255):02x}" for v in rgb)


def tint(colour: str, amount: float) -> str:
    """``colour`` mixed with white; ``amount`` 0 keeps it, 1 gives white."""
    r, g, b = hex_rgb(colour)
    return rgb_hex((r + (1 - r) * amount, g + (1 - g) * amount, b + (1 - b) * amount))


def luminance(colour: str) -> float:
    """Relative luminance (WCAG) of ``"#rrggbb"``, 0 black .. 1 white."""
    def lin(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
    r, g, b = hex_rgb(colour)
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)


def text_on(fill: str, dark: str = "#1d2430", light: str = "#ffffff") -> str:
    """The readable text colour (``dark`` or ``light``) on a ``fill``."""
    return dark if luminance(fill) > 0.3 else light


def card_background(fill: str, card_fill: str = "#ffffff") -> str:
    """A card's own colour shown as a light tint, so dark text stays readable."""
    if fill.lower() == card_fill.lower():
        return card_fill
    return tint(fill, 0.82) if luminance(fill) < 0.75 else fill
