"""The measures of ``make bench`` in the order they run: key -> function.

Each function takes the :class:`~benchmarks.common.Bench` and returns a
:class:`~benchmarks.timing.Result`, a list of them, or (``growth``) a
:class:`~benchmarks.growth.Growth` table. What each includes is written in its
docstring and in docs/BENCHMARKS.md. The in-process measures share one
QApplication on the offscreen platform; start-up and memory run in fresh child
processes (:mod:`benchmarks.drivers`).
"""

from __future__ import annotations

from typing import Callable

from .canvas_speed import drag, repaint
from .common import Bench, new_workdir
from .documents import documents
from .edit_verbs import edit_verbs
from .exchange import xlsx
from .files import open_map, save_map, validate
from .growth import growth
from .pdf import pdf
from .present import present
from .pictures import pictures
from .startup import first_paint, memory
from .teams import teams
from .undo import undo
from .window_edits import window_edits

MEASURES: dict[str, Callable] = {
    "first_paint": first_paint,
    "open": open_map,
    "validate": validate,
    "save": save_map,
    "drag": drag,
    "repaint": repaint,
    "present": present,
    "edits": edit_verbs,
    "window_edits": window_edits,
    "pdf": pdf,
    "xlsx": xlsx,
    "memory": memory,
    "pictures": pictures,
    "undo": undo,
    "teams": teams,
    "documents": documents,
    "growth": growth,
}

__all__ = ["MEASURES", "Bench", "new_workdir"]
