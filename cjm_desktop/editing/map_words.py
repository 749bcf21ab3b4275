"""The default words new objects get, in the MAP's language, not the interface's.

A card named after its kind, "Stage 3", "Persona 2": these are written into
the map, so they follow ``JourneyMap.language`` (a Vietnamese map gets
Vietnamese words in an English interface, and the other way round). The
texts are the interface's own (marked for translation where they are
defined); this module looks them up in the translation file of the map's
language, loaded once, instead of the one the interface speaks.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from typing import Optional

from PySide6.QtCore import QTranslator

from ..i18n import CONTEXT
from ..resources import resource

log = logging.getLogger(__name__)

#: The translation file of each map language; English is the source language.
_FILES = {"vi": "cjm_desktop_vi.qm"}


@lru_cache(maxsize=None)
def _translator(language: str) -> Optional[QTranslator]:
    name = _FILES.get(language)
    if name is None:
        return None
    translator = QTranslator()
    if not translator.load(str(resource("translations", name))):
        log.warning("no %s translation for map words: they stay English", language)
        return None
    return translator


def in_map_language(text: str, language: str, context: str = CONTEXT) -> str:
    """``text`` (an English source text of ``context``) in the map's ``language``."""
    translator = _translator(language)
    if translator is None:
        return text
    return translator.translate(context, text) or text
