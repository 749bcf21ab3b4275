"""Python's cycle collector runs from the event loop (app/window/collector.py):
garbage goes between events, and the slow full collection waits for a pause."""

from __future__ import annotations

import gc
import time
import weakref

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from cjm_desktop.app.window import collector


class _Node:
    def __init__(self) -> None:
        self.other = self  # a reference cycle: only the cycle collector frees it


def test_the_window_hands_collection_to_the_event_loop(make_window):
    make_window()
    assert not gc.isenabled()
    installed = collector.install(QApplication.instance())
    assert installed is collector.install(QApplication.instance())  # one per application
    assert installed.timer.isActive()


def test_a_cycle_is_freed_between_events_not_at_once(make_window, qtbot):
    make_window()
    node = _Node()
    gone = weakref.ref(node)
    del node
    keep = [[] for _ in range(2000)]  # enough allocations that CPython would collect now
    assert gone() is not None  # nothing collects in the middle of this code
    qtbot.waitUntil(lambda: gone() is None, timeout=3000)  # the event loop did
    del keep


def test_the_full_collection_waits_for_a_pause(make_window, monkeypatch):
    make_window()
    c = collector.install(QApplication.instance())
    t0, t1, t2 = c.thresholds
    now = time.monotonic()
    monkeypatch.setattr(gc, "get_count", lambda: (0, 0, t2 + 1))
    c.last_activity = now
    assert c.due(now) is None  # the user is at work: not now
    assert c.due(now + collector.IDLE_SECONDS + 0.01) == 2  # a pause
    monkeypatch.setattr(gc, "get_count", lambda: (0, 0, t2 * collector.OVERDUE + 1))
    assert c.due(now) == 2  # busy for too long: memory stays bounded
    monkeypatch.setattr(gc, "get_count", lambda: (t0 + 1, t1 + 1, 0))
    assert c.due(now) == 1  # the young generations as CPython would
    monkeypatch.setattr(gc, "get_count", lambda: (t0 + 1, 0, 0))
    assert c.due(now) == 0


def test_typing_and_edits_count_as_activity(make_window, qtbot):
    window = make_window()
    c = collector.install(QApplication.instance())
    c.last_activity = 0.0
    field = QLineEdit()
    qtbot.addWidget(field)
    QApplication.sendEvent(field, QKeyEvent(QEvent.KeyPress, Qt.Key_A, Qt.NoModifier, "a"))
    assert time.monotonic() - c.last_activity < 1.0
    c.last_activity = 0.0
    window.editor.new_card(cell=(window.doc.map.stages[0].id, window.doc.map.lanes[0].id), index=0)
    assert time.monotonic() - c.last_activity < 1.0
