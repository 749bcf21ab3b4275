"""The Export dialog's data formats for other tools (an Excel workbook, the cards as CSV, a
Mermaid journey), written in the window's thread behind a wait cursor.

The data formats hold the whole map (every card, hint cards and hidden
connectors too: :mod:`cjm_desktop.exchange`), so the page, sheet, image and
title-block choices do not apply; the preview shows the map and says what the
file holds.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from ...export import ExportError
from ...model import states
from ...i18n import fill, tr
from .preview import scene_for_image
from .run import show_export_notice

if TYPE_CHECKING:  # pragma: no cover
    from .dialog import ExportDialog

# The dialog's format keys of the data formats (their extension without the dot).
DATA_FORMATS = ("xlsx", "csv", "mmd")


def format_texts() -> dict[str, tuple[str, str]]:
    """Format key -> (radio button text, what the file holds)."""
    return {
        "xlsx": (tr("Excel workbook"), tr("Sheets for the map, every card with all its fields, the action plan "
                                          "and the emotion scores; it can be imported again")),
        "csv": (tr("CSV table"), tr("Every card with all its fields, one per row (UTF-8, opens in Excel)")),
        "mmd": (tr("Mermaid journey"), tr("The stages, the customers' actions and the persona scores as a "
                                          "Mermaid journey diagram")),
    }


def file_filters() -> dict[str, str]:
    """Format key -> the save dialog's filter, e.g. ``Excel workbook (*.xlsx)``."""
    return {key: f"{name} (*.{key})" for key, (name, _tip) in format_texts().items()}


def chosen_state(d: "ExportDialog"):
    """The whole map showing the state chosen in the dialog (every card, hints too)."""
    return states.map_of_state(d.doc.map, d.state.currentData() or None)


def preview(d: "ExportDialog", fmt: str) -> None:
    """The preview shows the map; the summary counts what goes into the file."""
    m = chosen_state(d)
    d.preview.show_scene(scene_for_image(d.layout_geometry, None))
    d.summary.setText(fill(tr("%1 cards, %2 stages, %3 lanes"), str(len(m.cards)), str(len(m.stages)),
                           str(len(m.lanes))))
    d.detail.setText(format_texts()[fmt][1] + ".")


def export_data(d: "ExportDialog", target: Path, fmt: str) -> bool:
    """Write the whole map to ``target``; on success the dialog closes and the window shows the file."""
    from ...exchange import export_map

    m = chosen_state(d)
    QGuiApplication.setOverrideCursor(Qt.WaitCursor)
    try:
        export_map(m, target)
    except ExportError as exc:
        QGuiApplication.restoreOverrideCursor()
        d._show_error(str(exc))
        return False
    QGuiApplication.restoreOverrideCursor()
    d.result_path, d.result_summary = target, fill(tr("%1 cards, %2 stages, %3 lanes"), str(len(m.cards)),
                                                   str(len(m.stages)), str(len(m.lanes)))
    show_export_notice(d.parentWidget(), target, d.result_summary)
    d.accept()
    return True
