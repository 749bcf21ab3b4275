"""Help > User Guide and Help > Keyboard Shortcuts.

The guide is read offline, in the interface language: English is the user
guide of the README (``## User guide`` up to the next ``##``, so it cannot
drift from it; the bundle carries the README in ``resources/guide``),
Vietnamese is ``resources/guide/guide-vi.md``. It is shown read-only.
The shortcuts table is generated from the window's menus, so it lists what
the actions really do and the keys they really have.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHeaderView, QMenu, QTableWidget, QTableWidgetItem,
                               QTextBrowser, QVBoxLayout)

from ...resources import resource, resources_dir
from ..settings.language import interface_language
from ...i18n import tr

if TYPE_CHECKING:  # pragma: no cover
    from .main_window import MainWindow

GUIDE_HEADING = "## User guide"


def guide_markdown(language: str) -> str:
    """The user guide in ``language`` ("vi" or "en"), as Markdown."""
    if language == "vi":
        return resource("guide", "guide-vi.md").read_text(encoding="utf-8")
    for readme in (resource("guide", "README.md"), resources_dir().parent / "README.md"):
        if readme.is_file():
            text = readme.read_text(encoding="utf-8")
            break
    else:
        return tr("The user guide is missing from this installation.")
    start = text.find(GUIDE_HEADING)
    if start < 0:
        return text
    end = text.find("\n## ", start + len(GUIDE_HEADING))
    return text[start: end if end >= 0 else len(text)].replace(GUIDE_HEADING, "# User guide", 1)


def _dialog(window: "MainWindow", title: str, name: str, widget) -> QDialog:
    dialog = QDialog(window)
    dialog.setObjectName(name)
    dialog.setWindowTitle(title)
    layout = QVBoxLayout(dialog)
    layout.addWidget(widget)
    buttons = QDialogButtonBox(QDialogButtonBox.Close)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    dialog.setAttribute(Qt.WA_DeleteOnClose)
    return dialog


def show_user_guide(window: "MainWindow") -> QDialog:
    """Help > User Guide: the guide in a read-only viewer (not modal: read it while working)."""
    viewer = QTextBrowser()
    viewer.setObjectName("GuideText")
    viewer.setOpenLinks(False)  # offline: the README's links to other files lead nowhere here
    viewer.setMarkdown(guide_markdown(interface_language()))
    dialog = _dialog(window, tr("User Guide"), "UserGuide", viewer)
    dialog.resize(760, 680)
    dialog.show()
    return dialog


def shortcut_rows(window: "MainWindow") -> list[tuple[str, str]]:
    """(menu path, keys) of every menu action that has a shortcut, in menu order."""
    rows: list[tuple[str, str]] = []

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
            if action.menu() is not None:
                walk(action.menu(), f"{path} > {text}")
            else:
                keys = [k.toString(QKeySequence.NativeText) for k in action.shortcuts()]
                keys = list(dict.fromkeys(k for k in keys if k))  # once each; none where the platform has none
                if keys:
                    rows.append((f"{path} > {text}", ", ".join(keys)))

    for top in window.menuBar().actions():
        if top.menu() is not None:
            walk(top.menu(), top.text().replace("&", ""))
    return rows


def show_shortcuts(window: "MainWindow") -> QDialog:
    """Help > Keyboard Shortcuts: a table made from the menus as they are."""
    rows = shortcut_rows(window)
    table = QTableWidget(len(rows), 2)
    table.setObjectName("ShortcutTable")
    table.setHorizontalHeaderLabels([tr("Command"), tr("Keys")])
    table.setEditTriggers(QTableWidget.NoEditTriggers)
    table.verticalHeader().hide()
    for i, (command, keys) in enumerate(rows):
        table.setItem(i, 0, QTableWidgetItem(command))
        table.setItem(i, 1, QTableWidgetItem(keys))
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
    table.resizeColumnToContents(1)
    dialog = _dialog(window, tr("Keyboard Shortcuts"), "KeyboardShortcuts", table)
    dialog.resize(620, 640)
    dialog.show()
    return dialog
