"""Three-way merge of an order: stages left to right, lanes top to bottom, the
cards of one cell. No Qt.

Both sides' insertions are kept, each after the item it follows on its own
side (a stable place); a reorder on one side wins over no reorder on the other;
when both sides reordered the same items differently, our order stands and the
caller records a conflict.
"""

from __future__ import annotations

from typing import Sequence


def _relative(order: Sequence[str], among: set[str]) -> list[str]:
    return [x for x in order if x in among]


def merge_order(base: Sequence[str], ours: Sequence[str], theirs: Sequence[str],
                keep: set[str]) -> tuple[list[str], bool]:
    """The merged order of the ids in ``keep`` and whether both sides reordered
    the items they share differently (ours then stands)."""
    common = set(base) & set(ours) & set(theirs) & keep
    b, o, t = _relative(base, common), _relative(ours, common), _relative(theirs, common)
    both_reordered = o != b and t != b and o != t
    skeleton, other = (theirs, ours) if o == b and t != b else (ours, theirs)
    result = [x for x in skeleton if x in keep]
    placed = set(result)
    # Both sides inserted after the same item: the skeleton side's insertions
    # first, then the other's (as if one side's edits were made after the other's).
    base_set, other_set = set(base), set(other)
    run_end: dict[object, str] = {}
    anchor: object = None
    for x in result:
        if x in base_set or x in other_set:
            anchor = x
        else:
            run_end[anchor] = x
    followers: dict[object, list[str]] = {}
    for source in (other, base):
        last: object = None  # the nearest item before, in this source, that is placed
        for x in source:
            if x in keep and x not in placed:
                followers.setdefault(run_end.get(last, last), []).append(x)
                placed.add(x)
            if x in placed:
                last = x
    out: list[str] = []
    # depth first: each item, then what was inserted after it (in insertion order)
    stack = list(reversed(result)) + list(reversed(followers.get(None, [])))
    while stack:
        x = stack.pop()
        out.append(x)
        stack.extend(reversed(followers.get(x, [])))
    out += sorted(keep - placed)  # in no order given: stable by id
    return out, both_reordered
