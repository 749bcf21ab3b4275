"""Reading and writing ``.cjm`` files: UTF-8 JSON a person can read and diff.

::

    {
      "format": "cjm",
      "version": 1,
      "map": {...},   # cjm_desktop.model.JourneyMap, keys in field order
      "view": {...}   # ViewState: zoom, scroll ... never changes the map
    }

Loading checks, in order: size (before reading), encoding, JSON syntax and
depth, top-level type, ``format`` and ``version``, migrations, then the model.
Each failure is a :class:`~cjm_desktop.io.errors.CjmError` with one line.
Saving is atomic: a temp file in the same folder, fsync, ``os.replace``.
"""

from __future__ import annotations

import errno
import logging
import os
import stat
import unicodedata
from pathlib import Path
from typing import Any, Literal, Optional, Union

import pydantic_core
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..model import LIMITS, JourneyMap, integrity_problems
from . import migrations
from .atomic import atomic_write_bytes
from .errors import CjmLoadError, CjmSaveError, UnsupportedFormatVersionError
from .messages import describe, describe_validation_error, place
from .view_state import ViewState

log = logging.getLogger(__name__)

FORMAT_NAME = "cjm"
_TOP_LEVEL_KEYS = ("format", "version", "map", "view")
_UTF8_BOM = b"\xef\xbb\xbf"


class CjmFile(BaseModel):
    """What a .cjm file holds once read: the map and the per-user view."""

    model_config = ConfigDict(validate_assignment=True)

    map: JourneyMap
    view: ViewState = Field(default_factory=ViewState)


class CjmFileFormat(BaseModel):
    """The whole file as written (also the source of the JSON Schema)."""

    model_config = ConfigDict(
        extra="forbid",
        title="cjm file (format version 1)",
        json_schema_extra={"description": "A customer journey map saved by cjm-desktop."},
    )

    format: Literal["cjm"]
    version: Literal[1]
    map: JourneyMap
    view: ViewState = Field(default_factory=ViewState)


# -- sizes --------------------------------------------------------------------


def human_size(size: int) -> str:
    """``2147483648`` -> ``"2.0 GB"``, ``67108864`` -> ``"64 MB"``."""
    for unit, factor in (("GB", 1024**3), ("MB", 1024**2), ("KB", 1024)):
        if size >= factor:
            value = size / factor
            return f"{value:.0f} {unit}" if value == int(value) else f"{value:.1f} {unit}"
    return f"{size} bytes"


def _too_large(name: str, size: int) -> CjmLoadError:
    return CjmLoadError(
        f"{name}: the file is {human_size(size)}; a .cjm map is at most "
        f"{human_size(LIMITS.max_file_bytes)} - is this the right file?"
    )


# -- saving -------------------------------------------------------------------


def dumps_cjm(journey_map: JourneyMap, view: Optional[ViewState] = None) -> bytes:
    """The bytes of a .cjm file: UTF-8, two-space indent, keys in model field
    order, non-ASCII kept as is, NFC text, trailing newline.

    Raises
    ------
    CjmSaveError
        The map breaks its own integrity rules (it would not load again) or
        holds text that cannot be written as UTF-8.
    """
    problems = integrity_problems(journey_map)
    if problems:
        raise CjmSaveError(
            f"cannot save: map.{problems[0]} (the file would not open again; "
            "undo the last change and save, and please report this bug)"
        )
    envelope = CjmFileFormat.model_construct(
        format=FORMAT_NAME,
        version=migrations.FORMAT_VERSION,
        map=journey_map,
        view=view if view is not None else ViewState(),
    )
    try:
        raw_text = envelope.model_dump_json(indent=2)
        # A list mutated in place (tags.append) skips the NFC validator: the
        # whole text is normalised here. JSON syntax is ASCII and composes
        # with nothing, so this only touches string contents.
        text = unicodedata.normalize("NFC", raw_text)
        data = (text + "\n").encode("utf-8")
    except (pydantic_core.PydanticSerializationError, UnicodeEncodeError, ValueError) as exc:
        raise CjmSaveError(
            f"cannot save: the map holds something that cannot be written ({exc}); "
            "please report this bug"
        ) from exc
    if text != raw_text:
        # Normalising changed some text that skipped validation: make sure the
        # file still opens (NFC can lengthen text past a size cap).
        try:
            loads_cjm(data, "map")
        except CjmLoadError as exc:
            detail = str(exc).removeprefix("map: ")
            raise CjmSaveError(
                f"cannot save: {detail} (the file would not open again; "
                "undo the last change and save, and please report this bug)"
            ) from None
    return data


