"""File > Export…: a PDF poster (optionally tiled over office sheets), a PNG or an SVG.

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

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...commands import CjmDocument
from ...export import MM, PAPER_NAMES, ExportError, PaperError, check_glyphs, parse_paper, plan_export
from ...render.qt_image import DPI_RANGE, max_dpi, png_size
from ...i18n import tr
from ...layout import LayoutEngine
from ...editing import prompts
from .choices import EXTENSIONS, FORMATS, ExportChoices, load_choices, save_choices
from .preview import PagePreview, render_thumbnail, scene_for_image, scene_for_plan
from .run import PdfExportJob, ask_export_anyway, run_pdf_with_progress, show_export_notice
from ..settings.preferences import paper_label

log = logging.getLogger(__name__)

CUSTOM = "custom"
ERROR_STYLE = "color: #b3261e;"


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
        self.map = doc.map
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
        # -- file
        self.format_buttons = QButtonGroup(self)
        format_row = QHBoxLayout()
        format_row.setSpacing(14)
        self.format_radio: dict[str, QRadioButton] = {}
        texts = {"pdf": (tr("PDF poster"), tr("A vector PDF for printing: a poster page or a set of office sheets")),
                 "png": (tr("PNG image"), tr("A picture of the whole map at a chosen resolution, for slides and chat")),
                 "svg": (tr("SVG image"), tr("A vector drawing of the whole map, for design tools and web pages"))}
        for i, fmt in enumerate(FORMATS):
            text, tip = texts[fmt]
            radio = QRadioButton(text)
            radio.setObjectName(f"format_{fmt}")
            radio.setToolTip(tip)
            self.format_buttons.addButton(radio, i)
            self.format_radio[fmt] = radio
            format_row.addWidget(radio)
        format_row.addStretch(1)
        self.format_buttons.idToggled.connect(self._format_toggled)

        self.target = QLineEdit()
        self.target.setObjectName("target")
        self.target.setToolTip(tr("The file to write; its extension follows the format"))
        self.target.setMinimumWidth(300)
        self.target.textEdited.connect(self._target_edited)
        self.browse = QPushButton(tr("Browse…"))
        self.browse.setToolTip(tr("Choose the folder and file name"))
        self.browse.clicked.connect(self.choose_target)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target, 1)
        target_row.addWidget(self.browse)

        file_box = QGroupBox(tr("File"))
        file_form = QFormLayout(file_box)
        file_form.addRow(tr("Format"), format_row)
        file_form.addRow(tr("Save to"), target_row)

        # -- page (PDF)
        self.paper = QComboBox()
        self.paper.setObjectName("paper")
        for name in PAPER_NAMES:
            self.paper.addItem(paper_label(name), name)  # numbers the locale's way (215,9 in Vietnamese)
        self.paper.addItem(tr("Custom size"), CUSTOM)
        self.paper.setToolTip(tr("The poster's paper; a custom size is width × height in millimetres"))
        self.paper.currentIndexChanged.connect(self._paper_changed)
        self.custom_paper = QLineEdit()
        self.custom_paper.setObjectName("custom_paper")
        self.custom_paper.setPlaceholderText("594x841mm")
        self.custom_paper.setToolTip(tr("Width × height in millimetres, e.g. 594x841mm (each side 50 to 5000 mm)"))
        self.custom_paper.textChanged.connect(self.refresh)
        paper_row = QHBoxLayout()
        paper_row.addWidget(self.paper, 3)
        paper_row.addWidget(self.custom_paper, 2)
        self.paper_error = QLabel()
        self.paper_error.setObjectName("paper_error")
        self.paper_error.setStyleSheet(ERROR_STYLE)
        self.paper_error.setWordWrap(True)

        self.orientation = QComboBox()
        self.orientation.setObjectName("orientation")
        for text, value in ((tr("Automatic"), "auto"), (tr("Landscape"), "landscape"),
                            (tr("Portrait", "paper orientation"), "portrait")):
            self.orientation.addItem(text, value)
        self.orientation.setToolTip(tr("Automatic turns the paper the way the map prints larger"))
        self.orientation.currentIndexChanged.connect(self.refresh)

        self.fit = QRadioButton(tr("Fit to page"))
        self.fit.setObjectName("fit")
        self.fit.setToolTip(tr("Scale the map to fill the page inside the margins and title block"))
        self.fixed_scale = QRadioButton(tr("Scale"))
        self.fixed_scale.setObjectName("fixed_scale")
        self.fixed_scale.setToolTip(tr("Print at a fixed scale (100 % = one map point per paper point)"))
        self.scale = QDoubleSpinBox()
        self.scale.setObjectName("scale")
        self.scale.setRange(1, 1000)
        self.scale.setDecimals(0)
        self.scale.setSuffix(" %")
        self.scale.setToolTip(tr("The fixed scale, 1 to 1000 %; when tiling, the poster grows to fit the map"))
        self.size_buttons = QButtonGroup(self)
        self.size_buttons.addButton(self.fit)
        self.size_buttons.addButton(self.fixed_scale)
        self.fit.toggled.connect(self.refresh)
        self.scale.valueChanged.connect(self.refresh)
        size_row = QHBoxLayout()
        size_row.addWidget(self.fit)
        size_row.addSpacing(10)
        size_row.addWidget(self.fixed_scale)
        size_row.addWidget(self.scale)
        size_row.addStretch(1)

        self.margin = QDoubleSpinBox()
        self.margin.setObjectName("margin")
        self.margin.setRange(0, 200)
        self.margin.setDecimals(0)
        self.margin.setSuffix(" mm")
        self.margin.setToolTip(tr("White border around the poster page"))
        self.margin.valueChanged.connect(self.refresh)
        self.title_block = QCheckBox(tr("Title block and legend"))
        self.title_block.setObjectName("title_block")
        self.title_block.setToolTip(tr("A header with the map title and personas, and a footer with the date, "
                                       "file name, version and legend"))
        self.title_block.toggled.connect(self.refresh)
        self.appendix = QCheckBox(tr("Appendix pages"))
        self.appendix.setObjectName("appendix")
        self.appendix.setToolTip(tr("Add the improvement-action plan, the KPIs and the full text of cards "
                                    "cut short on the map"))
        self.appendix.toggled.connect(self.refresh)

        self.page_box = QGroupBox(tr("Poster"))
        page_form = self.page_form = QFormLayout(self.page_box)
        page_form.addRow(tr("Paper"), paper_row)
        page_form.addRow("", self.paper_error)
        page_form.addRow(tr("Orientation"), self.orientation)
        page_form.addRow(tr("Size"), size_row)
        page_form.addRow(tr("Margins"), self.margin)
        page_form.addRow("", self.title_block)
        page_form.addRow("", self.appendix)

        # -- tiling (PDF)
        self.tile_box = QGroupBox(tr("Print on office sheets"))
        self.tile_box.setObjectName("tile_box")
        self.tile_box.setCheckable(True)
        self.tile_box.setToolTip(tr("Split the poster over A4 or A3 sheets with crop marks, sheet labels "
                                    "and an assembly page"))
        self.tile_box.toggled.connect(self.refresh)
        self.tile_paper = QComboBox()
        self.tile_paper.setObjectName("tile_paper")
        self.tile_paper.addItems(["A4", "A3"])
        self.tile_paper.setToolTip(tr("The sheet size your printer takes"))
        self.tile_paper.currentIndexChanged.connect(self.refresh)
        self.overlap = QDoubleSpinBox()
        self.overlap.setObjectName("overlap")
        self.overlap.setRange(0, 50)
        self.overlap.setDecimals(0)
        self.overlap.setSuffix(" mm")
        self.overlap.setToolTip(tr("How much neighbouring sheets share, for gluing (0 to 50 mm)"))
        self.overlap.valueChanged.connect(self.refresh)
        tile_form = QFormLayout(self.tile_box)
        tile_form.addRow(tr("Sheets"), self.tile_paper)
        tile_form.addRow(tr("Overlap"), self.overlap)

        # -- image (PNG)
        self.image_box = QGroupBox(tr("Image"))
        self.dpi = QSpinBox()
        self.dpi.setObjectName("dpi")
        self.dpi.setRange(*DPI_RANGE)
        self.dpi.setSingleStep(50)
        self.dpi.setSuffix(" dpi")
        self.dpi.setToolTip(tr("PNG resolution: 96–150 for screens and slides, 300 for print"))
        self.dpi.valueChanged.connect(self.refresh)
        image_form = QFormLayout(self.image_box)
        image_form.addRow(tr("Resolution"), self.dpi)

        for form in (file_form, page_form, tile_form, image_form):
            form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
            form.setLabelAlignment(Qt.AlignRight | Qt.AlignVCenter)
        for spin in (self.scale, self.margin, self.overlap, self.dpi):
            spin.setFixedWidth(110)
        for combo in (self.orientation, self.tile_paper):
            combo.setFixedWidth(150)
        # the three form boxes line their labels up in one column
        label_width = max(QLabel(text).sizeHint().width() for text in
                          (tr("Format"), tr("Save to"), tr("Paper"), tr("Orientation"), tr("Size"), tr("Margins"),
                           tr("Sheets"), tr("Overlap"), tr("Resolution")))
        for form in (file_form, page_form, tile_form, image_form):
            for row in range(form.rowCount()):
                item = form.itemAt(row, QFormLayout.LabelRole)
                if item is not None and item.widget() is not None:
                    item.widget().setMinimumWidth(label_width)
                    item.widget().setAlignment(Qt.AlignRight | Qt.AlignVCenter)

        # -- preview
        self.preview = PagePreview()
        self.preview.setToolTip(tr("How the map lands on the page; blue boxes are the office sheets"))
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setStyleSheet("font-size: 11pt; font-weight: 600; color: #1f2d3d;")
        self.summary.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setObjectName("detail")
        self.detail.setStyleSheet("color: #5a6474;")
        self.detail.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setWordWrap(True)
        self.problem.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.export_button = self.buttons.button(QDialogButtonBox.Ok)
        self.export_button.setText(tr("Export"))
        self.export_button.setObjectName("export_button")
        self.export_button.setToolTip(tr("Write the file"))
        cancel = self.buttons.button(QDialogButtonBox.Cancel)
        cancel.setToolTip(tr("Close without exporting"))
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)

        left = QVBoxLayout()
        left.setSpacing(8)
        for box in (file_box, self.page_box, self.tile_box, self.image_box):
            box.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Maximum)  # spare height goes below them
            left.addWidget(box)
        left.addStretch(1)
        right = QVBoxLayout()
        right.setSpacing(4)
        right.addWidget(self.preview, 1)
        right.addWidget(self.summary)
        right.addWidget(self.detail)
        right.addWidget(self.problem)
        columns = QHBoxLayout()
        columns.setSpacing(14)
        columns.addLayout(left, 0)
        columns.addLayout(right, 1)
        outer = QVBoxLayout(self)
        outer.addLayout(columns, 1)
        outer.addWidget(self.buttons)
        self.resize(940, 640)

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
        filters = {"pdf": tr("PDF poster (*.pdf)"), "png": tr("PNG image (*.png)"), "svg": tr("SVG image (*.svg)")}
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
        else:
            w, h = self.layout_geometry.width, self.layout_geometry.height
            self.preview.show_scene(scene_for_image(self.layout_geometry))
            self.summary.setText(tr("%1 × %2 pt, vector").replace("%1", f"{w:.0f}").replace("%2", f"{h:.0f}"))
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
        extra = tr(" + appendix") if c.appendix else ""
        if plan.tiles is not None:
            t = plan.tiles
            sheet_orient = tr("landscape") if t.orientation == "landscape" else tr("portrait")
            self.summary.setText(tr("%1 × %2 = %3 sheets %4").replace("%1", str(t.cols)).replace("%2", str(t.rows))
                                 .replace("%3", str(t.count)).replace("%4", t.paper) + f" {sheet_orient}")
            where = poster if tiled_poster(c) else f"{plan.paper.label} {orient}, {poster}"
            self.detail.setText(tr("Poster %1, map at %2 %; %3 pages with the assembly page%4.")
                                .replace("%1", where).replace("%2", scale)
                                .replace("%3", str(t.count + 1)).replace("%4", extra))
        else:
            self.summary.setText(f"{plan.paper.label} {orient} · {poster}")
            self.detail.setText(tr("One poster page%1, map at %2 %.").replace("%1", extra).replace("%2", scale))
        return "", ""

    def _no_preview(self, message: str) -> None:
        self.plan = None
        self.preview.show_scene(None, message)
        self.summary.setText("")
        self.detail.setText("")

    def _preview_png(self, c: ExportChoices) -> str:
        w, h = png_size(self.layout_geometry, c.dpi)
        self.preview.show_scene(scene_for_image(self.layout_geometry))
        self.summary.setText(tr("%1 × %2 pixels at %3 dpi").replace("%1", str(w)).replace("%2", str(h))
                             .replace("%3", str(c.dpi)))
        self.detail.setText(tr("The whole map as a PNG picture."))
        limit = max_dpi(self.layout_geometry)
        if c.dpi > limit:
            return tr("This map is too large for %1 dpi: use at most %2 dpi, or export a PDF.") \
                .replace("%1", str(c.dpi)).replace("%2", str(limit))
        return ""

    # ------------------------------------------------------------------ export
    def export(self) -> bool:
        """Export with the current choices; True when a file was written."""
        self.refresh()
        target = self.target_path()
        if target is None or not self.export_button.isEnabled():
            return False
        if target.exists() and not self._target_confirmed and not prompts.confirm(
                self, tr("Replace file?"), tr("“%1” already exists. Replace it?").replace("%1", target.name)):
            return False
        c = self.choices()
        save_choices(c, folder=str(target.parent))
        source_name = self.doc.path.name if self.doc.path is not None else None
        missing = check_glyphs(self.map, (source_name or "",) if c.format == "pdf" else ())
        if missing and not ask_export_anyway(self, missing, self.map):
            return False
        if c.format == "pdf":
            ok = self._export_pdf(target, c, source_name, force=bool(missing))
        else:
            ok = self._export_image(target, c)
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
        pages = tr("%1 pages").replace("%1", str(r.pages)) if r.pages != 1 else tr("1 page")
        if r.sheets:
            pages += " " + tr("(assembly page and %1 sheets)").replace("%1", str(r.sheets))
        self.result_path, self.result_summary = target, pages
        return True

    def _export_image(self, target: Path, c: ExportChoices) -> bool:
        from ...render.qt_image import export_png, export_svg

        QGuiApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            if c.format == "png":
                w, h = export_png(self.map, target, c.dpi, self.layout_geometry)
                summary = tr("%1 × %2 pixels").replace("%1", str(w)).replace("%2", str(h))
            else:
                w, h = export_svg(self.map, target, self.layout_geometry)
                summary = tr("%1 × %2 pt").replace("%1", f"{w:.0f}").replace("%2", f"{h:.0f}")
        except ExportError as exc:
            QGuiApplication.restoreOverrideCursor()
            self._show_error(str(exc))
            return False
        except OSError as exc:
            QGuiApplication.restoreOverrideCursor()
            self._show_error(tr("cannot write %1: %2").replace("%1", str(target)).replace("%2", exc.strerror or str(exc)))
            return False
        QGuiApplication.restoreOverrideCursor()
        self.result_path, self.result_summary = target, summary
        return True

    def _show_error(self, message: str) -> None:
        first_line = sentence(message.strip().splitlines()[0] if message.strip() else tr("the export failed"))
        self.problem.setText(first_line)
        self.problem.show()
        prompts.show_error(self, tr("Could not export the map"), first_line)


def tiled_poster(c: ExportChoices) -> bool:
    """True when a fixed-scale tiled export sizes the poster to the map (paper ignored)."""
    return c.tiled and not c.fit
