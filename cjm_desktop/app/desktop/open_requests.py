"""Where a file the desktop asks to open goes: the window that has it, an untouched window, or a new one.

macOS Finder does not put the file on the command line: opening a ``.cjm``
(double-click, drop on the Dock icon, Open With) sends the running app a
``QFileOpenEvent``, also while windows are open. :class:`OpenRequests` is an
event filter on the application that takes those events (on macOS, the only
platform that sends them); the single-instance
server (:mod:`.single_instance`) hands it the files of a second start the same
way. Each file goes to

1. the window that already shows it (brought to the front), else
2. a window on an untitled map nobody has touched (the one a start without a
   file shows), else
3. a new window, held by the :class:`~cjm_desktop.app.window.registry.WindowRegistry`.

A file that cannot be opened shows its error and leaves no empty new window behind.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Callable, Optional

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

from ...io.platform import path_identity

log = logging.getLogger(__name__)

OBJECT_NAME = "cjm-open-requests"


def _main_windows() -> list[QWidget]:
    from ..window.main_window import MainWindow

    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]


def _shows(window, path: Path) -> bool:
    doc = window.doc
    return doc is not None and doc.path is not None and path_identity(doc.path) == path_identity(path)


def _untouched(window) -> bool:
    doc = window.doc
    return doc is not None and doc.path is None and doc.undo_stack.isClean() and doc.undo_stack.count() == 0


def _bring_forward(window: QWidget) -> None:
    window.show()
    window.raise_()
    window.activateWindow()


class OpenRequests(QObject):
    """Opens the files the desktop asks for (see the module docstring).

    ``new_window`` makes a window (tests may give their own); by default a
    :class:`MainWindow` on a blank map.
    """

    def __init__(self, app: QApplication, new_window: Optional[Callable[[], QWidget]] = None,
                 file_open_events: bool = sys.platform == "darwin") -> None:
        super().__init__(app)
        self.setObjectName(OBJECT_NAME)
        self._new_window = new_window
        if file_open_events:
            # only macOS sends them; a filter on the application sees every event of every
            # object (start-up alone: ~40 ms more, as each new kind of Qt object is looked up)
            app.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.FileOpen and watched is QApplication.instance():
            name = event.file() or event.url().toLocalFile()
            if name:
                self.open_path(Path(name))
                return True
        return False

    def open_path(self, path: Optional[Path]) -> Optional[QWidget]:
        """Show ``path`` (None: a new blank map) in a window; returns it, or None if it cannot be opened."""
        windows = _main_windows()
        if path is None:
            return self._open_new(None)
        for window in windows:
            if _shows(window, path):
                _bring_forward(window)
                return window
        for window in windows:
            if _untouched(window):
                if not window.open_path(path, ask=False):
                    return None
                _bring_forward(window)
                return window
        return self._open_new(path)

    def _open_new(self, path: Optional[Path]) -> Optional[QWidget]:
        from ..window.main_window import MainWindow
        from ..window.registry import WindowRegistry

        window = self._new_window() if self._new_window else MainWindow()
        WindowRegistry.of_app().open(window)
        if path is not None and not window.open_path(path, ask=False):
            window.close()
            return None
        _bring_forward(window)
        return window