def _save_failure(path: Path, exc: OSError, existed: bool) -> CjmSaveError:
    folder = path.parent
    kept = " (the previous version of the file is unchanged)" if existed else ""
    code = exc.errno
    if code in (errno.EACCES, errno.EPERM):
        why = f"permission denied in {folder}; choose another folder or Save As"
    elif code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        why = "the disk is full; free some space, or Save As on another drive"
    elif code == errno.EROFS:
        why = f"{folder} is read-only; choose another folder or Save As"
    elif code == errno.ENOENT:
        why = f"the folder {folder} no longer exists; choose another folder or Save As"
    elif code == errno.ENOTDIR:
        why = f"{folder} is not a folder (a file has that name); choose another folder or Save As"
    elif code == errno.ENAMETOOLONG:
        why = "the file name is too long; Save As with a shorter name"
    elif code == errno.EISDIR:
        why = "a folder has that name; Save As with another name"
    else:
        why = f"{exc.strerror or exc}; try Save As in another folder"
    return CjmSaveError(f"{path.name}: cannot save: {why}{kept}")


def write_cjm(
    path: Union[str, os.PathLike], journey_map: JourneyMap, view: Optional[ViewState] = None
) -> bytes:
    """Save atomically: the file on disk is either the old one or the new one.
    Returns the bytes written.

    The bytes go to a temp file in the same folder, which is flushed and
    fsynced, then renamed over ``path`` (``os.replace``); the folder is fsynced
    so the rename survives a power cut. On failure the temp file is removed,
    the old file is left whole and :class:`CjmSaveError` says why and what to do.
    """
    path = Path(path)
    if path.is_symlink():  # save through the link, keep the link
        path = Path(os.path.realpath(path))
    data = dumps_cjm(journey_map, view)
    existed = path.exists()
    if path.is_dir():
        raise _save_failure(path, IsADirectoryError(errno.EISDIR, "is a folder"), False)
    if existed and not os.stat(path).st_mode & 0o222:
        # Replacing by rename would succeed in a writable folder (and always as
        # root): the read-only mark is the user's "do not change this file".
        raise CjmSaveError(
            f"{path.name}: cannot save: the file is read-only; Save As under another name, "
            "or make the file writable (the file is unchanged)"
        )
    try:
        atomic_write_bytes(path, data)
    except OSError as exc:
        raise _save_failure(path, exc, existed) from exc
    log.debug("saved %s (%d bytes)", path, len(data))
    return data


# -- loading ------------------------------------------------------------------


