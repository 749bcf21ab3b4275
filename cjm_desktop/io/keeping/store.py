"""Where file keeping writes: the user's data folder, stable names for a path, atomic writes, live processes.

Everything lives in the user's data folder (platformdirs), never beside the
user's own file: a shared folder stays clean and an autosave can never
overwrite the good copy. ``CJM_DESKTOP_DATA_DIR`` overrides the folder (tests).
"""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import os
import re
import stat
from pathlib import Path

from platformdirs import user_data_dir

from ..platform import path_identity, set_mode
from ..platform import pid_alive as pid_alive  # noqa: F401 - kept where keeping's callers import it

APP_NAME = "cjm-desktop"


def data_dir() -> Path:
    override = os.environ.get("CJM_DESKTOP_DATA_DIR")
    return Path(override) if override else Path(user_data_dir(APP_NAME, appauthor=False))


def path_key(path: Path) -> str:
    """A short, stable folder-safe name for a file's absolute path; every spelling
    of one file (``Map.cjm``, ``map.cjm`` where the file system folds case) has one key."""
    identity = path_identity(Path(path))
    stem = re.sub(r"[^\w.-]+", "_", Path(identity).stem, flags=re.UNICODE)[:40] or "map"
    return f"{stem}-{hashlib.sha1(identity.encode('utf-8')).hexdigest()[:10]}"


def private_dir(folder: Path) -> Path:
    """``folder`` (inside the data folder) made, with it and every folder above
    it up to the data folder readable by this user only (0700)."""
    root = data_dir()
    folder = Path(folder)
    chain = [folder, *folder.parents]
    levels = chain[: chain.index(root) + 1] if root in chain else [folder]
    missing = [p for p in levels[-1].parents if not p.exists()]
    for level in reversed(missing):  # a new account may have no ~/.local/share yet (XDG: made 0700)
        level.mkdir(mode=0o700, exist_ok=True)
    for level in reversed(levels):
        level.mkdir(mode=0o700, exist_ok=True)
        try:
            if level.stat().st_mode & 0o077:
                set_mode(level, 0o700)  # Windows: private by the location (the user's own AppData)
        except OSError:
            pass
    return folder


def atomic_write(path: Path, data: bytes) -> None:
    """Write a keeping file (backup, recovery copy, marker): atomic, owner-only (0600, in 0700 folders)."""
    from ..atomic import atomic_write_bytes

    private_dir(Path(path).parent)
    atomic_write_bytes(path, data, private=True)


def read_regular_file(path: Path, limit: int) -> tuple[bytes, os.stat_result]:
    """The bytes of ``path`` and its ``stat``, read once, at most ``limit`` bytes.

    Refuses (``OSError``) anything that is not a regular file before reading a
    byte: a FIFO is opened without blocking, a device or a link to one
    (``/dev/zero``) is never read, a file over ``limit`` is never read whole.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise OSError(errno.EINVAL, "not a regular file", str(path))
        if st.st_size > limit:
            raise OSError(errno.EFBIG, f"larger than {limit:,} bytes", str(path))
        chunks, size = [], 0
        while size <= limit:  # one more byte than allowed tells a file that grew since fstat
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        data = b"".join(chunks)
        if len(data) > limit:
            raise OSError(errno.EFBIG, f"larger than {limit:,} bytes", str(path))
        return data, st
    finally:
        os.close(fd)


def now() -> dt.datetime:
    return dt.datetime.now().astimezone()
