"""A save killed half-way leaves the old or the new file, whole (never a mix,
never an empty file); what a kill leaves beside it never gets in the way."""

from __future__ import annotations

import collections
import hashlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cjm_desktop.io import read_cjm, write_cjm
from cjm_desktop.io.atomic import STALE_TEMP_SECONDS, atomic_write_bytes, remove_stale_temp_files, temp_files_of

DRIVER = Path(__file__).with_name("kill_save_driver.py")
TRIALS = 200

posix_only = pytest.mark.skipif(not hasattr(os, "fork"), reason="kills forked children (POSIX)")


@posix_only
@pytest.mark.slow
def test_sigkill_during_save_leaves_the_old_or_the_new_version(tmp_path, journey_map):
    run = subprocess.run(
        [sys.executable, str(DRIVER), str(tmp_path), str(TRIALS), "20240501"],
        capture_output=True, text=True, timeout=240, env=os.environ.copy(),
    )
    assert run.returncode == 0, run.stderr[-2000:]
    report = json.loads(run.stdout)
    trials = report["trials"]
    assert len(trials) == TRIALS and all(t["killed"] for t in trials)

    broken = [t for t in trials if t["on_disk"] not in ("A", "B")]
    assert broken == [], broken[:5]
    outcome = collections.Counter((t["targeted"], t["on_disk"], t["new_temp_files"]) for t in trials)
    print(f"{TRIALS} kills of a {report['size']:,}-byte save: {dict(outcome)}")
    # The kills did land where they can hurt: between creating the temp file
    # and renaming it (a temp file is left, the old version is on disk) ...
    assert outcome[(True, "A", 1)] + outcome[(False, "A", 1)] >= TRIALS // 10
    # ... and after the rename (the new version is on disk).
    assert sum(n for (_, on_disk, _), n in outcome.items() if on_disk == "B") >= 1

    path = tmp_path / "big.cjm"
    loaded = read_cjm(path)  # the file left by the last kill opens
    assert hashlib.sha256(path.read_bytes()).hexdigest() in (report["sha_a"], report["sha_b"])
    assert len(loaded.map.cards) == 3000

    # What the kills left: hidden temp files, nothing else.
    leftovers = temp_files_of(path)
    assert leftovers and all(p.name.startswith(".big.cjm.") for p in leftovers)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["big.cjm", *(p.name for p in leftovers)])

    # A later save beside them works and leaves young ones alone (they could
    # be another instance's save in progress) ...
    write_cjm(path, journey_map)
    assert read_cjm(path).map == journey_map
    assert set(temp_files_of(path)) == set(leftovers)
    # ... and once they are old, the next save clears them.
    old = time.time() - STALE_TEMP_SECONDS - 60
    for p in leftovers:
        os.utime(p, (old, old))
    write_cjm(path, journey_map)
    assert [p.name for p in tmp_path.iterdir()] == ["big.cjm"]


def test_only_this_files_old_temp_files_are_cleared(tmp_path):
    path = tmp_path / "Hành trình [v2].cjm"
    path.write_bytes(b"old")
    mine = [tmp_path / f".{path.name}.{suffix}.tmp" for suffix in ("abcd1234", "x_y_z_09")]
    others = [
        tmp_path / ".other.cjm.abcd1234.tmp",  # another map's
        tmp_path / f".{path.name}.abcd1234.tmp.bak",  # not a temp file of ours
        tmp_path / f"{path.name}.abcd1234.tmp",  # not hidden: not ours
        tmp_path / f".{path.name}.short.tmp",  # not the temp name pattern
    ]
    old = time.time() - STALE_TEMP_SECONDS - 60
    for p in mine + others:
        p.write_bytes(b"{")
        os.utime(p, (old, old))
    assert sorted(temp_files_of(path)) == sorted(mine)
    atomic_write_bytes(path, b"new")
    assert path.read_bytes() == b"new"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([path.name, *(p.name for p in others)])


def test_clearing_leftovers_never_stops_a_save(tmp_path, monkeypatch):
    path = tmp_path / "m.cjm"
    leftover = tmp_path / ".m.cjm.abcd1234.tmp"
    leftover.write_bytes(b"{")
    old = time.time() - STALE_TEMP_SECONDS - 60
    os.utime(leftover, (old, old))
    real_unlink = Path.unlink

    def refuse(self, *args, **kwargs):
        if self == leftover:
            raise PermissionError(13, "Permission denied")
        return real_unlink(self, *args, **kwargs)

    monkeypatch.setattr(Path, "unlink", refuse)
    atomic_write_bytes(path, b"saved")
    assert path.read_bytes() == b"saved" and leftover.exists()
    monkeypatch.undo()
    assert remove_stale_temp_files(path) == 1 and not leftover.exists()
