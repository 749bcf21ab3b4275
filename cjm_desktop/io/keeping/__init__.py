"""Nothing lost, on disk (no Qt): backups, recovery copies, open-file markers, disk stamps, save locks.

The window's side of the same feature is :mod:`cjm_desktop.app.keeping`.
"""

from .backups import DEFAULT_KEEP_BACKUPS, Backup, backup_dir, list_backups, make_backup
from .disk_stamp import DiskStamp
from .open_markers import OpenMarker, claim_open, read_open_marker, release_open
from .recovery_copies import (
    Recovery, discard_own_recoveries, discard_recovery, list_recoveries, recovery_dir, write_recovery,
)
from .save_lock import SaveLockTimeout, save_lock
from .store import APP_NAME, data_dir, pid_alive

__all__ = [
    "APP_NAME", "DEFAULT_KEEP_BACKUPS", "Backup", "DiskStamp", "OpenMarker", "Recovery", "backup_dir",
    "claim_open", "data_dir", "discard_own_recoveries", "discard_recovery", "list_backups", "list_recoveries",
    "make_backup", "pid_alive", "SaveLockTimeout", "save_lock", "read_open_marker", "recovery_dir", "release_open", "write_recovery",
]
