"""Child processes of the benchmark: each starts fresh, measures one thing and
prints one line of JSON.

::

    python -m benchmarks.drivers first-paint FILE.cjm
    python -m benchmarks.drivers memory FILE.cjm

``first-paint`` starts the editor the way the ``cjm-desktop FILE`` command does
(``cjm_desktop.app.cli.main``) and reports, on ``CLOCK_MONOTONIC`` (shared by
every process, so the parent can subtract its own launch time), when this
module began to run, when the main window had been painted for the first time
(its first Paint event, then the rest of that paint: a zero timer fires when the
event loop is back), and the CPU time the process used until then. The window
then quits. The probe is an event filter on the windows shown by then, not on
the application: one there would see every event of every object, a cost the
editor itself does not have (~25 ms of the start here).

``memory`` does the same on a (large) map, lets the window settle (a few
event-loop turns, the view state applied, a second paint) and reports the
resident set size (``VmRSS`` of /proc/self/status) and the peak (``VmHWM``:
Linux keeps ``ru_maxrss`` across ``execve``, so a child of the big benchmark
process would report its parent's size; ``ru_maxrss`` only where there is no /proc).
"""

import time

STARTED = time.monotonic()  # before any import of the program

import json  # noqa: E402
import os  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402


def _status_mb(key: str) -> float:
    """A line of /proc/self/status in MB (nan where there is none)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith(key + ":"):
                    return int(line.split()[1]) / 1024.0
    except OSError:
        pass
    return float("nan")


def _vm_rss_mb() -> float:
    return _status_mb("VmRSS")


def max_rss_mb() -> float:
    """This process's own peak resident memory (not its parent's, see the module's docstring)."""
    peak = _status_mb("VmHWM")
    if peak == peak:  # not nan
        return peak
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024.0 * 1024.0) if sys.platform == "darwin" else peak / 1024.0


def _install_probe(mode: str) -> None:
    """Quit the GUI once its first window is painted, and print what was measured."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from cjm_desktop.render.qt_env import lighter_pyside_module_check

    lighter_pyside_module_check()  # as run_gui does once PySide is in, before the window's modules
    from cjm_desktop.app.window.first_paint import on_first_paint

    def report(out: dict) -> None:
        sys.stdout.write(json.dumps(out) + "\n")
        sys.stdout.flush()
        QApplication.instance().exit(0)

    def settled(out: dict) -> None:
        app = QApplication.instance()
        for widget in app.topLevelWidgets():
            if widget.isVisible():
                widget.repaint()
        app.processEvents()
        out.update(rss_mb=_vm_rss_mb(), max_rss_mb=max_rss_mb(), cards=_cards_in_window(app))
        report(out)

    def painted() -> None:
        out = {"started": STARTED, "painted": time.monotonic(), "cpu": time.process_time()}
        if mode == "first-paint":
            report(out)
        else:
            # let the window settle: the view state is applied by a zero timer, a second paint follows
            QTimer.singleShot(200, lambda: settled(out))

    on_first_paint(painted)


def _cards_in_window(app) -> int:
    """How many cards the open window shows (proves the map really was opened)."""
    for widget in app.topLevelWidgets():
        doc = getattr(widget, "doc", None)
        scene = getattr(widget, "scene", None)
        if doc is not None and scene is not None:
            return len(scene.card_items())
    return -1


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("first-paint", "memory"):
        sys.stderr.write("usage: python -m benchmarks.drivers first-paint|memory FILE.cjm\n")
        return 2
    mode, path = argv
    # the command line first, as the console script loads it: what it imports loads before
    # PySide, and PySide's look at each module imported after it (render/qt_env.py) skips it
    from cjm_desktop.app.cli.main import main as cli_main

    _install_probe(mode)
    return cli_main([path])


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(main(sys.argv[1:]))
