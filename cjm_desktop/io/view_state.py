"""Per-user view state saved beside the map: never changes the map itself."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

#: The zoom range of the canvas (1.0: the printed size), shared by the view and the saved state.
ZOOM_MIN = 0.02
ZOOM_MAX = 4.0
SCROLL_LIMIT = 10_000_000.0


class ViewState(BaseModel):
    """How the map was last looked at: zoom, scroll position, what is shown.

    Everything has a default, so a file without ``view`` opens at 100 % at the
    top-left corner. Scroll positions are scene coordinates in points (the
    units of :mod:`cjm_desktop.layout`) of the visible area's top-left corner.
    """

    model_config = ConfigDict(extra="forbid", validate_assignment=True, allow_inf_nan=False)

    zoom: float = Field(default=1.0, ge=ZOOM_MIN, le=ZOOM_MAX)
    scroll_x: float = Field(default=0.0, ge=-SCROLL_LIMIT, le=SCROLL_LIMIT)
    scroll_y: float = Field(default=0.0, ge=-SCROLL_LIMIT, le=SCROLL_LIMIT)
    show_connectors: bool = True
    show_emotions: bool = True
