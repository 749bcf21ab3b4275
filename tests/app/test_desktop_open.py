"""The desktop asks the running app to open a .cjm: macOS open events and a second double-click.

macOS Finder sends a ``QFileOpenEvent`` to the application (sent here as Finder
would, offscreen); on Windows and Linux a second start of ``cjm-desktop FILE``
hands the file to the running instance over a local socket (the second start
is a real process here).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QUrl
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from cjm_desktop.app.desktop.open_requests import OpenRequests
from cjm_desktop.app.desktop.single_instance import InstanceServer, forward_to_running_instance, server_name
from cjm_desktop.app.window.main_window import MainWindow
from cjm_desktop.app.window.registry import WindowRegistry
from cjm_desktop.commands import AddStageCommand
from cjm_desktop.io import write_cjm
from cjm_desktop.io.keeping import read_open_marker
from cjm_desktop.model import Stage
from tests.factories import small_map

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.gui


@pytest.fixture
def requests(qtbot):
    """The app's open requests; the windows they opened are closed and gone after the test."""
    app = QApplication.instance()
    made = OpenRequests(app, file_open_events=True)  # as on macOS
    yield made
    app.removeEventFilter(made)
    registry = WindowRegistry.of_app()
    for window in registry.windows():
        window.doc.undo_stack.setClean()
        window.close()
    qtbot.waitUntil(lambda: registry.windows() == [], timeout=5000)
    for server in made.findChildren(InstanceServer):
        server.server.close()
    made.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def second_path(tmp_path) -> Path:
    path = tmp_path / "Bản đồ thứ hai.cjm"
    write_cjm(path, small_map().model_copy(update={"title": "Thứ hai"}))
    return path


def finder_opens(path: Path, as_url: bool = False) -> None:
    event = QFileOpenEvent(QUrl.fromLocalFile(str(path))) if as_url else QFileOpenEvent(str(path))
    QApplication.sendEvent(QApplication.instance(), event)


def shown_windows() -> list[MainWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]


def test_finder_open_goes_into_the_untouched_window(make_window, requests, sample_path):
    window = make_window()
    assert window.doc.path is None
    finder_opens(sample_path)
    assert shown_windows() == [window]
    assert window.doc.path == sample_path and not window.isWindowModified()


def test_finder_open_while_a_map_is_being_edited_opens_a_new_window(make_window, requests, sample_path, second_path,
                                                                      qtbot):
    window = make_window(sample_path)
    window.doc.push(AddStageCommand(window.doc, Stage(title="Mới")))
    finder_opens(second_path, as_url=True)
    windows = shown_windows()
    assert len(windows) == 2 and window.doc.path == sample_path and window.isWindowModified()
    other = next(w for w in windows if w is not window)
    assert other.doc.path == second_path and other.doc.map.title == "Thứ hai"


def test_finder_open_of_a_file_already_open_shows_its_window(make_window, requests, sample_path):
    window = make_window(sample_path)
    untouched = make_window()
    finder_opens(sample_path)
    assert set(shown_windows()) == {window, untouched} and untouched.doc.path is None


def test_finder_open_of_a_broken_file_leaves_no_empty_window(make_window, requests, sample_path, tmp_path, dialogs):
    window = make_window(sample_path)
    broken = tmp_path / "hỏng.cjm"
    broken.write_text("{not json", encoding="utf-8")
    finder_opens(broken)
    assert shown_windows() == [window]
    assert len(dialogs.errors) == 1 and "hỏng.cjm" in dialogs.errors[0][1]


def test_no_running_instance_means_start_here():
    started = time.monotonic()
    assert forward_to_running_instance(Path("x.cjm"), name=server_name() + "-nobody") is False
    assert time.monotonic() - started < 2


