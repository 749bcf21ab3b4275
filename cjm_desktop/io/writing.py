"""Saving a map: the bytes of a .cjm file, written atomically, and why a save failed.

The bytes are UTF-8 JSON with a two-space indent, keys in model field order,
NFC text and a trailing newline. :func:`write_cjm` goes through a temp file in
the same folder (fsync, ``os.replace``); a failure raises a
:class:`~cjm_desktop.io.errors.CjmSaveError` saying what to do, and the old
file is left whole.
"""

from __future__ import annotations

import errno
import logging
import os
import unicodedata
from pathlib import Path
from typing import Optional, Union

import pydantic_core

from ..message import PLACED, Message, followed, placed
from ..model import JourneyMap, integrity_problems, used_images
from ..model.states import canonical
from . import migrations, texts
from .atomic import atomic_write_bytes
from .cjm_file import FORMAT_NAME, CjmFileFormat
from .errors import CjmLoadError, CjmSaveError
from .platform import MAX_PATH_CHARS, FileInUseError, PathTooLongError, ReservedNameError
from .view_state import ViewState

log = logging.getLogger(__name__)


def _broken_map(detail: Union[str, Message]) -> CjmSaveError:
    return CjmSaveError(Message(texts.SAVE_BROKEN_MAP, detail))


def dumps_cjm(journey_map: JourneyMap, view: Optional[ViewState] = None) -> bytes:
    """The bytes of a .cjm file: UTF-8, two-space indent, keys in model field
    order, non-ASCII kept as is, NFC text, trailing newline. The current state
    is written in the map's own fields whichever state the map shows
    (:mod:`cjm_desktop.model.states`).

    Raises
    ------
    CjmSaveError
        The map breaks its own integrity rules (it would not load again) or
        holds text that cannot be written as UTF-8.
    """
    from .reading import loads_cjm

    journey_map = _without_unused_images(canonical(journey_map))  # the current state in the own fields
    problems = integrity_problems(journey_map)
    if problems:
        first = problems[0]
        placed_first = isinstance(first, Message) and first.template == PLACED
        raise _broken_map(placed(f"map.{first.args[0]}", first.args[1]) if placed_first else f"map.{first}")
    envelope = CjmFileFormat.model_construct(
        format=FORMAT_NAME,
        version=migrations.FORMAT_VERSION,
        map=journey_map,
        view=view if view is not None else ViewState(),
    )
    try:
        # ``conflicts`` only when a merge left some: a map without them keeps its text
        skip = None if journey_map.conflicts else {"map": {"conflicts"}}
        raw_text = envelope.model_dump_json(indent=2, exclude=skip)
        # A list mutated in place (tags.append) skips the NFC validator: the
        # whole text is normalised here. JSON syntax is ASCII and composes
        # with nothing, so this only touches string contents.
        text = unicodedata.normalize("NFC", raw_text)
        data = (text + "\n").encode("utf-8")
    except (pydantic_core.PydanticSerializationError, UnicodeEncodeError, ValueError) as exc:
        raise CjmSaveError(Message(texts.SAVE_UNWRITABLE, exc)) from exc
    if text != raw_text:
        # Normalising changed some text that skipped validation: make sure the
        # file still opens (NFC can lengthen text past a size cap).
        try:
            loads_cjm(data, "map")
        except CjmLoadError as exc:
            raise _broken_map(str(exc).removeprefix("map: ")) from None
    return data


def _without_unused_images(journey_map: JourneyMap) -> JourneyMap:
    """The map with only the pictures it shows, by id (an undone edit may have
    left one in the table: kept while editing, dropped on save)."""
    table = journey_map.images
    if not table:
        return journey_map
    used = used_images(journey_map)
    kept = {ref: table[ref] for ref in sorted(table) if ref in used}
    if list(kept) == list(table):
        return journey_map
    return journey_map.model_copy(update={"images": kept})


#: errno -> the template saying why and what to do (``%1`` is the folder).
_SAVE_REASONS = {
    errno.EACCES: texts.SAVE_DENIED,
    errno.EPERM: texts.SAVE_DENIED,
    errno.ENOSPC: texts.SAVE_DISK_FULL,
    getattr(errno, "EDQUOT", errno.ENOSPC): texts.SAVE_DISK_FULL,
    errno.EROFS: texts.SAVE_READ_ONLY_FOLDER,
    errno.ENOENT: texts.SAVE_NO_FOLDER,
    errno.ENOTDIR: texts.SAVE_NOT_FOLDER,
    errno.ENAMETOOLONG: texts.SAVE_NAME_TOO_LONG,
    errno.EISDIR: texts.SAVE_IS_FOLDER,
}


def save_failure(path: Path, exc: OSError, existed: bool) -> CjmSaveError:
    """``name: cannot save: <why>; <what to do>`` for an OS error while saving ``path``."""
    if isinstance(exc, FileInUseError):
        why = Message(texts.SAVE_IN_USE)
    elif isinstance(exc, ReservedNameError):
        why = Message(texts.SAVE_RESERVED_NAME, path.name)
    elif isinstance(exc, PathTooLongError):
        why = Message(texts.SAVE_PATH_TOO_LONG, exc.length, MAX_PATH_CHARS)
    else:
        template = _SAVE_REASONS.get(exc.errno)
        why = Message(template, path.parent) if template else Message(texts.SAVE_OTHER, exc.strerror or exc)
    if existed:
        why = followed(why, Message(texts.KEPT))
    return CjmSaveError(placed(path.name, why))


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
        raise save_failure(path, IsADirectoryError(errno.EISDIR, "is a folder"), False)
    if existed and not os.stat(path).st_mode & 0o222:
        # Replacing by rename would succeed in a writable folder (and always as
        # root): the read-only mark is the user's "do not change this file".
        raise CjmSaveError(placed(path.name, Message(texts.SAVE_READ_ONLY_FILE)))
    try:
        atomic_write_bytes(path, data)
    except OSError as exc:
        raise save_failure(path, exc, existed) from exc
    log.debug("saved %s (%d bytes)", path, len(data))
    return data
