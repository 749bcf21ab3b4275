"""Opening a map: every check a .cjm file passes, in order, each failure one line.

Loading checks, in order: size (before reading), encoding, JSON syntax and
depth, top-level type, ``format`` and ``version``, migrations, then the model
(:mod:`cjm_desktop.io.decoding` does the first ones). A well-formed current
file takes a fast path: pydantic validates it straight from the bytes, and
only a file that fails there goes through the checks one by one, which find
and name the problem - so both paths accept and refuse the same files.
"""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path
from typing import Any, Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field, StrictInt, ValidationError

from ..collection import collection_paused
from ..message import Message, placed
from ..model import LIMITS, JourneyMap
from . import migrations, texts
from .cjm_file import FORMAT_NAME, CjmFile
from .decoding import UTF8_BOM, check_depth, decode, failure, parse_json, too_large
from .duplicates import find_duplicate, surely_no_duplicates
from .errors import CjmLoadError, UnsupportedFormatVersionError
from .messages import describe, describe_validation_error, place
from .view_state import ViewState

log = logging.getLogger(__name__)

_TOP_LEVEL_KEYS = ("format", "version", "map", "view")


class _CurrentFile(BaseModel):
    """A file of the current version as the checks below accept it (the fast path)."""

    model_config = ConfigDict(extra="forbid")

    format: Literal["cjm"]
    version: StrictInt  # 1.0 and true are refused by the checks too
    map: JourneyMap
    view: ViewState = Field(default_factory=ViewState)


def _fast(data: bytes) -> Optional[CjmFile]:
    """The file read in one pass by pydantic, or None when anything is unusual."""
    if data.startswith(UTF8_BOM):
        return None
    try:
        whole = _CurrentFile.model_validate_json(data)
    except (ValidationError, ValueError):
        return None
    if not 1 <= whole.version <= migrations.FORMAT_VERSION or not migrations.reads_as_current(whole.version):
        return None
    if not surely_no_duplicates(data, whole):
        return None
    return CjmFile.model_construct(map=whole.map, view=whole.view)


def _check_header(raw: Any, name: str) -> int:
    if not isinstance(raw, dict):
        raise failure(name, texts.NOT_OBJECT, describe(raw))
    if "format" not in raw:
        raise failure(name, texts.NO_FORMAT)
    if raw["format"] != FORMAT_NAME:
        raise failure(name, texts.WRONG_FORMAT, describe(raw["format"]))
    if "version" not in raw:
        raise failure(name, texts.NO_VERSION)
    version = raw["version"]
    if type(version) is not int:
        raise failure(name, texts.VERSION_TYPE, describe(version))
    supported = migrations.FORMAT_VERSION
    if version > supported:
        raise UnsupportedFormatVersionError(
            placed(name, Message(texts.NEWER, str(version), str(supported))),
            version=version,
            supported=supported,
        )
    if version < 1:
        raise failure(name, texts.VERSION_LOW, str(version))
    return version


def _validate(raw: dict, name: str) -> CjmFile:
    for key in raw:
        if key not in _TOP_LEVEL_KEYS:
            raise failure(name, texts.UNKNOWN_TOP, place("", (key,)))
    if "map" not in raw:
        raise failure(name, texts.NO_MAP)
    try:
        journey_map = JourneyMap.model_validate(raw["map"])
    except ValidationError as exc:
        raise CjmLoadError(placed(name, describe_validation_error(exc, "map"))) from None
    try:
        view = ViewState.model_validate(raw.get("view", {}))
    except ValidationError as exc:
        # The view (zoom, scroll) never changes the map: a damaged one must not
        # cost the user their map, so it falls back to the defaults.
        log.warning("%s: %s; using the default view", name, describe_validation_error(exc, "view"))
        view = ViewState()
    return CjmFile(map=journey_map, view=view)


def _checked(data: bytes, name: str) -> CjmFile:
    """Check by check: the first failure raised, naming its place."""
    text = decode(data, name)
    raw = parse_json(text, name)
    check_depth(raw, name)
    _refuse_duplicates(text, name)
    version = _check_header(raw, name)
    if version != migrations.FORMAT_VERSION:
        raw = migrations.migrate(raw, name)
    return _validate(raw, name)


def _refuse_duplicates(text: str, name: str) -> None:
    try:
        found = find_duplicate(text)
    except (ValueError, RecursionError):  # what json cannot read, pydantic's parser did: no verdict
        return
    if found is not None:
        where, key = found
        raise failure(name, texts.DUPLICATE_KEY, place("", where) or "the file", key)


def loads_cjm(data: bytes, name: str = "map.cjm") -> CjmFile:
    """Read a .cjm file from its bytes; ``name`` starts every error line.

    Raises
    ------
    CjmLoadError
        With one line naming the place: size, encoding, JSON, format,
        version (:class:`UnsupportedFormatVersionError`), or the model.
    """
    if len(data) > LIMITS.max_file_bytes:
        raise too_large(name, len(data))
    try:
        with collection_paused():  # ~100,000 objects made, no cycle among them
            return _fast(data) or _checked(data, name)
    except CjmLoadError:
        raise
    except (ValueError, TypeError, KeyError, IndexError, RecursionError, MemoryError) as exc:
        # A case the checks above missed: still one line, still a CjmLoadError.
        log.debug("unexpected load failure", exc_info=True)
        detail = " ".join(str(exc).split())[:160]
        raise failure(name, texts.UNEXPECTED, f"{type(exc).__name__}: {detail}") from exc


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
            raise failure(name, texts.IS_FOLDER)
        if not stat.S_ISREG(info.st_mode):
            raise failure(name, texts.NOT_REGULAR)
        if info.st_size > LIMITS.max_file_bytes:
            raise too_large(name, info.st_size)
        with open(path, "rb") as handle:
            data = handle.read(LIMITS.max_file_bytes + 1)  # it may have grown since stat
    except FileNotFoundError:
        raise failure(name, texts.NO_SUCH_FILE, path.parent.resolve()) from None
    except PermissionError:
        raise failure(name, texts.READ_DENIED) from None
    except OSError as exc:
        raise failure(name, texts.CANNOT_READ, exc.strerror or exc) from None
    return loads_cjm(data, name)
