"""Translating the interface: the one ``tr()`` every window and canvas module uses.

Qt's ``lupdate`` reads Python source and files a bare ``tr("...")`` call under
the *empty* context (it cannot know a module-level helper's context). So the
shared :func:`tr` translates in that same empty context: what lupdate extracts
is exactly what the running app looks up. Modules import it
(``from ..i18n import tr``) instead of defining their own; a test fails on a
module that defines another ``tr``.

Two named contexts remain, both marked with ``QT_TRANSLATE_NOOP`` so lupdate
sees them: ``Commands`` (undo texts, :mod:`cjm_desktop.commands`) and
``Labels`` (words for model values, :mod:`cjm_desktop.app.window.labels`).

Placeholders are Qt's ``%1``, ``%2`` ...; :func:`fill` puts values in, numbers
formatted for the current locale (``1.234`` in Vietnamese, ``1,234`` in
English). The language itself is chosen in :mod:`cjm_desktop.app.settings.language`.

This module imports QtCore only; the no-Qt layers (model, io, templates,
layout, export) never import it.
"""

from __future__ import annotations

import re
from typing import Optional

from PySide6.QtCore import QCoreApplication, QDate, QLocale

#: The context lupdate gives a bare ``tr()`` call in Python.
CONTEXT = ""

_PLACEHOLDER = re.compile(r"%([1-9])")


def tr(text: str, disambiguation: Optional[str] = None, n: int = -1) -> str:
    """``text`` in the interface language (the source text when untranslated).

    ``disambiguation`` tells apart two uses of the same English words that
    need different translations; lupdate records it as the message comment.
    """
    return QCoreApplication.translate(CONTEXT, text, disambiguation, n)


def number(value: int | float) -> str:
    """A count as the current locale writes it (grouping separators included)."""
    return QLocale().toString(value)


def fill(template: str, *values) -> str:
    """Put ``values`` into ``%1`` ... ``%9`` of ``template`` in one pass.

    Integers are written with :func:`number`; everything else with ``str``.
    A value containing ``%2`` is never substituted again.
    """

    def value(match: re.Match) -> str:
        i = int(match.group(1)) - 1
        if i >= len(values):
            return match.group(0)
        v = values[i]
        return number(v) if isinstance(v, int) and not isinstance(v, bool) else str(v)

    return _PLACEHOLDER.sub(value, template)


def count_text(one: str, many: str, n: int) -> str:
    """``one`` (already translated) for a single item, else ``many`` with ``%1`` = ``n``.

    English needs the two forms; Vietnamese words do not change with the
    number, so its translations of both read alike.
    """
    return one if n == 1 else fill(many, n)


_DAY = re.compile(r"(?<!d)d(?!d)")
_MONTH = re.compile(r"(?<!M)M(?!M)")
_SHORT_YEAR = re.compile(r"(?<!y)yy(?!y)")


def date_format() -> str:
    """The locale's short date format, with two-digit days and months and a
    four-digit year: ``dd/MM/yyyy`` in Vietnamese, ``MM/dd/yyyy`` in US English."""
    fmt = QLocale().dateFormat(QLocale.ShortFormat)
    return _SHORT_YEAR.sub("yyyy", _MONTH.sub("MM", _DAY.sub("dd", fmt)))


def local_date(day) -> str:
    """A ``datetime.date`` written in :func:`date_format`."""
    return QLocale().toString(QDate(day.year, day.month, day.day), date_format())


def percent(fraction: float) -> str:
    """``0.85`` -> ``85%`` in the locale's digits and percent sign."""
    locale = QLocale()
    return locale.toString(round(fraction * 100)) + locale.percent()
