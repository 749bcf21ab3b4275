"""What differs between Windows, macOS and Linux for files and processes, in one place. No Qt.

Every ``sys.platform`` branch of the program's file and process code is here,
behind :func:`system`, so a test can simulate another system by patching that
one function (and the OS call it stands for):

- :func:`replace_file`: ``os.replace``, retried while Windows refuses it because
  another program has the target open (a sharing violation), then
  :class:`FileInUseError`; the old file is never touched.
- :func:`sync_folder`: fsync a folder where the system has it (not Windows).
- :func:`set_mode`: permission bits where they exist (Windows has only a
  read-only flag; privacy there comes from the per-user data folder's location).
- :func:`check_writable_name`: Windows' reserved names (``CON.cjm``) and its
  260-character path limit, as one clear error before anything is written.
- :func:`path_identity`: the text a path is keyed by (backups, open-file
  markers, save locks), the same for ``Map.cjm`` and ``map.cjm`` where the file
  system folds case.
- :func:`settings_folder`: the settings folder of platformdirs where Qt's differs (macOS).
- :func:`pid_alive`: is a process running, without POSIX calls on Windows
  (where ``os.kill(pid, 0)`` would end the process).
- :func:`lock_byte` / :func:`unlock_byte`: the save lock's OS lock.
"""

from __future__ import annotations

import errno
import os
import re
import sys
import time
import unicodedata
from pathlib import Path
from typing import Callable, Optional

WINDOWS = "win32"
MACOS = "darwin"


def system() -> str:
    """``sys.platform`` (tests patch this to simulate another system)."""
    return sys.platform


def is_windows() -> bool:
    return system() == WINDOWS


# -- replacing a file ---------------------------------------------------------------

#: Windows errors of a rename onto a file another program holds open: access denied
#: (the temp file's folder is writable, so the target is held), sharing and lock violation.
IN_USE_WINERRORS = frozenset({5, 32, 33})
#: Pauses between tries of a refused replace (seconds, about 2 s in all): an
#: indexer or virus scanner lets go in a moment, an open spreadsheet does not.
REPLACE_PAUSES = (0.02, 0.05, 0.1, 0.2, 0.3, 0.5, 0.8)


class FileInUseError(PermissionError):
    """Another program holds the target open; it was left as it was."""

    def __init__(self, path: Path) -> None:
        super().__init__(errno.EACCES, "the file is open in another program; close it there and try again",
                         str(path))


def _held_by_another_program(exc: OSError) -> bool:
    return isinstance(exc, PermissionError) and getattr(exc, "winerror", None) in IN_USE_WINERRORS


def replace_file(source: Path, target: Path, sleep: Callable[[float], None] = time.sleep) -> None:
    """``os.replace(source, target)``, retried while another program holds ``target``.

    Raises :class:`FileInUseError` when it is still held after the pauses of
    :data:`REPLACE_PAUSES`, and any other ``OSError`` at once.
    """
    for pause in (*REPLACE_PAUSES, None):
        try:
            os.replace(source, target)
            return
        except PermissionError as exc:
            if not _held_by_another_program(exc):
                raise
            if pause is None:
                raise FileInUseError(Path(target)) from exc
            sleep(pause)


def sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` survive a power cut: fsync the folder (POSIX).

    Windows cannot open a folder as a file (NTFS journals the rename itself),
    so there is nothing to do there. Best effort: errors are ignored.
    """
    if is_windows():
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def set_mode(path: Path, mode: int) -> None:
    """Give ``path`` the permission bits ``mode`` where the system has them.

    On Windows ``chmod`` can only set the read-only flag, so nothing is done:
    the file keeps what its folder gives it (the data folder is the user's own).
    """
    if is_windows():
        return
    try:
        os.chmod(path, mode)
    except OSError:
        pass


# -- names Windows refuses ------------------------------------------------------

#: Device names: ``CON.cjm`` and ``con.tar.cjm`` are the console on Windows, not a file.
RESERVED_NAMES = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"{device}{n}" for device in ("COM", "LPT") for n in (*"123456789", "¹", "²", "³")}
)
_BAD_CHARACTERS = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
#: Windows' classic path limit (MAX_PATH is 260 with the closing NUL).
MAX_PATH_CHARS = 259


class ReservedNameError(OSError):
    """Windows cannot use the file name."""

    def __init__(self, path: Path, why: str) -> None:
        super().__init__(errno.EINVAL, why, str(path))


class PathTooLongError(OSError):
    """The path is longer than Windows allows."""

    def __init__(self, path: Path, length: int) -> None:
        super().__init__(errno.ENAMETOOLONG, f"the path is {length} characters long; Windows allows at most "
                                              f"{MAX_PATH_CHARS} - use a shorter name or a folder nearer the "
                                              "top of the drive", str(path))
        self.length = length


def reserved_name_problem(name: str) -> Optional[str]:
    """Why Windows cannot use the file name ``name``, or None."""
    if name.split(".")[0].rstrip(" ").upper() in RESERVED_NAMES:
        return f"{name} is a name Windows reserves for a device; choose another name"
    if _BAD_CHARACTERS.search(name):
        return f'{name!r} holds a character Windows does not allow in file names (<>:"/\\|?*)'
    if name.endswith((".", " ")):
        return f"{name!r} ends with a dot or space, which Windows drops from file names"
    return None


def long_paths_enabled() -> bool:  # pragma: no cover - reads the Windows registry
    """True when Windows lets programs use paths past 260 characters (LongPathsEnabled)."""
    try:
        import winreg

        with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, r"SYSTEM\CurrentControlSet\Control\FileSystem") as key:
            return bool(winreg.QueryValueEx(key, "LongPathsEnabled")[0])
    except (ImportError, OSError):
        return False


def check_writable_name(path: Path, temp_extra: int = 0) -> None:
    """Raise :class:`ReservedNameError` or :class:`PathTooLongError` when Windows
    could not write ``path`` (the other systems take any name their file system
    takes). ``temp_extra`` is how much longer the temp file's path is."""
    if not is_windows():
        return
    why = reserved_name_problem(Path(path).name)
    if why:
        raise ReservedNameError(Path(path), why)
    length = len(str(Path(path).absolute())) + temp_extra
    if length > MAX_PATH_CHARS and not long_paths_enabled():
        raise PathTooLongError(Path(path), length)


# -- one file, however it is spelled ---------------------------------------------


def folds_case_by_default() -> bool:
    """Windows (NTFS) and macOS (APFS, HFS+) treat ``Map.cjm`` and ``map.cjm`` as one file unless told otherwise."""
    return system() in (WINDOWS, MACOS)


def _same_file(a: Path, b: Path) -> bool:
    return os.path.samefile(a, b)


def folds_case(path: Path) -> bool:
    """True when ``path``'s file system treats names differing only in case as one file.

    Asked of the disk when the file exists (``Map.cjm`` and ``mAP.CJM`` are the
    same file, or the other spelling does not exist); otherwise the system's default.
    """
    name = Path(path).name
    other = name.swapcase()
    if other != name:
        try:
            return _same_file(Path(path), Path(path).with_name(other))
        except OSError:
            if Path(path).exists():
                return False  # the file is there, the other spelling is not: case matters here
    return folds_case_by_default()


def path_identity(path: Path) -> str:
    """The text that names ``path``'s file for keying: absolute, links resolved,
    and where the file system folds case, case-folded and NFC (macOS may hand
    back decomposed Vietnamese letters), so every spelling of one file is one key."""
    absolute = Path(path).expanduser().resolve()
    if not folds_case(absolute):
        return str(absolute)
    return unicodedata.normalize("NFC", os.path.normcase(str(absolute))).casefold()


# -- the user's folders -----------------------------------------------------------------


def settings_folder() -> Optional[Path]:
    """Where the settings INI goes when Qt's own choice differs from platformdirs', else None.

    Qt writes INI settings to ``~/.config`` (Linux) and ``%APPDATA%`` (Windows),
    as platformdirs does; on macOS Qt would use ``~/.config`` too, where a Mac
    keeps them in ``~/Library/Application Support``.
    """
    if system() != MACOS:
        return None
    from platformdirs.macos import MacOS

    return Path(MacOS().user_config_dir)


# -- processes and locks -------------------------------------------------------------

_STILL_ACTIVE = 259
_ERROR_ACCESS_DENIED = 5
_PROCESS_QUERY_LIMITED_INFORMATION = 0x1000


def _windows_pid_alive(pid: int, kernel32=None, last_error: Optional[Callable[[], int]] = None) -> bool:
    """OpenProcess + GetExitCodeProcess (``kernel32`` and ``last_error`` are for tests)."""
    import ctypes

    if kernel32 is None:  # pragma: no cover - Windows only
        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        last_error = ctypes.get_last_error
    handle = kernel32.OpenProcess(_PROCESS_QUERY_LIMITED_INFORMATION, False, pid)
    if not handle:
        return last_error() == _ERROR_ACCESS_DENIED  # it exists, it is someone else's
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == _STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def pid_alive(pid: int) -> bool:
    """True when a process with id ``pid`` runs on this computer."""
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    if is_windows():
        return _windows_pid_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def lock_byte(fd: int) -> bool:
    """Take an exclusive lock on the open file ``fd`` without waiting; False when another holds it."""
    if sys.platform == WINDOWS:  # pragma: no cover - exercised on Windows only
        import msvcrt

        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        return False


def unlock_byte(fd: int) -> None:
    if sys.platform == WINDOWS:  # pragma: no cover - exercised on Windows only
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_UN)
