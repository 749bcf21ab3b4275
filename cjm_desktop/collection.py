"""Python's cyclic garbage collector paused around work that builds many objects and no cycles. No Qt.

Reading a 5,000-card map makes some 100,000 objects, and the collector's young
generations walk them again and again while they are made (a tenth of a
file's reading); a command of the command line reads at most a few bounded
maps and ends (a sixth of a merge). Nothing they build is a cycle to collect,
so the collector waits until they are done. (The window keeps its own full
collections for when the user pauses: :mod:`cjm_desktop.app.window.collector`.)

When the collector comes back on, what the block built is moved to the oldest
generation at once. Left young, it would be walked by the very next young
collection, and by the middle one after that, only to find it all alive (~8 ms
for a 5,000-card map, an eighth of its reading). CPython's ``freeze`` and
``unfreeze`` do the move, each one splice of two lists; a cycle among the moved
objects is still found, by the next full collection.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def collection_paused() -> Iterator[None]:
    """The block runs without cyclic collection; the collector is on again after
    it (also when it raises), unless it was off before, with the objects tracked
    so far in its oldest generation."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            _promote_young()
            gc.enable()


def _promote_young() -> None:
    """Every tracked object into the oldest generation (two list splices), unless
    someone froze objects on purpose: those stay frozen."""
    if gc.get_freeze_count() == 0:
        gc.freeze()
        gc.unfreeze()
