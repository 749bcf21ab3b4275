"""editing/ sits below the canvas and the window: it imports neither."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_editing_imports_no_canvas_and_no_app():
    code = (
        "import importlib, pkgutil, sys\n"
        "import cjm_desktop.editing as pkg\n"
        "for info in pkgutil.walk_packages(pkg.__path__, 'cjm_desktop.editing.'):\n"
        "    importlib.import_module(info.name)\n"
        "bad = [m for m in sys.modules if m.startswith(('cjm_desktop.canvas', 'cjm_desktop.app'))]\n"
        "assert not bad, bad\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
