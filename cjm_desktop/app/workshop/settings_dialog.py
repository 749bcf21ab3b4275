"""The dot vote's settings: a small dialog (dots per participant, one participant
per line) and the Inspector's box that shows them when nothing is selected.

OK changes the map through the editor's ``set_workshop`` verb: one undo step.
"""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QPlainTextEdit,
                               QPushButton, QSpinBox, QVBoxLayout, QWidget)

from ...i18n import fill, tr
from ...model import LIMITS, Workshop


class WorkshopDialog(QDialog):
    """Edits a copy of the settings; :meth:`values` is what OK gives."""

    def __init__(self, workshop: Workshop, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Workshop Settings"))
        self.dots = QSpinBox()
        self.dots.setRange(1, LIMITS.max_dots)
        self.dots.setValue(workshop.dots_per_participant)
        self.participants = QPlainTextEdit("\n".join(workshop.participants))
        self.participants.setPlaceholderText(tr("one name per line"))
        form = QFormLayout()
        form.addRow(tr("Dots per participant"), self.dots)
        form.addRow(tr("Participants"), self.participants)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> tuple[int, list[str]]:
        return self.dots.value(), self.participants.toPlainText().splitlines()


def edit_workshop(editor, parent: Optional[QWidget] = None) -> bool:
    """Ask for the settings and apply them (one undo step); False when cancelled or unchanged."""
    dialog = WorkshopDialog(editor.doc.map.workshop, parent)
    if dialog.exec() != QDialog.Accepted:
        return False
    return editor.set_workshop(*dialog.values())


def workshop_summary(workshop: Workshop) -> str:
    names = ", ".join(workshop.participants) if workshop.participants else tr("no participants named")
    return fill(tr("%1 dots each · %2"), workshop.dots_per_participant, names)


class WorkshopBox(QGroupBox):
    """The map page's summary of the settings and the button that edits them."""

    def __init__(self, page: QWidget) -> None:
        super().__init__(tr("Workshop"), page)
        self.page = page
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.PlainText)  # participant names are map text
        self.button = QPushButton(tr("&Workshop Settings…"), self)
        self.button.clicked.connect(self.edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.button)

    def refresh(self) -> None:
        doc = self.page.doc
        if doc is not None:
            self.summary.setText(workshop_summary(doc.map.workshop))

    def edit(self) -> None:
        from ...editing.editor import MapEditor

        editor = self.page.editor_ref()
        if editor is None or editor.doc is not self.page.doc:
            editor = MapEditor(self.page.doc)
        edit_workshop(editor, self.window())

