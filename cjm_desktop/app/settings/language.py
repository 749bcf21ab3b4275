"""Which language the interface speaks, and loading its translations.

The interface is English in the source and Vietnamese through
``resources/translations/cjm_desktop_vi.qm`` plus ``qtbase_vi.qm`` (Qt's own
words the app shows: standard buttons, text-field menus, file and colour
dialogs; Qt ships no Vietnamese). The choice is kept in the settings under
:data:`LANGUAGE_KEY`: ``auto`` (the default) follows the system's languages,
``vi`` or ``en`` force one. It is read once at start-up, so a change in
Preferences applies when the app starts again.

Dates and numbers follow the system locale when it speaks the interface
language (a vi_VN system keeps its formats), else the language's own
(``vi_VN``, ``en_US``).
"""

from __future__ import annotations

import logging
from typing import Optional

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from ...resources import resource
from .store import app_settings

log = logging.getLogger(__name__)

LANGUAGE_KEY = "ui/language"
AUTOMATIC = "auto"
#: Interface languages, the source language (English) last.
UI_LANGUAGES = ("vi", "en")
CHOICES = (AUTOMATIC, *UI_LANGUAGES)
#: Translation files per language, in resources/translations/.
TRANSLATIONS = {"vi": ("cjm_desktop_vi.qm", "qtbase_vi.qm"), "en": ()}

_installed: list[QTranslator] = []
_current: Optional[str] = None
_locale_before: Optional[QLocale] = None


def system_language(locale: Optional[QLocale] = None) -> str:
    """The first interface language among the system's preferred ones, else English."""
    locale = locale if locale is not None else QLocale.system()
    for name in locale.uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in UI_LANGUAGES:
            return code
    return "vi" if locale.language() == QLocale.Vietnamese else "en"


def language_choice() -> str:
    """What Preferences say: ``auto``, ``vi`` or ``en`` (anything else counts as ``auto``)."""
    value = str(app_settings().value(LANGUAGE_KEY, AUTOMATIC) or AUTOMATIC)
    return value if value in CHOICES else AUTOMATIC


def set_language_choice(choice: str) -> None:
    if choice not in CHOICES:
        raise ValueError(f"language choice must be one of {', '.join(CHOICES)}")
    app_settings().setValue(LANGUAGE_KEY, choice)


def resolve(choice: str, system: Optional[QLocale] = None) -> str:
    """The interface language for a Preferences choice on this system."""
    return choice if choice in UI_LANGUAGES else system_language(system)


def interface_language() -> str:
    """The language the interface speaks now (what :func:`install` chose),
    or, before it ran, what it would choose."""
    return _current if _current is not None else resolve(language_choice())


def locale_for(lang: str, system: Optional[QLocale] = None) -> QLocale:
    """Formats for dates and numbers in an interface speaking ``lang``."""
    system = system if system is not None else QLocale.system()
    if system_language(system) == lang and system.language() != QLocale.C:
        return system
    return QLocale(QLocale.Vietnamese, QLocale.Vietnam) if lang == "vi" else QLocale(QLocale.English, QLocale.UnitedStates)


def install(lang: Optional[str] = None, system: Optional[QLocale] = None) -> str:
    """Load the translations of ``lang`` (default: the Preferences choice) into
    the running application and make its locale the default one.

    Replaces what an earlier call installed. A missing or unreadable .qm is
    logged and leaves those words in English. Returns the language installed.
    """
    global _current, _locale_before
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QApplication before installing translations")
    lang = lang if lang in UI_LANGUAGES else resolve(language_choice(), system)
    uninstall()
    for name in TRANSLATIONS[lang]:
        translator = QTranslator(app)
        path = resource("translations", name)
        if translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            log.warning("could not load the translation %s; those words stay English", path)
    _locale_before = QLocale()
    QLocale.setDefault(locale_for(lang, system))
    _current = lang
    return lang


def uninstall() -> None:
    """Back to the source language (English) and the locale before :func:`install`."""
    global _current, _locale_before
    app = QCoreApplication.instance()
    while _installed:
        translator = _installed.pop()
        if app is not None:
            app.removeTranslator(translator)
        translator.deleteLater()
    if _locale_before is not None:
        QLocale.setDefault(_locale_before)
        _locale_before = None
    _current = None
