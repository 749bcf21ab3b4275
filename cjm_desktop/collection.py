"""Python's cyclic garbage collector paused around work that builds many objects and no cycles. No Qt.

Reading a 5,000-card map makes some 100,000 objects, and the collector's young
generations walk them again and again while they are made (a tenth of a
file's reading); a command of the command line reads at most a few bounded
maps and ends (a sixth of a merge). Nothing they build is a cycle to collect,
so the collector waits until they are done. (The window keeps its own full
collections for when the user pauses: :mod:`cjm_desktop.app.window.collector`.)
"""

from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def collection_paused() -> Iterator[None]:
    """The block runs without cyclic collection; the collector is on again after
    it (also when it raises), unless it was off before."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
