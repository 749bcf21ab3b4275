"""The persona colour palette, and the colour a new persona gets. No Qt.

Eight colours taken from Paul Tol's *bright*, *muted* and *dark* schemes and
the Okabe–Ito palette, chosen so that every two of them stay apart on a
colour screen, in greyscale print and for the common colour-vision
deficiencies. ``tests/model/test_persona_palette.py`` measures it: CIEDE2000
between every pair (also under a deuteranopia and a protanopia simulation)
and the difference in lightness (L*, which is what a greyscale print keeps).
The colours most unlike each other come first, since most maps have two or
three personas.
"""

from __future__ import annotations

from typing import Iterable

#: Persona colours in the order new personas take them.
PERSONA_PALETTE: tuple[str, ...] = (
    "#4477aa",  # blue (Tol bright)
    "#e69f00",  # orange (Okabe–Ito)
    "#aa3377",  # purple (Tol bright)
    "#44aa99",  # teal (Tol muted)
    "#cc6677",  # rose (Tol muted)
    "#222255",  # navy (Tol dark)
    "#66ccee",  # cyan (Tol bright)
    "#663333",  # brown (Tol dark)
)


def next_persona_colour(used: Iterable[str]) -> str:
    """The first palette colour no persona uses; when every one is taken,
    the first of those used least often."""
    counts = {colour: 0 for colour in PERSONA_PALETTE}
    for colour in used:
        key = colour.lower()
        if key in counts:
            counts[key] += 1
    fewest = min(counts.values())
    return next(colour for colour in PERSONA_PALETTE if counts[colour] == fewest)
