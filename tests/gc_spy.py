"""Whether Python's cyclic collector was on while a function ran (tests of collection.py's pauses)."""

from __future__ import annotations

import gc


def collector_states(monkeypatch, owner, name: str) -> list[bool]:
    """Wrap ``owner.name`` so that every call records ``gc.isenabled()`` in the returned list."""
    seen: list[bool] = []
    real = getattr(owner, name)

    def spy(*args, **kwargs):
        seen.append(gc.isenabled())
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, spy)
    return seen
