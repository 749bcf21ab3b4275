"""The Export dialog's widgets, one builder per section: file, poster, tiling, image, preview, buttons.

Each builder creates its section's widgets as attributes of the dialog (the
dialog reads them back when it applies and collects choices) and connects
their change signals to the dialog's slots; it returns the section's box and
form so the dialog can arrange them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Iterable, Optional

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
)

from ...export import PAPER_NAMES
from ...render.qt_image import DPI_RANGE
from ...i18n import tr
from ...model import states
from ..settings.preferences import paper_label
from . import direct
from .choices import FORMATS
from .drawings import deck_tip, viewer_tip
from .preview import PagePreview

if TYPE_CHECKING:
    from .dialog import ExportDialog

CUSTOM = "custom"
#: Format radio buttons per row of the File section.
FORMATS_PER_ROW = 3
ERROR_STYLE = "color: #b3261e;"


def _spin(name: str, low: float, high: float, suffix: str, tip: str, changed: Callable,
          step: Optional[int] = None, whole: bool = False):
    """A spin box of the dialog: whole numbers (QSpinBox) or a decimal one shown without decimals."""
    spin = QSpinBox() if whole else QDoubleSpinBox()
    spin.setObjectName(name)
    spin.setRange(low, high)
    if not whole:
        spin.setDecimals(0)
    if step is not None:
        spin.setSingleStep(step)
    spin.setSuffix(suffix)
    spin.setToolTip(tip)
    spin.valueChanged.connect(changed)
    return spin


def _combo(name: str, items: Iterable[tuple[str, object]], tip: str, changed: Callable) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    for text, value in items:
        combo.addItem(text, value)
    combo.setToolTip(tip)
    combo.currentIndexChanged.connect(changed)
    return combo


def _check(name: str, text: str, tip: str, changed: Callable) -> QCheckBox:
    box = QCheckBox(text)
    box.setObjectName(name)
    box.setToolTip(tip)
    box.toggled.connect(changed)
    return box


def _row(*widgets, stretch: Iterable[int] = ()) -> QHBoxLayout:
    row = QHBoxLayout()
    for widget, factor in zip(widgets, list(stretch) + [0] * len(widgets)):
        row.addWidget(widget, factor)
    return row


def file_box(d: "ExportDialog") -> tuple[QGroupBox, QFormLayout]:
    """Format radio buttons, the target file and the title block (every format)."""
    d.format_buttons = QButtonGroup(d)
    format_row = QGridLayout()
    format_row.setHorizontalSpacing(14)
    d.format_radio = {}
    texts = {"pdf": (tr("PDF poster"), tr("A vector PDF for printing: a poster page or a set of office sheets")),
             "png": (tr("PNG image"), tr("A picture of the whole map at a chosen resolution, for slides and chat")),
             "svg": (tr("SVG image"), tr("A vector drawing of the whole map, for design tools and web pages")),
             "pptx": (tr("PowerPoint deck"), deck_tip()), "html": (tr("HTML viewer"), viewer_tip()),
             **direct.format_texts()}
    for i, fmt in enumerate(FORMATS):
        text, tip = texts[fmt]
        radio = QRadioButton(text)
        radio.setObjectName(f"format_{fmt}")
        radio.setToolTip(tip)
        d.format_buttons.addButton(radio, i)
        d.format_radio[fmt] = radio
        format_row.addWidget(radio, i // FORMATS_PER_ROW, i % FORMATS_PER_ROW)
    format_row.setColumnStretch(FORMATS_PER_ROW, 1)
    d.format_buttons.idToggled.connect(d._format_toggled)

    d.target = QLineEdit()
    d.target.setObjectName("target")
    d.target.setToolTip(tr("The file to write; its extension follows the format"))
    d.target.setMinimumWidth(300)
    d.target.textEdited.connect(d._target_edited)
    d.browse = QPushButton(tr("Browse…"))
    d.browse.setToolTip(tr("Choose the folder and file name"))
    d.browse.clicked.connect(d.choose_target)

    d.include_hints = _check("include_hints", tr("Include hint cards"),
                             tr("Also print the template's hint cards nobody has written"), d.hints_toggled)

    box = QGroupBox(tr("File"))
    form = QFormLayout(box)
    form.addRow(tr("Format"), format_row)
    form.addRow(tr("Save to"), _row(d.target, d.browse, stretch=(1,)))
    d.title_block = _check("title_block", tr("Title block and legend"),
                           tr("A header with the map title and personas, and a footer with the date, "
                              "file name, version and legend"), d.refresh)
    form.addRow("", d.title_block)  # for every format: PDF, PNG and SVG
    form.addRow("", d.include_hints)
    form.setRowVisible(d.include_hints, d.has_hints)  # only a map with untouched hints asks
    m = d.doc.map
    d.state = _combo("state", [(states.state_name(m, sid), sid or "") for sid in states.state_ids(m)],
                     tr("Which state of the map to export"), d.hints_toggled)
    d.state.blockSignals(True)  # the dialog's map is the state shown already
    d.state.setCurrentIndex(states.state_ids(m).index(states.shown_state(m)))
    d.state.blockSignals(False)
    form.addRow(tr("State"), d.state)
    form.setRowVisible(d.state, bool(m.states))  # only a map with future states asks
    return box, form


def _paper_row(d: "ExportDialog") -> QHBoxLayout:
    papers = [(paper_label(name), name) for name in PAPER_NAMES]  # numbers the locale's way (215,9 in Vietnamese)
    d.paper = _combo("paper", papers + [(tr("Custom size"), CUSTOM)],
                     tr("The poster's paper; a custom size is width × height in millimetres"), d._paper_changed)
    d.custom_paper = QLineEdit()
    d.custom_paper.setObjectName("custom_paper")
    d.custom_paper.setPlaceholderText("594x841mm")
    d.custom_paper.setToolTip(tr("Width × height in millimetres, e.g. 594x841mm (each side 50 to 5000 mm)"))
    d.custom_paper.textChanged.connect(d.refresh)
    d.paper_error = QLabel()
    d.paper_error.setObjectName("paper_error")
    d.paper_error.setStyleSheet(ERROR_STYLE)
    d.paper_error.setWordWrap(True)
    return _row(d.paper, d.custom_paper, stretch=(3, 2))


def _size_row(d: "ExportDialog") -> QHBoxLayout:
    d.fit = QRadioButton(tr("Fit to page"))
    d.fit.setObjectName("fit")
    d.fit.setToolTip(tr("Scale the map to fill the page inside the margins and title block"))
    d.fixed_scale = QRadioButton(tr("Scale"))
    d.fixed_scale.setObjectName("fixed_scale")
    d.fixed_scale.setToolTip(tr("Print at a fixed scale (100 % = one map point per paper point)"))
    d.scale = _spin("scale", 1, 1000, " %",
                    tr("The fixed scale, 1 to 1000 %; when tiling, the poster grows to fit the map"), d.refresh)
    d.size_buttons = QButtonGroup(d)
    d.size_buttons.addButton(d.fit)
    d.size_buttons.addButton(d.fixed_scale)
    d.fit.toggled.connect(d.refresh)
    row = QHBoxLayout()
    row.addWidget(d.fit)
    row.addSpacing(10)
    row.addWidget(d.fixed_scale)
    row.addWidget(d.scale)
    row.addStretch(1)
    return row


def page_box(d: "ExportDialog") -> tuple[QGroupBox, QFormLayout]:
    """The poster page (PDF): paper, orientation, size, margins, appendix."""
    paper_row = _paper_row(d)
    orientations = ((tr("Automatic"), "auto"), (tr("Landscape"), "landscape"),
                    (tr("Portrait", "paper orientation"), "portrait"))
    d.orientation = _combo("orientation", orientations,
                           tr("Automatic turns the paper the way the map prints larger"), d.refresh)
    size_row = _size_row(d)
    d.margin = _spin("margin", 0, 200, " mm", tr("White border around the poster page"), d.refresh)
    d.appendix = _check("appendix", tr("Appendix pages"),
                        tr("Add the improvement-action plan, the KPIs and the full text of cards "
                           "cut short on the map"), d.refresh)
    d.comments = _check("comments", tr("Comments"),
                        tr("Add the comments to the appendix, keyed to their cards, and their badges to the poster"),
                        d.refresh)
    d.votes = _check("votes", tr("Vote Results"),
                     tr("Add the ranking of the voted cards to the appendix, and the dots to the poster"), d.refresh)
    box = QGroupBox(tr("Poster"))
    form = d.page_form = QFormLayout(box)
    form.addRow(tr("Paper"), paper_row)
    form.addRow("", d.paper_error)
    form.addRow(tr("Orientation"), d.orientation)
    form.addRow(tr("Size"), size_row)
    form.addRow(tr("Margins"), d.margin)
    form.addRow("", d.appendix)
    workshop = _row(d.comments, d.votes)
    workshop.addStretch(1)
    form.addRow("", workshop)
    return box, form


def tile_box(d: "ExportDialog") -> tuple[QGroupBox, QFormLayout]:
    """Printing the poster over office sheets (PDF)."""
    box = QGroupBox(tr("Print on office sheets"))
    box.setObjectName("tile_box")
    box.setCheckable(True)
    box.setToolTip(tr("Split the poster over A4 or A3 sheets with crop marks, sheet labels and an assembly page"))
    box.toggled.connect(d.refresh)
    d.tile_paper = _combo("tile_paper", (("A4", "A4"), ("A3", "A3")), tr("The sheet size your printer takes"),
                          d.refresh)
    d.overlap = _spin("overlap", 0, 50, " mm", tr("How much neighbouring sheets share, for gluing (0 to 50 mm)"),
                      d.refresh)
    form = QFormLayout(box)
    form.addRow(tr("Sheets"), d.tile_paper)
    form.addRow(tr("Overlap"), d.overlap)
    return box, form


def image_box(d: "ExportDialog") -> tuple[QGroupBox, QFormLayout]:
    """The PNG resolution."""
    box = QGroupBox(tr("Image"))
    d.dpi = _spin("dpi", *DPI_RANGE, " dpi", tr("PNG resolution: 96–150 for screens and slides, 300 for print"),
                  d.refresh, step=50, whole=True)
    form = QFormLayout(box)
    form.addRow(tr("Resolution"), d.dpi)
    return box, form


def line_up(forms: Iterable[QFormLayout]) -> None:
    """The forms' labels share one right-aligned column."""
    forms = list(forms)
    label_width = max(QLabel(text).sizeHint().width() for text in
                      (tr("Format"), tr("Save to"), tr("Paper"), tr("Orientation"), tr("Size"), tr("Margins"),
                       tr("Sheets"), tr("Overlap"), tr("Resolution")))
    for form in forms:
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignRight | Qt.AlignVCenter)
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.LabelRole)
            if item is not None and item.widget() is not None:
                item.widget().setMinimumWidth(label_width)
                item.widget().setAlignment(Qt.AlignRight | Qt.AlignVCenter)


