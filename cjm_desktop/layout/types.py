"""The geometry types a layout is made of: rectangles, text lines, card, curve,
connector and persona geometry, and :class:`MapLayout`, which holds them. No Qt.

Coordinates are points, origin at the top-left of the map, y growing downwards
(the PDF renderer flips). Every geometry object is frozen: a renderer tells
what moved by an ``is`` check against the objects it drew last.
"""

from __future__ import annotations

import operator
from dataclasses import dataclass, field
from typing import Iterable, NamedTuple, Optional

from . import queries
from .style import Style

Cell = tuple[str, str]  # (stage_id, lane_id)


class Rect(NamedTuple):
    """A rectangle: a tuple, made ten thousand times a layout (a frozen
    dataclass's ``__init__`` costs four times as much)."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def center(self) -> tuple[float, float]:
        return (self.x + self.w / 2, self.y + self.h / 2)

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x < self.right and self.y <= y < self.bottom

    def moved(self, dx: float, dy: float) -> "Rect":
        return Rect(self.x + dx, self.y + dy, self.w, self.h)


@dataclass(frozen=True)
class TextLine:
    """One line of text; ``x``/``y`` are the left end of its baseline, card-relative
    for :class:`CardGeometry`, absolute elsewhere. ``role`` names the colour."""

    text: str
    x: float
    y: float
    size: float
    bold: bool = False
    role: str = "text"  # text | muted | header | hint (muted and slanted)


@dataclass(frozen=True)
class CardContent:
    """What a card shows, measured; independent of where the card sits."""

    height: float
    lines: tuple[TextLine, ...]
    overflow: bool  # some text did not fit and is continued in the PDF appendix
    hint: bool = False  # a template's hint: dashed, muted slanted text, a "hint" badge on top
    #: the card's picture (an id of the map's image table) and its box above the text, card-relative
    image: Optional[str] = None
    image_box: Optional["Rect"] = None
    #: the bundled channel the card's channel text names (:mod:`cjm_desktop.model.channels`)
    #: and its icon's square before the meta line, card-relative
    channel_icon: Optional[str] = None
    icon_box: Optional["Rect"] = None


class CardGeometry(NamedTuple):
    """Where a card sits in its cell and what it shows.

    ``box`` is relative to the cell's top-left corner (``MapLayout.cells``), so a
    card keeps its very geometry object when its lane moves down or up or its
    stage left or right: a grid change moves cells, not cards. Its place on the
    map is :meth:`MapLayout.card_rect`."""

    card_id: str
    stage_id: str
    lane_id: str
    box: Rect
    content: CardContent
    fill: str
    accent: str


#: a card geometry's card id, as a C function: ``map(card_id_of, stack)`` (thousands per grid change)
card_id_of = operator.itemgetter(0)


@dataclass(frozen=True)
class CurvePoint:
    persona_id: str
    stage_id: str
    score: int
    label: str
    x: float
    y: float


@dataclass(frozen=True)
class Curve:
    persona_id: str
    colour: str
    points: tuple[CurvePoint, ...]
    #: Cubic Bézier segments ((x0, y0), (c1x, c1y), (c2x, c2y), (x3, y3)) through the points.
    segments: tuple[tuple[tuple[float, float], ...], ...]


Point = tuple[float, float]
#: (left, top, right, bottom) on the map: a route's bounds, what a view shows
Box = tuple[float, float, float, float]


@dataclass(frozen=True)
class ConnectorGeometry:
    """An orthogonal path from a side of the source card to a side of the target
    card: ``coords`` are its corners' x, y one after the other (every segment
    is horizontal or vertical; :func:`cjm_desktop.layout.decor.connector_outline`
    rounds the corners), ``points`` the same as pairs.

    ``channels`` names the gutters the path runs in and ``tracks`` (packed) its
    rank and count in each (see :mod:`cjm_desktop.layout.routing`); empty for
    a preview routed without the grid."""

    connector_id: str
    coords: tuple[float, ...]
    label: str
    channels: tuple[int, ...] = ()
    tracks: int = 0
    #: where its label goes: on a run along a lane boundary, clear of the cards
    label_at: Optional[Point] = None
    #: (left, top, right, bottom) of its corners when the router worked them out
    #: with the route (read :attr:`bounds`); not part of what makes two routes equal
    box: Optional[Box] = field(default=None, compare=False, repr=False)

    @property
    def bounds(self) -> Box:
        """(left, top, right, bottom) of its corners."""
        box = self.box
        if box is None:
            c = self.coords
            xs, ys = c[0::2], c[1::2]
            box = (min(xs), min(ys), max(xs), max(ys))
        return box

    @property
    def points(self) -> tuple[Point, ...]:
        c = self.coords
        return tuple(zip(c[0::2], c[1::2]))

    @property
    def start(self) -> Point:
        return (self.coords[0], self.coords[1])

    @property
    def end(self) -> Point:
        return (self.coords[-2], self.coords[-1])


@dataclass(frozen=True)
class StagePicture:
    """A stage's picture (an id of the map's image table) and its box in the header, absolute."""

    image: str
    box: Rect


@dataclass(frozen=True)
class PersonaGeometry:
    persona_id: str
    circle: Rect
    name_lines: tuple[TextLine, ...]
    initials: str
    colour: str


def stacked_height(contents: list[CardContent], gap: float) -> float:
    """The height of a cell's cards stacked with their gaps (the one sum every layout path uses)."""
    return sum(c.height for c in contents) + gap * (len(contents) - 1)


