"""Starting the editor: say what to do where Qt cannot open a window.

Qt aborts the interpreter (no Python exception to catch) when it finds no
display or when its xcb platform plugin lacks a system library. So before Qt
is imported, :func:`display_problem` looks for those cases and
:func:`run_gui` prints ONE line saying what to install or how to work
headless, and returns :data:`EXIT_NO_GUI`.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os
import sys
from pathlib import Path
from typing import Callable, Mapping, Optional

log = logging.getLogger(__name__)

EXIT_NO_GUI = 3

#: What Qt's xcb platform plugin loads: (soname, find_library name, Debian package).
XCB_LIBRARIES: tuple[tuple[str, str, str], ...] = (
    ("libxcb.so.1", "xcb", "libxcb1"),
    ("libX11-xcb.so.1", "X11-xcb", "libx11-xcb1"),
    ("libxcb-cursor.so.0", "xcb-cursor", "libxcb-cursor0"),
    ("libxcb-icccm.so.4", "xcb-icccm", "libxcb-icccm4"),
    ("libxcb-image.so.0", "xcb-image", "libxcb-image0"),
    ("libxcb-keysyms.so.1", "xcb-keysyms", "libxcb-keysyms1"),
    ("libxcb-randr.so.0", "xcb-randr", "libxcb-randr0"),
    ("libxcb-render.so.0", "xcb-render", "libxcb-render0"),
    ("libxcb-render-util.so.0", "xcb-render-util", "libxcb-render-util0"),
    ("libxcb-shape.so.0", "xcb-shape", "libxcb-shape0"),
    ("libxcb-shm.so.0", "xcb-shm", "libxcb-shm0"),
    ("libxcb-sync.so.1", "xcb-sync", "libxcb-sync1"),
    ("libxcb-util.so.1", "xcb-util", "libxcb-util1"),
    ("libxcb-xfixes.so.0", "xcb-xfixes", "libxcb-xfixes0"),
    ("libxcb-xkb.so.1", "xcb-xkb", "libxcb-xkb1"),
    ("libxkbcommon-x11.so.0", "xkbcommon-x11", "libxkbcommon-x11-0"),
)

#: Libraries QtGui itself needs on Linux (an ImportError names one of them).
QT_BASE_PACKAGES = "libgl1 libegl1 libfontconfig1 libxkbcommon0 libdbus-1-3"

HEADLESS_HINT = (
    "the command line works without a display: cjm-desktop validate FILE.cjm, "
    "cjm-desktop new ..., cjm-desktop export ... (see cjm-desktop --help)"
)


def library_loads(soname: str, short_name: str) -> bool:
    """True when the dynamic loader finds the library (as Qt would)."""
    try:
        ctypes.CDLL(soname)
        return True
    except OSError:
        return ctypes.util.find_library(short_name) is not None


def missing_xcb_packages(loads: Optional[Callable[[str, str], bool]] = None) -> list[str]:
    """Debian packages of the xcb plugin's libraries that cannot be loaded."""
    check = loads or library_loads
    return [package for soname, short, package in XCB_LIBRARIES if not check(soname, short)]


_held_probe: Optional[tuple] = None


def x_display_reachable(display: str, hold: bool = False) -> bool:
    """True when an X server answers at ``display`` (asked through libxcb, as Qt does).

    A stale ``DISPLAY`` (an old SSH session, a container) makes Qt abort with
    a misleading message about xcb-cursor; this finds it first. With ``hold``
    the probe stays connected until :func:`release_display_probe`: a fresh
    virtual display (``xvfb-run``) resets when its last client leaves, and
    would refuse Qt's own connection a moment later.
    """
    global _held_probe
    try:
        xcb = ctypes.CDLL("libxcb.so.1")
    except OSError:
        return False
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.POINTER(ctypes.c_int)]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(display.encode(), None)
    reachable = xcb.xcb_connection_has_error(connection) == 0
    if reachable and hold:
        release_display_probe()
        _held_probe = (xcb, connection)
    else:
        xcb.xcb_disconnect(connection)
    return reachable


def release_display_probe() -> None:
    """Close the connection :func:`x_display_reachable` held open, if any."""
    global _held_probe
    if _held_probe is not None:
        xcb, connection = _held_probe
        _held_probe = None
        xcb.xcb_disconnect(connection)


def display_problem(
    environ: Optional[Mapping[str, str]] = None,
    platform: Optional[str] = None,
    loads: Optional[Callable[[str, str], bool]] = None,
    reachable: Optional[Callable[[str], bool]] = None,
) -> Optional[str]:
    """The one-line message to print instead of starting Qt, or None if Qt can start.

    Only Linux is checked (Windows and macOS always have their platform plugin).
    An explicit ``QT_QPA_PLATFORM`` is trusted, except ``xcb``, whose
    libraries are checked.
    """
    env = os.environ if environ is None else environ
    from ...io.platform import system as current_system

    system = current_system() if platform is None else platform
    if not system.startswith("linux"):
        return None
    chosen = env.get("QT_QPA_PLATFORM", "").strip()
    has_x = bool(env.get("DISPLAY"))
    has_wayland = bool(env.get("WAYLAND_DISPLAY"))
    if chosen:
        uses_xcb = chosen.split(":", 1)[0] == "xcb"
    elif not has_x and not has_wayland:
        return (
            "cjm-desktop: there is no display to open the editor on (DISPLAY and WAYLAND_DISPLAY "
            "are not set); run it in a desktop session, or on a virtual display with "
            f"`xvfb-run cjm-desktop FILE.cjm`; {HEADLESS_HINT}"
        )
    else:
        uses_xcb = has_x and not has_wayland
    if uses_xcb:
        missing = missing_xcb_packages(loads)
        if missing:
            return (
                "cjm-desktop: Qt cannot open a window: system libraries for X11 are missing; "
                f"install them with `sudo apt-get install {' '.join(missing)}`; {HEADLESS_HINT}"
            )
        display = env.get("DISPLAY", "")
        probe = reachable or (lambda d: x_display_reachable(d, hold=True))
        if display and not probe(display):
            return (
                f"cjm-desktop: cannot connect to the X display {display!r} (DISPLAY); run it in a "
                "desktop session, or on a virtual display with `xvfb-run cjm-desktop FILE.cjm`; "
                f"{HEADLESS_HINT}"
            )
    return None


