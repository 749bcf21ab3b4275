"""The ``.cjm`` file format: UTF-8 JSON a person can read and diff.

::

    {
      "format": "cjm",
      "version": 4,
      "map": {...},   # cjm_desktop.model.JourneyMap, keys in field order
      "view": {...}   # ViewState: zoom, scroll ... never changes the map
    }

This module holds the two pydantic classes of a file; reading (with its
checks) is :mod:`cjm_desktop.io.reading` over :mod:`cjm_desktop.io.decoding`,
saving is :mod:`cjm_desktop.io.writing`.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ..model import JourneyMap
from .view_state import ViewState

FORMAT_NAME = "cjm"


class CjmFile(BaseModel):
    """What a .cjm file holds once read: the map and the per-user view."""

    model_config = ConfigDict(validate_assignment=True)

    map: JourneyMap
    view: ViewState = Field(default_factory=ViewState)


class CjmFileFormat(BaseModel):
    """The whole file as written (also the source of the JSON Schema)."""

    model_config = ConfigDict(
        extra="forbid",
        title="cjm file (format version 4)",
        json_schema_extra={"description": "A customer journey map saved by cjm-desktop."},
    )

    format: Literal["cjm"]
    version: Literal[4]
    map: JourneyMap
    view: ViewState = Field(default_factory=ViewState)
