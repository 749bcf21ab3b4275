"""Helpers for tests that build a canvas without the window."""

from __future__ import annotations

import shiboken6


def drop_scene(scene) -> None:
    """As the window drops a map: the scene lets go of its items, then its
    document is deleted with it at once, by Qt (not left to Python's collector)."""
    doc = scene.doc
    scene.close()
    shiboken6.delete(doc)
