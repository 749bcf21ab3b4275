"""Files and processes on Windows and macOS, simulated here (cjm_desktop.io.platform).

Each test does what a user does (save a map, export, open the same file twice,
start after a crash) while the OS behaves as Windows or macOS would: the
refusals Windows gives are raised by a patched ``os.replace``, a case-folding
file system is a patched "same file" check, Windows' kernel32 is a fake.
"""

from __future__ import annotations

import errno
import os
import stat
import sys

import pytest

from cjm_desktop.app.cli.main import main as cli_main
from cjm_desktop.export.files import export_target
from cjm_desktop.export.options import ExportError
from cjm_desktop.io import CjmSaveError, read_cjm, write_cjm
from cjm_desktop.io import platform
from cjm_desktop.io.atomic import atomic_write_bytes, temp_files_of
from cjm_desktop.io.keeping import claim_open, list_backups, make_backup, pid_alive, read_open_marker
from cjm_desktop.io.keeping.store import path_key

from .conftest import sample_map


def windows_refusal(winerror: int) -> PermissionError:
    """The PermissionError Windows raises for a rename onto a file another program holds."""
    exc = PermissionError(errno.EACCES, "The process cannot access the file because it is being used")
    exc.winerror = winerror
    return exc


@pytest.fixture
def as_windows(monkeypatch):
    monkeypatch.setattr(platform, "system", lambda: platform.WINDOWS)
    monkeypatch.setattr(platform, "long_paths_enabled", lambda: False)


@pytest.fixture
def no_pauses(monkeypatch):
    pauses = []
    monkeypatch.setattr(platform.replace_file, "__defaults__", (pauses.append,))
    return pauses


@pytest.fixture
def saved(tmp_path):
    path = tmp_path / "salon.cjm"
    write_cjm(path, sample_map())
    return path


def refuse_replace(monkeypatch, times: int, winerror: int = 32) -> list:
    real = os.replace
    calls = []

    def replace(src, dst):
        calls.append(dst)
        if len(calls) <= times:
            raise windows_refusal(winerror)
        return real(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    return calls


# -- a file open in another program ------------------------------------------------


@pytest.mark.parametrize("winerror", [32, 33, 5])
def test_save_waits_for_a_program_that_lets_go(monkeypatch, saved, no_pauses, winerror):
    changed = sample_map().model_copy(update={"title": "Sau khi sửa"})
    calls = refuse_replace(monkeypatch, times=3, winerror=winerror)
    write_cjm(saved, changed)
    assert len(calls) == 4 and len(no_pauses) == 3
    assert read_cjm(saved).map.title == "Sau khi sửa"
    assert temp_files_of(saved) == []


def test_save_onto_a_file_held_open_says_so_and_keeps_the_old_file(monkeypatch, saved, no_pauses):
    before = saved.read_bytes()
    calls = refuse_replace(monkeypatch, times=10_000)
    with pytest.raises(CjmSaveError) as caught:
        write_cjm(saved, sample_map().model_copy(update={"title": "Mất?"}))
    message = str(caught.value)
    assert message == ("salon.cjm: cannot save: the file is open in another program; close it there and "
                       "save again (the previous version of the file is unchanged)")
    assert len(calls) == len(platform.REPLACE_PAUSES) + 1
    assert saved.read_bytes() == before and temp_files_of(saved) == []


def test_other_permission_errors_are_not_retried(monkeypatch, saved, no_pauses):
    def replace(src, dst):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(CjmSaveError, match="permission denied"):
        write_cjm(saved, sample_map())
    assert no_pauses == []


def test_export_onto_a_pdf_open_in_a_viewer(monkeypatch, tmp_path, no_pauses):
    target = tmp_path / "poster.pdf"
    target.write_bytes(b"%PDF old")
    refuse_replace(monkeypatch, times=10_000)
    with pytest.raises(ExportError) as caught:
        with export_target(target) as tmp:
            tmp.write_bytes(b"%PDF new")
    assert "open in another program" in str(caught.value) and "\n" not in str(caught.value)
    assert target.read_bytes() == b"%PDF old"


# -- folders and modes --------------------------------------------------------------


def test_no_folder_fsync_and_no_chmod_on_windows(monkeypatch, tmp_path, as_windows):
    opened, modes = [], []
    real_open = os.open

    def os_open(path, flags, *args):
        if os.path.isdir(path):
            opened.append(path)
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", os_open)
    monkeypatch.setattr(os, "chmod", lambda path, mode, **kw: modes.append(mode))
    target = tmp_path / "backup.cjm"
    atomic_write_bytes(target, b"{}", private=True)
    assert target.read_bytes() == b"{}"
    assert opened == [] and modes == []


def test_posix_keeps_the_folder_fsync_and_private_mode(monkeypatch, tmp_path):
    if sys.platform == "win32":
        pytest.skip("POSIX only")
    synced = []
    real_fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (synced.append(stat.S_ISDIR(os.fstat(fd).st_mode)), real_fsync(fd)))
    target = tmp_path / "backup.cjm"
    atomic_write_bytes(target, b"{}", private=True)
    assert True in synced and stat.S_IMODE(target.stat().st_mode) == 0o600


