"""The questions the window asks, each one static QMessageBox call.

Kept here so every question reads the same and tests can answer them by
patching ``QMessageBox.warning`` (unsaved changes), ``QMessageBox.question``
(confirm a delete or a revert), ``QMessageBox.critical`` (an error to read),
or :func:`ask_overwrite_changed` itself (a file changed on disk).
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from ..i18n import tr

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"
OVERWRITE, SAVE_AS = "overwrite", "save_as"


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


def show_info(parent: QWidget, title: str, message: str) -> None:
    QMessageBox.information(parent, title, message)


def ask_overwrite_changed(parent: QWidget, name: str) -> str:
    """The file changed on disk since it was opened here: OVERWRITE, SAVE_AS or CANCEL."""
    box = QMessageBox(QMessageBox.Warning, tr("File changed on disk"),
                      tr("“%1” was changed on disk after you opened it, by another program or person. "
                         "Replace it with your version? (The version on disk is kept as a backup: "
                         "File > Restore Backup…)").replace("%1", name), QMessageBox.NoButton, parent)
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
