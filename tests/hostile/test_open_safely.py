"""Opening reads a shared file once, bounded, and only if it is a regular file.

A FIFO named ``x.cjm`` used to hang the editor forever (the disk stamp read the
path before any check); a ``.cjm`` linked to ``/dev/zero`` was read until memory
ran out. Both are now refused in one line, at once, by the path ``cjm-desktop
FILE`` and File > Open use (``CjmDocument.open``); the window keeps its map.
Backups, recovery copies and their folders are the owner's only.
"""

from __future__ import annotations

import os
import stat
import threading

import pytest

from cjm_desktop.commands import CjmDocument
from cjm_desktop.io import CjmError, write_cjm
from cjm_desktop.io.keeping import DiskStamp, backup_dir, list_backups, make_backup, recovery_dir, write_recovery
from tests.factories import small_map


def _open_within(path, seconds: float):
    """CjmDocument.open in a thread; fails the test instead of hanging it."""
    outcome = {}

    def run():
        try:
            outcome["doc"] = CjmDocument.open(path)
        except Exception as exc:  # noqa: BLE001 - the test looks at it
            outcome["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"opening {path.name} hung"
    return outcome


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_named_cjm_is_refused_at_once(tmp_path, qapp):
    fifo = tmp_path / "x.cjm"
    os.mkfifo(fifo)
    outcome = _open_within(fifo, 5)
    assert isinstance(outcome.get("error"), CjmError)
    assert "not a regular file" in str(outcome["error"]) and len(str(outcome["error"]).splitlines()) == 1
    assert DiskStamp.of(fifo) is None  # the watcher's look never blocks either


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero here")
def test_a_link_to_dev_zero_is_refused_without_reading(tmp_path, qapp):
    link = tmp_path / "zero.cjm"
    link.symlink_to("/dev/zero")
    outcome = _open_within(link, 5)
    assert isinstance(outcome.get("error"), CjmError)
    assert make_backup(link) is None  # a backup never reads it either


def test_the_disk_stamp_is_of_the_bytes_that_were_loaded(tmp_path, qapp):
    path = tmp_path / "m.cjm"
    write_cjm(path, small_map())
    doc = CjmDocument.open(path)
    assert doc.disk_stamp == DiskStamp.of(path)
    assert doc.disk_state() == "same"


def test_backups_and_recovery_copies_are_the_owners_only(tmp_path, qapp):
    path = tmp_path / "private.cjm"
    write_cjm(path, small_map())
    os.chmod(path, 0o600)
    write_cjm(path, small_map())
    backup = make_backup(path)
    assert backup is not None
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert stat.S_IMODE(backup_dir(path).stat().st_mode) == 0o700
    write_recovery("k", b"{}", "private", path)
    copies = [p for p in recovery_dir().iterdir()]
    assert copies and all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in copies)
    assert stat.S_IMODE(recovery_dir().stat().st_mode) == 0o700
    assert list_backups(path)


def test_saving_keeps_the_files_mode(tmp_path, qapp):
    path = tmp_path / "m.cjm"
    write_cjm(path, small_map())
    os.chmod(path, 0o640)
    doc = CjmDocument.open(path)
    doc.save()
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
