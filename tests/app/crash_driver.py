"""Driver of ``test_crash_recovery.py``: the real app in a process of its own (offscreen).

``python crash_driver.py edit SETTINGS_DIR FILE.cjm``
    Opens FILE in a MainWindow with a 0.3 s autosave interval, makes one edit
    through the undo stack, and prints ``autosaved`` once the recovery copy
    is written; then it idles until it is killed.

``python crash_driver.py restart SETTINGS_DIR``
    Starts the app as ``cjm-desktop`` does (:func:`run_gui`), answers the
    recovery offer with Restore for every copy, prints what the window then
    shows as one JSON line, saves it (File > Save) and quits cleanly.

``python crash_driver.py quit SETTINGS_DIR FILE.cjm``
    Starts the app on FILE as ``cjm-desktop`` does, edits, waits for the
    autosave, then ends the event loop WITHOUT closing the window (as a
    session manager may): the unsaved map's copy must survive the exit.

The data folder comes from ``CJM_DESKTOP_DATA_DIR`` (set by the test).
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QSettings, QTimer

EDIT = "Sửa trước khi bị tắt"


def edit(settings_dir: str, path: str) -> None:
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, settings_dir)
    from PySide6.QtWidgets import QApplication

    app = QApplication(["cjm-desktop"])
    from cjm_desktop.app.window.main_window import MainWindow
    from cjm_desktop.app.keeping.autosave import AUTOSAVE_KEY
    from cjm_desktop.app.settings.store import app_settings
    from cjm_desktop.commands import EditCardCommand

    app_settings().setValue(AUTOSAVE_KEY, 0.3)
    window = MainWindow(path)
    window.show()
    card = window.doc.map.cards[0]
    window.doc.push(EditCardCommand(window.doc, card.id, {"title": EDIT}))
    told = []

    def poll() -> None:
        if window.guard.keeper.autosaves and not told:
            told.append(True)
            print("autosaved", flush=True)

    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(50)
    app.exec()


def restart(settings_dir: str) -> int:
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, settings_dir)
    from PySide6.QtWidgets import QApplication

    from cjm_desktop.app.cli import gui
    from cjm_desktop.app.keeping import recovery_dialog

    offered = []

    def restore_all(parent, found):
        offered.extend((r.title, str(r.source)) for r in found)
        QTimer.singleShot(0, report)  # once the offer has done its work
        return {r.key: recovery_dialog.RESTORE for r in found}

    recovery_dialog.ask_recoveries = restore_all
    QApplication(["cjm-desktop"])  # run_gui uses it; the timers below need it first

    def report() -> None:
        if not QApplication.topLevelWidgets():
            return
        window = next(w for w in QApplication.topLevelWidgets() if hasattr(w, "doc"))
        print(json.dumps({
            "offered": offered,
            "titles": [c.title for c in window.doc.map.cards],
            "path": str(window.doc.path),
            "modified": window.isWindowModified(),
        }, ensure_ascii=False), flush=True)
        window.save()
        QApplication.closeAllWindows()

    QTimer.singleShot(20_000, report)  # nothing offered: report anyway, then quit
    return gui.run_gui(None)


def quit_unsaved(settings_dir: str, path: str) -> int:
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, settings_dir)
    from PySide6.QtWidgets import QApplication

    from cjm_desktop.app.cli import gui
    from cjm_desktop.app.keeping.autosave import AUTOSAVE_KEY
    from cjm_desktop.app.settings.store import app_settings
    from cjm_desktop.commands import EditCardCommand

    app_settings().setValue(AUTOSAVE_KEY, 0.2)
    app = QApplication(["cjm-desktop"])  # run_gui uses it; the timer below needs it first

    def window():
        return next((w for w in QApplication.topLevelWidgets() if hasattr(w, "doc")), None)

    def step() -> None:
        w = window()
        if w is None or not w.isVisible():
            return
        if not w.doc.is_modified():
            card = w.doc.map.cards[0]
            w.doc.push(EditCardCommand(w.doc, card.id, {"title": EDIT}))
        elif w.guard.keeper.autosaves:
            QApplication.exit(0)  # quit() would close the windows (and ask); exit() just ends the loop

    timer = QTimer(app)
    timer.timeout.connect(step)
    timer.start(50)
    return gui.run_gui(path)


if __name__ == "__main__":
    if sys.argv[1] == "edit":
        edit(sys.argv[2], sys.argv[3])
    elif sys.argv[1] == "quit":
        sys.exit(quit_unsaved(sys.argv[2], sys.argv[3]))
    else:
        sys.exit(restart(sys.argv[2]))
