"""The one exception family of the .cjm reader and writer.

Every error a user can meet while opening or saving a map is a
:class:`CjmError` whose ``str()`` is ONE line naming the file and the place in
it, e.g. ``salon.cjm: map.cards[12].stage_id: no stage with id "..."``. The CLI
prints that line on stderr; the window translates its :attr:`CjmError.text`
(a :class:`~cjm_desktop.message.Message`: templates from
:mod:`cjm_desktop.io.texts` and their arguments). Neither shows a traceback.
"""

from __future__ import annotations

from typing import Any, Union

from ..message import Message


class CjmError(Exception):
    """A .cjm file could not be read or written; ``str(err)`` is one line.

    ``CjmError(template, *args)`` or ``CjmError(message)``; :attr:`text` keeps
    the template and its arguments for translation.
    """

    def __init__(self, message: Union[str, Message], *args: Any) -> None:
        text = Message(message, *args) if args else message
        # One line, whatever the caller passed in.
        super().__init__(" ".join(str(text).splitlines()))
        self.text = text

    @property
    def message(self) -> str:
        return str(self.args[0])


class CjmLoadError(CjmError):
    """A file is not a readable .cjm map (missing, too big, not JSON, invalid ...)."""


class UnsupportedFormatVersionError(CjmLoadError):
    """The file was written by a newer cjm-desktop than this one."""

    def __init__(self, message: Union[str, Message], version: int, supported: int) -> None:
        super().__init__(message)
        self.version = version
        self.supported = supported


class CjmSaveError(CjmError):
    """Saving failed; the previous file on disk is left whole."""


class FileChangedOnDiskError(CjmSaveError):
    """The file on disk changed since it was opened or last saved here; saving
    would overwrite someone else's work. Reload, or save again on purpose
    (``overwrite=True``)."""
