"""DocumentFollower: how a dock follows the window's current document.

It holds the one connection from the document's ``changed`` signal to the
dock, and drops it when the window shows another document (or the document
is already gone), so no dock copies its own disconnect code.
"""

from __future__ import annotations

from typing import Callable, Optional

from PySide6.QtCore import QMetaObject, QObject


class DocumentFollower:
    """Connects ``slot`` to the ``changed`` signal of the document it follows."""

    def __init__(self, slot: Callable) -> None:
        self.slot = slot
        self._connection: Optional[QMetaObject.Connection] = None

    def follow(self, doc) -> None:
        """Stop following the previous document and follow ``doc``."""
        self.stop()
        self._connection = doc.changed.connect(self.slot)

    def stop(self) -> None:
        if self._connection is not None:
            QObject.disconnect(self._connection)  # False, not an error, when the document is gone
            self._connection = None
