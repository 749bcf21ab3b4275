"""Recovery copies: what autosave writes while a map has unsaved changes, and finding them again."""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import socket
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional

from .disk_stamp import DiskStamp
from .store import atomic_write, data_dir, now, pid_alive, private_dir

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Recovery:
    """An autosaved copy of a map with unsaved changes.

    ``source`` is the file the map belongs to (None: never saved) and
    ``source_stamp`` what that file held when the map was last read or saved,
    so a restored map still refuses to overwrite a newer file silently.
    """

    key: str
    data_path: Path
    title: str
    saved_at: dt.datetime
    source: Optional[Path]
    pid: int
    source_stamp: Optional["DiskStamp"] = None
    host: str = ""


def recovery_dir() -> Path:
    return data_dir() / "recovery"


def write_recovery(
    key: str, data: bytes, title: str, source: Optional[Path], source_stamp: Optional["DiskStamp"] = None
) -> Path:
    """Write a recovery copy (the full .cjm bytes) and its description.

    Raises ``OSError`` (the caller logs it: autosave must never interrupt work).
    """
    folder = recovery_dir()
    private_dir(folder)
    target = folder / f"{key}.cjm"
    atomic_write(target, data)
    meta = {
        "title": title,
        "saved_at": now().isoformat(timespec="seconds"),
        "source": str(source) if source else None,
        "source_stamp": source_stamp.as_dict() if source_stamp else None,
        "pid": os.getpid(),
        "host": socket.gethostname(),
    }
    atomic_write(folder / f"{key}.json", json.dumps(meta, ensure_ascii=False, indent=2).encode("utf-8"))
    return target


def discard_recovery(key: str) -> None:
    folder = recovery_dir()
    for suffix in (".cjm", ".json"):
        (folder / f"{key}{suffix}").unlink(missing_ok=True)


def discard_own_recoveries(keep: Iterable[str] = ()) -> int:
    """Remove the recovery copies this process wrote (a clean exit), except the
    keys in ``keep`` (maps still unsaved); returns how many went."""
    kept = set(keep)
    mine = [r for r in list_recoveries(include_live=True)
            if r.pid == os.getpid() and r.host == socket.gethostname() and r.key not in kept]
    for recovery in mine:
        discard_recovery(recovery.key)
    return len(mine)


def list_recoveries(include_live: bool = False) -> list[Recovery]:
    """Recovery copies left by instances that are no longer running, newest first."""
    folder = recovery_dir()
    if not folder.is_dir():
        return []
    out = []
    for meta_path in folder.glob("*.json"):
        key = meta_path.stem
        data_path = folder / f"{key}.cjm"
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            saved_at = dt.datetime.fromisoformat(meta["saved_at"])
            pid = int(meta.get("pid", 0))
            stamp = DiskStamp.from_dict(meta.get("source_stamp"))
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            continue
        if not data_path.is_file():
            continue
        if not include_live and meta.get("host") == socket.gethostname() and pid_alive(pid):
            continue
        source = Path(meta["source"]) if meta.get("source") else None
        out.append(Recovery(key, data_path, str(meta.get("title", "")), saved_at, source, pid, stamp,
                            str(meta.get("host", ""))))
    out.sort(key=lambda r: r.saved_at, reverse=True)
    return out
