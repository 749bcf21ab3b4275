"""The compact channel row of each stage header: the bundled channels of the stage's
touchpoint cards as small icons on white chips along the header's bottom edge. No Qt.

Computed from the map and the header rectangles only (not part of the incremental
layout): the painters call :func:`stage_channel_rows`; the canvas keeps a :class:`ChannelTally`
and counts again only the stages of the cards an edit touched.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterable, Optional

from ..model import Card, JourneyMap, LaneKind
from ..model.channels import catalogue, match_channel
from .decor import CHEVRON_DEPTH
from .types import Rect

#: A chip's side, the icon's side inside it, the gap between chips and the margin below them.
CHIP = 14.0
CHIP_ICON = 10.5
CHIP_GAP = 2.0
CHIP_BOTTOM = 5.0
CHIP_RADIUS = 3.0
CHIP_FILL = "#ffffff"


@dataclass(frozen=True)
class ChannelChip:
    channel_id: str
    chip: Rect  # the white rounded square
    icon: Rect  # the icon's square inside it


def stage_channels(m: JourneyMap) -> dict[str, tuple[str, ...]]:
    """The distinct bundled channels of each stage's touchpoint cards, in catalogue order
    (stages with none are left out; a map with no touchpoint lane gets none)."""
    lanes = {lane.id for lane in m.lanes if lane.kind == LaneKind.TOUCHPOINTS}
    if not lanes:
        return {}
    found: dict[str, set[str]] = {}
    for c in m.cards:
        if c.lane_id in lanes and c.channel:
            ch = match_channel(c.channel)
            if ch is not None:
                found.setdefault(c.stage_id, set()).add(ch.id)
    order = [ch.id for ch in catalogue().channels]
    return {sid: tuple(i for i in order if i in ids) for sid, ids in found.items()}


@lru_cache(maxsize=512)
def channel_row(header: Rect, channel_ids: tuple[str, ...]) -> tuple[ChannelChip, ...]:
    """The chips of ``channel_ids`` left to right at the bottom of a stage ``header``,
    as many as fit before the chevron's point. (Remembered: every row is placed
    again after a change of the grid, which leaves most headers where they were.)"""
    out = []
    x = header.x + 8
    y = header.bottom - CHIP_BOTTOM - CHIP
    inset = (CHIP - CHIP_ICON) / 2
    for cid in channel_ids:
        if x + CHIP > header.right - CHEVRON_DEPTH - 2:
            break
        out.append(ChannelChip(cid, Rect(x, y, CHIP, CHIP), Rect(x + inset, y + inset, CHIP_ICON, CHIP_ICON)))
        x += CHIP + CHIP_GAP
    return tuple(out)


def stage_channel_rows(m: JourneyMap, headers: dict[str, Rect]) -> dict[str, tuple[ChannelChip, ...]]:
    """Every stage's channel row (``headers``: the layout's stage header rectangles)."""
    return {sid: channel_row(headers[sid], ids) for sid, ids in stage_channels(m).items() if sid in headers}


def touchpoint_lanes(m: JourneyMap) -> frozenset[str]:
    """The ids of the lanes whose cards' channels a stage header shows."""
    return frozenset(lane.id for lane in m.lanes if lane.kind == LaneKind.TOUCHPOINTS)


class ChannelTally:
    """Each stage's channels, kept card by card: after an edit of some cards only
    their stages (before and after) are counted again, not the whole map. Equal to
    :func:`stage_channels` at every step; :meth:`rebuild` when the touchpoint lanes changed."""

    def __init__(self) -> None:
        self.lanes: frozenset[str] = frozenset()
        self.of_card: dict[str, tuple[str, str]] = {}  # card id -> (stage id, channel id)
        self.counts: dict[str, dict[str, int]] = {}  # stage id -> channel id -> cards

    def rebuild(self, m: JourneyMap) -> None:
        self.lanes = touchpoint_lanes(m)
        self.of_card, self.counts = {}, {}
        for c in m.cards:
            self._add(c)

    def _add(self, card) -> Optional[str]:
        if card.lane_id not in self.lanes or not card.channel:
            return None
        ch = match_channel(card.channel)
        if ch is None:
            return None
        self.of_card[card.id] = (card.stage_id, ch.id)
        tally = self.counts.setdefault(card.stage_id, {})
        tally[ch.id] = tally.get(ch.id, 0) + 1
        return card.stage_id

    def update(self, card_ids: Iterable[str], card_of: Callable[[str], Optional[Card]]) -> set[str]:
        """Count these cards again (``card_of``: the card of an id, None when it is gone);
        the stages whose channels may have changed."""
        stages: set[str] = set()
        for cid in card_ids:
            old = self.of_card.pop(cid, None)
            if old is not None:
                sid, chid = old
                tally = self.counts[sid]
                tally[chid] -= 1
                if not tally[chid]:
                    del tally[chid]
                stages.add(sid)
            card = card_of(cid)
            if card is not None:
                stages.add(self._add(card) or card.stage_id)
        return stages

    def channels(self, stage_id: str) -> tuple[str, ...]:
        """The stage's channels in catalogue order (as :func:`stage_channels`)."""
        tally = self.counts.get(stage_id)
        if not tally:
            return ()
        return tuple(ch.id for ch in catalogue().channels if ch.id in tally)
