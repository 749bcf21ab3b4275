"""Where file keeping writes: the user's data folder, stable names for a path, atomic writes, live processes.

Everything lives in the user's data folder (platformdirs), never beside the
user's own file: a shared folder stays clean and an autosave can never
overwrite the good copy. ``CJM_DESKTOP_DATA_DIR`` overrides the folder (tests).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "cjm-desktop"


def data_dir() -> Path:
    override = os.environ.get("CJM_DESKTOP_DATA_DIR")
    return Path(override) if override else Path(user_data_dir(APP_NAME, appauthor=False))


def path_key(path: Path) -> str:
    """A short, stable folder-safe name for a file's absolute path."""
    absolute = str(Path(path).expanduser().resolve())
    stem = re.sub(r"[^\w.-]+", "_", Path(path).stem, flags=re.UNICODE)[:40] or "map"
    return f"{stem}-{hashlib.sha1(absolute.encode('utf-8')).hexdigest()[:10]}"


def atomic_write(path: Path, data: bytes) -> None:
    from ..atomic import atomic_write_bytes

    atomic_write_bytes(path, data)


def now() -> dt.datetime:
    return dt.datetime.now().astimezone()


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
