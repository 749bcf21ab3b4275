"""The questions the editor and the window ask the user, each one static dialog call.

:class:`Prompts` is what :class:`~.editor.MapEditor` asks through (a fake in
tests, :class:`MessageBoxPrompts` in the window). Kept here so every question
reads the same and window tests can answer them by patching
:func:`message_box` (every message box: unsaved changes, confirmations,
errors, notes; its text is always plain text), ``QInputDialog.getText``,
``QColorDialog.getColor``, or :func:`ask_overwrite_changed` itself (a file
changed on disk).
"""

from __future__ import annotations

import re
from typing import Optional, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from ..i18n import fill, tr
from ..model import LIMITS

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"
OVERWRITE, SAVE_AS = "overwrite", "save_as"


_LONG_RUN = re.compile(r"\S{30,}")


def breakable(text: str) -> str:
    """``text`` with a zero-width space every 24 characters of a long run without
    spaces (a path, a long number from a file), so a box wraps it instead of
    growing wider than the screen."""
    return _LONG_RUN.sub(lambda m: "\u200b".join(m.group()[i:i + 24] for i in range(0, len(m.group()), 24)), text)


def message_box(parent: Optional[QWidget], icon, title: str, text: str, buttons=QMessageBox.Ok,
                default=QMessageBox.NoButton):
    """Every message box of the app, modal: its text is plain text, so a file name
    or a map's words are shown as written (never markup that could size the box or
    load a picture). Returns the standard button pressed."""
    box = QMessageBox(icon, title, breakable(text), buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if default != QMessageBox.NoButton:
        box.setDefaultButton(default)
    return QMessageBox.StandardButton(box.exec())


def ask_save_changes(parent: QWidget, name: str) -> str:
    """Ask whether to save ``name`` before it is closed; SAVE, DISCARD or CANCEL."""
    answer = message_box(
        parent, QMessageBox.Warning,
        tr("Unsaved changes"),
        fill(tr("“%1” has changes that are not saved. Save them before closing?"), name),
        QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel,
        QMessageBox.Save,
    )
    if answer == QMessageBox.Save:
        return SAVE
    if answer == QMessageBox.Discard:
        return DISCARD
    return CANCEL


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """A yes/no question whose default is No (used before deleting cards)."""
    answer = message_box(parent, QMessageBox.Question, title, text, QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
    return answer == QMessageBox.Yes


def show_error(parent: QWidget, title: str, message: str) -> None:
    """Show a one-line error (the str of a CjmError) to the user."""
    message_box(parent, QMessageBox.Critical, title, message)


def show_info(parent: QWidget, title: str, message: str) -> None:
    message_box(parent, QMessageBox.Information, title, message)


def ask_overwrite_changed(parent: QWidget, name: str) -> str:
    """The file changed on disk since it was opened here: OVERWRITE, SAVE_AS or CANCEL."""
    box = QMessageBox(QMessageBox.Warning, tr("File changed on disk"),
                      fill(tr("“%1” was changed on disk after you opened it, by another program or person. "
                         "Replace it with your version? (The version on disk is kept as a backup: "
                         "File > Restore Backup…)"), name), QMessageBox.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    replace = box.addButton(tr("Replace"), QMessageBox.DestructiveRole)
    save_as = box.addButton(tr("Save As…"), QMessageBox.AcceptRole)
    box.addButton(QMessageBox.Cancel)
    box.setDefaultButton(save_as)
    box.exec()
    clicked = box.clickedButton()
    if clicked is replace:
        return OVERWRITE
    if clicked is save_as:
        return SAVE_AS
    return CANCEL


class Prompts(Protocol):
    """The questions an edit verb may ask; each answer None/False means "no"."""

    def confirm(self, title: str, text: str) -> bool: ...

    def show_error(self, title: str, message: str) -> None: ...

    def ask_text(self, title: str, label: str, value: str) -> Optional[str]: ...

    def ask_colour(self, current: str, title: str) -> Optional[str]: ...

    def tell(self, text: str) -> None:
        """A passing note (the window's status bar)."""


class MessageBoxPrompts:
    """:class:`Prompts` as dialogs over ``parent`` (and notes in its status bar)."""

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        self.parent = parent

    def confirm(self, title: str, text: str) -> bool:
        return confirm(self.parent, title, text)

    def show_error(self, title: str, message: str) -> None:
        show_error(self.parent, title, message)

    def ask_text(self, title: str, label: str, value: str) -> Optional[str]:
        text, ok = QInputDialog.getText(self.parent, title, label, QLineEdit.Normal, value)
        return text.strip()[: LIMITS.short_text] if ok else None

    def ask_colour(self, current: str, title: str) -> Optional[str]:
        colour = QColorDialog.getColor(QColor(current), self.parent, title)
        return colour.name() if colour.isValid() else None

    def tell(self, text: str) -> None:
        status = getattr(self.parent, "statusBar", None)
        if status is not None:
            status().showMessage(text, 4000)
