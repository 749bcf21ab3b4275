"""File > Export…: a PDF poster (optionally tiled over office sheets), a PNG, an SVG, a
PowerPoint deck or an offline HTML viewer (the last four in :mod:`.drawings`), or data (:mod:`.direct`).

The dialog offers the choices of ``cjm-desktop export`` with a live preview
of the page, or of the sheet grid and its count, computed by the export's own
planner (:func:`cjm_desktop.export.plan_export`), so what the preview shows is
what the file gets. Exporting checks the glyphs first, then runs the PDF
export in a worker thread behind a progress dialog with Cancel. The last
choices are remembered (:mod:`.export_choices`).
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Optional

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from ...commands import CjmDocument
from ...export import MM, ExportError, PaperError, check_glyphs, parse_paper, plan_export
from ...render.qt_image import image_size, max_dpi, png_size
from ...i18n import fill, tr
from ...export.shown import as_viewed, hint_card_ids
from ...model import states
from ...layout import LayoutEngine
from ...editing import prompts
from . import direct, sections
from .direct import DATA_FORMATS
from .sections import CUSTOM
from .choices import EXTENSIONS, FORMATS, ExportChoices, load_choices, save_choices
from .drawings import DOCUMENTS, export_drawing, file_filters, preview_document
from .preview import render_thumbnail, scene_for_image, scene_for_plan
from .run import PdfExportJob, ask_export_anyway, run_pdf_with_progress, show_export_notice

log = logging.getLogger(__name__)


def safe_file_stem(title: str) -> str:
    """A file name from a map title (characters no file system accepts removed)."""
    stem = re.sub(r'[\\/:*?"<>|\x00-\x1f]', "", title or "").strip().strip(".")
    return stem or "map"


def sentence(message: str) -> str:
    """An export message (written for the command line, lower case) as a sentence on screen."""
    message = message.strip()
    return message[:1].upper() + message[1:] if message else message


def _mm(value: float) -> str:
    return f"{value / MM:.0f}"


class ExportDialog(QDialog):
    """Export ``doc``'s map; on success the path is shown in the parent window's status bar.

    Signals
    -------
    export_started(job, progress_dialog)
        A PDF export thread is about to start (tests cancel through it).
    """

    export_started = Signal(object, object)

    def __init__(self, doc: CjmDocument, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("ExportDialog")
        self.setWindowTitle(tr("Export Map"))
        self.doc = doc
        self.has_hints = bool(hint_card_ids(doc.map))
        self.map = as_viewed(doc.map, doc.view, False, doc.hidden_curves)  # as the window shows it, no hints
        self.layout_geometry = LayoutEngine().layout(self.map)
        self.result_path: Optional[Path] = None
        self.result_summary = ""
        self.plan = None  # the last PDF plan the preview shows
        self._target_confirmed = False  # the file dialog already asked about replacing
        self._loading = True

        self._build()
        self._apply_choices(load_choices())
        self.preview.title = self.map.title
        self.preview.set_thumbnail(render_thumbnail(self.layout_geometry, self.map))
        self._loading = False
        self.refresh()

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        file_box, file_form = sections.file_box(self)
        self.page_box, page_form = sections.page_box(self)
        self.tile_box, tile_form = sections.tile_box(self)
        self.image_box, image_form = sections.image_box(self)
        sections.line_up((file_form, page_form, tile_form, image_form))
        for spin in (self.scale, self.margin, self.overlap, self.dpi):
            spin.setFixedWidth(110)
        for combo in (self.orientation, self.tile_paper):
            combo.setFixedWidth(150)
        preview_column = sections.preview_column(self)
        self.buttons = sections.buttons(self)

        left = QVBoxLayout()
        left.setSpacing(8)
        for box in (file_box, self.page_box, self.tile_box, self.image_box):
            box.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Maximum)  # spare height goes below them
            left.addWidget(box)
        left.addStretch(1)
        columns = QHBoxLayout()
        columns.setSpacing(14)
        columns.addLayout(left, 0)
        columns.addLayout(preview_column, 1)
        outer = QVBoxLayout(self)
        outer.addLayout(columns, 1)
        outer.addWidget(self.buttons)
        self.resize(940, 640)

    def hints_toggled(self, *_args) -> None:
        """Hint cards in or out, another state: the map to export again (the preview follows)."""
        chosen = states.map_of_state(self.doc.map, self.state.currentData() or None)
        self.map = as_viewed(chosen, self.doc.view, self.include_hints.isChecked(), self.doc.hidden_curves)
        self.layout_geometry = LayoutEngine().layout(self.map)
        self.preview.set_thumbnail(render_thumbnail(self.layout_geometry, self.map))
        self.refresh()

    # ------------------------------------------------------------------ choices
    def _apply_choices(self, c: ExportChoices) -> None:
        self.format_radio[c.format].setChecked(True)
        try:
            paper = parse_paper(c.paper)
        except PaperError:
            paper = parse_paper("A0")
        index = self.paper.findData(paper.name)
        if index >= 0:
            self.paper.setCurrentIndex(index)
        else:
            self.paper.setCurrentIndex(self.paper.findData(CUSTOM))
            self.custom_paper.setText(paper.name)
        self.orientation.setCurrentIndex(max(0, self.orientation.findData(c.orientation)))
        (self.fit if c.fit else self.fixed_scale).setChecked(True)
        self.scale.setValue(c.scale_percent)
        self.margin.setValue(c.margin_mm)
        self.title_block.setChecked(c.title_block)
        self.tile_box.setChecked(c.tiled)
        self.tile_paper.setCurrentText(c.tile)
        self.overlap.setValue(c.overlap_mm)
        self.appendix.setChecked(c.appendix)
        self.comments.setChecked(c.comments)
        self.votes.setChecked(c.votes)
        self.dpi.setValue(c.dpi)
        self.target.setText(str(self.default_target(c)))

    def choices(self) -> ExportChoices:
        """What the widgets say now."""
        paper = self.paper.currentData()
        if paper == CUSTOM:
            paper = self.custom_paper.text().strip()
        return ExportChoices(
            format=self.current_format(),
            paper=paper,
            orientation=self.orientation.currentData(),
            fit=self.fit.isChecked(),
            scale_percent=self.scale.value(),
            margin_mm=self.margin.value(),
            title_block=self.title_block.isChecked(),
            tiled=self.tile_box.isChecked(),
            tile=self.tile_paper.currentText(),
            overlap_mm=self.overlap.value(),
            appendix=self.appendix.isChecked(),
            comments=self.comments.isChecked(),
            votes=self.votes.isChecked(),
            dpi=self.dpi.value(),
        )

    def current_format(self) -> str:
        return FORMATS[max(0, self.format_buttons.checkedId())]

    def default_target(self, c: ExportChoices) -> Path:
        """The map's folder and name with the format's extension (or the last folder used)."""
        ext = EXTENSIONS[c.format]
        if self.doc.path is not None:
            return self.doc.path.with_suffix(ext)
        folder = Path(c.folder) if c.folder and Path(c.folder).is_dir() else Path.home()
        return folder / (safe_file_stem(self.map.title) + ext)

    def target_path(self) -> Optional[Path]:
        text = self.target.text().strip()
        if not text:
            return None
        if text.endswith(("/", "\\")):
            return None  # a folder, not yet a file name
        path = Path(text).expanduser()
        if not path.name or path.name in (".", ".."):
            return None
        if not path.is_absolute():  # a bare name goes beside the map
            path = self.default_target(self.choices()).parent / path
        if path.suffix.lower() not in EXTENSIONS.values():
            path = path.with_name(path.name + EXTENSIONS[self.current_format()])
        return path

    # ------------------------------------------------------------------ reactions
    def _format_toggled(self, _id: int, checked: bool) -> None:
        if not checked:
            return
        text = self.target.text().strip()
        if text:
            path = Path(text)
            ext = EXTENSIONS[self.current_format()]
            if path.suffix.lower() in EXTENSIONS.values() and path.suffix.lower() != ext:
                self.target.setText(str(path.with_suffix(ext)))
                self._target_confirmed = False
        self.refresh()

    def _target_edited(self, text: str) -> None:
        self._target_confirmed = False
        suffix = Path(text.strip()).suffix.lower()
        for fmt, ext in EXTENSIONS.items():
            if suffix == ext and fmt != self.current_format():
                self.format_radio[fmt].setChecked(True)  # typing "map.png" means a PNG
        self.refresh()

    def _paper_changed(self) -> None:
        custom = self.paper.currentData() == CUSTOM
        if custom and not self.custom_paper.text().strip():
            self.custom_paper.setText("594x841mm")
        if custom and not self._loading:
            self.custom_paper.setFocus()
            self.custom_paper.selectAll()
        self.refresh()

    def choose_target(self) -> None:
        fmt = self.current_format()
        filters = {**file_filters(), **direct.file_filters()}
        current = self.target_path() or self.default_target(self.choices())
        path, _ = QFileDialog.getSaveFileName(self, tr("Export To"), str(current),
                                              ";;".join(filters[f] for f in (fmt, *[f for f in FORMATS if f != fmt])),
                                              filters[fmt])
        if not path:
            return
        path_obj = Path(path)
        suffix = path_obj.suffix.lower()
        chosen = next((f for f, ext in EXTENSIONS.items() if ext == suffix), None)
        if chosen is None:
            path_obj = path_obj.with_name(path_obj.name + EXTENSIONS[fmt])
        self.target.setText(str(path_obj))
        if chosen is not None and chosen != fmt:
            self.format_radio[chosen].setChecked(True)
        self._target_confirmed = True
        self.refresh()

    # ------------------------------------------------------------------ preview
    def refresh(self, *_args) -> None:
        """Enable the widgets that apply, and redraw the preview and its counts."""
        if self._loading:
            return
        fmt = self.current_format()
        pdf = fmt == "pdf"
        self.page_box.setEnabled(pdf)
        self.tile_box.setEnabled(pdf)
        self.image_box.setEnabled(fmt == "png")
        self.title_block.setEnabled(fmt not in DATA_FORMATS + DOCUMENTS)
        c = self.choices()
        tiled_to_scale = c.tiled and not c.fit
        self.paper.setEnabled(not tiled_to_scale)
        self.orientation.setEnabled(not tiled_to_scale)
        self.custom_paper.setEnabled(self.paper.currentData() == CUSTOM and not tiled_to_scale)
        self.scale.setEnabled(not c.fit)

        problem = ""
        paper_problem = ""
        if pdf:
            problem, paper_problem = self._preview_pdf(c)
        elif fmt == "png":
            problem = self._preview_png(c)
        elif fmt in DATA_FORMATS:
            direct.preview(self, fmt)
        elif fmt in DOCUMENTS:
            preview_document(self, fmt)
        else:
            titled = self.map if c.title_block else None
            w, h = image_size(self.layout_geometry, titled)
            self.preview.show_scene(scene_for_image(self.layout_geometry, titled))
            self.summary.setText(fill(tr("%1 × %2 pt, vector"), f"{w:.0f}", f"{h:.0f}"))
            self.detail.setText(tr("The whole map as an SVG drawing."))
        if self.target_path() is None and not problem:
            problem = tr("Give a file name to export to.")
        self.paper_error.setText(sentence(paper_problem))
        self.page_form.setRowVisible(self.paper_error, bool(paper_problem))
        self.problem.setText(sentence(problem))
        for label in (self.summary, self.detail, self.problem):
            label.setVisible(bool(label.text()))
        self.export_button.setEnabled(not problem and not paper_problem)

    def _preview_pdf(self, c: ExportChoices) -> tuple[str, str]:
        """Show the PDF plan; returns (problem, paper problem) one-liners, empty when fine."""
        try:
            plan = plan_export(self.map, c.pdf_options(), self.layout_geometry)
        except PaperError as exc:
            self._no_preview(tr("Type a paper size like 594x841mm."))
            return "", str(exc)
        except (ExportError, ValueError) as exc:
            self._no_preview(tr("No preview: the choices do not fit together."))
            return str(exc), ""
        self.plan = plan
        self.preview.show_scene(scene_for_plan(plan, c.margin_mm))
        scale = f"{plan.frame.scale * 100:.0f}"
        poster = f"{_mm(plan.poster_w)} × {_mm(plan.poster_h)} mm"
        orient = tr("landscape") if plan.orientation == "landscape" else tr("portrait")
        extra = tr(" + appendix") if c.appendix or c.comments or c.votes else ""
        if plan.tiles is not None:
            t = plan.tiles
            sheet_orient = tr("landscape") if t.orientation == "landscape" else tr("portrait")
            self.summary.setText(fill(tr("%1 × %2 = %3 sheets %4"), str(t.cols), str(t.rows), str(t.count), t.paper) + f" {sheet_orient}")
            where = poster if tiled_poster(c) else f"{plan.paper.label} {orient}, {poster}"
            self.detail.setText(fill(tr("Poster %1, map at %2 %; %3 pages with the assembly page%4."), where, scale, str(t.count + 1), extra))
        else:
            self.summary.setText(f"{plan.paper.label} {orient} · {poster}")
            self.detail.setText(fill(tr("One poster page%1, map at %2 %."), extra, scale))
        return "", ""

    def _no_preview(self, message: str) -> None:
        self.plan = None
        self.preview.show_scene(None, message)
        self.summary.setText("")
        self.detail.setText("")

    def _preview_png(self, c: ExportChoices) -> str:
        titled = self.map if c.title_block else None
        w, h = png_size(self.layout_geometry, c.dpi, titled)
        self.preview.show_scene(scene_for_image(self.layout_geometry, titled))
        self.summary.setText(fill(tr("%1 × %2 pixels at %3 dpi"), str(w), str(h), str(c.dpi)))
        self.detail.setText(tr("The whole map as a PNG picture."))
        limit = max_dpi(self.layout_geometry, titled)
        if c.dpi > limit:
            return fill(tr("This map is too large for %1 dpi: use at most %2 dpi, or export a PDF."), str(c.dpi), str(limit))
        return ""

    # ------------------------------------------------------------------ export
    def export(self) -> bool:
        """Export with the current choices; True when a file was written."""
        self.refresh()
        target = self.target_path()
        if target is None or not self.export_button.isEnabled():
            return False
        if target.exists() and not self._target_confirmed and not prompts.confirm(
                self, tr("Replace file?"), fill(tr("“%1” already exists. Replace it?"), target.name)):
            return False
        c = self.choices()
        save_choices(c, folder=str(target.parent))
        if c.format in DATA_FORMATS:  # data, not a drawing: no glyph check
            return direct.export_data(self, target, c.format)
        source_name = self.doc.path.name if self.doc.path is not None else None
        missing = check_glyphs(self.map, (source_name or "",) if c.format == "pdf" else ())
        if missing and not ask_export_anyway(self, missing, self.map):
            return False
        if c.format == "pdf":
            ok = self._export_pdf(target, c, source_name, force=bool(missing))
        else:
            error = export_drawing(self, target, c)
            if error:
                self._show_error(error)
            ok = not error
        if ok:
            show_export_notice(self.parentWidget(), target, self.result_summary)
            self.accept()
        return ok

    def _export_pdf(self, target: Path, c: ExportChoices, source_name: Optional[str], force: bool) -> bool:
        job = PdfExportJob(self.map, target, c.pdf_options(force_missing_glyphs=force), source_name, self)
        run_pdf_with_progress(self, job, started=lambda j, d: self.export_started.emit(j, d))
        job.deleteLater()
        if job.cancelled:
            self.problem.setText(tr("Export cancelled; nothing was written."))
            self.problem.show()
            return False
        if job.error is not None:
            self._show_error(job.error)
            return False
        r = job.result
        pages = fill(tr("%1 pages"), str(r.pages)) if r.pages != 1 else tr("1 page")
        if r.sheets:
            pages += " " + fill(tr("(assembly page and %1 sheets)"), str(r.sheets))
        self.result_path, self.result_summary = target, pages
        return True

    def _show_error(self, message: str) -> None:
        first_line = sentence(message.strip().splitlines()[0] if message.strip() else tr("the export failed"))
        self.problem.setText(first_line)
        self.problem.show()
        prompts.show_error(self, tr("Could not export the map"), first_line)


def tiled_poster(c: ExportChoices) -> bool:
    """True when a fixed-scale tiled export sizes the poster to the map (paper ignored)."""
    return c.tiled and not c.fit
