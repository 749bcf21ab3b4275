"""The edits that change the most, timed in the editor's window as the user feels them.

The edit verbs' rows (:mod:`.edit_verbs`) time a canvas alone: a scene and its
view. In the window the same edit also reaches the docks (Inspector, Personas,
Vote Results, Compare), the status bar, the title, the undo actions and the
toolbar, and a dock that rebuilt itself at each edit once cost more than the
canvas. Here the benchmark map is opened in a ``MainWindow`` of 1400 x 900 (as
``cjm-desktop FILE`` opens it: Inspector raised, the other docks behind their
tabs), and six verbs run as in :mod:`.edit_verbs`: the same commands, targets
and undo, each run timed from the push until the window has repainted.
"""

from __future__ import annotations

import os
from pathlib import Path

from .common import Bench, Canvas, flush_deletes, process
from .edit_verbs import _Targets, _card_verbs, _map_verbs, time_verb
from .timing import Result

#: the verbs timed in the window: those that change most (cells, lanes, the grid)
VERBS = ("add_card", "delete_card", "move_card", "title_lane", "add_stage", "add_lane")


class WindowCanvas(Canvas):
    """The editor's main window on a map file, with :class:`Canvas`'s interface."""

    def __init__(self, path: Path) -> None:  # not Canvas.__init__: the window makes its own scene and view
        from PySide6.QtTest import QTest

        from cjm_desktop.app.window.main_window import MainWindow

        self.window = MainWindow(path)
        self.window.resize(1400, 900)
        self.window.show()
        QTest.qWaitForWindowExposed(self.window)
        process()

    @property
    def doc(self):
        return self.window.doc

    @property
    def scene(self):
        return self.window.scene

    @property
    def view(self):
        return self.window.view

    def close(self) -> None:
        self.window.doc.undo_stack.setClean()  # no question about unsaved changes
        self.window.close()
        self.window.deleteLater()
        flush_deletes()


def window_edits(b: Bench) -> list[Result]:
    """Six verbs in the window, ``runs`` timed runs each after one warm-up (see
    :func:`.edit_verbs.edit_verbs`); recovery copies and open-file markers go to
    the benchmark's work folder."""
    os.environ.setdefault("CJM_DESKTOP_DATA_DIR", str(b.workdir / "data"))
    runs = b.runs(30, 5)
    c = WindowCanvas(b.map_path)
    try:
        targets = _Targets(c.doc, runs)
        verbs = {v.key: v for v in _card_verbs(targets) + _map_verbs(targets)}
        return [time_verb(b, c, verbs[key], runs, "window") for key in VERBS]
    finally:
        c.close()
