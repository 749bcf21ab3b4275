"""What Qt is told through the environment before its application object exists. No Qt import.

Qt's raster engine hands every fill taller than 96 pixel rows to a thread pool
and waits for it (``QT_THREAD_PARALLEL_FILLS`` in Qt's drawhelper). A map's
connector runs and cell backgrounds are such fills: small work, each paying a
hand-off to other threads and a wake-up of its own. Painting on the calling
thread alone made an edit that moves lanes 16-21 % faster in wall time on a
two-core machine (an A/B in one session, docs/BENCHMARKS.md). ``QT_NO_GUI_THREADPOOL`` is
Qt's own switch for that; a value the user set is kept. It stays in the
environment (Qt reads it when it first paints, not at start-up), so a program the
window opens inherits it: for a Qt program that only means the same serial
painting, and other programs do not read it.
"""

from __future__ import annotations

import os
from typing import MutableMapping, Optional

#: Qt reads it once, when it first needs its GUI thread pool
SERIAL_RASTER = "QT_NO_GUI_THREADPOOL"


def prefer_serial_painting(environ: Optional[MutableMapping[str, str]] = None) -> None:
    """Paint on the GUI thread alone (call before the QApplication is made)."""
    env = os.environ if environ is None else environ
    env.setdefault(SERIAL_RASTER, "1")
