"""Start the app the way ``cjm-desktop MAP`` does, copy a card, quit (used by test_quit_after_copy).

    python -m tests.app.copy_and_quit MAP
"""

from __future__ import annotations

import sys
from pathlib import Path


def main() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from cjm_desktop.app.cli.gui import run_gui
    from cjm_desktop.app.window.first_paint import on_first_paint
    from cjm_desktop.app.window.main_window import MainWindow

    def copy_and_quit() -> None:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        window.scene.select_ids([window.doc.map.cards[0].id])
        assert window.editor.copy()
        print("copied:", ", ".join(QApplication.clipboard().mimeData().formats()), flush=True)
        window.doc.undo_stack.setClean()
        QApplication.instance().quit()

    on_first_paint(lambda: QTimer.singleShot(100, copy_and_quit))
    return run_gui(Path(sys.argv[1]))


if __name__ == "__main__":
    sys.exit(main())
