"""Per-user view state saved beside the map: never changes the map itself."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, Strict, StrictBool, StringConstraints

from ..model.limits import LIMITS

#: The zoom range of the canvas (1.0: the printed size), shared by the view and the saved state.
ZOOM_MIN = 0.02
ZOOM_MAX = 4.0
SCROLL_LIMIT = 10_000_000.0


Zoom = Annotated[float, Strict(), Field(ge=ZOOM_MIN, le=ZOOM_MAX)]
Scroll = Annotated[float, Strict(), Field(ge=-SCROLL_LIMIT, le=SCROLL_LIMIT)]


class StateView(BaseModel):
    """Where a future state was last looked at (format version 4)."""

    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)

    zoom: Zoom = 1.0
    scroll_x: Scroll = 0.0
    scroll_y: Scroll = 0.0


class ViewState(BaseModel):
    """How the map was last looked at: zoom, scroll position, what is shown.

    Everything has a default, so a file without ``view`` opens at 100 % at the
    top-left corner. Scroll positions are scene coordinates in points (the
    units of :mod:`cjm_desktop.layout`) of the visible area's top-left corner;
    they are the current state's, and ``states`` holds each future state's.
    """

    model_config = ConfigDict(extra="forbid", validate_assignment=True, allow_inf_nan=False)

    zoom: Annotated[float, Strict()] = Field(default=1.0, ge=ZOOM_MIN, le=ZOOM_MAX)
    scroll_x: Annotated[float, Strict()] = Field(default=0.0, ge=-SCROLL_LIMIT, le=SCROLL_LIMIT)
    scroll_y: Annotated[float, Strict()] = Field(default=0.0, ge=-SCROLL_LIMIT, le=SCROLL_LIMIT)
    show_connectors: StrictBool = True
    show_emotions: StrictBool = True
    #: each future state's own zoom and scroll, by state id (the fields above are the current
    #: state's); written only when there are some
    states: dict[Annotated[str, StringConstraints(max_length=64)], StateView] = Field(
        default_factory=dict, max_length=LIMITS.max_states, exclude_if=lambda views: not views)
