"""DocumentFollower: how a dock follows the window's current document.

It holds the one connection from the document's ``changed`` signal to the
dock, and drops it when the window shows another document (or the document
is already gone), so no dock copies its own disconnect code.

A dock that is not on screen (behind another dock's tab, or closed) need not
follow each edit: given the dock and how it catches up, the follower lets the
changes pass while the dock is out of sight in a shown window, and has it catch
up once, when it is shown (adding a stage rebuilt the hidden Personas dock's
rows: ~25 ms of every such edit).
"""

from __future__ import annotations

from typing import Callable, Optional

from PySide6.QtCore import QMetaObject, QObject
from PySide6.QtWidgets import QDockWidget


class DocumentFollower:
    """Connects ``slot`` to the ``changed`` signal of the document it follows;
    with ``dock`` and ``catch_up``, only while the dock is on screen (see above)."""

    def __init__(self, slot: Callable, dock: Optional[QDockWidget] = None,
                 catch_up: Optional[Callable[[], None]] = None) -> None:
        self.slot = slot
        self._connection: Optional[QMetaObject.Connection] = None
        self._dock = dock
        self._catch_up = catch_up
        self._behind = False  # changes passed while the dock was out of sight
        if dock is not None:
            dock.visibilityChanged.connect(self._visibility_changed)

    def follow(self, doc) -> None:
        """Stop following the previous document and follow ``doc``."""
        self.stop()
        self._connection = doc.changed.connect(self.slot if self._dock is None else self._changed)

    def catch_up_or_wait(self) -> None:
        """Catch up now if the dock is on screen, else once it is shown."""
        if self._out_of_sight():
            self._behind = True
        else:
            self._behind = False
            self._catch_up()

    def _out_of_sight(self) -> bool:
        dock = self._dock
        return dock is not None and dock.window().isVisible() and dock.visibleRegion().isEmpty()

    def _changed(self, change) -> None:
        if self._out_of_sight():
            self._behind = True
        elif self._behind:  # in sight again without a word from Qt (a dock area widened from nothing)
            self._behind = False
            self._catch_up()
        else:
            self.slot(change)

    def _visibility_changed(self, visible: bool) -> None:
        if visible and self._behind:
            self._behind = False
            self._catch_up()

    def stop(self) -> None:
        if self._connection is not None:
            QObject.disconnect(self._connection)  # False, not an error, when the document is gone
            self._connection = None
