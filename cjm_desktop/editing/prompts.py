"""The questions the editor and the window ask the user, each one static dialog call.

:class:`Prompts` is what :class:`~.editor.MapEditor` asks through (a fake in
tests, :class:`MessageBoxPrompts` in the window). Kept here so every question
reads the same and window tests can answer them by patching
``QMessageBox.warning`` (unsaved changes), ``QMessageBox.question`` (confirm
a delete or a revert), ``QMessageBox.critical`` (an error to read),
``QInputDialog.getText``, ``QColorDialog.getColor``, or
:func:`ask_overwrite_changed` itself (a file changed on disk).
"""

from __future__ import annotations

from typing import Optional, Protocol

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from ..i18n import fill, tr
from ..model import LIMITS

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"
OVERWRITE, SAVE_AS = "overwrite", "save_as"


def ask_save_changes(parent: QWidget, name: str) -> str:
    """Ask whether to save ``name`` before it is closed; SAVE, DISCARD or CANCEL."""
    answer = QMessageBox.warning(
        parent,
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
    answer = QMessageBox.question(parent, title, text, QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
    return answer == QMessageBox.Yes


def show_error(parent: QWidget, title: str, message: str) -> None:
    """Show a one-line error (the str of a CjmError) to the user."""
    QMessageBox.critical(parent, title, message)


def show_info(parent: QWidget, title: str, message: str) -> None:
    QMessageBox.information(parent, title, message)


def ask_overwrite_changed(parent: QWidget, name: str) -> str:
    """The file changed on disk since it was opened here: OVERWRITE, SAVE_AS or CANCEL."""
    box = QMessageBox(QMessageBox.Warning, tr("File changed on disk"),
                      fill(tr("“%1” was changed on disk after you opened it, by another program or person. "
                         "Replace it with your version? (The version on disk is kept as a backup: "
                         "File > Restore Backup…)"), name), QMessageBox.NoButton, parent)
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
