"""The sizes the design keeps to (issue 11): no module of the package over 400
lines and no function over 60, so each module stays one responsibility that can
be named in its opening line, and each function one step that can be read at once."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "cjm_desktop"
MODULE_LINES = 400
FUNCTION_LINES = 60


def _modules() -> list[Path]:
    found = sorted(PACKAGE.rglob("*.py"))
    assert len(found) > 100  # (the package, not an empty folder)
    return found


def test_no_module_is_over_400_lines():
    long = [(str(p.relative_to(PACKAGE)), n) for p in _modules()
            if (n := p.read_text(encoding="utf-8").count("\n")) > MODULE_LINES]
    assert not long, long


def test_no_function_is_over_60_lines():
    long = []
    for path in _modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                lines = node.end_lineno - node.lineno + 1
                if lines > FUNCTION_LINES:
                    long.append((str(path.relative_to(PACKAGE)), node.name, lines))
    assert not long, long


def test_every_module_says_what_it_is_in_its_opening_line():
    def says(path: Path) -> bool:
        return bool((ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or "").strip())

    silent = [str(p.relative_to(PACKAGE)) for p in _modules() if p.name != "__init__.py" and not says(p)]
    assert not silent, silent