def _looks_utf16(data: bytes) -> bool:
    """A UTF-16 BOM, or (no BOM) NUL bytes at every other position of ASCII text."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    head = data[:200]
    if len(head) < 4:
        return False
    even, odd = head[0::2], head[1::2]
    return (even.count(0) == 0 and odd.count(0) >= 0.9 * len(odd)) or (
        odd.count(0) == 0 and even.count(0) >= 0.9 * len(even)
    )


def _looks_utf32(data: bytes) -> bool:
    """A UTF-32 BOM, or three NUL bytes out of every four of ASCII text."""
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return True
    head = data[: len(data[:400]) // 4 * 4]
    if len(head) < 8:
        return False
    quads = [head[i:i + 4] for i in range(0, len(head), 4)]
    little = sum(q[0] != 0 and q[1:] == b"\0\0\0" for q in quads)
    big = sum(q[:3] == b"\0\0\0" and q[3] != 0 for q in quads)
    return max(little, big) >= 0.9 * len(quads)


def _looks_binary(data: bytes) -> bool:
    sample = data[:4096].decode("utf-8", errors="replace")
    odd = sum(ch == "\ufffd" or (ch < " " and ch not in "\t\n\r") for ch in sample)
    return odd > 0.25 * len(sample)


_RESTORE_HINT = "restore an earlier copy (cjm-desktop keeps some: File > Restore Backup…)"


def _line_column(data: bytes, offset: int) -> tuple[int, int]:
    """1-based line and character column of a byte offset."""
    line = data.count(b"\n", 0, offset) + 1
    line_start = data.rfind(b"\n", 0, offset) + 1
    return line, len(data[line_start:offset].decode("utf-8", errors="replace")) + 1


def _check_zero_bytes(data: bytes, name: str) -> None:
    """NUL bytes: a file a crash left unwritten (zeros), damaged text, or binary data."""
    if b"\x00" not in data:
        return
    text = data.replace(b"\x00", b"")
    if not text.strip():
        raise CjmLoadError(
            f"{name}: the file holds only zero bytes ({human_size(len(data))}); it was never "
            f"completely written - {_RESTORE_HINT}"
        )
    if text.lstrip()[:1] in (b"{", b"[") and not _looks_binary(text):
        line, column = _line_column(data, data.index(b"\x00"))
        raise CjmLoadError(
            f"{name}: line {line}, column {column}: the file is damaged (zero bytes in the "
            f"middle of the text, as a crash can leave) - {_RESTORE_HINT}"
        )
    raise CjmLoadError(f"{name}: the file holds binary data, not a .cjm map (UTF-8 JSON text)")


def _not_utf8(data: bytes, name: str, exc: UnicodeDecodeError) -> CjmLoadError:
    """Tell an 8-bit file (Latin-1, Windows-1258 ...) from a damaged or cut UTF-8 one."""
    line, column = _line_column(data, exc.start)
    if exc.end == len(data) and "end of data" in str(exc.reason):
        return CjmLoadError(
            f"{name}: line {line}, column {column}: the file ends too early, in the middle of a "
            "character - was a save interrupted or the file cut short?"
        )
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(ch >= "\x80" for ch in text) - bad  # characters written as valid UTF-8
    if good >= max(4, 4 * bad):
        return CjmLoadError(
            f"{name}: line {line}, column {column}: the file is damaged (byte 0x{data[exc.start]:02x} "
            f"is not valid UTF-8 here) - {_RESTORE_HINT}"
        )
    return CjmLoadError(
        f"{name}: line {line}, column {column}: byte 0x{data[exc.start]:02x} is not UTF-8 text; "
        "save the file again as UTF-8"
    )


def _decode(data: bytes, name: str) -> str:
    if not data:
        raise CjmLoadError(
            f"{name}: the file is empty (0 bytes); it holds no map - was a save interrupted?"
        )
    if data.startswith(_UTF8_BOM):  # Notepad and other Windows editors add one
        data = data[len(_UTF8_BOM):]
        if not data.strip():
            raise CjmLoadError(f"{name}: the file is empty; it holds no map")
    if _looks_utf32(data):
        raise CjmLoadError(
            f"{name}: the file is UTF-32 text; a .cjm map must be UTF-8 - save it again as UTF-8"
        )
    if _looks_utf16(data):
        raise CjmLoadError(
            f"{name}: the file is UTF-16 text; a .cjm map must be UTF-8 - save it again as UTF-8"
        )
    _check_zero_bytes(data, name)
    if _looks_binary(data):
        raise CjmLoadError(f"{name}: the file holds binary data, not a .cjm map (UTF-8 JSON text)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _not_utf8(data, name, exc) from None


def _char_column(text: str, line: str, column: str) -> str:
    """The parser counts UTF-8 bytes; an editor counts characters."""
    try:
        row, col = int(line), int(column)
    except ValueError:
        return column
    lines = text.split("\n", row)
    if col <= 1 or row > len(lines):
        return column
    head = lines[row - 1].encode("utf-8")[: col - 1]
    return str(len(head.decode("utf-8", errors="ignore")) + 1)


def _parse_json(text: str, name: str) -> Any:
    try:
        return pydantic_core.from_json(text, allow_inf_nan=False)
    except ValueError as exc:
        message = str(exc)
        where = ""
        head, sep, tail = message.rpartition(" at line ")
        if sep:
            line, _, column = tail.partition(" column ")
            where = f"line {line}, column {_char_column(text, line, column)}: "
            message = head
        if "recursion limit" in message:
            message = f"nested too deeply (more than {LIMITS.max_json_depth} levels)"
        elif message.startswith("EOF while parsing"):
            message = "the file ends too early (" + message + ")"
        raise CjmLoadError(f"{name}: {where}not valid JSON: {message}") from None


def _depth_exceeds(value: Any, limit: int) -> bool:
    """Breadth-first, level by level: ~5 ms for a 5,000-card map."""
    level = [value]
    depth = 1
    while level:
        if depth > limit:
            return True
        below = []
        for node in level:
            for child in node.values() if type(node) is dict else node:
                kind = type(child)
                if kind is dict or kind is list:
                    below.append(child)
        level = below
        depth += 1
    return False


def _deep_place(value: Any, limit: int) -> str:
    """Where the nesting first passes ``limit`` (only called on failure)."""
    loc: list = []
    node = value
    for _ in range(limit):
        items = node.items() if isinstance(node, dict) else enumerate(node)
        for key, child in items:
            if isinstance(child, (dict, list)) and _depth_exceeds(child, limit - len(loc) - 1):
                loc.append(key)
                node = child
                break
        else:
            break
    shown = place("", loc[:5]) + ("[…]" if len(loc) > 5 else "")
    return shown or "top level"


def _check_depth(value: Any, name: str) -> None:
    """Refuse nesting past ``LIMITS.max_json_depth`` (a .cjm map needs ~6 levels)."""
    limit = LIMITS.max_json_depth
    if isinstance(value, (dict, list)) and _depth_exceeds(value, limit):
        raise CjmLoadError(
            f"{name}: {_deep_place(value, limit)}: nested too deeply (more than {limit} levels)"
        )


def _check_header(raw: Any, name: str) -> int:
    if not isinstance(raw, dict):
        raise CjmLoadError(
            f'{name}: not a .cjm map: the file holds {describe(raw)}, '
            'expected an object {"format": "cjm", "version": ..., "map": ...}'
        )
    if "format" not in raw:
        raise CjmLoadError(f'{name}: not a .cjm map: no "format" field (a .cjm file says "format": "cjm")')
    if raw["format"] != FORMAT_NAME:
        raise CjmLoadError(f'{name}: format: {describe(raw["format"])} is not "cjm"; this is not a .cjm map')
    if "version" not in raw:
        raise CjmLoadError(f'{name}: version: missing; a .cjm file says which format version it uses')
    version = raw["version"]
    if type(version) is not int:
        raise CjmLoadError(f"{name}: version: expected a whole number, found {describe(version)}")
    supported = migrations.FORMAT_VERSION
    if version > supported:
        raise UnsupportedFormatVersionError(
            f"{name}: made by a newer cjm-desktop (format version {version}); "
            f"this version reads up to {supported} - update cjm-desktop",
            version=version,
            supported=supported,
        )
    if version < 1:
        raise CjmLoadError(f"{name}: version: {version} is not a format version (the first is 1)")
    return version


def _validate(raw: dict, name: str) -> CjmFile:
    for key in raw:
        if key not in _TOP_LEVEL_KEYS:
            raise CjmLoadError(f"{name}: {place('', (key,))}: unknown top-level field (not part of the .cjm format)")
    if "map" not in raw:
        raise CjmLoadError(f'{name}: map: missing; a .cjm file holds its map under "map"')
    try:
        journey_map = JourneyMap.model_validate(raw["map"])
    except ValidationError as exc:
        raise CjmLoadError(f"{name}: {describe_validation_error(exc, 'map')}") from None
    try:
        view = ViewState.model_validate(raw.get("view", {}))
    except ValidationError as exc:
        # The view (zoom, scroll) never changes the map: a damaged one must not
        # cost the user their map, so it falls back to the defaults.
        log.warning("%s: %s; using the default view", name, describe_validation_error(exc, "view"))
        view = ViewState()
    return CjmFile(map=journey_map, view=view)


def loads_cjm(data: bytes, name: str = "map.cjm") -> CjmFile:
    """Read a .cjm file from its bytes; ``name`` starts every error line.

    Raises
    ------
    CjmLoadError
        With one line naming the place: size, encoding, JSON, format,
        version (:class:`UnsupportedFormatVersionError`), or the model.
    """
    if len(data) > LIMITS.max_file_bytes:
        raise _too_large(name, len(data))
    try:
        text = _decode(data, name)
        raw = _parse_json(text, name)
        _check_depth(raw, name)
        version = _check_header(raw, name)
        if version != migrations.FORMAT_VERSION:
            raw = migrations.migrate(raw, name)
        return _validate(raw, name)
    except CjmLoadError:
        raise
    except (ValueError, TypeError, KeyError, IndexError, RecursionError, MemoryError) as exc:
        # A case the checks above missed: still one line, still a CjmLoadError.
        log.debug("unexpected load failure", exc_info=True)
        detail = " ".join(str(exc).split())[:160]
        raise CjmLoadError(
            f"{name}: cannot read this map ({type(exc).__name__}: {detail}); please report this bug"
        ) from exc


def read_cjm(path: Union[str, os.PathLike]) -> CjmFile:
    """Open a .cjm file. The size is checked (``stat``) before anything is read.

    Raises
    ------
    CjmLoadError
        One line naming the file and what is wrong with it.
    """
    path = Path(path)
    name = path.name or str(path)
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise CjmLoadError(f"{name}: is a folder, not a .cjm map")
        if not stat.S_ISREG(info.st_mode):
            raise CjmLoadError(f"{name}: is not a regular file")
        if info.st_size > LIMITS.max_file_bytes:
            raise _too_large(name, info.st_size)
        with open(path, "rb") as handle:
            data = handle.read(LIMITS.max_file_bytes + 1)  # it may have grown since stat
    except FileNotFoundError:
        raise CjmLoadError(f"{name}: no such file (looked in {path.parent.resolve()})") from None
    except PermissionError:
        raise CjmLoadError(f"{name}: cannot read the file: permission denied") from None
    except OSError as exc:
        raise CjmLoadError(f"{name}: cannot read the file: {exc.strerror or exc}") from None
    return loads_cjm(data, name)
