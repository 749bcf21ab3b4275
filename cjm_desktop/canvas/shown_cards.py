"""ShownCards: the canvas's View > Show Only filter: which cards the scene lays out and draws, and the marks of the hidden.

The scene asks it for its layout (:func:`~cjm_desktop.layout.filtered.filtered_layout`
while a filter is on) and for drop positions, which it translates between the
shown stack of a cell and the whole stack the editor works on. A view setting:
nothing here changes the map.
"""

from __future__ import annotations

from ..layout import LayoutEngine, MapLayout
from ..layout.filtered import filtered_layout, to_map_index, to_shown_index
from ..model import JourneyMap
from ..model.card_filter import CardFilter


class ShownCards:
    """The filter of one scene and what it hides in the map last laid out."""

    def __init__(self) -> None:
        self.filter = CardFilter()
        self.hidden: set[str] = set()
        #: per cell: (cards hidden, the top of the "n hidden" mark)
        self.marks: dict[tuple[str, str], tuple[int, float]] = {}

    @property
    def active(self) -> bool:
        return self.filter.active

    def layout(self, engine: LayoutEngine, m: JourneyMap) -> MapLayout:
        """The whole layout of ``m`` as the filter shows it."""
        self.hidden = self.filter.hidden_ids(m)
        if not self.hidden:
            self.marks = {}
            return engine.layout(m)
        done = filtered_layout(engine, m, self.hidden)
        self.marks = done.marks
        return done.layout

    def map_index(self, m: JourneyMap, cell, index: int, exclude: frozenset[str]) -> int:
        """A drop place in the shown stack, as the editor's place in the whole stack."""
        return to_map_index(m, self.hidden, cell, index, exclude) if self.hidden else index

    def shown_index(self, m: JourneyMap, cell, index: int, exclude: frozenset[str]) -> int:
        return to_shown_index(m, self.hidden, cell, index, exclude) if self.hidden else index
