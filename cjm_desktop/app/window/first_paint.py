"""Calls back once the first window of the app has been painted.

Used to measure start-up (benchmarks) and to smoke-test the packaged app: the
hook is installed before the GUI starts and wraps ``QApplication.exec``; it
watches the windows already shown then (the main window), and the whole
application only when there are none.
"""

from __future__ import annotations

from typing import Callable


def on_first_paint(callback: Callable[[], None]) -> None:
    """Run ``callback`` right after the first paint of a visible window completes."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    class FirstPaintProbe(QObject):
        fired = False

        def eventFilter(self, watched, event):  # noqa: N802 - Qt override
            if (
                not self.fired
                and event.type() == QEvent.Type.Paint
                and watched.isWidgetType()
                and watched.window().isVisible()
            ):
                self.fired = True
                QTimer.singleShot(0, callback)  # after this paint (the whole window) completes
            return False

    original_exec = QApplication.exec

    def exec_with_probe(*args, **kwargs):
        app = QApplication.instance()
        probe = FirstPaintProbe(app)
        # on the windows shown so far (the first paint of a window is its own): a filter on the
        # application would see every event of every object, which the app itself never pays for
        watched = [w for w in app.topLevelWidgets() if w.isVisible()] or [app]
        for target in watched:
            target.installEventFilter(probe)
        return original_exec(*args, **kwargs)

    QApplication.exec = staticmethod(exec_with_probe)
