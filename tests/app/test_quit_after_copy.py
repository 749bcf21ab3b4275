"""Quitting after copying cards ends the program cleanly (it used to crash on the
way out: Qt deleted the clipboard's Python-made data after Python had finished)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_quitting_after_a_copy_exits_cleanly(tmp_path):
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=str(runtime),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_STATE_HOME=str(tmp_path / "state"), XDG_CACHE_HOME=str(tmp_path / "cache"))
    result = subprocess.run([sys.executable, "-m", "tests.app.copy_and_quit",
                             str(ROOT / "resources" / "examples" / "salon-vi.cjm")],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert "copied: application/x-cjm-cards+json" in result.stdout, result.stderr[-2000:]
    assert result.returncode == 0, (result.returncode, result.stderr[-2000:])
