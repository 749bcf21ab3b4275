"""Backups: every save keeps the previous version of the file, a few per file."""

from __future__ import annotations

import datetime as dt
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from ...model.limits import LIMITS
from .store import atomic_write, data_dir, now, path_key, read_regular_file

log = logging.getLogger(__name__)

DEFAULT_KEEP_BACKUPS = 5


@dataclass(frozen=True)
class Backup:
    """A previous version of a file; ``saved_at`` is when that version was saved."""

    path: Path
    saved_at: dt.datetime
    size: int


def backup_dir(path: Path) -> Path:
    return data_dir() / "backups" / path_key(path)


def make_backup(path: Path, keep: int = DEFAULT_KEEP_BACKUPS) -> Optional[Path]:
    """Copy the current file (if any) into its backup folder; keep the newest ``keep``.

    The copy keeps the file's modification time, so a backup shows when that
    version was saved. A file equal to the newest backup is not copied again
    (saving five times in a row must not push the older versions out).
    ``keep <= 0`` turns backups off. Failures are logged, never raised: a
    backup problem must not block a save.
    """
    path = Path(path)
    if keep <= 0:
        return None
    try:
        data, st = read_regular_file(path, LIMITS.max_file_bytes)  # one bounded read, never a FIFO or device
        mtime_ns = st.st_mtime_ns
    except FileNotFoundError:
        return None
    except OSError as exc:
        log.warning("no backup of %s: %s", path, exc)
        return None
    existing = list_backups(path)
    if existing:
        try:
            if existing[0].size == len(data) and existing[0].path.read_bytes() == data:
                return existing[0].path
        except OSError:
            pass
    folder = backup_dir(path)
    stamp = now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{path.stem}.{stamp}.cjm"
    try:
        atomic_write(target, data)
        try:
            os.utime(target, ns=(mtime_ns, mtime_ns))
        except OSError:
            pass
        for old in list_backups(path)[keep:]:
            old.path.unlink(missing_ok=True)
    except OSError as exc:
        log.warning("no backup of %s: %s", path, exc)
        return None
    return target


def list_backups(path: Path) -> list[Backup]:
    """Backups of ``path``, newest first."""
    folder = backup_dir(Path(path))
    if not folder.is_dir():
        return []
    found = []
    for p in folder.glob("*.cjm"):
        try:
            st = p.stat()
        except OSError:
            continue
        found.append(Backup(p, dt.datetime.fromtimestamp(st.st_mtime).astimezone(), st.st_size))
    found.sort(key=lambda b: b.path.name, reverse=True)  # the name holds when it was backed up
    return found
