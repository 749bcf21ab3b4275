"""Where an export writes: :func:`cjm_desktop.io.atomic.atomic_replace`, with export errors.

Every export (PDF, PNG, SVG) writes a temp file beside the target that is
fsynced and renamed over it only when complete, as maps are saved; a failed or
cancelled export therefore never leaves a half-written file, and an existing
file at the target stays as it was until the new one is complete. This module
only turns the writer's ``OSError`` into a one-line :class:`ExportError`.
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from ..io.atomic import atomic_replace
from .options import ExportError

#: Suffix of an export's temp file (a map's is ``.tmp``).
TEMP_SUFFIX = ".part"
#: A temp file of an export older than this (seconds) was left by a killed export: the next export removes it.
STALE_EXPORT_SECONDS = 60.0


@contextmanager
def export_target(path: str | os.PathLike) -> Iterator[Path]:
    """Yield the temp path to write the export to; on success it replaces ``path``.

    Raises :class:`ExportError` (one line naming the cause) when the target is
    a folder, its folder is missing, or the temp file cannot be made, written
    (a full disk, a read-only folder), synced or renamed; the temp file is
    removed and the previous file stays whole either way.
    """
    target = Path(path)
    if target.is_dir():
        raise ExportError(f"{target} is a folder: give a file name to export to")
    folder = target.parent
    if not folder.is_dir():
        raise ExportError(f"cannot write {target}: the folder {folder} does not exist")
    try:
        with atomic_replace(target, suffix=TEMP_SUFFIX, stale_after=STALE_EXPORT_SECONDS) as tmp:
            yield tmp
    except OSError as exc:
        raise ExportError(f"cannot write {target}: {exc.strerror or exc}") from None
