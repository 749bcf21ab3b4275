"""PySide6 survives 50,000 calls of a void Qt method in one process.

PySide6 6.12 on CPython 3.11 aborts after a few thousand such calls
("Fatal Python error: none_dealloc"); pyproject pins PySide6 < 6.12 there.
The loop runs in a child process so an abort fails this test instead of
killing the test session.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

CODE = textwrap.dedent(
    """
    import sys
    import PySide6
    from PySide6.QtWidgets import QApplication, QGraphicsRectItem, QGraphicsScene

    app = QApplication([])
    scene = QGraphicsScene()
    item = QGraphicsRectItem(0, 0, 10, 10)
    scene.addItem(item)
    for i in range(50_000):
        item.setPos(i, -i)
    print(PySide6.__version__, item.pos().x(), item.pos().y())
    """
)


def test_50000_void_calls_do_not_crash_the_interpreter():
    env = {"QT_QPA_PLATFORM": "offscreen", **{k: v for k, v in __import__("os").environ.items() if k != "QT_QPA_PLATFORM"}}
    result = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, timeout=300,
                            env=env, cwd=Path(__file__).resolve().parent.parent)
    assert result.returncode == 0, f"exit {result.returncode}: {result.stderr[-2000:]}"
    version, x, y = result.stdout.split()
    assert (float(x), float(y)) == (49_999.0, -49_999.0)
    major_minor = tuple(int(p) for p in version.split(".")[:2])
    if sys.version_info < (3, 12):
        assert major_minor < (6, 12), f"PySide6 {version} on Python 3.11 is the crashing combination"
