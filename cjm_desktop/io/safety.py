"""Nothing lost: backups, recovery copies, open-file markers, on-disk stamps. No Qt.

Everything lives in the user's data folder (platformdirs), never beside the
user's own file: a shared folder stays clean and an autosave can never
overwrite the good copy. ``CJM_DESKTOP_DATA_DIR`` overrides the folder (tests).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import re
import socket
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional

from platformdirs import user_data_dir

log = logging.getLogger(__name__)

APP_NAME = "cjm-desktop"
DEFAULT_KEEP_BACKUPS = 5


def data_dir() -> Path:
    override = os.environ.get("CJM_DESKTOP_DATA_DIR")
    return Path(override) if override else Path(user_data_dir(APP_NAME, appauthor=False))


def _path_key(path: Path) -> str:
    """A short, stable folder-safe name for a file's absolute path."""
    absolute = str(Path(path).expanduser().resolve())
    stem = re.sub(r"[^\w.-]+", "_", Path(path).stem, flags=re.UNICODE)[:40] or "map"
    return f"{stem}-{hashlib.sha1(absolute.encode('utf-8')).hexdigest()[:10]}"


def _atomic_write(path: Path, data: bytes) -> None:
    from .atomic import atomic_write_bytes

    atomic_write_bytes(path, data)


def _now() -> dt.datetime:
    return dt.datetime.now().astimezone()


# -- backups: every save keeps the previous version ------------------------------


@dataclass(frozen=True)
class Backup:
    """A previous version of a file; ``saved_at`` is when that version was saved."""

    path: Path
    saved_at: dt.datetime
    size: int


def backup_dir(path: Path) -> Path:
    return data_dir() / "backups" / _path_key(path)


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
        data = path.read_bytes()
        mtime_ns = path.stat().st_mtime_ns
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
    stamp = _now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{path.stem}.{stamp}.cjm"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _atomic_write(target, data)
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


# -- recovery copies: autosave while there are unsaved changes ---------------------


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
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{key}.cjm"
    _atomic_write(target, data)
    meta = {
        "title": title,
        "saved_at": _now().isoformat(timespec="seconds"),
        "source": str(source) if source else None,
        "source_stamp": source_stamp.as_dict() if source_stamp else None,
        "pid": os.getpid(),
        "host": socket.gethostname(),
    }
    _atomic_write(folder / f"{key}.json", json.dumps(meta, ensure_ascii=False, indent=2).encode("utf-8"))
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


def pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


# -- a file open in two windows or two running instances -----------------------------


@dataclass(frozen=True)
class OpenMarker:
    pid: int
    host: str
    token: str
    opened_at: str


def _marker_path(path: Path) -> Path:
    return data_dir() / "open" / f"{_path_key(path)}.json"


def claim_open(path: Path, token: str) -> Optional[OpenMarker]:
    """Mark ``path`` as open by this window (``token``).

    Returns the marker of another live window or instance that already has it
    open (the caller warns), or None. A stale marker of a dead process is taken over.
    """
    marker = _marker_path(path)
    current = read_open_marker(path)
    if current and current.token != token:
        same_host = current.host == socket.gethostname()
        if not same_host or pid_alive(current.pid):
            return current
    marker.parent.mkdir(parents=True, exist_ok=True)
    info = {"pid": os.getpid(), "host": socket.gethostname(), "token": token,
            "opened_at": _now().isoformat(timespec="seconds")}
    _atomic_write(marker, json.dumps(info).encode("utf-8"))
    return None


def read_open_marker(path: Path) -> Optional[OpenMarker]:
    try:
        info = json.loads(_marker_path(path).read_text(encoding="utf-8"))
        return OpenMarker(int(info["pid"]), str(info["host"]), str(info["token"]), str(info.get("opened_at", "")))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def release_open(path: Path, token: str) -> None:
    current = read_open_marker(path)
    if current and current.token == token:
        _marker_path(path).unlink(missing_ok=True)


# -- external changes ---------------------------------------------------------------


@dataclass(frozen=True)
class DiskStamp:
    """What a file on disk looked like when we last read or wrote it."""

    mtime_ns: int
    size: int
    digest: str

    @classmethod
    def of(cls, path: Path) -> Optional["DiskStamp"]:
        try:
            st = Path(path).stat()
            data = Path(path).read_bytes()
        except OSError:
            return None
        return cls(st.st_mtime_ns, st.st_size, hashlib.sha256(data).hexdigest())

    def as_dict(self) -> dict:
        return {"mtime_ns": self.mtime_ns, "size": self.size, "digest": self.digest}

    @classmethod
    def from_dict(cls, value: Optional[dict]) -> Optional["DiskStamp"]:
        if value is None:
            return None
        return cls(int(value["mtime_ns"]), int(value["size"]), str(value["digest"]))

    @classmethod
    def after_write(cls, path: Path, data: bytes) -> Optional["DiskStamp"]:
        """The stamp of ``path`` just after we wrote ``data`` to it (no re-read)."""
        try:
            st = Path(path).stat()
        except OSError:
            return None
        return cls(st.st_mtime_ns, st.st_size, hashlib.sha256(data).hexdigest())

    def differs_from_disk(self, path: Path) -> bool:
        """True when the file was changed (or removed) by someone else.

        A touch that leaves the bytes equal is not a change.
        """
        try:
            st = Path(path).stat()
        except OSError:
            return True
        if st.st_mtime_ns == self.mtime_ns and st.st_size == self.size:
            return False
        now = DiskStamp.of(path)
        return now is None or now.digest != self.digest
