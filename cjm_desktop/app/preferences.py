"""Preferences: interface language, autosave interval, export paper, new-map template.

Each preference is one key of :func:`.settings.app_settings`, read where it is
used through the functions below (the autosave timer, the export dialog and
the New Map dialog read theirs when they start):

=========================  ===========  ======================================
key                        default      read by
=========================  ===========  ======================================
``ui/language``            ``auto``     :mod:`.language` at start-up
``autosave/interval_s``    ``30``       the autosave timer
``export/paper``           ``A1``       the export dialog's paper size
``new/template``           ``salon-6``  the New Map dialog's first choice
=========================  ===========  ======================================
"""

from __future__ import annotations

from typing import Optional

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..i18n import fill, number, tr
from . import language
from .labels import LANGUAGES
from .settings import app_settings

AUTOSAVE_KEY = "autosave/interval_s"
AUTOSAVE_DEFAULT = 30
AUTOSAVE_MIN, AUTOSAVE_MAX = 5, 3600
PAPER_KEY = "export/paper"
PAPER_DEFAULT = "A1"
TEMPLATE_KEY = "new/template"
TEMPLATE_DEFAULT = "salon-6"


def _paper_names() -> tuple[str, ...]:
    from ..export.options import PAPER_NAMES

    return PAPER_NAMES


def _template_ids() -> tuple[str, ...]:
    from ..templates import TEMPLATE_IDS

    return TEMPLATE_IDS


def autosave_interval_s() -> int:
    """Seconds between autosaves, within [AUTOSAVE_MIN, AUTOSAVE_MAX]."""
    try:
        value = int(app_settings().value(AUTOSAVE_KEY, AUTOSAVE_DEFAULT))
    except (TypeError, ValueError):
        return AUTOSAVE_DEFAULT
    return max(AUTOSAVE_MIN, min(AUTOSAVE_MAX, value))


def default_paper() -> str:
    """The paper size the export dialog starts with (a name of export.options.PAPER_NAMES)."""
    value = str(app_settings().value(PAPER_KEY, PAPER_DEFAULT))
    return value if value in _paper_names() else PAPER_DEFAULT


def default_template() -> str:
    """The template the New Map dialog starts on."""
    value = str(app_settings().value(TEMPLATE_KEY, TEMPLATE_DEFAULT))
    return value if value in _template_ids() else TEMPLATE_DEFAULT


def paper_label(name: str) -> str:
    """``A1 (594 × 841 mm)``: the name and the portrait size, numbers as the locale writes them."""
    from ..export.options import PAPER_MM

    w, h = PAPER_MM[name]
    return fill(tr("%1 (%2 × %3 mm)"), name[:1].upper() + name[1:], number(w), number(h))


class PreferencesDialog(QDialog):
    """Edits the four preferences; OK writes them, Cancel forgets."""

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Preferences"))
        self.setMinimumWidth(460)

        self.language = QComboBox()
        system = dict(LANGUAGES)[language.system_language()]
        self.language.addItem(fill(tr("Automatic (system language: %1)"), system), language.AUTOMATIC)
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language.language_choice())))
        self.language_note = QLabel(tr("The new language is used when cjm-desktop starts again."))
        self.language_note.setWordWrap(True)
        self.language_note.setObjectName("DockHint")
        self.language.currentIndexChanged.connect(self._language_changed)

        self.autosave = QSpinBox()
        self.autosave.setRange(AUTOSAVE_MIN, AUTOSAVE_MAX)
        self.autosave.setSuffix(tr(" seconds"))
        self.autosave.setValue(autosave_interval_s())
        self.autosave.setToolTip(tr("How often a copy of every changed map is kept, so a crash loses at most this much work"))

        self.paper = QComboBox()
        for name in _paper_names():
            self.paper.addItem(paper_label(name), name)
        self.paper.setCurrentIndex(max(0, self.paper.findData(default_paper())))
        self.paper.setToolTip(tr("The paper size the Export dialog starts with"))

        from ..templates import list_templates

        self.template = QComboBox()
        for info in list_templates(language.interface_language()):
            self.template.addItem(info.name, info.id)
        self.template.setCurrentIndex(max(0, self.template.findData(default_template())))
        self.template.setToolTip(tr("The template chosen first in New from Template"))

        form = QFormLayout()
        form.addRow(tr("Language"), self.language)
        form.addRow("", self.language_note)
        form.addRow(tr("Autosave every"), self.autosave)
        form.addRow(tr("Export paper size"), self.paper)
        form.addRow(tr("New map template"), self.template)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel | QDialogButtonBox.RestoreDefaults)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.RestoreDefaults).clicked.connect(self.restore_defaults)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self._language_changed()

    def language_changed(self) -> bool:
        """True when the chosen language differs from the one the interface speaks now."""
        return language.resolve(self.language.currentData()) != language.interface_language()

    def _language_changed(self, *_args) -> None:
        font = self.language_note.font()
        font.setBold(self.language_changed())
        self.language_note.setFont(font)

    def restore_defaults(self) -> None:
        self.language.setCurrentIndex(self.language.findData(language.AUTOMATIC))
        self.autosave.setValue(AUTOSAVE_DEFAULT)
        self.paper.setCurrentIndex(self.paper.findData(PAPER_DEFAULT))
        self.template.setCurrentIndex(self.template.findData(TEMPLATE_DEFAULT))

    def accept(self) -> None:
        s = app_settings()
        language.set_language_choice(self.language.currentData())
        s.setValue(AUTOSAVE_KEY, self.autosave.value())
        s.setValue(PAPER_KEY, self.paper.currentData())
        s.setValue(TEMPLATE_KEY, self.template.currentData())
        s.sync()
        super().accept()
