"""Open one file the way ``cjm-desktop FILE`` does, in the real window, and report.

    python -m tests.hostile.window_driver FILE

Runs :func:`cjm_desktop.app.cli.gui.run_gui` (the command's own path) with
message boxes answered by recording their text; 300 ms after the window's
first paint it quits and prints one JSON line: the messages shown, the
window's title, the number of cards shown, and the peak resident memory.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def main() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from PySide6.QtCore import Qt

    shown: list[str] = []
    boxes: list[dict] = []

    def record(box):
        """The app's own box, built as a user would see it, answered instead of shown modally."""
        shown.append(box.text().replace("\u200b", ""))
        box.show()  # laid out as on screen (QMessageBox wraps long text when shown)
        QApplication.processEvents()
        size = box.size()
        box.hide()
        boxes.append({"plain": box.textFormat() == Qt.TextFormat.PlainText, "w": size.width(), "h": size.height()})
        return QMessageBox.Ok

    QMessageBox.exec = record
    report = {}

    def look_and_quit():
        from cjm_desktop.app.window.main_window import MainWindow

        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        report.update(title=windows[0].windowTitle() if windows else "",
                      cards=len(windows[0].doc.map.cards) if windows else -1)
        for w in windows:
            w.doc.undo_stack.setClean()
        QApplication.instance().quit()

    from benchmarks.drivers import max_rss_mb
    from cjm_desktop.app.cli.gui import run_gui
    from cjm_desktop.app.window.first_paint import on_first_paint

    on_first_paint(lambda: QTimer.singleShot(300, look_and_quit))
    code = run_gui(Path(sys.argv[1]))
    report.update(code=code, messages=shown, boxes=boxes, peak_mb=int(max_rss_mb()))
    print(json.dumps(report, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