@dataclass
class MapLayout:
    """Everything a renderer needs. ``width``/``height`` bound the whole map.

    ``cards`` is read by renderers and written only through :meth:`put_cell`
    and :meth:`drop_cell`, which keep the per-cell index (``cards_in_cell``) in
    step with every change of the cards, whatever their count.
    """

    style: Style
    width: float
    height: float
    persona_strip: Rect
    corner: Rect
    stage_headers: dict[str, Rect] = field(default_factory=dict)
    stage_header_lines: dict[str, tuple[TextLine, ...]] = field(default_factory=dict)
    #: the stages that show a picture, each with its box under the header's text
    stage_pictures: dict[str, StagePicture] = field(default_factory=dict)
    lane_headers: dict[str, Rect] = field(default_factory=dict)
    lane_header_lines: dict[str, tuple[TextLine, ...]] = field(default_factory=dict)
    cells: dict[Cell, Rect] = field(default_factory=dict)
    cards: dict[str, CardGeometry] = field(default_factory=dict)
    curves: list[Curve] = field(default_factory=list)
    connectors: list[ConnectorGeometry] = field(default_factory=list)
    personas: list[PersonaGeometry] = field(default_factory=list)
    stage_order: list[str] = field(default_factory=list)
    lane_order: list[str] = field(default_factory=list)
    collapsed_lanes: set[str] = field(default_factory=set)
    feelings_lanes: list[str] = field(default_factory=list)
    #: lane id -> its kind (a lane whose kind changed has its cards measured again)
    lane_kinds: dict[str, str] = field(default_factory=dict)
    #: (stage_id, lane_id) -> the cell's cards top to bottom; None: built on first use
    cell_index: Optional[dict[Cell, list[CardGeometry]]] = field(default=None, repr=False, compare=False)
    #: routes put off by an edit (:func:`~cjm_desktop.layout.rerouting.finish_routes` works them
    #: out): connector id -> (how far up or down its line may lie from its route in ``connectors``,
    #: its source card, its target card), or after a grid change a ``rerouting.Replan``
    routes_due: dict[str, tuple] = field(default_factory=dict, repr=False)
    #: (stage_id, lane_id) -> its cards' :func:`stacked_height`, kept as asked until the cell changes
    stack_heights: dict[Cell, float] = field(default_factory=dict, repr=False, compare=False)

    # -- the cards, with their per-cell index ----------------------------------------
    def card_rect(self, g: CardGeometry) -> Rect:
        """Where card ``g`` sits on the map: its box moved to its cell."""
        cell = self.cells[(g.stage_id, g.lane_id)]
        b = g.box
        return Rect(cell.x + b.x, cell.y + b.y, b.w, b.h)

    def rect_of(self, card_id: str) -> Rect:
        """:meth:`card_rect` of the card ``card_id`` (which must be laid out)."""
        return self.card_rect(self.cards[card_id])

    def put_cell(self, cell: Cell, stack: list[CardGeometry]) -> None:
        """Set the cards of one cell (top to bottom), replacing what it held."""
        index = self.index()
        self.stack_heights.pop(cell, None)
        for g in index.get(cell, ()):
            del self.cards[g.card_id]
        for g in stack:
            self.cards[g.card_id] = g
        if stack:
            index[cell] = list(stack)
        else:
            index.pop(cell, None)

    def stack_height(self, cell: Cell) -> Optional[float]:
        """:func:`stacked_height` of the cell's cards (None when it has none), worked
        out once: a lane's height asks it of each of its cells after every edit."""
        h = self.stack_heights.get(cell)
        if h is None:
            stack = self.index().get(cell)
            if not stack:
                return None
            h = self.stack_heights[cell] = stacked_height([g.content for g in stack], self.style.card_gap)
        return h

    def drop_cell(self, cell: Cell) -> None:
        self.put_cell(cell, [])

    def index(self) -> dict[Cell, list[CardGeometry]]:
        """The per-cell index (built from ``cards`` when the layout has none yet)."""
        if self.cell_index is None:
            index: dict[Cell, list[CardGeometry]] = {}
            for g in self.cards.values():
                index.setdefault((g.stage_id, g.lane_id), []).append(g)
            for stack in index.values():
                stack.sort(key=lambda g: g.box.y)
            self.cell_index = index
        return self.cell_index

    def cells_of_lane(self, lane_id: str) -> Iterable[Cell]:
        return ((sid, lane_id) for sid in self.stage_order)

    # -- the per-cell queries (see layout/queries.py) -----------------------------------
    def cell_at(self, x: float, y: float) -> Optional[Cell]:
        return queries.cell_at(self, x, y)

    def stage_at(self, x: float) -> Optional[str]:
        return queries.stage_at(self, x)

    def lane_at(self, y: float) -> Optional[str]:
        return queries.lane_at(self, y)

    def cards_in_cell(self, stage_id: str, lane_id: str) -> list[CardGeometry]:
        return queries.cards_in_cell(self, stage_id, lane_id)

    def insert_index_at(self, stage_id: str, lane_id: str, y: float, exclude: frozenset[str] = frozenset()) -> int:
        return queries.insert_index_at(self, stage_id, lane_id, y, exclude)

    def drop_indicator_y(self, stage_id: str, lane_id: str, index: int, exclude: frozenset[str] = frozenset()) -> float:
        return queries.drop_indicator_y(self, stage_id, lane_id, index, exclude)

    def emotion_score_at(self, lane_id: str, y: float) -> int:
        return queries.emotion_score_at(self, lane_id, y)

    def emotion_y(self, lane_id: str, score: int) -> float:
        return queries.emotion_y(self, lane_id, score)
