"""The stage colour palette, and the colour a new stage gets. No Qt.

The templates' own eight stage colours (``templates/data``), muted enough for
white header text: a stage added in the editor or made by an import takes the
colour after its left neighbour's, so a row of new stages looks like a
template's and two neighbours never share one.
"""

from __future__ import annotations

from typing import Optional

#: Stage colours in the order the templates give them.
STAGE_PALETTE: tuple[str, ...] = (
    "#3d5a80", "#4a7c74", "#7a5c99", "#a0603a", "#5f7d3a", "#8a4f6d", "#3f6e9a", "#6b6b3a",
)


def next_stage_colour(before: Optional[str] = None, after: Optional[str] = None) -> str:
    """The colour of a stage put after a stage coloured ``before`` and before one
    coloured ``after`` (None: no stage there): the palette colour that follows
    ``before``'s (the first for a first stage, or after a colour of the user's
    own), skipping any a neighbour has."""
    taken = {c.lower() for c in (before, after) if c}
    start = STAGE_PALETTE.index(before.lower()) + 1 if before and before.lower() in STAGE_PALETTE else 0
    for i in range(len(STAGE_PALETTE)):
        colour = STAGE_PALETTE[(start + i) % len(STAGE_PALETTE)]
        if colour not in taken:
            return colour
    return STAGE_PALETTE[0]  # (not reached: two neighbours take at most two of eight)
