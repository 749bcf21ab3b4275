"""The English templates of every file error the reader and writer raise.

Each is written ONCE, here: io fills it (:class:`~cjm_desktop.message.Message`)
for the CLI's English line, and the window translates the same template (the
Vietnamese is in ``resources/translations/cjm_desktop_vi.ts``; lupdate finds
the :func:`QT_TR_NOOP` marks). ``%1``, ``%2`` ... are the arguments.
What follows ``"<file name>: "`` unless noted.
"""

from __future__ import annotations

from ..message import QT_TR_NOOP
from ..model.fields import TEXT_TOO_LONG  # the model's own NFC check says it too

# -- opening ------------------------------------------------------------------
NO_SUCH_FILE = QT_TR_NOOP("no such file (looked in %1)")
READ_DENIED = QT_TR_NOOP("cannot read the file: permission denied")
CANNOT_READ = QT_TR_NOOP("cannot read the file: %1")
IS_FOLDER = QT_TR_NOOP("is a folder, not a .cjm map")
NOT_REGULAR = QT_TR_NOOP("is not a regular file")
TOO_LARGE = QT_TR_NOOP("the file is %1; a .cjm map is at most %2 - is this the right file?")

# -- bytes and encoding ---------------------------------------------------------
EMPTY_FILE = QT_TR_NOOP("the file is empty (0 bytes); it holds no map - was a save interrupted?")
EMPTY = QT_TR_NOOP("the file is empty; it holds no map")
NOT_UTF8_FILE = QT_TR_NOOP("the file is %1 text; a .cjm map must be UTF-8 - save it again as UTF-8")
BINARY = QT_TR_NOOP("the file holds binary data, not a .cjm map (UTF-8 JSON text)")
ZERO_BYTES = QT_TR_NOOP("the file holds only zero bytes (%1); it was never completely written")
ZEROS_INSIDE = QT_TR_NOOP(
    "line %1, column %2: the file is damaged (zero bytes in the middle of the text, as a crash can leave)")
BAD_BYTE = QT_TR_NOOP("line %1, column %2: byte %3 is not UTF-8 text; save the file again as UTF-8")
DAMAGED_BYTE = QT_TR_NOOP("line %1, column %2: the file is damaged (byte %3 is not valid UTF-8 here)")
CUT_SHORT = QT_TR_NOOP("line %1, column %2: the file ends too early, in the middle of a character - "
                       "was a save interrupted or the file cut short?")
#: Follows a message about a damaged file.
RESTORE = QT_TR_NOOP(" - restore an earlier copy (cjm-desktop keeps some: File > Restore Backup…)")

# -- JSON and the header --------------------------------------------------------
JSON_AT = QT_TR_NOOP("line %1, column %2: not valid JSON: %3")
JSON = QT_TR_NOOP("not valid JSON: %1")
NOT_JSON_TEXT = QT_TR_NOOP("is not a cjm-desktop map: it is not a JSON text file")
TOO_DEEP = QT_TR_NOOP("%1: nested too deeply (more than %2 levels)")
NOT_OBJECT = QT_TR_NOOP(
    'not a .cjm map: the file holds %1, expected an object {"format": "cjm", "version": ..., "map": ...}')
NO_FORMAT = QT_TR_NOOP('not a .cjm map: no "format" field (a .cjm file says "format": "cjm")')
WRONG_FORMAT = QT_TR_NOOP('format: %1 is not "cjm"; this is not a .cjm map')
NO_VERSION = QT_TR_NOOP("version: missing; a .cjm file says which format version it uses")
VERSION_TYPE = QT_TR_NOOP("version: expected a whole number, found %1")
VERSION_LOW = QT_TR_NOOP("version: %1 is not a format version (the first is 1)")
NEWER = QT_TR_NOOP(
    "made by a newer cjm-desktop (format version %1); this version reads up to %2 - update cjm-desktop")
DUPLICATE_KEY = QT_TR_NOOP('%1: "%2" is written twice; each field may appear once - delete the wrong one')
UNKNOWN_TOP = QT_TR_NOOP("%1: unknown top-level field (not part of the .cjm format)")
NO_MAP = QT_TR_NOOP('map: missing; a .cjm file holds its map under "map"')
#: Follows the first problem of an invalid map.
MORE_ONE = QT_TR_NOOP(" (and %1 more problem)")
MORE = QT_TR_NOOP(" (and %1 more problems)")

