"""model/, io/, layout/, templates/, export/ and the CLI import no Qt.

Each runs in a fresh interpreter where a meta-path finder makes any import of
PySide6 or shiboken6 fail, so a stray ``from PySide6 ...`` anywhere in those
packages (or anything they import) breaks this test.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from tests.factories import BLOCK_QT

ROOT = Path(__file__).resolve().parents[2]



def run_blocked(body: str) -> subprocess.CompletedProcess:
    code = BLOCK_QT + textwrap.dedent(body)
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )


def test_the_blocker_really_blocks():
    result = run_blocked("import PySide6.QtCore\n")
    assert result.returncode != 0
    assert "Qt is blocked here: import of PySide6" in result.stderr


def test_no_qt_in_the_pure_layers():
    result = run_blocked(
        """
        import importlib, importlib.util, pkgutil

        walked = ["cjm_desktop.model", "cjm_desktop.io", "cjm_desktop.layout", "cjm_desktop.templates"]
        imported = []
        for name in walked:
            if importlib.util.find_spec(name) is None:
                continue  # templates/ may not be merged yet
            package = importlib.import_module(name)
            imported.append(name)
            for info in pkgutil.walk_packages(package.__path__, name + "."):
                importlib.import_module(info.name)
                imported.append(info.name)
        for name in ("cjm_desktop.export", "cjm_desktop.app.cli.main", "cjm_desktop.app.cli.gui", "cjm_desktop.resources"):
            if importlib.util.find_spec(name) is not None:
                importlib.import_module(name)
                imported.append(name)
        leaked = [m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6")]
        assert not leaked, leaked
        print(" ".join(imported))
        """
    )
    assert result.returncode == 0, result.stderr[-2000:]
    imported = result.stdout.split()
    for expected in ("cjm_desktop.model", "cjm_desktop.io", "cjm_desktop.io.schema",
                     "cjm_desktop.io.cjm_file", "cjm_desktop.layout", "cjm_desktop.app.cli.main"):
        assert expected in imported
