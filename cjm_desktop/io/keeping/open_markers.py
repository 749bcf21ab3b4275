"""Open-file markers: a file open in two windows or two running instances is noticed."""

from __future__ import annotations

import json
import os
import socket
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from .store import atomic_write, data_dir, now, path_key, pid_alive, private_dir


@dataclass(frozen=True)
class OpenMarker:
    pid: int
    host: str
    token: str
    opened_at: str


def _marker_path(path: Path) -> Path:
    return data_dir() / "open" / f"{path_key(path)}.json"


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
    private_dir(marker.parent)
    info = {"pid": os.getpid(), "host": socket.gethostname(), "token": token,
            "opened_at": now().isoformat(timespec="seconds")}
    atomic_write(marker, json.dumps(info).encode("utf-8"))
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
