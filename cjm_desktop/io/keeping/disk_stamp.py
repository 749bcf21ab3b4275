"""Disk stamps: what a file held when it was last read or written, to notice changes by others."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from ...model.limits import LIMITS
from .store import read_regular_file


@dataclass(frozen=True)
class DiskStamp:
    """What a file on disk looked like when we last read or wrote it."""

    mtime_ns: int
    size: int
    digest: str

    @classmethod
    def of(cls, path: Path) -> Optional["DiskStamp"]:
        """The stamp of what ``path`` holds now; None when it is gone or is no
        regular file of at most the size cap (read once, never blocking)."""
        try:
            data, st = read_regular_file(Path(path), LIMITS.max_file_bytes)
        except OSError:
            return None
        return cls.of_bytes(st, data)

    @classmethod
    def of_bytes(cls, st: os.stat_result, data: bytes) -> "DiskStamp":
        """The stamp of ``data`` as read from a file whose ``stat`` was ``st``."""
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
