"""File errors in the interface language.

The .cjm reader and writer (:mod:`cjm_desktop.io`, no Qt) raise errors whose
``text`` is a :class:`~cjm_desktop.message.Message`: an English template of
:mod:`cjm_desktop.io.texts` (or of the model's integrity check) and its
arguments. The window translates each template with :func:`~cjm_desktop.i18n.tr`
and fills in the same arguments; the file name and the places in the file
(``map.cards[12].title``, the file's own field names) stay as written.
"""

from __future__ import annotations

from ...i18n import fill, tr
from ...message import Message


def translate_detail(text: str) -> str:
    """What is wrong with one value (an inspector field, a place in a file), translated when known."""
    return text.render(tr, fill) if isinstance(text, Message) else text


def translate_error(error: Exception) -> str:
    """A CjmError's one line in the interface language (as written when it has no template)."""
    text = getattr(error, "text", None)
    if not isinstance(text, Message):
        return str(error)
    return " ".join(translate_detail(text).splitlines())
