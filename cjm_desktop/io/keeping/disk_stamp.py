"""Disk stamps: what a file held when it was last read or written, to notice changes by others."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Optional


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
