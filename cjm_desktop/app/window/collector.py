"""Python's cycle collector, run by the event loop between events, never in the middle of one.

CPython starts a collection whenever enough objects were allocated, which can be
anywhere: inside a layout, a paint, an undo step, or a worker thread's PDF export.
Two things go wrong with a Qt program then. A full collection over an open
5,000-card map takes ~190 ms, so one undo step in a few hundred freezes a frame;
and a collection that frees Qt wrappers in another thread or halfway through a Qt
call can free objects Qt is still using. So the automatic collector is switched
off and this timer, on the main thread and only at the top of the event loop,
does the same work: the young generations as soon as CPython would have
collected them, the full collection once the user has paused (no input and no
edit for :data:`IDLE_SECONDS`), or regardless after a long busy stretch so
memory stays bounded. pyqtgraph's ``GarbageCollector`` does the same for the
same reasons.
"""

from __future__ import annotations

import gc
import time
from typing import Optional

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer

#: how often the counts are looked at
INTERVAL_MS = 100
#: the full collection waits for a pause this long
IDLE_SECONDS = 0.8
#: ... unless CPython would have done this many full collections by now
OVERDUE = 50

_INPUT = frozenset({
    QEvent.KeyPress, QEvent.KeyRelease, QEvent.MouseButtonPress, QEvent.MouseButtonRelease,
    QEvent.MouseMove, QEvent.Wheel, QEvent.InputMethod, QEvent.TouchUpdate,
})


class IdleCollector(QObject):
    """Installed once per application by :func:`install`."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.thresholds = gc.get_threshold()
        self.last_activity = time.monotonic()
        self.collections = [0, 0, 0]
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.CoarseTimer)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.tick)
        app.installEventFilter(self)
        gc.disable()
        self.timer.start()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() in _INPUT:
            self.last_activity = time.monotonic()
        return False

    def note_activity(self) -> None:
        """An edit happened: the user is at work, the full collection waits."""
        self.last_activity = time.monotonic()

    def due(self, now: float) -> Optional[int]:
        """The generation to collect now, if any (CPython's own rule for the young ones)."""
        count0, count1, count2 = gc.get_count()
        t0, t1, t2 = self.thresholds
        if count2 > t2 and (now - self.last_activity >= IDLE_SECONDS or count2 > t2 * OVERDUE):
            return 2
        if count1 > t1:
            return 1
        if count0 > t0:
            return 0
        return None

    def tick(self) -> None:
        generation = self.due(time.monotonic())
        if generation is not None:
            gc.collect(generation)
            self.collections[generation] += 1

    def stop(self) -> None:
        """Give the collector back to CPython (the application is going away)."""
        self.timer.stop()
        gc.enable()


_installed: Optional[IdleCollector] = None


def install(app: QCoreApplication) -> IdleCollector:
    """The collector of ``app`` (made on the first call)."""
    global _installed
    if _installed is None or not shiboken6.isValid(_installed) or _installed.parent() is not app:
        _installed = IdleCollector(app)
        app.aboutToQuit.connect(_installed.stop)
    return _installed


def note_activity() -> None:
    """Tell the collector (if there is one) that an edit happened."""
    if _installed is not None:
        _installed.note_activity()
