"""Starting the editor: headless detection, the main window on a file, a real X display."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from cjm_desktop.app.cli import gui
from cjm_desktop.app.cli.gui import EXIT_NO_GUI, display_problem, library_loads, missing_xcb_packages, run_gui

ROOT = Path(__file__).resolve().parents[2]
GOLDEN_FULL = ROOT / "tests" / "golden" / "v1" / "full.cjm"


def all_there(soname, short):
    return True


def no_cursor(soname, short):
    return "cursor" not in soname


def test_no_display_on_linux():
    message = display_problem({}, "linux", all_there)
    assert message and "\n" not in message
    assert "no display" in message and "xvfb-run" in message and "cjm-desktop validate" in message


@pytest.mark.parametrize(
    "env",
    [{"DISPLAY": ":0"}, {"WAYLAND_DISPLAY": "wayland-0"}, {"QT_QPA_PLATFORM": "offscreen"},
     {"QT_QPA_PLATFORM": "wayland"}, {"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}],
)
def test_display_present_and_libraries_there(env):
    assert display_problem(env, "linux", all_there, reachable=lambda display: True) is None


def test_missing_xcb_cursor_names_the_package():
    message = display_problem({"DISPLAY": ":0"}, "linux", no_cursor, reachable=lambda display: True)
    assert "sudo apt-get install libxcb-cursor0`" in message
    assert "\n" not in message


def test_explicit_xcb_platform_is_checked_too():
    assert "libxcb-cursor0" in display_problem({"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":0"}, "linux", no_cursor)


def test_unreachable_x_display_is_named():
    message = display_problem({"DISPLAY": ":5"}, "linux", all_there, reachable=lambda display: False)
    assert message.startswith("cjm-desktop: cannot connect to the X display ':5' (DISPLAY)")
    assert "xvfb-run" in message and "cjm-desktop validate" in message and "\n" not in message


def test_no_x_server_at_an_unused_display_number():
    assert not gui.x_display_reachable(":4711")


def test_wayland_session_does_not_need_xcb():
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux", no_cursor) is None


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_other_systems_are_not_checked(platform):
    assert display_problem({}, platform, no_cursor) is None


def test_every_missing_package_is_named():
    assert missing_xcb_packages(lambda s, n: False) == [p for _, _, p in gui.XCB_LIBRARIES]
    assert missing_xcb_packages(all_there) == []


def test_library_probe_uses_the_real_loader():
    assert library_loads("libc.so.6", "c")
    assert not library_loads("libcjm-no-such-library.so.7", "cjm-no-such-library")


def test_run_gui_returns_3_and_says_why(monkeypatch, capsys):
    monkeypatch.setattr(gui, "display_problem", lambda: "cjm-desktop: there is no display ...")
    assert run_gui(GOLDEN_FULL) == EXIT_NO_GUI
    assert capsys.readouterr().err == "cjm-desktop: there is no display ...\n"


# -- Qt (offscreen) -----------------------------------------------------------------------


@pytest.mark.gui
def test_window_shows_file_name_and_counts(qtbot):
    from cjm_desktop.app.window.main_window import MainWindow

    window = MainWindow(GOLDEN_FULL)
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle() == "full.cjm[*] — cjm-desktop"
    assert window.doc.map.title == "Hành trình khách hàng: Salon tóc Hoa Mai"
    assert window.counts_label.text() == "3 stages · 5 lanes · 7 cards"


@pytest.mark.gui
def test_load_error_is_one_line_in_a_message_box(qtbot, monkeypatch, tmp_path):
    from cjm_desktop.app.window import main_window
    from cjm_desktop.editing import prompts

    shown = []
    monkeypatch.setattr(prompts, "message_box", lambda parent, icon, title, text, *a: shown.append((title, text)))
    bad = tmp_path / "bad.cjm"
    bad.write_bytes(b'{"format": "cjm", "version": 9, "map": {}}')
    window = main_window.MainWindow(bad)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: bool(shown), timeout=2000)
    assert shown == [(
        "Could not open the map",
        "bad.cjm: made by a newer cjm-desktop (format version 9); this version reads up to 4 - update cjm-desktop",
    )]
    assert window.doc.path is None and not window.isWindowModified()


@pytest.mark.gui
def test_run_gui_opens_the_window_and_returns_when_it_closes(tmp_path):
    """In a child process: ``app.exec()`` in the test process leaves Qt's event
    loop in a state that breaks later timer-driven tests (canvas auto-scroll)."""
    code = textwrap.dedent(
        f"""
        import os, threading
        threading.Timer(30, lambda: os._exit(5)).start()  # never hang the suite
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        from cjm_desktop.app.cli import gui
        from cjm_desktop.app.window.main_window import MainWindow

        gui.display_problem = lambda: None
        app = QApplication(["cjm-desktop"])  # run_gui reuses it
        seen, fonts = [], []

        def close_windows():
            from PySide6.QtGui import QFontDatabase
            fonts.append(sum(bool(QFontDatabase.applicationFontFamilies(i)) for i in range(6)))
            for widget in app.topLevelWidgets():
                if isinstance(widget, MainWindow) and widget.isVisible():
                    seen.append(widget.windowTitle())
                    widget.close()
            app.quit()

        QTimer.singleShot(50, close_windows)
        rc = gui.run_gui({str(GOLDEN_FULL)!r})
        import shibokensupport.feature as feature
        from cjm_desktop.render.qt_env import holds_pyside
        print(rc, seen, feature._mod_uses_pyside is holds_pyside, fonts, flush=True)
        os._exit(0)
        """
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path))
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=90)
    assert result.returncode == 0, result.stderr[-2000:]
    # and PySide was told which modules use it without reading their files (render/qt_env.py),
    # and the two bundled fonts were registered with Qt once each (render/qt_fonts.py)
    assert result.stdout.strip() == "0 ['full.cjm[*] — cjm-desktop'] True [2]"


@pytest.mark.skipif(not shutil.which("xvfb-run"), reason="xvfb-run is not installed (Debian: xvfb)")
def test_window_opens_on_a_real_x_display(tmp_path):
    """The xcb platform plugin loads here (libxcb-cursor0 & co are installed)."""
    code = textwrap.dedent(
        f"""
        import os, sys, threading
        threading.Timer(30, lambda: os._exit(5)).start()  # never hang the suite
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        from cjm_desktop.app.cli import gui
        from cjm_desktop.app.window.main_window import MainWindow

        app = QApplication(["cjm-desktop"])  # run_gui reuses it

        def done():
            shown = [w.windowTitle() for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
            print(app.platformName(), shown, flush=True)
            app.quit()

        QTimer.singleShot(300, done)
        rc = gui.run_gui({str(GOLDEN_FULL)!r})
        os._exit(rc)
        """
    )
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "DISPLAY")}
    env["XDG_CONFIG_HOME"] = str(tmp_path)  # the window's settings never reach the real user's config
    process = subprocess.Popen(["xvfb-run", "-a", sys.executable, "-c", code], cwd=ROOT, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               start_new_session=True)
    try:
        out, err = process.communicate(timeout=90)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)  # xvfb-run, Xvfb and python: one session
        process.communicate()
        pytest.fail("the window did not open and close on Xvfb within 90 s")
    assert process.returncode == 0, err[-2000:]
    assert out.strip() == "xcb ['full.cjm[*] — cjm-desktop']"


@pytest.mark.parametrize("env, expected", [
    ({"QT_IM_MODULE": "fcitx"}, "fcitx;ibus"),  # fcitx5's Qt plugin cannot load into the bundled Qt
    ({"QT_IM_MODULE": "fcitx5"}, "fcitx5;ibus"),
    ({"QT_IM_MODULE": "fcitx", "QT_IM_MODULES": "wayland;fcitx"}, None),  # the user's own list stays
    ({"QT_IM_MODULE": "ibus"}, None),
    ({}, None),
])
def test_fcitx_sessions_fall_back_to_ibus(env, expected):
    assert gui.input_method_modules(env, "linux") == expected


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_windows_and_macos_input_methods_are_left_to_qt(platform):
    assert gui.input_method_modules({"QT_IM_MODULE": "fcitx"}, platform) is None
