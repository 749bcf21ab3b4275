"""Atomic file output for every export: write a temp file beside the target, then rename.

A failed or cancelled export therefore never leaves a half-written file, and an
existing file at the target stays as it was until the new one is complete.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .options import ExportError


def temp_beside(target: Path) -> Path:
    """A new empty temp file in the target's folder (so the final rename is atomic)."""
    if target.is_dir():
        raise ExportError(f"{target} is a folder: give a file name to export to")
    folder = target.parent
    if not folder.is_dir():
        raise ExportError(f"cannot write {target}: the folder {folder} does not exist")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise ExportError(f"cannot write {target}: {exc.strerror or exc}") from None
    os.close(fd)
    return Path(tmp)


def finish_atomic(tmp: Path, target: Path) -> None:
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)
    try:
        os.replace(tmp, target)
    except OSError as exc:
        raise ExportError(f"cannot write {target}: {exc.strerror or exc}") from None