def test_second_double_click_opens_in_the_running_instance(make_window, requests, sample_path, second_path, qtbot):
    """A second ``cjm-desktop FILE`` (a real process) hands FILE over and ends; the
    file opens here, and only this process claims and autosaves it."""
    window = make_window(sample_path)
    window.doc.push(AddStageCommand(window.doc, Stage(title="Đang sửa")))
    server = InstanceServer(requests.open_path, parent=requests)
    assert server.is_listening()
    second = start_second(str(second_path))
    try:
        qtbot.waitUntil(lambda: second.poll() is not None and len(shown_windows()) == 2, timeout=60_000)
    finally:
        if second.poll() is None:
            second.kill()
    out, err = second.communicate()
    assert second.returncode == 0, err[-2000:]
    other = next(w for w in shown_windows() if w is not window)
    assert other.doc.path == second_path and window.isWindowModified()
    marker = read_open_marker(second_path)
    assert marker is not None and marker.pid == os.getpid()  # the second start claimed nothing


def start_second(*args: str) -> subprocess.Popen:
    code = "import sys; from cjm_desktop.app.cli.main import main; sys.exit(main(sys.argv[1:]))"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen([sys.executable, "-c", code, *args], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_second_start_without_a_file_opens_a_new_window_here(make_window, requests, sample_path, qtbot):
    window = make_window(sample_path)
    server = InstanceServer(requests.open_path, parent=requests)
    second = start_second()
    try:
        qtbot.waitUntil(lambda: second.poll() is not None and len(shown_windows()) == 2, timeout=60_000)
    finally:
        if second.poll() is None:
            second.kill()
    assert second.returncode == 0, second.communicate()[1][-2000:]
    other = next(w for w in shown_windows() if w is not window)
    assert other.doc.path is None and window.doc.path == sample_path


def test_mac_application_menu_takes_about_preferences_and_quit_by_role(make_window):
    """macOS moves these into the application menu by role; in Vietnamese its text heuristics would miss them."""
    from PySide6.QtGui import QAction

    window = make_window()
    roles = {action.menuRole(): action for action in window.findChildren(QAction)
             if action.menuRole() in (QAction.MenuRole.AboutRole, QAction.MenuRole.PreferencesRole,
                                      QAction.MenuRole.QuitRole)}
    assert len(roles) == 3
    assert roles[QAction.MenuRole.PreferencesRole] is window.actions_by_name["preferences"]
    assert roles[QAction.MenuRole.QuitRole].shortcut().matches(window.actions_by_name["quit"].shortcut())


def test_settings_go_to_the_macos_folder_on_a_mac(monkeypatch, settings_dir):
    from PySide6.QtCore import QSettings

    from cjm_desktop.app.settings.store import app_settings, use_platform_folder
    from cjm_desktop.io import platform

    monkeypatch.setattr(platform, "system", lambda: platform.MACOS)
    use_platform_folder()
    try:
        assert "Library/Application Support/cjm-desktop/" in app_settings().fileName()
    finally:
        QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(settings_dir))


def test_recent_files_hold_one_file_once_where_the_file_system_folds_case(monkeypatch, sample_path):
    from cjm_desktop.app.settings.store import add_recent_file, app_settings
    from cjm_desktop.io import platform

    def same_file(a, b):
        if not os.path.exists(a):
            raise FileNotFoundError(a)
        return str(a).casefold() == str(b).casefold()

    monkeypatch.setattr(platform, "_same_file", same_file)
    monkeypatch.setattr(platform, "system", lambda: platform.MACOS)
    add_recent_file(sample_path)
    add_recent_file(sample_path.with_name(sample_path.name.upper()))
    stored = app_settings().value("recent_files")
    assert len(stored if isinstance(stored, list) else [stored]) == 1


def test_a_running_instance_that_does_not_answer_means_start_here(qtbot):
    """A hung instance accepts the connection but never answers: the second start opens its own window."""
    from PySide6.QtNetwork import QLocalServer

    hung = QLocalServer()
    name = server_name() + "-hung"
    QLocalServer.removeServer(name)
    assert hung.listen(name)
    try:
        started = time.monotonic()
        assert forward_to_running_instance(Path("x.cjm"), name=name, answer_timeout_ms=300) is False
        assert time.monotonic() - started < 3
    finally:
        hung.close()


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS sends open events: there the filter is on")
def test_without_open_events_nothing_filters_the_applications_events(make_window, sample_path):
    window = make_window()
    made = OpenRequests(QApplication.instance())  # as the app makes it here
    try:
        finder_opens(sample_path)
        assert window.doc.path is None  # no filter on the application took it (nor sees every event)
    finally:
        made.deleteLater()
