"""Atomic file replacement for maps and exports: temp file in the same folder, fsync, rename. No Qt.

A process killed half-way through a save leaves the old file whole and, at
worst, a hidden ``.NAME.XXXXXXXX.tmp`` beside it. Such leftovers never get in
the way: every save writes a fresh, randomly named temp file (``O_EXCL``), and
nothing ever reads a temp file. The first successful save after a leftover is
:data:`STALE_TEMP_SECONDS` old removes it; a younger one may belong to a save
still under way in another instance, so it is left alone.
"""

from __future__ import annotations

import logging
import os
import re
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from .platform import check_writable_name, replace_file, set_mode, sync_folder

log = logging.getLogger(__name__)

#: A temp file untouched for this long is debris of a killed save, never a save in progress.
STALE_TEMP_SECONDS = 15 * 60


def atomic_write_bytes(path: Path, data: bytes, private: bool = False) -> None:
    """Replace ``path`` with ``data`` so that readers see the old or the new
    file, whole, even if the process dies half-way or the disk fills up.

    ``private``: the file is readable by its owner only (0600), whatever it
    was or the umask says (backups, recovery copies).
    Raises ``OSError`` (the temp file is removed; the old file is untouched).
    """
    with _replacing(Path(path), ".tmp", private=private) as (fd, _tmp):
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())


@contextmanager
def atomic_replace(path: Path, suffix: str = ".tmp", stale_after: float = STALE_TEMP_SECONDS) -> Iterator[Path]:
    """The atomic writer for files another library writes (reportlab, ``QImage.save``):
    yields a new empty temp file beside ``path``; when the block ends normally
    the temp file is fsynced and replaces ``path`` exactly as
    :func:`atomic_write_bytes` replaces a map.

    If the block raises, the temp file is removed and ``path`` is untouched.
    Raises ``OSError`` when the temp file cannot be made, synced or renamed.
    Temp files of ``path`` with this suffix left by a killed writer and older
    than ``stale_after`` seconds are removed after a successful replace.
    """
    with _replacing(Path(path), suffix, stale_after) as (fd, tmp):
        os.close(fd)
        yield tmp
        _fsync_file(tmp)


@contextmanager
def _replacing(path: Path, suffix: str, stale_after: float = STALE_TEMP_SECONDS,
               private: bool = False) -> Iterator[tuple[int, Path]]:
    """The one replacement, for maps and exports alike: yields the descriptor and
    path of a fresh ``O_EXCL`` temp file in ``path``'s folder, for the caller to
    fill and fsync; then gives it ``path``'s permissions (the umask's for a new
    file; 0600 when ``private``) and, where the user may, its owner and group,
    renames it over ``path`` and fsyncs the folder (each as the system allows:
    :mod:`cjm_desktop.io.platform`). On an error the temp file goes and ``path``
    stays as it was."""
    folder = path.parent
    check_writable_name(path, temp_extra=len(f"..{'x' * 8}{suffix}"))  # Windows: CON.cjm, 260 characters
    try:
        before = path.stat()
    except OSError:
        before = None
    mode = before.st_mode & 0o777 if before is not None else 0o666 & ~_umask()  # keep what the user gave it
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=suffix, dir=folder)  # 0600 from the start
    tmp = Path(name)
    try:
        yield fd, tmp
        _same_owner(tmp, before)
        set_mode(tmp, 0o600 if private else mode)
        replace_file(tmp, path)  # retried while Windows says another program holds the file
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    sync_folder(folder)
    remove_stale_temp_files(path, suffix, stale_after)


def temp_files_of(path: Path, suffix: str = ".tmp") -> list[Path]:
    """The ``.NAME.XXXXXXXX<suffix>`` files beside ``path`` (left by killed saves or exports)."""
    path = Path(path)
    pattern = re.compile(re.escape(f".{path.name}.") + r"[A-Za-z0-9_]{8}" + re.escape(suffix))
    try:
        names = os.listdir(path.parent)
    except OSError:
        return []
    return [path.parent / name for name in names if pattern.fullmatch(name)]


def remove_stale_temp_files(path: Path, suffix: str = ".tmp", older_than: float = STALE_TEMP_SECONDS) -> int:
    """Remove the temp files of ``path`` untouched for ``older_than`` seconds.

    Best effort: returns how many went; a failure is logged, never raised.
    """
    removed = 0
    now = time.time()
    for tmp in temp_files_of(path, suffix):
        try:
            if now - tmp.stat().st_mtime >= older_than:
                tmp.unlink()
                removed += 1
        except OSError as exc:
            log.debug("leftover %s stays: %s", tmp, exc)
    if removed:
        log.info("removed %d leftover temp file(s) of %s", removed, path)
    return removed


def _same_owner(tmp: Path, before) -> None:
    """Give the new file the old one's owner and group where this user may
    (root saving someone else's map does not make it root's)."""
    if before is None or not hasattr(os, "chown"):
        return
    try:
        if (before.st_uid, before.st_gid) != (os.getuid(), os.getgid()):
            os.chown(tmp, before.st_uid, before.st_gid)
    except OSError:
        pass  # not allowed: the file becomes this user's, as any editor's save would


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
