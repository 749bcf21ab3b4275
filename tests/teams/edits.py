"""Copies of a map edited as users edit them: through the document's commands."""

from __future__ import annotations

from typing import Callable

from cjm_desktop.commands import CjmDocument
from cjm_desktop.model import JourneyMap

Edit = Callable[[CjmDocument], object]  # builds one command on the document


def edited(base: JourneyMap, *edits: Edit) -> JourneyMap:
    """A copy of ``base`` with each edit's command pushed on a document, in turn."""
    doc = CjmDocument(base.model_copy(deep=True))
    for edit in edits:
        doc.push(edit(doc))
    m = doc.map.model_copy(deep=True)
    doc.deleteLater()
    return m


def card(m: JourneyMap, title: str):
    return next(c for c in m.cards if c.title == title)