# -- names Windows refuses ----------------------------------------------------------


@pytest.mark.parametrize("name", ["CON.cjm", "con.cjm", "aux.tar.cjm", "COM1.cjm", "LPT9.cjm", "NUL .cjm",
                                  "bản đồ?.cjm", "map.cjm.", "a:b.cjm"])
def test_save_under_a_name_windows_refuses(tmp_path, as_windows, name):
    with pytest.raises(CjmSaveError) as caught:
        write_cjm(tmp_path / name, sample_map())
    message = str(caught.value)
    assert "Windows cannot use the name" in message and "\n" not in message
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", ["CONTACT.cjm", "console.cjm", "COM10.cjm", "bản đồ.cjm", "lpt.cjm"])
def test_names_windows_takes(tmp_path, as_windows, name):
    write_cjm(tmp_path / name, sample_map())
    assert (tmp_path / name).is_file()


def test_reserved_names_are_fine_elsewhere(tmp_path, monkeypatch):
    monkeypatch.setattr(platform, "system", lambda: "linux")
    write_cjm(tmp_path / "CON.cjm", sample_map())
    assert read_cjm(tmp_path / "CON.cjm").map.title


def test_a_path_past_260_characters_on_windows(tmp_path, as_windows, monkeypatch):
    folder = tmp_path / ("thư mục " * 15).strip() / ("bản đồ " * 20).strip()
    folder.mkdir(parents=True)
    target = folder / "salon.cjm"
    assert len(str(target)) > 259
    with pytest.raises(CjmSaveError) as caught:
        write_cjm(target, sample_map())
    assert "Windows allows 259" in str(caught.value) and "\n" not in str(caught.value)
    assert list(folder.iterdir()) == []
    monkeypatch.setattr(platform, "long_paths_enabled", lambda: True)  # LongPathsEnabled in the registry
    write_cjm(target, sample_map())
    assert target.is_file()


