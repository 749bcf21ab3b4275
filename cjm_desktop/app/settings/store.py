"""Remembered settings: window geometry, dock layout, recent files, the comment author.

Everything goes through :func:`app_settings`, an INI-format ``QSettings`` of
the organisation ``cjm-desktop``. Tests redirect it with
``QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, tmp_path)`` so
they never touch the real user's configuration.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from ...io.platform import path_identity

ORGANISATION = "cjm-desktop"
APPLICATION = "cjm-desktop"
MAX_RECENT = 10
_RECENT_KEY = "recent_files"


def use_platform_folder() -> None:
    """Keep the settings in the system's folder for them (platformdirs; see
    :func:`cjm_desktop.io.platform.settings_folder`). Called once at start-up."""
    from ...io.platform import settings_folder

    folder = settings_folder()
    if folder is not None:
        QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(folder))


def app_settings() -> QSettings:
    return QSettings(QSettings.IniFormat, QSettings.UserScope, ORGANISATION, APPLICATION)


def _as_list(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):  # QSettings gives a bare string for a one-item list
        return [value] if value else []
    return [str(v) for v in value]


def recent_files() -> list[Path]:
    """The recent files, newest first; files that no longer exist are pruned."""
    s = app_settings()
    stored = _as_list(s.value(_RECENT_KEY))
    existing = [p for p in stored if Path(p).is_file()]
    if existing != stored:
        s.setValue(_RECENT_KEY, existing)
    return [Path(p) for p in existing]


def add_recent_file(path: Path) -> None:
    """Put ``path`` first in the recent list (keeping at most :data:`MAX_RECENT`)."""
    full = str(Path(path).resolve())
    s = app_settings()
    same = path_identity(Path(full))  # Map.cjm and map.cjm are one file where the file system folds case
    files = [p for p in _as_list(s.value(_RECENT_KEY)) if p != full and path_identity(Path(p)) != same]
    s.setValue(_RECENT_KEY, [full, *files][:MAX_RECENT])


def clear_recent_files() -> None:
    app_settings().setValue(_RECENT_KEY, [])


#: The name a new comment is signed with (Preferences > Author name).
AUTHOR_KEY = "comments/author"


def os_user_name() -> str:
    """The login name of the user, "" when the system will not say."""
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # no login name (e.g. a container without a passwd entry)
        return ""


def author_name() -> str:
    """The name a new comment is signed with (Preferences; the OS user name until set)."""
    value = app_settings().value(AUTHOR_KEY)
    return os_user_name() if value is None else str(value)
