"""Every word the window shows goes through translation, in a form lupdate can see.

These tests read the source (no Qt needed): they catch an English literal
handed straight to a widget, a ``tr()`` that lupdate cannot extract (a
variable, or a call inside an f-string), and a module that brings its own
``tr`` helper with a context lupdate does not know.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "cjm_desktop"

#: The Qt layers whose strings reach the screen. The CLI (app/cli*.py, and the
#: console lines of app/gui.py written before Qt starts) prints English by
#: design; app/screenshot.py is a developer tool.
GUI_DIRS = ("app", "canvas", "commands", "editing")
NOT_GUI = {"app/cli/__init__.py", "app/cli/main.py", "app/cli/export.py", "app/cli/gui.py", "app/window/screenshot.py", "app/__main__.py"}

#: Calls whose string arguments a user reads.
UI_CALLS = {
    "QAction", "QLabel", "QPushButton", "QToolButton", "QCheckBox", "QRadioButton", "QGroupBox", "QMenu",
    "QToolBar", "QDockWidget", "QMessageBox", "QListWidgetItem", "setText", "setToolTip", "setStatusTip",
    "setWhatsThis", "setWindowTitle", "setPlaceholderText", "setTitle", "showMessage", "addAction", "addMenu",
    "addRow", "addItem", "addTab", "setTabText", "setSpecialValueText", "setSuffix", "setPrefix", "setIconText",
    "setLabelText", "critical", "warning", "question", "information", "about", "getText", "getItem", "getInt",
    "getDouble", "getOpenFileName", "getSaveFileName", "getExistingDirectory", "getColor", "setNameFilter",
    "setHeaderLabels", "setItemText", "setInformativeText", "setDetailedText", "show_error", "confirm",
    "setAccessibleName", "drawText",
}
#: Literal texts that read the same in every language (units, the program's name, a size to type).
SAME_IN_EVERY_LANGUAGE = {" pt", " mm", " dpi", "594x841mm", "cjm-desktop"}
WORD = re.compile(r"[^\W\d_]{2,}")
TRANSLATE_CALLS = {"tr", "translate", "QT_TR_NOOP", "QT_TRANSLATE_NOOP"}


def gui_modules() -> list[Path]:
    out = []
    for folder in GUI_DIRS:
        for path in sorted((PACKAGE / folder).rglob("*.py")):
            if path.relative_to(PACKAGE).as_posix() not in NOT_GUI:
                out.append(path)
    return out


#: Functions that translate a text marked elsewhere with a NOOP (their argument is a variable).
WRAPPERS = {"tr", "label_text", "command_text", "_rule_text"}
LOGGERS = {"log", "logger", "logging"}


def call_name(node: ast.Call) -> str:
    f = node.func
    if isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) and f.value.id in LOGGERS:
        return ""  # log lines are for developers, in English
    if isinstance(f, ast.Attribute) and f.attr == "translate":
        # QCoreApplication.translate, not QPainter.translate / QTransform.translate
        return "translate" if isinstance(f.value, ast.Name) and f.value.id == "QCoreApplication" else ""
    return f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""


def calls_outside_wrappers(tree: ast.AST):
    """Every call node, except those in the body of a WRAPPERS function."""
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.FunctionDef) and node.name in WRAPPERS:
            continue
        if isinstance(node, ast.Call):
            yield node
        stack.extend(ast.iter_child_nodes(node))


def literal_words(node: ast.AST) -> str:
    """The words of a literal string argument (an f-string's literal parts), '' if none."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        parts = [node.value]
    elif isinstance(node, ast.JoinedStr):
        parts = [v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)]
    else:
        return ""
    text = "".join(parts)
    for same in SAME_IN_EVERY_LANGUAGE:
        text = text.replace(same, " ")
    return text if WORD.search(text) else ""


def where(path: Path, node: ast.AST) -> str:
    return f"{path.relative_to(PACKAGE.parent)}:{node.lineno}"


def test_the_check_covers_the_window_and_canvas():
    names = {p.relative_to(PACKAGE).as_posix() for p in gui_modules()}
    assert {"app/window/main_window.py", "app/docks/inspector.py", "canvas/overlays.py", "commands/base.py", "editing/editor.py"} <= names


def test_no_english_literal_reaches_a_widget():
    found = []
    for path in gui_modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and call_name(node) in UI_CALLS:
                for arg in [*node.args, *(k.value for k in node.keywords)]:
                    words = literal_words(arg)
                    if words:
                        found.append(f"{where(path, node)}: {call_name(node)}({words!r}) - wrap it in tr()")
    assert not found, "untranslated texts:\n" + "\n".join(found)


def test_lupdate_can_extract_every_translated_text():
    """lupdate reads literal arguments only, and skips f-strings entirely."""
    found = []
    for path in gui_modules() + [PACKAGE / "i18n.py"]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.JoinedStr):
                for inner in ast.walk(node):
                    if isinstance(inner, ast.Call) and call_name(inner) in TRANSLATE_CALLS:
                        found.append(f"{where(path, inner)}: {call_name(inner)}() inside an f-string")
        for node in calls_outside_wrappers(tree):
            if call_name(node) not in TRANSLATE_CALLS:
                continue
            text_arg = 1 if call_name(node) in ("translate", "QT_TRANSLATE_NOOP") else 0
            args = node.args
            if len(args) <= text_arg or not (isinstance(args[text_arg], ast.Constant) and isinstance(args[text_arg].value, str)):
                found.append(f"{where(path, node)}: {call_name(node)}() of something that is not a literal")
            elif text_arg == 1 and not isinstance(args[0], ast.Constant):
                found.append(f"{where(path, node)}: translate() with a context that is not a literal")
    assert not found, "texts lupdate cannot see:\n" + "\n".join(found)


def test_no_module_brings_its_own_tr():
    """A module-level ``def tr`` with its own context would translate nothing:
    lupdate files bare ``tr()`` calls under the empty context of cjm_desktop.i18n."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.name == "i18n.py" and path.parent == PACKAGE:
            continue
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.FunctionDef) and node.name == "tr":
                found.append(f"{where(path, node)}: import tr from cjm_desktop.i18n instead")
    assert not found, "\n".join(found)


@pytest.mark.parametrize("source, expected", [
    ('w.setToolTip("Save the map")', 1),
    ('w.setToolTip(tr("Save the map"))', 0),
    ('QLabel(f"{n} cards")', 1),
    ('w.setText("✕")', 0),
    ('w.setSuffix(" pt")', 0),
])
def test_the_literal_check_itself(source, expected):
    call = ast.parse(source).body[0].value
    assert call_name(call) in UI_CALLS
    assert sum(bool(literal_words(a)) for a in call.args) == expected
