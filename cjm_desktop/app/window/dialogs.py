"""Dialogs of the window: a new map from a template."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...i18n import tr
from ...model import LIMITS
from .labels import LANGUAGES

ID_ROLE = Qt.UserRole + 1


@dataclass(frozen=True)
class TemplateEntry:
    id: str
    name: str
    description: str = ""
    stages: tuple[str, ...] = ()


def template_entries(lang: str) -> list[TemplateEntry]:
    """The templates in ``lang`` with their stage titles, blank first."""
    from ...templates import list_templates, load_spec

    return [
        TemplateEntry(info.id, info.name, info.description, tuple(s.title.get(lang) for s in load_spec(info.id).stages))
        for info in list_templates(lang)
    ]


class NewMapDialog(QDialog):
    """Pick a template, its language and the map's title."""

    def __init__(self, parent: Optional[QWidget] = None, lang: str = "vi", template_id: Optional[str] = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("New Map from Template"))
        self.setMinimumSize(520, 420)
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(lang)))
        self.language.currentIndexChanged.connect(self._fill)
        self.templates = QListWidget()
        self.templates.setObjectName("TemplateList")
        self.templates.currentItemChanged.connect(self._show_details)
        self.templates.itemDoubleClicked.connect(lambda _item: self.accept())
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setMinimumHeight(48)
        self.details.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        self.title = QLineEdit()
        self.title.setMaxLength(LIMITS.short_text)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(tr("Create"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(tr("Language"), self.language)
        form.addRow(tr("Title"), self.title)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(tr("Template")))
        layout.addWidget(self.templates, 1)
        layout.addWidget(self.details)
        layout.addWidget(buttons)
        self._fill(keep=template_id)

    def lang(self) -> str:
        return self.language.currentData()

    def template_id(self) -> Optional[str]:
        item = self.templates.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def map_title(self) -> str:
        return self.title.text().strip()

    def select_template(self, template_id: str) -> None:
        for i in range(self.templates.count()):
            if self.templates.item(i).data(ID_ROLE) == template_id:
                self.templates.setCurrentRow(i)
                return
        raise KeyError(template_id)

    def _fill(self, *_args, keep: Optional[str] = None) -> None:
        keep = keep or self.template_id()
        self.templates.clear()
        for entry in template_entries(self.lang()):
            item = QListWidgetItem(entry.name)
            item.setData(ID_ROLE, entry.id)
            item.setData(Qt.UserRole + 2, entry)
            self.templates.addItem(item)
        rows = [i for i in range(self.templates.count()) if self.templates.item(i).data(ID_ROLE) == keep]
        self.templates.setCurrentRow(rows[0] if rows else 0)

    def _show_details(self, item, _previous=None) -> None:
        if item is None:
            self.details.clear()
            return
        entry: TemplateEntry = item.data(Qt.UserRole + 2)
        self.title.setPlaceholderText(entry.name)  # the title the map gets when this is left empty
        parts = [entry.description] if entry.description else []
        if entry.stages:
            parts.append(" → ".join(entry.stages))
        self.details.setText("\n".join(parts))
