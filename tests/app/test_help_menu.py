"""Help > User Guide (offline, in the interface language) and Help > Keyboard
Shortcuts (made from the window's menus)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableWidget, QTextBrowser

from cjm_desktop.app.settings import language
from cjm_desktop.app.window import help_dialogs


def _open_help_item(window, qtbot, action_name: str):
    window.activateWindow()
    action = window.actions_by_name[action_name]
    help_menu = window.menuBar().actions()[-1].menu()  # the last menu: Help
    assert action in help_menu.actions()
    before = set(QApplication.topLevelWidgets())
    action.trigger()
    opened = [w for w in QApplication.topLevelWidgets() if w not in before and w.isVisible()]
    assert len(opened) == 1
    qtbot.addWidget(opened[0])
    return opened[0]


def test_user_guide_in_english_is_the_readme_guide(make_window, qtbot):
    window = make_window()
    qtbot.keyClick(window.view, Qt.Key_F1)  # the desktop's help key
    viewer = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "UserGuide" and w.isVisible())
    qtbot.addWidget(viewer)
    text = viewer.findChild(QTextBrowser).toPlainText()
    assert text.startswith("User guide") and "Create a map from a template" in text and "Remove Hint Cards" in text
    assert "Command line" not in text  # only the guide, not the rest of the README
    assert viewer.findChild(QTextBrowser).isReadOnly()


@pytest.fixture
def vietnamese(qapp):
    from PySide6.QtCore import QLocale

    assert language.install("vi", system=QLocale("vi_VN")) == "vi"
    yield
    language.uninstall()


def test_user_guide_in_vietnamese(vietnamese, make_window, qtbot):
    window = make_window()
    viewer = _open_help_item(window, qtbot, "user_guide")
    text = viewer.findChild(QTextBrowser).toPlainText()
    assert text.startswith("Hướng dẫn sử dụng") and "Tạo bản đồ từ mẫu" in text
    assert "Xóa các thẻ gợi ý" in text and "Phím tắt" in text


def test_keyboard_shortcuts_come_from_the_menus(make_window, qtbot):
    window = make_window()
    dialog = _open_help_item(window, qtbot, "shortcuts")
    table = dialog.findChild(QTableWidget, "ShortcutTable")
    rows = {table.item(i, 0).text(): table.item(i, 1).text() for i in range(table.rowCount())}
    assert rows["Edit > Duplicate"] == "Ctrl+D"
    assert rows["File > Export…"] == "Ctrl+E"
    assert rows == dict(help_dialogs.shortcut_rows(window))
    # a new key on an action shows up: the table cannot drift from the actions
    window.actions_by_name["remove_hints"].setShortcut("Ctrl+Alt+H")
    assert dict(help_dialogs.shortcut_rows(window))["Edit > Remove Hint Cards"] == "Ctrl+Alt+H"