def test_cli_new_con_cjm_is_one_line(tmp_path, as_windows, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code = cli_main(["new", "--template", "blank", "-o", "CON.cjm"])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1
    assert err.startswith("cjm-desktop new: error: CON.cjm: cannot save: Windows cannot use the name CON.cjm")


# -- case-insensitive file systems ----------------------------------------------------


@pytest.fixture
def case_folding(monkeypatch):
    """A file system like NTFS or APFS: names that differ only in case are one file."""

    def same_file(a, b):
        if not os.path.exists(a):
            raise FileNotFoundError(a)
        return str(a).casefold() == str(b).casefold()

    monkeypatch.setattr(platform, "_same_file", same_file)
    monkeypatch.setattr(platform, "system", lambda: platform.MACOS)


def test_backups_of_map_cjm_and_Map_cjm_are_one_file_where_case_folds(tmp_path, case_folding):
    path = tmp_path / "Map.cjm"
    write_cjm(path, sample_map())
    make_backup(path)
    other_spelling = tmp_path / "map.CJM"
    assert path_key(other_spelling) == path_key(path)
    assert [b.path for b in list_backups(other_spelling)] == [b.path for b in list_backups(path)] != []


def test_the_same_file_opened_under_two_spellings_is_noticed(tmp_path, case_folding):
    path = tmp_path / "Bản đồ.cjm"
    write_cjm(path, sample_map())
    assert claim_open(path, "window-1") is None
    other = claim_open(tmp_path / "bản ĐỒ.cjm", "window-2")
    assert other is not None and other.token == "window-1"
    assert read_open_marker(tmp_path / "BẢN ĐỒ.CJM").token == "window-1"


def test_case_sensitive_file_systems_keep_two_files_apart(tmp_path):
    if sys.platform in ("win32", "darwin"):
        pytest.skip("needs a case-sensitive file system")
    upper, lower = tmp_path / "Map.cjm", tmp_path / "map.cjm"
    write_cjm(upper, sample_map())
    write_cjm(lower, sample_map())
    assert not platform.folds_case(upper)
    assert path_key(upper) != path_key(lower)


def test_a_new_file_follows_the_systems_default(tmp_path, monkeypatch):
    missing = tmp_path / "New.cjm"
    for system, folds in (("win32", True), ("darwin", True), ("linux", False)):
        monkeypatch.setattr(platform, "system", lambda s=system: s)
        assert platform.folds_case(missing) is folds


# -- processes --------------------------------------------------------------------------


class FakeKernel32:
    """OpenProcess / GetExitCodeProcess / CloseHandle as Windows answers them."""

    def __init__(self, exit_code=None, denied=False):
        self.exit_code, self.denied, self.closed = exit_code, denied, []

    def OpenProcess(self, access, inherit, pid):  # noqa: N802 - the Windows API's name
        return 0 if self.exit_code is None else 1234

    def GetExitCodeProcess(self, handle, code_ref):  # noqa: N802
        code_ref._obj.value = self.exit_code
        return 1

    def CloseHandle(self, handle):  # noqa: N802
        self.closed.append(handle)


@pytest.mark.parametrize("kernel, last_error, alive", [
    (FakeKernel32(exit_code=259), 0, True),  # STILL_ACTIVE
    (FakeKernel32(exit_code=0), 0, False),  # exited, handle still held by someone
    (FakeKernel32(exit_code=None), 87, False),  # ERROR_INVALID_PARAMETER: no such process
    (FakeKernel32(exit_code=None), 5, True),  # ERROR_ACCESS_DENIED: another user's process
])
def test_windows_process_check_uses_no_posix_call(kernel, last_error, alive):
    assert platform._windows_pid_alive(4242, kernel, lambda: last_error) is alive
    if kernel.exit_code is not None:
        assert kernel.closed == [1234]


def test_pid_alive_never_signals_on_windows(monkeypatch, as_windows):
    asked = []
    monkeypatch.setattr(os, "kill", lambda *a: pytest.fail("os.kill on Windows ends the process"))
    monkeypatch.setattr(platform, "_windows_pid_alive", lambda pid: asked.append(pid) or True)
    assert pid_alive(4242) and asked == [4242]
    assert pid_alive(os.getpid()) and not pid_alive(0)


def test_pid_alive_here():
    assert pid_alive(os.getpid())
    assert not pid_alive(2 ** 22 + 12345)


# -- line endings ------------------------------------------------------------------------


def test_a_map_saved_with_windows_line_endings_opens(saved):
    saved.write_bytes(saved.read_bytes().replace(b"\n", b"\r\n"))
    assert read_cjm(saved).map.title == sample_map().title
    assert b"\r\n" not in (write_cjm(saved, read_cjm(saved).map) or b"")


# -- the user's folders -------------------------------------------------------------------


def test_settings_folder_comes_from_platformdirs_where_qt_differs(monkeypatch):
    monkeypatch.setattr(platform, "system", lambda: platform.MACOS)
    folder = platform.settings_folder()
    assert folder is not None and folder.parts[-2:] == ("Library", "Application Support")
    for other in ("linux", "win32"):  # Qt's ~/.config and %APPDATA% are platformdirs' already
        monkeypatch.setattr(platform, "system", lambda s=other: s)
        assert platform.settings_folder() is None
