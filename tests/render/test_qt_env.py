"""Qt paints on the GUI thread alone unless the user said otherwise, and PySide learns which
modules use it without reading their source files (render/qt_env.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import types
from pathlib import Path

import pytest

from cjm_desktop.render.qt_env import SERIAL_RASTER, holds_pyside, prefer_serial_painting

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


def _module(name: str, **names) -> types.ModuleType:
    module = types.ModuleType(name)
    vars(module).update(names)
    return module


class _Touchy:
    """An object that raises when anything is asked of it through itself."""

    def __getattribute__(self, name):
        raise RuntimeError(f"asked for {name}")


def test_a_module_uses_pyside_when_it_holds_a_pyside_module_class_function_or_object():
    from PySide6 import QtCore

    assert holds_pyside(_module("m1", QtCore=QtCore))
    assert holds_pyside(_module("m2", QObject=QtCore.QObject))
    assert holds_pyside(_module("m3", tr_noop=QtCore.QT_TR_NOOP))
    assert holds_pyside(_module("m4", ORIGIN=QtCore.QPointF(0, 0)))
    assert holds_pyside(QtCore)
    assert not holds_pyside(_module("m5", json=json, dumps=json.dumps, n=1, text="PySide6"))
    assert not holds_pyside(json)
    # the standard library's modules are not looked through: none of them uses PySide
    assert not holds_pyside(_module("json.m6", QObject=QtCore.QObject))


def test_the_check_never_raises_and_never_asks_an_object_itself():
    assert holds_pyside(_module("m6", touchy=_Touchy())) is False
    odd = types.ModuleType("m7")
    odd.__dict__["__name__"] = _Touchy()
    assert holds_pyside(odd) is False


_SPY = """
import inspect, sys
read = []
real = inspect.getsource
inspect.getsource = lambda obj: read.append(obj.__name__) or real(obj)
import PySide6.QtWidgets
from cjm_desktop.render.qt_env import lighter_pyside_module_check
if sys.argv[2] == "switched":
    assert lighter_pyside_module_check()
read.clear()
sys.path.insert(0, sys.argv[1])
import plain_helper, qt_helper, snake_helper
import shibokensupport.feature as feature
print(",".join(read) or "-", feature.pyside_feature_dict["plain_helper"], feature.pyside_feature_dict["qt_helper"],
      snake_helper.NAME)
"""


def test_after_the_switch_no_module_source_is_read_and_pysides_features_still_work(tmp_path):
    """In a fresh process: modules imported after the switch are sorted without a
    read of their source (a module of plain Python is ignored, one holding a
    Qt class uses PySide), and a module that opts into PySide's snake_case
    feature still gets it."""
    (tmp_path / "plain_helper.py").write_text("import json\nVALUE = json.dumps(1)\n", encoding="utf-8")
    (tmp_path / "qt_helper.py").write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    (tmp_path / "snake_helper.py").write_text(
        "from PySide6.QtCore import QObject\nfrom __feature__ import snake_case\n"
        "thing = QObject()\nthing.set_object_name('snake')\nNAME = thing.object_name()\n", encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")

    def run(how: str) -> list[str]:
        out = subprocess.run([sys.executable, "-c", _SPY, str(tmp_path), how], capture_output=True, text=True,
                             env=env, timeout=120, cwd=ROOT)
        assert out.returncode == 0, out.stderr
        return out.stdout.split()

    assert run("switched") == ["-", "-1", "0", "snake"]
    # the control: PySide's own check reads each new module's source
    read, *rest = run("as-shipped")
    assert {"plain_helper", "qt_helper", "snake_helper"} <= set(read.split(",")) and rest == ["-1", "0", "snake"]
