"""Preferences: interface language, autosave interval, export paper, new-map template, author name.

Each preference is one key of :func:`.settings.app_settings`, read where it is
used (the autosave timer, the Export dialog and the New Map dialog read theirs
when they start), so this dialog only writes them:

=========================  ===========  ======================================
key                        default      read by
=========================  ===========  ======================================
``ui/language``            ``auto``     :mod:`.language` at start-up
``autosave/interval_s``    ``30``       :mod:`.autosave` (0 turns autosave off)
``export/paper``           ``A0``       the Export dialog (:mod:`.export_choices`),
                                        which also remembers its last paper there
``new/template``           ``salon-6``  the New Map dialog's first choice
``comments/author``        OS user      the Inspector, for the comments added
=========================  ===========  ======================================
"""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...i18n import fill, tr
from . import language
from ..export_dialog.choices import ExportChoices, paper_setting
from ..window.labels import LANGUAGES
from ..keeping.autosave import AUTOSAVE_KEY, DEFAULT_AUTOSAVE_S, autosave_interval_ms
from .store import AUTHOR_KEY, app_settings, author_name, os_user_name

AUTOSAVE_DEFAULT = round(DEFAULT_AUTOSAVE_S)
AUTOSAVE_MAX = 3600
PAPER_KEY = "export/paper"
PAPER_DEFAULT = ExportChoices().paper
TEMPLATE_KEY = "new/template"
TEMPLATE_DEFAULT = "salon-6"


def _paper_names() -> tuple[str, ...]:
    from ...export.options import PAPER_NAMES

    return PAPER_NAMES


def _template_ids() -> tuple[str, ...]:
    from ...templates import TEMPLATE_IDS

    return TEMPLATE_IDS


def autosave_interval_s() -> int:
    """Seconds between autosaves as the autosave timer reads them (0: off), at most AUTOSAVE_MAX."""
    return min(AUTOSAVE_MAX, round(autosave_interval_ms() / 1000))


def default_paper() -> str:
    """The paper the Export dialog starts with: a name of PAPER_NAMES or a custom ``WxHmm``."""
    return paper_setting(app_settings().value(PAPER_KEY))


def default_template() -> str:
    """The template the New Map dialog starts on."""
    value = str(app_settings().value(TEMPLATE_KEY, TEMPLATE_DEFAULT))
    return value if value in _template_ids() else TEMPLATE_DEFAULT


def paper_label(name: str) -> str:
    """``A1 (594 × 841 mm)``: the name and the portrait size, numbers as the locale writes them."""
    from ...export.options import PAPER_MM

    locale = QLocale()
    locale.setNumberOptions(QLocale.OmitGroupSeparator)  # 1189 mm, as paper sizes are written
    w, h = (locale.toString(v) for v in PAPER_MM[name])
    return fill(tr("%1 (%2 × %3 mm)"), name[:1].upper() + name[1:], w, h)


class PreferencesDialog(QDialog):
    """Edits the five preferences; OK writes them, Cancel forgets."""

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
        self.autosave.setRange(0, AUTOSAVE_MAX)
        self.autosave.setSuffix(tr(" seconds"))
        self.autosave.setSpecialValueText(tr("Off"))  # shown for 0
        self.autosave.setValue(autosave_interval_s())
        self.autosave.setToolTip(tr("How often a copy of every changed map is kept, so a crash loses at most this much work"))

        self.paper = QComboBox()
        for name in _paper_names():
            self.paper.addItem(paper_label(name), name)
        current = default_paper()
        if self.paper.findData(current) < 0:  # a custom size chosen in the Export dialog is kept
            self.paper.addItem(current, current)
        self.paper.setCurrentIndex(max(0, self.paper.findData(current)))
        self.paper.setToolTip(tr("The paper size the Export dialog starts with"))

        from ...templates import list_templates

        self.template = QComboBox()
        for info in list_templates(language.interface_language()):
            self.template.addItem(info.name, info.id)
        self.template.setCurrentIndex(max(0, self.template.findData(default_template())))
        self.template.setToolTip(tr("The template chosen first in New from Template"))

        self.author = QLineEdit(author_name())
        self.author.setMaxLength(100)
        self.author.setToolTip(tr("The name your comments are signed with"))

        form = QFormLayout()
        form.addRow(tr("Language"), self.language)
        form.addRow("", self.language_note)
        form.addRow(tr("Autosave every"), self.autosave)
        form.addRow(tr("Export paper size"), self.paper)
        form.addRow(tr("New map template"), self.template)
        form.addRow(tr("Author name"), self.author)
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
        self.author.setText(os_user_name())

    def accept(self) -> None:
        s = app_settings()
        language.set_language_choice(self.language.currentData())
        s.setValue(AUTOSAVE_KEY, self.autosave.value())
        s.setValue(PAPER_KEY, self.paper.currentData())
        s.setValue(TEMPLATE_KEY, self.template.currentData())
        s.setValue(AUTHOR_KEY, self.author.text().strip())
        s.sync()
        super().accept()
