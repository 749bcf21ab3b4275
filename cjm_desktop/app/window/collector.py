"""Python's full cycle collection, run by the event loop when the user pauses.

CPython collects its young generations often and cheaply (well under a
millisecond each), and now and then makes a full pass over every object it
tracks. With a 5,000-card map open that full pass takes ~190 ms, so one undo
step in a few hundred, or one keystroke, froze a frame. This collector leaves
the young generations to CPython and takes the full pass over: it runs from a
timer on the main thread, at the top of the event loop, once the user has paused
(no input and no edit for :data:`IDLE_SECONDS`), or regardless after a long busy
stretch so memory stays bounded. (pyqtgraph's ``GarbageCollector`` moves all
collection to a timer for the same frame-time and thread reasons.)

The user's input is seen on the app's windows (``QWindow``), where the platform
delivers every key, click and wheel turn before Qt passes it to a widget: a
filter on the application itself would see every event of every object, and
make PySide look up each new kind of Qt object it meets (~40 ms at start-up).
"""

from __future__ import annotations

import gc
import time
from typing import Optional

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication

#: how often the counts are looked at
INTERVAL_MS = 100
#: the full collection waits for a pause this long
IDLE_SECONDS = 0.8
#: ... unless CPython would have done this many full collections by now
OVERDUE = 20
#: the third threshold while installed: CPython never starts a full collection itself
_NEVER = 1 << 30

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
        self.collections = 0  # full collections run
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.CoarseTimer)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.tick)
        self._watched: set[int] = set()  # the windows (C++ addresses) this filter is on
        gc.set_threshold(self.thresholds[0], self.thresholds[1], _NEVER)
        self.timer.start()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() in _INPUT:
            self.last_activity = time.monotonic()
        return False

    def note_activity(self) -> None:
        """An edit happened: the user is at work, the full collection waits."""
        self.last_activity = time.monotonic()

    def due(self, now: float) -> bool:
        """Whether the full collection is due now: CPython's count says one is
        owed and the user has paused (or it is long overdue)."""
        count2 = gc.get_count()[2]
        t2 = self.thresholds[2]
        return count2 > t2 and (now - self.last_activity >= IDLE_SECONDS or count2 > t2 * OVERDUE)

    def watch_windows(self) -> None:
        """Watch the input of the windows made since the last look."""
        seen = set()
        for window in QGuiApplication.topLevelWindows():
            key = shiboken6.getCppPointer(window)[0]
            seen.add(key)
            if key not in self._watched:
                window.installEventFilter(self)
        self._watched = seen  # a window gone leaves the list

    def tick(self) -> None:
        self.watch_windows()
        if self.due(time.monotonic()):
            gc.collect()
            self.collections += 1

    def stop(self) -> None:
        """Give the full collection back to CPython (the application is going away)."""
        self.timer.stop()
        gc.set_threshold(*self.thresholds)


_installed: Optional[IdleCollector] = None


def install(app: QCoreApplication) -> IdleCollector:
    """The collector of ``app`` (made on the first call)."""
    global _installed
    if _installed is None or not shiboken6.isValid(_installed) or _installed.parent() is not app:
        _installed = IdleCollector(app)
        app.aboutToQuit.connect(_installed.stop)
    return _installed


def seconds_idle() -> float:
    """Seconds since the user's last input or edit (infinite without a collector)."""
    return float("inf") if _installed is None else time.monotonic() - _installed.last_activity


def note_activity() -> None:
    """Tell the collector (if there is one) that an edit happened."""
    if _installed is not None:
        _installed.note_activity()
