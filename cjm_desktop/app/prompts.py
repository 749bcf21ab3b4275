"""The questions the window asks, each one static QMessageBox call.

Kept here so every question reads the same and tests can answer them by
patching ``QMessageBox.warning`` (unsaved changes), ``QMessageBox.question``
(confirm a delete) or ``QMessageBox.critical`` (an error to read).
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from ..i18n import tr

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


def ask_save_changes(parent: QWidget, name: str) -> str:
    """Ask whether to save ``name`` before it is closed; SAVE, DISCARD or CANCEL."""
    answer = QMessageBox.warning(
        parent,
        tr("Unsaved changes"),
        tr("“%1” has changes that are not saved. Save them before closing?").replace("%1", name),
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
