"""Keeping Python's cycle collector off an open map's objects.

A 5,000-card map is about a million Python objects (the model, its layout, the
canvas items). Every so often the collector's full pass walks all of them, and
that pass (~150 ms) lands inside whatever edit is running, which is the worst
undo step of the benchmark. Once a map is open and drawn, :func:`settle` moves
what exists into the interpreter's permanent generation (``gc.freeze``), so later
passes only walk what edits create; :func:`release` gives those objects back to
the collector before the map is replaced or its window closes, so garbage among
them is still collected.
"""

from __future__ import annotations

import gc


def settle() -> None:
    """After a map is open and drawn: collect once, then keep what is left out of
    future passes."""
    gc.collect()
    gc.freeze()


def release() -> None:
    """Before the open map is dropped: its objects are collectable again."""
    gc.unfreeze()
