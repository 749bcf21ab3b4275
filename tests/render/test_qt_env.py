"""Qt paints on the GUI thread alone unless the user said otherwise (render/qt_env.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from cjm_desktop.render.qt_env import SERIAL_RASTER, prefer_serial_painting

ROOT = Path(__file__).resolve().parents[2]


def test_the_default_is_serial_painting_and_a_users_value_is_kept():
    env: dict[str, str] = {}
    prefer_serial_painting(env)
    assert env == {SERIAL_RASTER: "1"}
    env = {SERIAL_RASTER: "0"}
    prefer_serial_painting(env)
    assert env == {SERIAL_RASTER: "0"}


_THREADS = "print(sorted(open(f'/proc/self/task/{t}/comm').read().strip() for t in os.listdir('/proc/self/task')))"


def _threads_after(code: str, tmp_path) -> str:
    """The names of the threads of a fresh process after it ran ``code`` (Linux)."""
    env = {k: v for k, v in os.environ.items() if k != SERIAL_RASTER}
    env.update(QT_QPA_PLATFORM="offscreen", CJM_DESKTOP_DATA_DIR=str(tmp_path))
    out = subprocess.run([sys.executable, "-c", f"import os\n{code}\n{_THREADS}"], capture_output=True,
                         text=True, env=env, timeout=120, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    return out.stdout.splitlines()[-1]


@pytest.mark.skipif(not os.path.isdir("/proc/self/task"), reason="reads the threads from /proc")
def test_the_window_paints_without_qts_painting_threads(tmp_path):
    """The screenshot command opens a real window on the example map and paints it:
    Qt starts no painting thread. Painted without the switch, the same window
    makes Qt start them (so the switch is the one this Qt reads)."""
    example = ROOT / "resources" / "examples" / "salon-vi.cjm"
    shot = tmp_path / "shot.png"
    ours = _threads_after(
        f"from cjm_desktop.app.window.screenshot import main\nmain([r'{example}', r'{shot}', '--size', '1200x800'])",
        tmp_path)
    assert shot.stat().st_size > 0
    assert "Thread (pooled)" not in ours
    plain = _threads_after(
        "from pathlib import Path\nfrom cjm_desktop.app.window.screenshot import render\n"
        f"render(Path(r'{example}'), Path(r'{tmp_path / 'plain.png'}'), (1200, 800))", tmp_path)
    assert "Thread (pooled)" in plain
