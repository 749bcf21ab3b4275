"""Backups, recovery copies, open markers and on-disk stamps."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import time

import pytest

from cjm_desktop.io import keeping
from cjm_desktop.io.atomic import atomic_write_bytes


def test_atomic_write_replaces_and_keeps_mode(tmp_path):
    target = tmp_path / "m.cjm"
    target.write_bytes(b"old")
    target.chmod(0o600)
    atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["m.cjm"]  # no temp file left


def test_atomic_write_failure_leaves_old_file(tmp_path, monkeypatch):
    target = tmp_path / "m.cjm"
    target.write_bytes(b"old")

    def no_space(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_space)
    with pytest.raises(OSError):
        atomic_write_bytes(target, b"new" * 1000)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["m.cjm"]


def test_backups_keep_the_newest_five(tmp_path):
    target = tmp_path / "Hành trình.cjm"
    assert keeping.make_backup(target) is None  # nothing to back up yet
    for i in range(8):
        target.write_text(f"version {i}", encoding="utf-8")
        assert keeping.make_backup(target, keep=5) is not None
    backups = keeping.list_backups(target)
    assert len(backups) == 5
    assert backups[0].path.read_text(encoding="utf-8") == "version 7"
    assert backups[-1].path.read_text(encoding="utf-8") == "version 3"
    # backups live in the data folder, never beside the user's file
    assert [p.name for p in tmp_path.iterdir()] == ["Hành trình.cjm"]


def test_backups_of_two_files_with_the_same_name_do_not_mix(tmp_path):
    a = tmp_path / "a" / "map.cjm"
    b = tmp_path / "b" / "map.cjm"
    for p in (a, b):
        p.parent.mkdir()
        p.write_text(str(p.parent.name))
        keeping.make_backup(p)
    assert keeping.list_backups(a)[0].path.read_text() == "a"
    assert keeping.list_backups(b)[0].path.read_text() == "b"


def test_recovery_of_a_dead_process_is_listed_and_discarded(tmp_path):
    keeping.write_recovery("k1", b'{"x": 1}', "Bản đồ salon", tmp_path / "salon.cjm")
    # our own (live) process: not offered
    assert keeping.list_recoveries() == []
    assert [r.title for r in keeping.list_recoveries(include_live=True)] == ["Bản đồ salon"]
    # written by a process that has ended
    code = (
        "from cjm_desktop.io import keeping;"
        "keeping.write_recovery('k2', b'{}', 'Chưa lưu', None)"
    )
    subprocess.run([sys.executable, "-c", code], check=True, env=os.environ.copy())
    found = keeping.list_recoveries()
    assert [(r.key, r.title, r.source) for r in found] == [("k2", "Chưa lưu", None)]
    keeping.discard_recovery("k2")
    assert keeping.list_recoveries() == []


def test_open_marker_warns_about_a_second_window_and_clears(tmp_path):
    path = tmp_path / "m.cjm"
    assert keeping.claim_open(path, "window-1") is None
    other = keeping.claim_open(path, "window-2")
    assert other is not None and other.pid == os.getpid() and other.token == "window-1"
    keeping.release_open(path, "window-1")
    assert keeping.claim_open(path, "window-2") is None


def test_stale_open_marker_of_a_dead_process_is_taken_over(tmp_path):
    path = tmp_path / "m.cjm"
    code = f"from cjm_desktop.io import keeping; from pathlib import Path; keeping.claim_open(Path({str(path)!r}), 'dead')"
    subprocess.run([sys.executable, "-c", code], check=True, env=os.environ.copy())
    assert keeping.read_open_marker(path).token == "dead"
    assert keeping.claim_open(path, "me") is None


def test_disk_stamp_sees_real_changes_only(tmp_path):
    def differs(stamp, path):  # what CjmDocument.disk_state asks of two stamps
        now = keeping.DiskStamp.of(path)
        return now is None or now.digest != stamp.digest

    path = tmp_path / "m.cjm"
    path.write_bytes(b"one")
    stamp = keeping.DiskStamp.of(path)
    assert not differs(stamp, path)
    time.sleep(0.01)
    os.utime(path)  # touched, same bytes
    assert not differs(stamp, path)
    path.write_bytes(b"two")
    assert differs(stamp, path)
    path.unlink()
    assert differs(stamp, path)


def test_a_recovery_copy_remembers_what_its_file_held(tmp_path):
    source = tmp_path / "m.cjm"
    source.write_bytes(b"on disk")
    stamp = keeping.DiskStamp.of(source)
    keeping.write_recovery("k", b"{}", "Bản đồ", source, stamp)
    [found] = keeping.list_recoveries(include_live=True)
    assert found.source_stamp == stamp and found.host


def test_a_clean_exit_removes_only_this_processs_copies(tmp_path):
    keeping.write_recovery("mine", b"{}", "của tôi", None)
    code = "from cjm_desktop.io import keeping; keeping.write_recovery('crashed', b'{}', 'của phiên trước', None)"
    subprocess.run([sys.executable, "-c", code], check=True, env=os.environ.copy())
    assert keeping.discard_own_recoveries() == 1
    assert [r.key for r in keeping.list_recoveries(include_live=True)] == ["crashed"]


def test_saving_on_a_new_account_makes_the_data_folder_and_the_folders_above_it(tmp_path, monkeypatch):
    """A fresh user account may have no ``~/.local/share`` yet: the first save
    (its lock, then its backup) makes it rather than failing."""
    from cjm_desktop.io.keeping.save_lock import save_lock

    home = tmp_path / "home"
    monkeypatch.setenv("CJM_DESKTOP_DATA_DIR", str(home / ".local" / "share" / "cjm-desktop"))
    target = tmp_path / "bản đồ.cjm"
    target.write_bytes(b"{}")
    with save_lock(target):
        pass
    assert keeping.make_backup(target) is not None
    for folder in (home / ".local", home / ".local" / "share", home / ".local" / "share" / "cjm-desktop"):
        assert folder.is_dir() and stat.S_IMODE(folder.stat().st_mode) & 0o077 == 0, folder
