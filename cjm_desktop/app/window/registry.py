"""The windows opened while the app runs: held while open, let go when closed.

A window opened from another one (a second recovered map) has no Python
owner, so :class:`WindowRegistry` holds it: the window deletes itself when
closed (``WA_DeleteOnClose``) and the registry drops it when it is destroyed.
There is one registry per application, a child of the ``QApplication``.
"""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QWidget

REGISTRY_NAME = "cjm-window-registry"


class WindowRegistry(QObject):
    """Strong references to the windows that are open, each until it is destroyed."""

    def __init__(self, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self.setObjectName(REGISTRY_NAME)
        self._windows: list[QWidget] = []

    @classmethod
    def of_app(cls) -> "WindowRegistry":
        """The application's registry (made on first use)."""
        app = QCoreApplication.instance()
        found = app.findChild(cls, REGISTRY_NAME)
        return found if found is not None else cls(app)

    def windows(self) -> list[QWidget]:
        """The windows held now, in the order they were opened."""
        return list(self._windows)

    def open(self, window: QWidget) -> QWidget:
        """Show ``window`` and hold it until it is closed (it then deletes itself)."""
        window.setAttribute(Qt.WA_DeleteOnClose)
        self._windows.append(window)
        window.destroyed.connect(lambda *_a, w=window: self._forget(w))
        window.show()
        return window

    def _forget(self, window: QWidget) -> None:
        if window in self._windows:
            self._windows.remove(window)
