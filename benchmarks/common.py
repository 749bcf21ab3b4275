"""What the in-process measures share: the :class:`Bench` they are given, the
offscreen :class:`Canvas` (scene + view) they edit and repaint, and the small
event-loop helpers around it.

Qt is imported inside the functions, so this module (and every measure module)
can be imported before ``QT_QPA_PLATFORM`` is set.
"""

from __future__ import annotations

import gc
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "resources" / "examples" / "salon-vi.cjm"


@dataclass
class Bench:
    """What every measure needs: the map, where to write, how many runs."""

    quick: bool
    journey_map: object  # JourneyMap
    map_path: Path
    workdir: Path
    edits: int
    say: Callable[[str], None]

    def runs(self, full: int, quick: int) -> int:
        return quick if self.quick else full


def new_workdir() -> Path:
    return Path(tempfile.mkdtemp(prefix="cjm-bench-"))


def process() -> None:
    """Let the event loop run what is pending: the canvas's updates, the repaint."""
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()


def flush_deletes() -> None:
    """Delete what ``deleteLater`` scheduled, now, and collect the garbage."""
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    QCoreApplication.processEvents()
    gc.collect()


class Canvas:
    """A map (or a document) in a MapScene and a 1400 x 900 MapView, shown offscreen."""

    def __init__(self, journey_map=None, doc=None) -> None:
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication

        from cjm_desktop.app.window import collector
        from cjm_desktop.canvas import MapScene, MapView
        from cjm_desktop.commands import CjmDocument

        self.doc = doc if doc is not None else CjmDocument(journey_map)
        # as the window does: the full collection waits for a pause; edits count as activity
        collector.install(QApplication.instance())
        self.doc.changed.connect(collector.note_activity)
        self.scene = MapScene(self.doc)
        self.view = MapView(self.scene)
        self.view.resize(1400, 900)
        self.view.show()
        QTest.qWaitForWindowExposed(self.view)
        process()

    def centre_on(self, x: float, y: float) -> None:
        """Scroll the view (untimed) so the point is in the middle of the viewport."""
        from PySide6.QtCore import QPointF

        self.view.centerOn(QPointF(x, y))
        process()

    def lane_heights(self) -> Optional[tuple]:
        """What tells whether an edit changed a lane's height: the heights of the
        scene's lane headers when the scene exposes its layout, else the height
        of the scene rectangle (which grows and shrinks with the lanes)."""
        lay = getattr(self.scene, "layout", None)
        headers = getattr(lay, "lane_headers", None)
        if isinstance(headers, dict) and headers:
            return tuple((lid, rect.h) for lid, rect in headers.items())
        return (self.scene.sceneRect().height(),)

    def close(self) -> None:
        self.view.close()
        self.view.deleteLater()
        self.scene.deleteLater()
        self.doc.deleteLater()
        flush_deletes()
