"""The compact channel row of each stage header: the bundled channels of the stage's
touchpoint cards as small icons on white chips along the header's bottom edge. No Qt.

Computed from the map and the header rectangles only (not part of the incremental
layout): the painters and the canvas call :func:`stage_channel_rows` when cards change.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import JourneyMap, LaneKind
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


def channel_row(header: Rect, channel_ids: tuple[str, ...]) -> tuple[ChannelChip, ...]:
    """The chips of ``channel_ids`` left to right at the bottom of a stage ``header``,
    as many as fit before the chevron's point."""
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
