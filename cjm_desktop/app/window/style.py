"""The application's look: bundled Noto Sans for every widget, a calm light palette.

Noto Sans covers every Vietnamese diacritic, so titles typed in the inspector
look the same as on the canvas and in the PDF. Applied once per process by
the first :class:`~.main_window.MainWindow`.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from ...layout.text import FontMissingError
from ...render import qt_fonts

log = logging.getLogger(__name__)

_APPLIED = "cjm_style_applied"

STYLE_SHEET = """
QMainWindow { background: #f3f5f8; }
QMainWindow::separator { background: #dfe4eb; width: 1px; height: 1px; }
QToolBar#MainToolbar {
    background: #ffffff; border: none; border-bottom: 1px solid #dfe4eb; padding: 3px 6px; spacing: 2px;
}
QToolBar#MainToolbar QToolButton { padding: 3px 6px; border-radius: 5px; color: #2f3d4f; }
QToolBar#MainToolbar QToolButton:hover { background: #eaf1fc; }
QToolBar#MainToolbar QToolButton:pressed { background: #d6e4f8; }
QToolBar#MainToolbar QToolButton:disabled { color: #a7b0bd; }
QToolBar::separator { background: #e3e7ee; width: 1px; margin: 6px 6px; }
QDockWidget { color: #2f3d4f; font-weight: 600; }
QDockWidget::title { background: #eef1f5; padding: 6px 8px; border-bottom: 1px solid #dfe4eb; }
QDockWidget > QWidget { font-weight: normal; }
QScrollArea, QScrollArea > QWidget#qt_scrollarea_viewport,
QScrollArea > QWidget#qt_scrollarea_viewport > QWidget { background: #ffffff; }
QLabel#InspectorHeader { font-size: 11pt; color: #1f2d3d; padding: 2px 0 6px 0; }
QLabel#InspectorSummary { color: #5a6474; padding: 0 0 6px 0; }
QLabel#DockHint { color: #5a6474; padding: 2px 2px 6px 2px; }
QGroupBox {
    font-weight: 600; color: #44607e; border: 1px solid #e3e7ee; border-radius: 6px;
    margin-top: 12px; padding: 10px 6px 4px 6px;
}
QGroupBox::title { subcontrol-origin: margin; left: 8px; padding: 0 4px; }
QListWidget#PaletteList { border: none; background: #ffffff; }
QListWidget#PaletteList::item { padding: 5px 4px; border-radius: 5px; color: #1d2430; }
QListWidget#PaletteList::item:hover { background: #f1f5fb; }
QListWidget#PaletteList::item:selected { background: #e2ecfa; color: #1d2430; }
QListWidget#TemplateList::item { padding: 5px 4px; }
QWidget#FindBar { background: #fffbe8; border-bottom: 1px solid #eadfae; }
QWidget#NoticeBar { background: #fdf1e4; border-bottom: 1px solid #efcfa8; color: #5a3a14; }
QWidget#NoticeBar QPushButton { padding: 3px 12px; }
QStatusBar { background: #f3f5f8; color: #44536a; border-top: 1px solid #dfe4eb; }
QStatusBar QLabel { padding: 0 8px; }
QTabBar::tab { padding: 5px 12px; }
"""


def load_fonts() -> str | None:
    """The bundled Noto Sans's family name, registered once per process (None if missing)."""
    try:
        return qt_fonts.load_fonts()[0]
    except FontMissingError as exc:
        log.warning("%s", exc)
        return None


def apply_app_style(app: QApplication | None = None) -> None:
    """Fonts, palette and style sheet for the whole application (idempotent)."""
    app = app or QApplication.instance()
    if app is None or app.property(_APPLIED):
        return
    app.setProperty(_APPLIED, True)
    family = load_fonts()
    if family:
        font = QFont(family)
        font.setPointSizeF(9.5)
        app.setFont(font)
    app.setStyle("Fusion")
    palette = app.palette()
    palette.setColor(QPalette.Window, QColor("#f3f5f8"))
    palette.setColor(QPalette.Base, QColor("#ffffff"))
    palette.setColor(QPalette.AlternateBase, QColor("#f6f8fb"))
    palette.setColor(QPalette.Text, QColor("#1d2430"))
    palette.setColor(QPalette.WindowText, QColor("#1d2430"))
    palette.setColor(QPalette.Button, QColor("#f7f8fa"))
    palette.setColor(QPalette.ButtonText, QColor("#1d2430"))
    palette.setColor(QPalette.Highlight, QColor("#2f7de1"))
    palette.setColor(QPalette.HighlightedText, QColor("#ffffff"))
    palette.setColor(QPalette.ToolTipBase, QColor("#1f2d3d"))
    palette.setColor(QPalette.ToolTipText, QColor("#ffffff"))
    # setColor(role, colour) above set every colour group: give disabled widgets their grey back
    for role in (QPalette.Text, QPalette.WindowText, QPalette.ButtonText):
        palette.setColor(QPalette.Disabled, role, QColor("#a7b0bd"))
    palette.setColor(QPalette.Disabled, QPalette.Base, QColor("#f6f7f9"))
    app.setPalette(palette)
    app.setStyleSheet(STYLE_SHEET)
