"""The one exception family of the .cjm reader and writer.

Every error a user can meet while opening or saving a map is a
:class:`CjmError` whose ``str()`` is ONE line naming the file and the place in
it, e.g. ``salon.cjm: map.cards[12].stage_id: no stage with id "..."``. The GUI
shows that line in a message box, the CLI prints it on stderr; neither ever
shows a traceback.
"""

from __future__ import annotations


class CjmError(Exception):
    """A .cjm file could not be read or written; ``str(err)`` is one line."""

    def __init__(self, message: str) -> None:
        # One line, whatever the caller passed in.
        super().__init__(" ".join(str(message).splitlines()))

    @property
    def message(self) -> str:
        return str(self.args[0])


class CjmLoadError(CjmError):
    """A file is not a readable .cjm map (missing, too big, not JSON, invalid ...)."""


class UnsupportedFormatVersionError(CjmLoadError):
    """The file was written by a newer cjm-desktop than this one."""

    def __init__(self, message: str, version: int, supported: int) -> None:
        super().__init__(message)
        self.version = version
        self.supported = supported


class CjmSaveError(CjmError):
    """Saving failed; the previous file on disk is left whole."""


class FileChangedOnDiskError(CjmSaveError):
    """The file on disk changed since it was opened or last saved here; saving
    would overwrite someone else's work. Reload, or save again on purpose
    (``overwrite=True``)."""