def _label(name: str, style: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setStyleSheet(style)
    label.setWordWrap(True)
    return label


def preview_column(d: "ExportDialog") -> QVBoxLayout:
    """The page preview with the summary, the detail and the problem line below it."""
    d.preview = PagePreview()
    d.preview.setToolTip(tr("How the map lands on the page; blue boxes are the office sheets"))
    d.summary = _label("summary", "font-size: 11pt; font-weight: 600; color: #1f2d3d;")
    d.detail = _label("detail", "color: #5a6474;")
    d.problem = _label("problem", ERROR_STYLE)
    d.problem.hide()
    column = QVBoxLayout()
    column.setSpacing(4)
    column.addWidget(d.preview, 1)
    for label in (d.summary, d.detail, d.problem):
        column.addWidget(label)
    return column


def buttons(d: "ExportDialog") -> QDialogButtonBox:
    """Export and Cancel."""
    box = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
    d.export_button = box.button(QDialogButtonBox.Ok)
    d.export_button.setText(tr("Export"))
    d.export_button.setObjectName("export_button")
    d.export_button.setToolTip(tr("Write the file"))
    box.button(QDialogButtonBox.Cancel).setToolTip(tr("Close without exporting"))
    box.accepted.connect(d.export)
    box.rejected.connect(d.reject)
    return box
