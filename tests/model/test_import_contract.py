"""model/, io/, layout/, templates/, export/, teams/, exchange/, render's PDF painter and the CLI import no Qt;
export/, model/, io/, layout/, templates/, teams/, exchange/ and render/ import no canvas or app.

Each runs in a fresh interpreter where a meta-path finder makes any import of
PySide6 or shiboken6 fail, so a stray ``from PySide6 ...`` anywhere in those
packages (or anything they import) breaks this test. The canvas/app rule is
read from the source, so an import inside a function counts too.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

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

        walked = ["cjm_desktop.model", "cjm_desktop.io", "cjm_desktop.layout", "cjm_desktop.templates",
                  "cjm_desktop.export", "cjm_desktop.teams", "cjm_desktop.exchange"]
        imported = []
        for name in walked:
            if importlib.util.find_spec(name) is None:
                continue  # templates/ may not be merged yet
            package = importlib.import_module(name)
            imported.append(name)
            for info in pkgutil.walk_packages(package.__path__, name + "."):
                importlib.import_module(info.name)
                imported.append(info.name)
        for name in ("cjm_desktop.render", "cjm_desktop.render.pdf_ops", "cjm_desktop.render.pdf_painter",
                     "cjm_desktop.app.cli.main", "cjm_desktop.app.cli.gui", "cjm_desktop.app.cli.teams",
                     "cjm_desktop.resources"):
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
                     "cjm_desktop.io.cjm_file", "cjm_desktop.layout", "cjm_desktop.app.cli.main",
                     "cjm_desktop.export.pdf", "cjm_desktop.export.poster", "cjm_desktop.export.sheets",
                     "cjm_desktop.render.pdf_painter", "cjm_desktop.layout.words", "cjm_desktop.teams.merge",
                     "cjm_desktop.teams.git_setup", "cjm_desktop.app.cli.teams",
                     "cjm_desktop.exchange.xlsx_write", "cjm_desktop.exchange.mermaid_read"):
        assert expected in imported


def _imports_of(path: Path) -> list[str]:
    """Every module ``path`` imports, anywhere in it (absolute names, relative ones resolved)."""
    package = ".".join(path.relative_to(ROOT).with_suffix("").parts[:-1])
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")
            if node.level:
                base = base[: len(base) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            names.append(module)
            names += [f"{module}.{alias.name}" for alias in node.names]
    return names


@pytest.mark.parametrize("package", ["export", "model", "io", "layout", "templates", "render", "teams", "exchange"])
def test_lower_layers_import_no_canvas_or_app(package):
    """render is below the canvas too: the canvas items call its painters, never the reverse."""
    wrong = [
        f"{path.relative_to(ROOT)}: {name}"
        for path in sorted((ROOT / "cjm_desktop" / package).rglob("*.py"))
        for name in _imports_of(path)
        if name.startswith(("cjm_desktop.canvas", "cjm_desktop.app"))
        or (package != "render" and name.startswith("cjm_desktop.render.qt"))
    ]
    assert wrong == []


@pytest.mark.parametrize("module", ["pdf_ops", "pdf_painter", "__init__"])
def test_the_pdf_painter_imports_no_qt_even_lazily(module):
    names = _imports_of(ROOT / "cjm_desktop" / "render" / f"{module}.py")
    assert [n for n in names if n.startswith(("PySide6", "shiboken6", "cjm_desktop.canvas", "cjm_desktop.app"))] == []
