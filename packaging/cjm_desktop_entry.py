"""Entry script of the PyInstaller build: the same program as the
``cjm-desktop`` console script (``cjm_desktop.app.cli.main:main``).

The subcommands that never show a window (``--version``, ``templates``,
``new``, ``validate``, ``schema``, ``export`` ...) must run where there is no
display - a server, an SSH session, CI. Should any of them create a
QGuiApplication (e.g. to measure or rasterise something), Qt would otherwise
try to reach X11/Wayland and abort; so for those the offscreen platform
plugin is chosen unless the user chose one.

``CJM_EXIT_AFTER_FIRST_PAINT=1`` is for measuring start-up
(``packaging/measure.py``): the GUI prints ``first-paint`` and quits as soon
as its first window has been painted.
"""

from __future__ import annotations

import os
import sys

#: First arguments that mean "no window": the CLI subcommands and options.
HEADLESS_ARGUMENTS = frozenset(
    {"templates", "new", "validate", "schema", "export", "--version", "-V", "--help", "-h"}
)


def is_headless(argv: list[str]) -> bool:
    return len(argv) > 1 and argv[1] in HEADLESS_ARGUMENTS


def install_first_paint_probe() -> None:
    """Make the GUI quit right after its first window is painted."""
    from PySide6.QtWidgets import QApplication

    from cjm_desktop.app.window.first_paint import on_first_paint

    def report() -> None:
        sys.stdout.write("first-paint\n")
        sys.stdout.flush()
        QApplication.instance().exit(0)

    on_first_paint(report)


def main() -> int:
    if is_headless(sys.argv):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    elif os.environ.get("CJM_EXIT_AFTER_FIRST_PAINT"):
        install_first_paint_probe()
    from cjm_desktop.app.cli.main import main as cli_main

    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
