"""The Export dialog's formats that are written in one step, without a worker thread:
PNG, SVG, the PowerPoint deck and the HTML viewer (their preview lines and their export).

The PDF poster has its own planner and progress (:mod:`.run`); these formats
are drawn with a wait cursor, as the PNG always was.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from ...export import ExportError
from ...i18n import fill, tr
from .choices import ExportChoices
from .preview import scene_for_image

if TYPE_CHECKING:
    from .dialog import ExportDialog

#: The formats that are not pictures of the map alone: no title block option.
DOCUMENTS = ("pptx", "html")


def file_filters() -> dict[str, str]:
    """The file dialog's filter per format."""
    return {"pdf": tr("PDF poster (*.pdf)"), "png": tr("PNG image (*.png)"), "svg": tr("SVG image (*.svg)"),
            "pptx": tr("PowerPoint deck (*.pptx)"), "html": tr("HTML viewer (*.html)")}


def deck_tip() -> str:
    return tr("Slides for the readout: the whole map, a table of cards per stage, the emotion curve "
              "and the action plan, as editable text")


def viewer_tip() -> str:
    return tr("One file that opens in any browser without the app or a network: pan and zoom, "
              "search, card details, the action plan")


def preview_document(d: "ExportDialog", fmt: str) -> None:
    """The preview, summary and detail lines of a deck or a viewer."""
    from ...export.deck import slide_count

    d.preview.show_scene(scene_for_image(d.layout_geometry))
    if fmt == "pptx":
        d.summary.setText(fill(tr("%1 slides"), str(slide_count(d.map))))
        d.detail.setText(deck_tip())
    else:
        d.summary.setText(fill(tr("%1 cards, works offline"), str(len(d.map.cards))))
        d.detail.setText(viewer_tip())


def export_drawing(d: "ExportDialog", target: Path, c: ExportChoices) -> str:
    """Write a PNG, SVG, deck or viewer with a wait cursor; on success set the dialog's
    result and return "", else return the one-line problem."""
    QGuiApplication.setOverrideCursor(Qt.WaitCursor)
    try:
        d.result_summary = _write(d, target, c)
    except ExportError as exc:
        return str(exc)
    except OSError as exc:
        return fill(tr("cannot write %1: %2"), str(target), exc.strerror or str(exc))
    finally:
        QGuiApplication.restoreOverrideCursor()
    d.result_path = target
    return ""


def _write(d: "ExportDialog", target: Path, c: ExportChoices) -> str:
    """Write the file; returns the summary the status bar shows."""
    from ...render.qt_image import export_png, export_svg, map_picture

    if c.format == "png":
        w, h = export_png(d.map, target, c.dpi, d.layout_geometry, title_block=c.title_block)
        return fill(tr("%1 × %2 pixels"), str(w), str(h))
    if c.format == "svg":
        w, h = export_svg(d.map, target, d.layout_geometry, title_block=c.title_block)
        return fill(tr("%1 × %2 pt"), f"{w:.0f}", f"{h:.0f}")
    if c.format == "pptx":
        from ...export.deck import export_pptx

        result = export_pptx(d.map, target, map_picture(d.map, d.layout_geometry))
        return fill(tr("%1 slides"), str(result.slides))
    from ...export.html_viewer import export_html

    result = export_html(d.map, target, d.layout_geometry)
    return fill(tr("%1 cards, works offline"), str(result.cards))