# -- what is wrong with one value (after its place, ``map.cards[3].title: ``) ---------
MISSING = QT_TR_NOOP("missing (this field is required)")
UNKNOWN_FIELD = QT_TR_NOOP("unknown field (not part of the .cjm format)")
TOO_MANY = QT_TR_NOOP("too many %1: %2, at most %3")
NOT_COLOUR = QT_TR_NOOP('%1 is not a colour like "#3d5a80"')
WRONG_FORM = QT_TR_NOOP("%1 does not have the expected form")
NOT_TEXT = QT_TR_NOOP("expected text, found %1")
NOT_WHOLE = QT_TR_NOOP("expected a whole number, found %1")
NOT_NUMBER = QT_TR_NOOP("expected a number, found %1")
NOT_FINITE = QT_TR_NOOP("expected a finite number")
NOT_BOOL = QT_TR_NOOP("expected true or false, found %1")
NOT_LIST = QT_TR_NOOP("expected a list [...], found %1")
NOT_DICT = QT_TR_NOOP("expected an object {...}, found %1")
NOT_ALLOWED = QT_TR_NOOP("%1 is not allowed; expected %2")
TOO_SMALL = QT_TR_NOOP("%1 is too small; at least %2")
TOO_LARGE_VALUE = QT_TR_NOOP("%1 is too large; at most %2")
NOT_DATETIME = QT_TR_NOOP('%1 is not a date and time like "2024-05-01T09:00:00Z"')
NOT_DATE = QT_TR_NOOP('%1 is not a date like "2024-06-30"')

# -- upgrading an older format ------------------------------------------------------
NO_MIGRATION = QT_TR_NOOP(
    "version: cannot upgrade a format version %1 file (no migration to version %2); please report this bug")
MIGRATION_FAILED = QT_TR_NOOP("could not upgrade from format version %1 to %2: %3")
MIGRATION_NOT_MAP = QT_TR_NOOP("could not upgrade from format version %1; please report this bug")
UNEXPECTED = QT_TR_NOOP("cannot read this map (%1); please report this bug")

# -- saving -----------------------------------------------------------------------
#: Follows a "cannot save" message when the file existed.
KEPT = QT_TR_NOOP(" (the previous version of the file is unchanged)")
SAVE_DENIED = QT_TR_NOOP("cannot save: permission denied in %1; choose another folder or Save As")
SAVE_DISK_FULL = QT_TR_NOOP("cannot save: the disk is full; free some space, or Save As on another drive")
SAVE_READ_ONLY_FOLDER = QT_TR_NOOP("cannot save: %1 is read-only; choose another folder or Save As")
SAVE_NO_FOLDER = QT_TR_NOOP("cannot save: the folder %1 no longer exists; choose another folder or Save As")
SAVE_NOT_FOLDER = QT_TR_NOOP(
    "cannot save: %1 is not a folder (a file has that name); choose another folder or Save As")
SAVE_NAME_TOO_LONG = QT_TR_NOOP("cannot save: the file name is too long; Save As with a shorter name")
SAVE_IS_FOLDER = QT_TR_NOOP("cannot save: a folder has that name; Save As with another name")
SAVE_OTHER = QT_TR_NOOP("cannot save: %1; try Save As in another folder")
SAVE_IN_USE = QT_TR_NOOP("cannot save: the file is open in another program; close it there and save again")
SAVE_RESERVED_NAME = QT_TR_NOOP("cannot save: Windows cannot use the name %1; Save As with another name")
SAVE_PATH_TOO_LONG = QT_TR_NOOP(
    "cannot save: the path is %1 characters long, Windows allows %2; Save As with a shorter name or in a "
    "folder nearer the top of the drive")
SAVE_READ_ONLY_FILE = QT_TR_NOOP(
    "cannot save: the file is read-only; Save As under another name, or make the file writable "
    "(the file is unchanged)")
#: Whole lines (no file name): the map in memory is broken - a bug.
SAVE_BROKEN_MAP = QT_TR_NOOP(
    "cannot save: %1 (the file would not open again; undo the last change and save, and please report this bug)")
SAVE_UNWRITABLE = QT_TR_NOOP(
    "cannot save: the map holds something that cannot be written (%1); please report this bug")


def templates() -> list[str]:
    """Every template above (for the test that each has a translation)."""
    return [value for name, value in globals().items() if name.isupper() and isinstance(value, str)]
