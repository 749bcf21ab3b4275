"""Format versions and the migration registry.

``MIGRATIONS[n]`` turns the plain dict of a version-``n`` file into the dict
of a version ``n + 1`` file. When the format changes: bump
:data:`FORMAT_VERSION`, register the step here, commit a golden file for the
new version under ``tests/golden/vN/``, and regenerate the schema
(``python -m cjm_desktop.io.schema --write``). Old golden files stay: they
prove old files still open.

The functions run on plain dicts, before validation, so they never depend on
the current model classes.
"""

from __future__ import annotations

from typing import Any, Callable

from ..model.images import image_id

from ..message import Message, placed
from . import texts
from .errors import CjmLoadError

#: The version this cjm-desktop writes, and the newest it reads.
FORMAT_VERSION = 4

Migration = Callable[[dict[str, Any]], dict[str, Any]]


def _v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
    """Version 2 added ``map.conflicts`` (a merge's unresolved edits), empty by
    default: a version-1 file is a version-2 file without it."""
    return data


def _v2_to_v3(data: dict[str, Any]) -> dict[str, Any]:
    """Version 3 keeps every picture once in ``map.images`` (id -> data URI) and
    references it by id (``portrait``; new: a card's or a stage's ``image``,
    the map's ``logo``). A version-2 portrait was the data URI itself: it moves
    into the table under its content id. Anything else is left for validation
    to judge."""
    journey = data.get("map")
    if not isinstance(journey, dict) or not isinstance(journey.get("personas"), list):
        return data
    table: dict[str, Any] = {}
    for persona in journey["personas"]:
        if isinstance(persona, dict) and isinstance(persona.get("portrait"), str):
            ref = image_id(persona["portrait"])
            table[ref] = persona["portrait"]
            persona["portrait"] = ref
    if table:
        journey["images"] = table
    return data


def _v3_to_v4(data: dict[str, Any]) -> dict[str, Any]:
    """Version 4 added future states and the workshop's comments and dot votes:
    ``map.states`` (each with its own stages, lanes, cards, connectors and
    emotions) and ``map.state_name`` (the current state's name); ``comments`` on
    cards, stages and lanes, ``votes`` on cards and the map's ``workshop``
    settings. Each is written only when used, not empty or not default: a
    version-3 file is a version-4 file with one (current) state and none of them."""
    return data


#: version n -> function turning a version-n file dict into a version n+1 dict.
MIGRATIONS: dict[int, Migration] = {1: _v1_to_v2, 2: _v2_to_v3, 3: _v3_to_v4}

#: Steps that change nothing in a file the current model accepts as it is: 1 -> 2
#: only added an optional field; 2 -> 3 only rewrites portraits that are data
#: URIs, which the current model refuses (a URI is no image id), so such a file
#: fails the fast path and is migrated; 3 -> 4 only added optional fields.
_UNCHANGED = (_v1_to_v2, _v2_to_v3, _v3_to_v4)


def reads_as_current(version: int) -> bool:
    """A file of this version validates as the current model without migrating
    (every step from it is one of the steps that change nothing)."""
    return all(MIGRATIONS.get(v) in _UNCHANGED for v in range(version, FORMAT_VERSION))


def migrate(data: dict[str, Any], name: str) -> dict[str, Any]:
    """Apply the registered steps, in order, from ``data["version"]`` to the
    current :data:`FORMAT_VERSION` (read at call time).

    Raises
    ------
    CjmLoadError
        A step is missing or failed on this file.
    """
    version = data["version"]
    target = FORMAT_VERSION
    while version < target:
        step = MIGRATIONS.get(version)
        if step is None:
            raise CjmLoadError(placed(name, Message(texts.NO_MIGRATION, str(version), str(version + 1))))
        try:
            data = step(data)
        except Exception as exc:  # a malformed old file: report, never a traceback
            raise CjmLoadError(placed(name, Message(
                texts.MIGRATION_FAILED, str(version), str(version + 1), f"{type(exc).__name__}: {exc}"
            ))) from exc
        if not isinstance(data, dict):
            raise CjmLoadError(placed(name, Message(texts.MIGRATION_NOT_MAP, str(version))))
        version += 1
        data["version"] = version
    return data
