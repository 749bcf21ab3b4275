"""Kill the running app with unsaved edits; restart; the recovery offer brings them back.

The app runs in processes of their own, offscreen (``crash_driver.py``): the
first opens a map, makes an edit through the undo stack, autosaves (0.3 s
interval) and is SIGKILLed; a second starts as ``cjm-desktop`` does, is
offered the copy, restores it, saves and quits; a window in this process then
checks what is left.
"""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cjm_desktop.app.keeping import recovery_dialog
from cjm_desktop.io import read_cjm
from cjm_desktop.io.keeping import list_recoveries

from .conftest import card_by_title

DRIVER = Path(__file__).with_name("crash_driver.py")
ROOT = Path(__file__).resolve().parents[2]
EDIT = "Sửa trước khi bị tắt"

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")


def _env() -> dict:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))


def _read_line(proc: subprocess.Popen, timeout: float) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([proc.stdout], [], [], 0.2)
        if ready:
            return proc.stdout.readline().strip()
        if proc.poll() is not None:
            break
    return ""


def _killed_with_unsaved_edit(settings_dir: Path, path: Path) -> int:
    proc = subprocess.Popen([sys.executable, str(DRIVER), "edit", str(settings_dir), str(path)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env())
    try:
        line = _read_line(proc, 60)
        assert line == "autosaved", proc.stderr.read() if proc.poll() is not None else line
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(30)
    assert proc.returncode == -signal.SIGKILL
    return proc.pid


def test_a_killed_app_offers_its_unsaved_edit_on_the_next_start(settings_dir, sample_path, make_window, monkeypatch):
    before = sample_path.read_bytes()
    pid = _killed_with_unsaved_edit(settings_dir, sample_path)
    assert sample_path.read_bytes() == before  # the edit never reached the user's file
    [found] = list_recoveries()
    assert found.pid == pid and found.source == sample_path

    monkeypatch.setattr(recovery_dialog, "ask_recoveries", lambda parent, found: {r.key: recovery_dialog.RESTORE for r in found})
    window = make_window()  # the next start, in this process
    assert window.guard.offer_recoveries() == [window]
    assert card_by_title(window, EDIT)
    assert window.doc.path == sample_path and window.isWindowModified()
    assert window.save()
    assert read_cjm(sample_path).map.cards[0].title == EDIT


def test_kill_restart_restore_save_and_a_clean_exit_leaves_nothing_behind(settings_dir, sample_path):
    _killed_with_unsaved_edit(settings_dir, sample_path)
    restart = subprocess.run([sys.executable, str(DRIVER), "restart", str(settings_dir)],
                             capture_output=True, text=True, timeout=120, env=_env())
    assert restart.returncode == 0, restart.stderr[-2000:]
    shown = json.loads(restart.stdout.strip().splitlines()[-1])
    assert shown["offered"] == [["Bản đồ", str(sample_path)]]
    assert shown["titles"][0] == EDIT
    assert shown["path"] == str(sample_path) and shown["modified"] is True
    assert read_cjm(sample_path).map.cards[0].title == EDIT  # the restarted app saved it
    assert list_recoveries(include_live=True) == []  # a clean exit leaves no copies


def test_an_exit_that_leaves_a_window_unsaved_keeps_its_copy(settings_dir, sample_path):
    done = subprocess.run([sys.executable, str(DRIVER), "quit", str(settings_dir), str(sample_path)],
                          capture_output=True, text=True, timeout=120, env=_env())
    assert done.returncode == 0, done.stderr[-2000:]
    [found] = list_recoveries()  # its process has ended: offered at the next start
    assert found.source == sample_path
    assert read_cjm(found.data_path).map.cards[0].title == EDIT
