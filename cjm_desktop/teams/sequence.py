"""Three-way merge of an order: stages left to right, lanes top to bottom, the
cards of one cell. No Qt.

Each side's changes to the order are moves (an item that left the longest run
of items kept in their base order) and insertions (items new to the order).
The items neither side moved keep their base order; then our moves and
insertions are applied, each just after the item it follows on our side, then
theirs, each after the item it follows on their side (after ours when both
put something after the same item). So two colleagues who moved different
cards of one cell get both moves. When both moved the same item to different
places, our place stands and the caller records a conflict.
"""

from __future__ import annotations

from difflib import SequenceMatcher
from typing import Sequence


def _moved(base: Sequence[str], side: Sequence[str]) -> set[str]:
    """Items of both ``base`` and ``side`` that left their order on ``side``."""
    shared = set(base) & set(side)
    b = [x for x in base if x in shared]
    s = [x for x in side if x in shared]
    kept: set[str] = set()
    for block in SequenceMatcher(None, b, s, autojunk=False).get_matching_blocks():
        kept.update(s[block.b: block.b + block.size])
    return shared - kept


def merge_order(base: Sequence[str], ours: Sequence[str], theirs: Sequence[str],
                keep: set[str]) -> tuple[list[str], bool]:
    """The merged order of the ids in ``keep`` and whether both sides moved an
    item to different places (ours then stands)."""
    if len(keep) == len(base) and list(base) == list(ours) == list(theirs) and keep.issuperset(base):
        return list(base), False  # neither side touched it: what follows would give the same
    moved_o, moved_t = _moved(base, ours), _moved(base, theirs)
    both = moved_o & moved_t
    clash = False
    if both:
        common = set(ours) & set(theirs)
        clash = [x for x in ours if x in common] != [x for x in theirs if x in common]
    moved_t -= moved_o  # where both moved an item, ours places it
    placed = {x for x in base if x in keep and x not in moved_o and x not in moved_t}
    result = [x for x in base if x in placed]
    followers: dict[object, list[str]] = {}
    still = set(placed)  # where neither side moved anything
    base_set = set(base)
    for source, own_moves in ((ours, moved_o), (theirs, moved_t)):
        # the nearest item before, on this side, that stayed put or that this side placed
        # (an item the other side moved is no landmark: it is elsewhere now)
        last: object = None
        own: set[str] = set()
        for x in source:
            if x in keep and x not in placed and (x in own_moves or x not in base_set):
                followers.setdefault(last, []).append(x)
                placed.add(x)
                own.add(x)
            if x in still or x in own:
                last = x
    out: list[str] = []
    # depth first: each item, then what was put after it (ours before theirs)
    stack = list(reversed(result)) + list(reversed(followers.get(None, [])))
    while stack:
        x = stack.pop()
        out.append(x)
        stack.extend(reversed(followers.get(x, [])))
    rest = keep - placed  # came into this order by a merge of fields (e.g. a card's cell)
    out += [x for x in list(ours) + list(theirs) if x in rest and not (x in placed or placed.add(x))]
    out += sorted(keep - placed)
    return out, clash