#: Input methods whose Qt plugin the bundled Qt cannot load (Debian's
#: fcitx5-frontend-qt6 is built against the system Qt's private API; measured in
#: packaging/README.md). fcitx5 also speaks IBus, and Qt ships the IBus plugin.
IBUS_SPEAKERS = frozenset({"fcitx", "fcitx5"})


def input_method_modules(environ: Mapping[str, str], platform: Optional[str] = None) -> Optional[str]:
    """The ``QT_IM_MODULES`` to set before Qt starts, or None to leave it.

    A Linux session that asks for fcitx (``QT_IM_MODULE=fcitx``) and gives no
    list gets "fcitx;ibus": Qt uses the fcitx plugin if one loads, else IBus,
    which fcitx5 also serves, so Vietnamese typing works instead of falling
    back to no input method at all.
    """
    from ...io.platform import system as current_system

    if not (current_system() if platform is None else platform).startswith("linux"):
        return None
    chosen = environ.get("QT_IM_MODULE", "").strip()
    if chosen not in IBUS_SPEAKERS or environ.get("QT_IM_MODULES", "").strip():
        return None
    return f"{chosen};ibus"


def app_icon():
    """The cjm-desktop icon at every rendered size (resources/icons/hicolor)."""
    from PySide6.QtGui import QIcon

    from ...resources import resource

    icon = QIcon()
    for png in sorted(resource("icons", "hicolor").glob("*x*/apps/cjm-desktop.png")):
        icon.addFile(str(png))
    return icon


def _application(application_class):
    """The QApplication, named, with the app icon and the interface language (the bundled
    fonts come with the window's style: :func:`~cjm_desktop.app.window.style.apply_app_style`)."""
    from ... import __version__

    app = application_class.instance() or application_class([sys.argv[0] if sys.argv else "cjm-desktop"])
    release_display_probe()  # Qt holds its own connection now
    app.setApplicationName("cjm-desktop")
    app.setOrganizationName("cjm-desktop")
    app.setApplicationVersion(__version__)
    # Ties the windows to packaging/linux/cjm-desktop.desktop (Wayland app id,
    # taskbar grouping) and gives them the app icon.
    app.setDesktopFileName("cjm-desktop")
    app.setWindowIcon(app_icon())
    from ..settings import language
    from ..settings.store import use_platform_folder

    use_platform_folder()

    language.install()  # Preferences' choice, else the system's language
    return app


def run_gui(path: Optional[Path] = None) -> int:
    """Open the editor (on ``path`` if given) and run until it closes.

    Returns Qt's exit code, or :data:`EXIT_NO_GUI` after printing one line
    when no window can be opened here.
    """
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return EXIT_NO_GUI
    modules = input_method_modules(os.environ)
    if modules:
        os.environ["QT_IM_MODULES"] = modules
    from ...render.qt_env import lighter_pyside_module_check, prefer_serial_painting

    prefer_serial_painting()
    try:
        from PySide6.QtWidgets import QApplication
    except ImportError as exc:  # a missing libGL & co: QtGui cannot load
        print(
            f"cjm-desktop: Qt cannot start ({exc}); on Debian install `sudo apt-get install "
            f"{QT_BASE_PACKAGES}`; {HEADLESS_HINT}",
            file=sys.stderr,
        )
        return EXIT_NO_GUI
    lighter_pyside_module_check()  # before the window's ~320 modules load
    app = _application(QApplication)

    from ..window.main_window import MainWindow

    from PySide6.QtCore import QTimer

    from ...io.keeping import discard_own_recoveries
    from ..desktop.open_requests import OpenRequests
    from ..desktop.single_instance import InstanceServer, forward_to_running_instance

    if forward_to_running_instance(path):  # a second start: the running instance opens it
        return 0
    window = MainWindow(path)
    window.show()
    requests = OpenRequests(app)  # macOS Finder's open events
    InstanceServer(requests.open_path, parent=app)  # and the next start's file
    # maps left unsaved by a crashed or killed instance: offered once the window is up
    QTimer.singleShot(0, window.guard.offer_recoveries)
    code = app.exec()
    # A clean exit: every window closed after Save or Discard. A window the
    # event loop left open with unsaved changes keeps its copy for next time.
    unsaved = [w.guard.recovery_key for w in app.topLevelWidgets()
               if isinstance(w, MainWindow) and w.doc is not None and w.doc.is_modified()]
    discard_own_recoveries(keep=unsaved)
    _let_go_of_clipboard(app)
    return code


def _let_go_of_clipboard(app) -> None:
    """Cards copied from a map sit on the clipboard as Python objects, and Qt would
    delete them on its way out after Python has finished: a crash at every quit that
    follows a copy. Deleting the application now, while Python runs, deletes them with
    the platform's clipboard; Qt's own clipboard (offscreen, minimal) is a global that
    outlives the application, so there it is emptied first."""
    if app.platformName() in ("offscreen", "minimal"):
        app.clipboard().clear()
    app.shutdown()
