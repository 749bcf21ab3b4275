"""The Inspector's comments box: the comments of the card, stage or lane shown,
listed oldest first, added, resolved or reopened, and deleted.

Every change is one undo step through the map editor's verbs; the list
refreshes from the document like every Inspector field. Comment text is shown
as plain text.
"""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QGroupBox, QHBoxLayout, QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
                               QVBoxLayout, QWidget)

from ...i18n import local_date, tr
from ...model import Comment, ObjectKind
from ..settings.store import author_name  # not preferences: that module loads the export package

RESOLVED_COLOUR = QColor("#7a8494")


def comment_heading(note: Comment) -> str:
    """"Author · date time", "resolved" added for a resolved one."""
    when = note.created.astimezone()
    parts = [note.author or tr("Anonymous"), f"{local_date(when.date())} {when:%H:%M}"]
    if note.resolved:
        parts.append(tr("resolved"))
    return " · ".join(parts)


class CommentsBox(QGroupBox):
    """Comments of one object; ``page`` is the Inspector page it sits on (its document, id and editor)."""

    def __init__(self, kind: ObjectKind, page: QWidget) -> None:
        super().__init__(tr("Comments"), page)
        self.kind = ObjectKind(kind)
        self.page = page
        self.list = QListWidget(self)
        self.list.setObjectName("CommentList")
        self.list.setWordWrap(True)
        self.list.setMinimumHeight(90)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.entry = QPlainTextEdit(self)
        self.entry.setPlaceholderText(tr("Add a comment…"))
        self.entry.setFixedHeight(self.entry.fontMetrics().lineSpacing() * 3 + 12)
        self.entry.setTabChangesFocus(True)
        self.add_button = QPushButton(tr("Add Comment"), self)
        self.resolve_button = QPushButton(tr("Resolve"), self)
        self.delete_button = QPushButton(tr("Delete"), self)
        self.add_button.clicked.connect(self.add)
        self.resolve_button.clicked.connect(self.toggle_resolved)
        self.delete_button.clicked.connect(self.delete)
        self.entry.textChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        buttons.addWidget(self.resolve_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        adding = QHBoxLayout()
        adding.addStretch(1)
        adding.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.entry)
        layout.addLayout(adding)
        self._update_buttons()

    # -- the object ---------------------------------------------------------------
    def _editor(self):
        from ...editing.editor import MapEditor

        editor = self.page.editor_ref()
        doc = self.page.doc
        return editor if editor is not None and editor.doc is doc else MapEditor(doc)

    def comments(self) -> list[Comment]:
        if self.page.doc is None or self.page.object_id is None:
            return []
        return self._editor().comments_of(self.kind, self.page.object_id)

    def refresh(self) -> None:
        """Show the object's comments, keeping the one selected."""
        current = self.current_id()
        self.list.clear()
        for note in self.comments():
            item = QListWidgetItem(comment_heading(note) + "\n" + note.text)
            item.setData(Qt.UserRole, note.id)
            item.setData(Qt.UserRole + 1, note.resolved)
            if note.resolved:
                item.setForeground(RESOLVED_COLOUR)
            self.list.addItem(item)
            if note.id == current:
                self.list.setCurrentItem(item)
        self._update_buttons()

    def current_id(self) -> Optional[str]:
        item = self.list.currentItem()
        return item.data(Qt.UserRole) if item is not None else None

    def _update_buttons(self) -> None:
        item = self.list.currentItem()
        self.resolve_button.setEnabled(item is not None)
        self.delete_button.setEnabled(item is not None)
        resolved = item is not None and item.data(Qt.UserRole + 1)
        self.resolve_button.setText(tr("Reopen") if resolved else tr("Resolve"))
        self.add_button.setEnabled(bool(self.entry.toPlainText().strip()))

    # -- the verbs ----------------------------------------------------------------
    def add(self) -> None:
        text = self.entry.toPlainText()
        if self._editor().add_comment(self.kind, self.page.object_id, text, author_name()) is not None:
            self.entry.clear()
            self.list.setCurrentRow(self.list.count() - 1)

    def toggle_resolved(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self._editor().set_comment_resolved(self.kind, self.page.object_id, item.data(Qt.UserRole),
                                                not item.data(Qt.UserRole + 1))

    def delete(self) -> None:
        comment_id = self.current_id()
        if comment_id is not None:
            self._editor().delete_comment(self.kind, self.page.object_id, comment_id)


#: the pages with comments below their fields, and what they comment on
_COMMENTED = {"card": ObjectKind.CARDS, "stage": ObjectKind.STAGES, "lane": ObjectKind.LANES}


def add_workshop_box(name: str, page) -> None:
    """A comments box below the fields of a card, stage or lane page; the
    workshop's settings below the map's; nothing on the other pages."""
    from ..workshop.settings_dialog import WorkshopBox

    if name in _COMMENTED:
        box = CommentsBox(_COMMENTED[name], page)
    elif name == "map":
        box = WorkshopBox(page)
    else:
        return
    layout = page.layout()
    layout.insertWidget(layout.count() - 1, box)  # above the stretch
    page.extras.append(box)
