"""Python's full cycle collection runs from the event loop when the user pauses
(app/window/collector.py); the young generations stay CPython's."""

from __future__ import annotations

import gc
import time
import weakref

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from cjm_desktop.app.window import collector


class _Node:
    def __init__(self) -> None:
        self.other = self  # a reference cycle: only the cycle collector frees it


def test_the_window_hands_collection_to_the_event_loop(make_window):
    make_window()
    assert gc.isenabled()  # the young generations as always
    assert gc.get_threshold()[2] > 10**6  # but CPython never starts a full pass itself
    installed = collector.install(QApplication.instance())
    assert installed is collector.install(QApplication.instance())  # one per application
    assert installed.timer.isActive()


def test_an_old_cycle_is_freed_when_the_user_pauses(make_window, qtbot):
    make_window()
    c = collector.install(QApplication.instance())
    node = _Node()
    gone = weakref.ref(node)
    gc.collect(1)
    gc.collect(1)  # it survived the young generations: only a full pass frees it now
    del node
    for _ in range(c.thresholds[2] + 1):
        gc.collect(1)  # CPython would owe a full pass by now
    assert gone() is not None  # but none starts in the middle of this code
    c.last_activity = 0.0  # the user paused long ago
    qtbot.waitUntil(lambda: gone() is None, timeout=3000)  # the event loop's timer did it
    assert c.collections >= 1


def test_the_full_collection_waits_for_a_pause(make_window, monkeypatch):
    make_window()
    c = collector.install(QApplication.instance())
    t2 = c.thresholds[2]
    now = time.monotonic()
    monkeypatch.setattr(gc, "get_count", lambda: (0, 0, t2 + 1))
    c.last_activity = now
    assert not c.due(now)  # the user is at work: not now
    assert c.due(now + collector.IDLE_SECONDS + 0.01)  # a pause
    monkeypatch.setattr(gc, "get_count", lambda: (0, 0, t2 * collector.OVERDUE + 1))
    assert c.due(now)  # busy for too long: memory stays bounded
    monkeypatch.setattr(gc, "get_count", lambda: (0, 0, t2))
    assert not c.due(now + 60)  # nothing owed


def test_typing_and_edits_count_as_activity(make_window, qtbot):
    window = make_window()
    c = collector.install(QApplication.instance())
    c.watch_windows()
    c.last_activity = 0.0
    window.inspector.page.fields["title"].widget.setFocus()
    QTest.keyClick(window.windowHandle(), Qt.Key_A)  # as the platform delivers it: to the window first
    assert window.doc.map.title.endswith("a")  # the field had it
    assert time.monotonic() - c.last_activity < 1.0
    c.last_activity = 0.0
    QTest.mouseClick(window.windowHandle(), Qt.LeftButton, Qt.NoModifier, window.view.geometry().center())
    assert time.monotonic() - c.last_activity < 1.0
    c.last_activity = 0.0
    window.editor.new_card(cell=(window.doc.map.stages[0].id, window.doc.map.lanes[0].id), index=0)
    assert time.monotonic() - c.last_activity < 1.0


def test_a_window_opened_later_is_watched_from_the_next_tick(make_window, qtbot):
    make_window()
    c = collector.install(QApplication.instance())
    second = make_window()

    def counted() -> bool:
        c.last_activity = 0.0
        QTest.keyClick(second.windowHandle(), Qt.Key_Shift)
        return c.last_activity > 0.0

    qtbot.waitUntil(counted, timeout=2000)


def test_input_to_a_widget_without_a_window_is_not_watched(qtbot):
    """The filter is on windows, not on the application (which would see every event)."""
    c = collector.install(QApplication.instance())
    c.watch_windows()
    c.last_activity = 0.0
    field = QLineEdit()
    qtbot.addWidget(field)
    QApplication.sendEvent(field, QKeyEvent(QEvent.KeyPress, Qt.Key_A, Qt.NoModifier, "a"))
    assert c.last_activity == 0.0
