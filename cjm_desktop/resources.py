"""Where the bundled resources (fonts, examples, schema, translations) live.

Works from a source checkout, an editable install, an installed wheel (the
build copies ``resources/`` to ``cjm_desktop/_resources``, see ``setup.py``)
and a PyInstaller bundle.
No Qt here.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """Return the folder holding ``fonts/``, ``examples/``, ``schema/`` ..."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    installed = Path(__file__).resolve().parent / "_resources"
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


FONT_REGULAR = "NotoSans-Regular.ttf"
FONT_BOLD = "NotoSans-Bold.ttf"


def font_path(bold: bool = False) -> Path:
    return resource("fonts", FONT_BOLD if bold else FONT_REGULAR)


def example_map_path() -> Path:
    return resource("examples", "salon-vi.cjm")
