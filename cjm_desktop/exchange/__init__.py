"""Maps to and from the tools around them: Excel (.xlsx), CSV and Mermaid journeys (.mmd). No Qt.

::

    export_map(m, "plan.xlsx")            # or .csv, .mmd: the extension chooses
    import_map("interviews.xlsx", "vi")   # -> JourneyMap (a new, unsaved map)

Exports write atomically and raise :class:`~cjm_desktop.export.options.ExportError`;
imports read bounded and raise :class:`~.texts.ExchangeError` (a
:class:`~cjm_desktop.io.CjmLoadError`, one line). See docs/EXPORT.md.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Callable, Optional

from ..model import JourneyMap
from .texts import UNKNOWN_KIND, ExchangeError, problem

#: The extensions this package writes and reads.
EXPORTS = (".xlsx", ".csv", ".mmd")
IMPORTS = (".xlsx", ".csv", ".mmd")


def _writer(suffix: str) -> Callable:
    if suffix == ".xlsx":
        from .xlsx_write import export_xlsx
        return export_xlsx
    if suffix == ".csv":
        from .csv_io import export_csv
        return export_csv
    from .mermaid_write import export_mermaid
    return export_mermaid


def export_map(m: JourneyMap, path: str | os.PathLike) -> Path:
    """Write ``m`` in the format of ``path``'s extension (one of :data:`EXPORTS`)."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in EXPORTS:
        raise ValueError(f"not an exchange format: {suffix}")
    return _writer(suffix)(m, target)


def import_map(path: str | os.PathLike, language: Optional[str] = None) -> JourneyMap:
    """The map in the file at ``path`` (.xlsx, .csv or .mmd); ``language`` ("vi"/"en") or a guess."""
    source = Path(path)
    suffix = source.suffix.lower()
    if suffix == ".xlsx":
        from .xlsx_read import read_xlsx
        return read_xlsx(source, language)
    if suffix == ".csv":
        from .csv_io import read_csv
        return read_csv(source, language)
    if suffix in (".mmd", ".mermaid"):
        from .mermaid_read import read_mermaid
        return read_mermaid(source, language)
    raise problem(source.name or str(source), UNKNOWN_KIND)


__all__ = ["EXPORTS", "IMPORTS", "ExchangeError", "export_map", "import_map"]
