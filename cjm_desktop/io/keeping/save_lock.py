"""A lock per file, taken by every cjm-desktop on this computer while it saves that file.

Saving checks that nobody changed the file since it was read or written here,
then writes it. Without a lock two editors saving the same file in turn can
both pass the check before either writes, and one acknowledged save is lost.
Under :func:`save_lock` the check and the write are one step: the loser of
the race sees the winner's file and is told. The lock lives in the user's data
folder (``locks/``), keyed by the file's absolute path, so it also works on a
read-only or network folder; it does not reach other computers (an editor on
another machine is seen by the disk stamp alone).
"""

from __future__ import annotations

import os
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from ..platform import lock_byte, unlock_byte
from .store import data_dir, path_key, private_dir

#: How long a save waits for another editor's save of the same file (seconds).
LOCK_TIMEOUT = 10.0


class SaveLockTimeout(TimeoutError):
    """Another editor has held the file's save lock for longer than the timeout."""


@contextmanager
def save_lock(path: Path, timeout: float = LOCK_TIMEOUT) -> Iterator[None]:
    """Hold the save lock of ``path`` for the ``with`` block; raises :class:`SaveLockTimeout`."""
    folder = data_dir() / "locks"
    private_dir(folder)
    fd = os.open(folder / f"{path_key(Path(path))}.lock", os.O_RDWR | os.O_CREAT, 0o600)
    try:
        _acquire(fd, timeout)
        try:
            yield
        finally:
            _release(fd)
    finally:
        os.close(fd)


def _try_lock(fd: int) -> bool:
    return lock_byte(fd)


def _release(fd: int) -> None:
    unlock_byte(fd)


def _acquire(fd: int, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not _try_lock(fd):
        if time.monotonic() >= deadline:
            raise SaveLockTimeout("another cjm-desktop has been saving this file for too long")
        time.sleep(0.005)
