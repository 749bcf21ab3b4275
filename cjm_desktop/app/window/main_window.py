"""The main window: one map per window, its menus, toolbar, docks and status bar.

File handling (new, open, save, the unsaved-changes question, recent files,
dropping a .cjm file) lives here; edit verbs live in :mod:`.editing`, the
docks in :mod:`.docks`. The title's modified mark follows
``QUndoStack.cleanChanged``, never a flag of our own.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...canvas import MapScene, MapView
from ...i18n import fill, percent, tr
from ...commands import CjmDocument
from ...io import CjmError, FileChangedOnDiskError
from ...layout.style import LANE_COLOURS
from ...model import JourneyMap, LaneKind
from . import context_menus
from ...editing import prompts
from ..docks.inspector import InspectorDock
from ..docks.palette import PaletteDock
from ..docks.personas import PersonasDock
from ...editing.editor import MapEditor
from .error_text import translate_error
from .find_bar import FindBar
from .icons import icon, swatch
from .labels import lane_kind_name
from ..settings.language import interface_language
from ..settings.store import add_recent_file, app_settings, clear_recent_files, recent_files
from ..keeping.window_safety import NothingLostMixin
from .style import apply_app_style

log = logging.getLogger(__name__)


def file_filter() -> str:
    """The file dialogs' filter for maps."""
    return tr("Journey maps (*.cjm)")


def tooltip(text: str, shortcut: QKeySequence) -> str:
    """``"Save (Ctrl+S)"``: the action's words and its shortcut."""
    plain = text.replace("&", "").replace("…", "").strip()
    keys = shortcut.toString(QKeySequence.NativeText)
    return f"{plain} ({keys})" if keys else plain


class _UndoKeysToDocument(QObject):
    """Lets Ctrl+Z / Ctrl+Shift+Z in an inspector field undo the document
    (one step per typing burst) instead of the field's private history."""

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.ShortcutOverride and (event.matches(QKeySequence.Undo) or event.matches(QKeySequence.Redo)):
            event.ignore()
            return True
        return False


class _FileDropFilter(QObject):
    """Opens .cjm files dropped on the canvas (whose scene takes other drops)."""

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        if event.type() in (QEvent.DragEnter, QEvent.DragMove) and self.window.dropped_map(event.mimeData()):
            event.acceptProposedAction()
            return True
        if event.type() == QEvent.Drop and self.window.dropped_map(event.mimeData()):
            event.acceptProposedAction()
            QTimer.singleShot(0, lambda p=self.window.dropped_map(event.mimeData()): self.window.open_path(p))
            return True
        return False


class MainWindow(NothingLostMixin, QMainWindow):
    """The editor window for one journey map.

    Parameters
    ----------
    path:
        A .cjm file to open; without it the window starts on a new blank map.
    """

    def __init__(self, path: Optional[Path | str] = None, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        apply_app_style()
        self.setObjectName("MainWindow")
        self.setAcceptDrops(True)
        self.setDocumentMode(True)
        self.doc: Optional[CjmDocument] = None
        self.scene: Optional[MapScene] = None
        self.view: Optional[MapView] = None
        self.undo_group = QUndoGroup(self)
        self.editor = MapEditor(self)
        self.actions_by_name: dict[str, QAction] = {}
        self._undo_keys = _UndoKeysToDocument(self)
        self._file_drops = _FileDropFilter(self)

        self.find_bar = FindBar()
        self.find_bar.highlight_requested.connect(self._highlight)
        self.find_bar.current_requested.connect(self._show_card)
        self.find_bar.closed.connect(lambda: self.view.setFocus() if self.view else None)
        central = QWidget()
        self._central_layout = QVBoxLayout(central)
        self._central_layout.setContentsMargins(0, 0, 0, 0)
        self._central_layout.setSpacing(0)
        self._central_layout.addWidget(self.find_bar)
        self.setCentralWidget(central)
        self._make_safekeeping()  # autosave, recovery, the notice bars (window_safety.py)

        self.palette_dock = PaletteDock(self)
        self.palette_dock.list.activated_kind.connect(lambda kind: self.editor.add_card(kind))
        self.inspector = InspectorDock(self)
        self.personas_dock = PersonasDock(self.editor, self)
        for dock in (self.inspector, self.personas_dock):
            for child in dock.widget().findChildren(QWidget):
                child.installEventFilter(self._undo_keys)
        self.personas_dock.key_filter = self._undo_keys
        self.addDockWidget(Qt.LeftDockWidgetArea, self.palette_dock)
        self.addDockWidget(Qt.RightDockWidgetArea, self.inspector)
        self.addDockWidget(Qt.RightDockWidgetArea, self.personas_dock)
        self.tabifyDockWidget(self.inspector, self.personas_dock)
        self.inspector.raise_()
        palette_width = max(180, min(260, self.palette_dock.preferred_width()))  # Vietnamese names are longer
        self.resizeDocks([self.palette_dock, self.inspector], [palette_width, 320], Qt.Horizontal)

        self._make_actions()
        self._make_menus()
        self._make_toolbar()
        self._make_status_bar()
        self._restore_settings()

        self.set_document(CjmDocument(self._blank_map()))
        if path is not None:
            # a load error is shown once the window is on screen, as the box's parent
            self.open_path(Path(path), ask=False, defer_error=True)

    # ------------------------------------------------------------------ actions
    def _action(self, name: str, text: str, slot, shortcut=None, icon_name: Optional[str] = None,
                tip: Optional[str] = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            keys = shortcut if isinstance(shortcut, list) else [shortcut]
            action.setShortcuts([QKeySequence(k) for k in keys])
        if icon_name:
            action.setIcon(icon(icon_name))
        action.setToolTip(tooltip(tip or text, action.shortcut()))
        action.setStatusTip(tip or text.replace("&", "").replace("…", ""))
        action.triggered.connect(lambda _checked=False: slot())
        self.actions_by_name[name] = action
        return action

    def _make_actions(self) -> None:
        a, ed = self._action, self.editor
        a("new", tr("&New from Template…"), self.new_from_template, QKeySequence.New, "new", tr("Start a new map from a template"))
        a("open", tr("&Open…"), self.open_file, QKeySequence.Open, "open", tr("Open a .cjm map"))
        a("save", tr("&Save"), self.save, QKeySequence.Save, "save", tr("Save the map"))
        a("save_as", tr("Save &As…"), self.save_as, QKeySequence.SaveAs, None, tr("Save the map under another name"))
        a("revert", tr("Re&vert"), self.revert, None, None, tr("Reload the map from its file, dropping unsaved changes"))
        a("restore_backup", tr("Restore &Backup…"), self.restore_backup, None, None,
          tr("Go back to a version of this file saved before"))
        a("export", tr("&Export…"), self.export_requested, "Ctrl+E", "export", tr("Export the map as a PDF poster, PNG or SVG"))
        a("close", tr("&Close"), self.close, QKeySequence.Close, None, tr("Close this window"))
        a("quit", tr("&Quit"), self.quit_application, QKeySequence.Quit, None, tr("Close every window and quit"))

        # our prefix, so the action reads "Undo Move Card" / "Hoàn tác Di chuyển thẻ"
        undo = self.undo_group.createUndoAction(self, tr("Undo"))
        undo.setShortcuts(QKeySequence.Undo)
        undo.setIcon(icon("undo"))
        redo = self.undo_group.createRedoAction(self, tr("Redo"))
        redo.setShortcuts([QKeySequence(QKeySequence.Redo), QKeySequence("Ctrl+Y")])
        redo.setIcon(icon("redo"))
        for name, action in (("undo", undo), ("redo", redo)):
            self.actions_by_name[name] = action
            action.changed.connect(lambda act=action: self._sync_tooltip(act))
            self._sync_tooltip(action)

        a("cut", tr("Cu&t"), ed.cut, QKeySequence.Cut, "cut", tr("Cut the selected cards"))
        a("copy", tr("&Copy"), ed.copy, QKeySequence.Copy, "copy", tr("Copy the selected cards"))
        a("paste", tr("&Paste"), ed.paste, QKeySequence.Paste, "paste", tr("Paste cards into the selected cell"))
        a("duplicate", tr("&Duplicate"), ed.duplicate, "Ctrl+D", "duplicate", tr("Duplicate the selected cards"))
        a("delete", tr("De&lete"), ed.delete_selection, [QKeySequence.Delete, "Backspace"], "delete", tr("Delete the selection"))
        a("select_all", tr("Select &All"), ed.select_all, QKeySequence.SelectAll, None, tr("Select every card"))
        a("find", tr("&Find…"), self.find_bar.open_bar, QKeySequence.Find, "find", tr("Find cards by their text"))
        a("find_next", tr("Find &Next"), self.find_next, "F3", None, tr("Go to the next card found"))
        a("find_previous", tr("Find Pre&vious"), self.find_previous, "Shift+F3", None, tr("Go to the previous card found"))
        a("preferences", tr("Pre&ferences…"), self.show_preferences, QKeySequence.Preferences, None,
          tr("Language, autosave, export paper size and the template for new maps"))

        a("zoom_in", tr("Zoom &In"), lambda: self.view.zoom_in(), [QKeySequence.ZoomIn, "Ctrl+="], "zoom_in", tr("Zoom in"))
        a("zoom_out", tr("Zoom &Out"), lambda: self.view.zoom_out(), QKeySequence.ZoomOut, "zoom_out", tr("Zoom out"))
        a("zoom_reset", tr("&Actual Size"), lambda: self.view.zoom_reset(), "Ctrl+0", "zoom_reset", tr("Show the map at 100%"))
        a("zoom_fit", tr("&Fit to Window"), lambda: self.view.zoom_to_fit(), "Ctrl+Shift+F", "zoom_fit", tr("Fit the whole map in the window"))

        a("add_card", tr("&Card"), lambda: ed.add_card(), "Ctrl+Shift+N", "card", tr("Add a card to the selected cell"))
        a("add_stage", tr("&Stage"), lambda: ed.add_stage(), "Ctrl+Shift+G", "stage", tr("Add a stage after the selected one"))
        a("add_lane", tr("&Lane"), lambda: ed.add_lane(LaneKind.CUSTOM), "Ctrl+Shift+L", "lane", tr("Add a lane below the selected one"))
        a("add_persona", tr("&Persona"), self._add_persona, "Ctrl+Shift+P", "persona", tr("Add a persona"))
        self.lane_kind_actions = []
        for kind in LaneKind:
            colour, accent = LANE_COLOURS[kind]
            action = QAction(swatch(colour, 16, accent), lane_kind_name(kind), self)
            action.setToolTip(tr("Add a “%1” lane below the selected one").replace("%1", lane_kind_name(kind)))
            action.triggered.connect(lambda _c=False, k=kind: ed.add_lane(k))
            self.lane_kind_actions.append(action)

    def _sync_tooltip(self, action: QAction) -> None:
        text = tooltip(action.text(), action.shortcut())
        if action.toolTip() != text:
            action.setToolTip(text)

    def _make_menus(self) -> None:
        acts = self.actions_by_name
        bar = self.menuBar()
        file_menu = bar.addMenu(tr("&File"))
        file_menu.addActions([acts["new"], acts["open"]])
        self.recent_menu = file_menu.addMenu(tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        file_menu.addActions([acts["save"], acts["save_as"]])
        file_menu.addActions([acts["revert"], acts["restore_backup"]])
        file_menu.addSeparator()
        file_menu.addAction(acts["export"])
        file_menu.addSeparator()
        file_menu.addActions([acts["close"], acts["quit"]])

        edit = bar.addMenu(tr("&Edit"))
        edit.addActions([acts["undo"], acts["redo"]])
        edit.addSeparator()
        edit.addActions([acts[n] for n in ("cut", "copy", "paste", "duplicate", "delete")])
        edit.addSeparator()
        edit.addAction(acts["select_all"])
        edit.addSeparator()
        edit.addActions([acts["find"], acts["find_next"], acts["find_previous"]])
        edit.addSeparator()
        edit.addAction(acts["preferences"])

        view = bar.addMenu(tr("&View"))
        view.addActions([acts[n] for n in ("zoom_in", "zoom_out", "zoom_reset", "zoom_fit")])
        view.addSeparator()
        self.view_menu = view

        insert = bar.addMenu(tr("&Insert"))
        insert.addActions([acts["add_card"], acts["add_stage"]])
        lanes = insert.addMenu(icon("lane"), tr("&Lane"))
        lanes.addActions(self.lane_kind_actions)
        insert.addAction(acts["add_persona"])
        self.insert_lane_menu = lanes

        help_menu = bar.addMenu(tr("&Help"))
        about = help_menu.addAction(tr("&About cjm-desktop"))
        about.triggered.connect(self._about)

    def _make_toolbar(self) -> None:
        acts = self.actions_by_name
        bar = QToolBar(tr("Main Toolbar"), self)
        bar.setObjectName("MainToolbar")
        bar.setIconSize(QSize(22, 22))
        bar.setToolButtonStyle(Qt.ToolButtonTextUnderIcon)
        groups = [("new", "open", "save", "export"), ("undo", "redo"), ("cut", "copy", "paste", "delete"),
                  ("add_card", "add_stage", "add_lane", "add_persona"), ("zoom_out", "zoom_in", "zoom_fit"), ("find",)]
        short = {"add_card": tr("Card"), "add_stage": tr("Stage"), "add_lane": tr("Lane"),
                 "add_persona": tr("Persona", "toolbar button, short"),
                 "zoom_fit": tr("Fit"), "zoom_in": tr("Zoom In"), "zoom_out": tr("Zoom Out"), "new": tr("New"),
                 "undo": tr("Undo"), "redo": tr("Redo")}
        for name, text in short.items():
            acts[name].setIconText(text)  # the toolbar's words; menus keep the full text
        for i, group in enumerate(groups):
            if i:
                bar.addSeparator()
            bar.addActions([acts[name] for name in group])
        lane_button = bar.widgetForAction(acts["add_lane"])
        if lane_button is not None:
            lane_button.setMenu(self.insert_lane_menu)
            lane_button.setPopupMode(QToolButton.MenuButtonPopup)
        self.addToolBar(Qt.TopToolBarArea, bar)
        self.toolbar = bar
        self.view_menu.addActions([bar.toggleViewAction(), self.palette_dock.toggleViewAction(),
                                   self.inspector.toggleViewAction(), self.personas_dock.toggleViewAction()])
        for action in self.view_menu.actions()[-4:]:
            action.setToolTip(tr("Show or hide the %1").replace("%1", action.text()))

    def _make_status_bar(self) -> None:
        self.counts_label = QLabel()
        self.zoom_label = QLabel(percent(1.0))
        self.zoom_label.setToolTip(tr("Zoom (Ctrl+wheel, Ctrl++ / Ctrl+- / Ctrl+0)"))
        self.zoom_label.setMinimumWidth(48)
        self.zoom_label.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
        self.statusBar().addPermanentWidget(self.counts_label)
        self.statusBar().addPermanentWidget(self.zoom_label)

    # ------------------------------------------------------------------ document
    def _blank_map(self) -> JourneyMap:
        try:
            from ...templates import build_map

            return build_map("blank", interface_language(), "")
        except Exception:  # templates are optional for an empty window
            log.debug("no blank template, starting from an empty map", exc_info=True)
            return JourneyMap()

    def set_document(self, doc: CjmDocument) -> None:
        """Show ``doc`` in this window (the previous one is dropped)."""
        old_doc, old_scene, old_view = self.doc, self.scene, self.view
        doc.setParent(self)
        self.doc = doc
        self.undo_group.addStack(doc.undo_stack)
        self.undo_group.setActiveStack(doc.undo_stack)
        doc.undo_stack.cleanChanged.connect(self._update_title)
        doc.path_changed.connect(self._update_title)
        doc.changed.connect(self._on_doc_changed)

        self.scene = MapScene(doc)
        self.view = MapView(self.scene)
        self.view.viewport().installEventFilter(self._file_drops)
        self.view.zoom_changed.connect(self._show_zoom)
        self._central_layout.addWidget(self.view, 1)
        s = self.scene
        s.selection_ids_changed.connect(self._on_selection)
        s.stage_context_requested.connect(lambda sid, pos: context_menus.show(context_menus.stage_menu(self, sid), pos))
        s.lane_context_requested.connect(lambda lid, pos: context_menus.show(context_menus.lane_menu(self, lid), pos))
        s.card_context_requested.connect(lambda cid, pos: context_menus.show(context_menus.card_menu(self, cid), pos))
        s.cell_context_requested.connect(
            lambda sid, lid, pos: context_menus.show(context_menus.cell_menu(self, sid, lid), pos))
        s.connector_context_requested.connect(
            lambda kid, pos: context_menus.show(context_menus.connector_menu(self, kid), pos))
        s.persona_edit_requested.connect(self.edit_persona)

        self.inspector.set_document(doc)
        self.personas_dock.set_document(doc)
        self.find_bar.set_map(doc.map)
        self.editor.pointed_cell = None

        if old_doc is not None:
            self.undo_group.removeStack(old_doc.undo_stack)
            old_view.setParent(None)
            old_view.deleteLater()
            old_scene.deleteLater()
            old_doc.deleteLater()
        self._follow_document(doc)
        if old_doc is not None:
            old_doc.changed.disconnect()  # a change released late must not reach the dropped scene
        self._update_title()
        self._update_counts()
        self._on_selection(self.scene.selected_ids())
        self._show_zoom(self.view.zoom())
        QTimer.singleShot(0, lambda v=self.view, d=doc: self._apply_view_state(v, d))
        self.view.setFocus()

    def _apply_view_state(self, view: MapView, doc: CjmDocument) -> None:
        """Zoom and scroll as the file remembers them (once the view has its size)."""
        state = doc.view
        if state is None or view is not self.view:
            return
        view.set_zoom(state.zoom)
        top_left = view.mapToScene(0, 0)
        hbar, vbar = view.horizontalScrollBar(), view.verticalScrollBar()
        scale = view.transform().m11()
        hbar.setValue(hbar.value() + round((state.scroll_x - top_left.x()) * scale))
        vbar.setValue(vbar.value() + round((state.scroll_y - top_left.y()) * scale))

    def _store_view_state(self) -> None:
        """Remember zoom and scroll position in the document (saved beside the map)."""
        from ...io import ViewState
        from ...io.view_state import ZOOM_MAX, ZOOM_MIN

        top_left = self.view.mapToScene(0, 0)
        values = {"zoom": max(ZOOM_MIN, min(ZOOM_MAX, self.view.zoom())),
                  "scroll_x": max(0.0, top_left.x()), "scroll_y": max(0.0, top_left.y())}
        current = self.doc.view if self.doc.view is not None else ViewState()
        self.doc.view = current.model_copy(update=values)

    def document_name(self) -> str:
        return self.doc.path.name if self.doc and self.doc.path else tr("Untitled")

    def _update_title(self, *_args) -> None:
        self.setWindowTitle(f"{self.document_name()}[*] — cjm-desktop")
        self.setWindowModified(not self.doc.undo_stack.isClean())
        self.setWindowFilePath(str(self.doc.path) if self.doc.path else "")

    def _on_doc_changed(self, change) -> None:
        if change.kind == "reset":
            self.find_bar.set_map(self.doc.map)
        self._update_counts()
        self.find_bar.refresh()

    def _update_counts(self) -> None:
        m = self.doc.map
        self.counts_label.setText(fill(tr("%1 stages · %2 lanes · %3 cards"), len(m.stages), len(m.lanes), len(m.cards)))

    def _show_zoom(self, factor: float) -> None:
        self.zoom_label.setText(percent(factor))

    def _on_selection(self, ids: dict) -> None:
        self.inspector.show_selection(ids)
        has_cards = bool(ids.get("cards"))
        for name in ("cut", "copy", "duplicate"):
            self.actions_by_name[name].setEnabled(has_cards)
        self.actions_by_name["delete"].setEnabled(any(ids.get(k) for k in ids))

    # ------------------------------------------------------------------ file verbs
    def maybe_save(self) -> bool:
        """Ask Save / Discard / Cancel when the map has unsaved changes.

        Returns True when the caller may go on (saved, discarded, or nothing
        to save) and False when the user cancelled or the save failed.
        """
        self.commit_pending_edits()
        if self.doc is None or self.doc.undo_stack.isClean():
            return True
        answer = prompts.ask_save_changes(self, self.document_name())
        if answer == prompts.SAVE:
            return self.save()
        return answer == prompts.DISCARD

    def new_from_template(self) -> bool:
        from .dialogs import NewMapDialog
        from ..settings.preferences import default_template

        # the interface's language and the preferred template come first
        dialog = NewMapDialog(self, interface_language(), default_template())
        if dialog.exec() != NewMapDialog.Accepted or dialog.template_id() is None:
            return False
        return self.new_map(dialog.template_id(), dialog.lang(), dialog.map_title())

    def new_map(self, template_id: str, lang: str, title: str = "") -> bool:
        """Replace this window's map with a new one built from a template."""
        from ...templates import build_map

        if not self.maybe_save():
            return False
        try:
            journey_map = build_map(template_id, lang, title or None)
        except ValueError as exc:  # an unknown template id or language
            prompts.show_error(self, tr("Could not create the map"), str(exc))
            return False
        self.set_document(CjmDocument(journey_map))
        return True

    def open_file(self) -> bool:
        start = str(self.doc.path.parent) if self.doc and self.doc.path else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self, tr("Open Map"), start, file_filter())
        return self.open_path(Path(path)) if path else False

    def open_path(self, path: Path | str, ask: bool = True, defer_error: bool = False) -> bool:
        """Open ``path`` in this window; a load error is shown and changes nothing."""
        path = Path(path)
        if ask and not self.maybe_save():
            return False
        try:
            doc = CjmDocument.open(path)
        except (CjmError, OSError) as exc:
            message = translate_error(exc)
            show = lambda: prompts.show_error(self, tr("Could not open the map"), message)  # noqa: E731
            QTimer.singleShot(0, show) if defer_error else show()
            return False
        self.set_document(doc)
        add_recent_file(path)
        self.statusBar().showMessage(tr("Opened %1").replace("%1", str(path)), 4000)
        return True

    def save(self) -> bool:
        if self.doc.path is None:
            return self.save_as()
        return self._save_to(self.doc.path)

    def save_as(self) -> bool:
        if self.doc.path is not None:
            start = str(self.doc.path)
        else:
            name = "".join(ch for ch in (self.doc.map.title or tr("Untitled")) if ch not in '\\/:*?"<>|').strip()
            start = str(Path.home() / f"{name or 'map'}.cjm")
        path, _ = QFileDialog.getSaveFileName(self, tr("Save Map As"), start, file_filter())
        if not path:
            return False
        if not path.lower().endswith(".cjm"):
            path += ".cjm"
        return self._save_to(Path(path))

    def commit_pending_edits(self) -> None:
        """Text still open in the in-place card editor becomes an undo step
        before the map is saved, exported or closed, so nothing typed is lost."""
        if self.scene is not None:
            self.scene.finish_editing()

    def _save_to(self, path: Path, overwrite: bool = False) -> bool:
        self.commit_pending_edits()
        self._store_view_state()
        try:
            self.doc.save(path, overwrite=overwrite)
        except FileChangedOnDiskError:
            # someone else's newer version is on disk: never replaced without asking
            answer = prompts.ask_overwrite_changed(self, path.name)
            if answer == prompts.OVERWRITE:
                return self._save_to(path, overwrite=True)
            return self.save_as() if answer == prompts.SAVE_AS else False
        except (CjmError, OSError) as exc:
            # the map stays on screen, and modified, so nothing typed is lost
            prompts.show_error(self, tr("Could not save the map"), translate_error(exc))
            return False
        add_recent_file(path)
        self.statusBar().showMessage(tr("Saved %1").replace("%1", str(path)), 4000)
        return True

    def export_requested(self) -> None:
        """Open the export dialog (PDF poster, PNG, SVG) for this map."""
        from ..export_dialog.dialog import ExportDialog

        dialog = ExportDialog(self.doc, self)
        dialog.exec()
        dialog.deleteLater()

    def show_preferences(self) -> bool:
        """Edit the preferences; a new language applies at the next start."""
        from ..settings.preferences import PreferencesDialog

        dialog = PreferencesDialog(self)
        if dialog.exec() != PreferencesDialog.Accepted:
            return False
        if dialog.language_changed():
            self.statusBar().showMessage(tr("The new language is used when cjm-desktop starts again."), 8000)
        return True

    def quit_application(self) -> None:
        QApplication.closeAllWindows()

    def _fill_recent_menu(self) -> None:
        menu = self.recent_menu
        menu.clear()
        files = recent_files()
        for i, path in enumerate(files, 1):
            action = menu.addAction(f"&{i % 10} {path.name}")
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _c=False, p=path: self.open_path(p))
        if not files:
            menu.addAction(tr("No recent maps")).setEnabled(False)
        menu.addSeparator()
        clear = menu.addAction(tr("Clear Recent"))
        clear.setEnabled(bool(files))
        clear.triggered.connect(clear_recent_files)

    # ------------------------------------------------------------------ helpers
    def find_next(self) -> None:
        if not self.find_bar.isVisible():
            self.find_bar.open_bar()
        self.find_bar.next()

    def find_previous(self) -> None:
        if not self.find_bar.isVisible():
            self.find_bar.open_bar()
        self.find_bar.previous()

    def _highlight(self, ids: list) -> None:
        if ids:
            self.scene.highlight(ids)
        else:
            self.scene.clear_highlight()

    def _show_card(self, card_id: str) -> None:
        self.scene.select_ids({"cards": [card_id]})
        self.view.reveal([card_id])

    def focus_inspector(self, field: str = "title") -> None:
        self.inspector.show()
        self.inspector.raise_()
        self.inspector.focus_field(field)

    def _add_persona(self) -> None:
        self.edit_persona(self.editor.add_persona())

    def edit_persona(self, persona_id: str) -> None:
        """Show a persona in the personas dock, ready to type its name."""
        self.personas_dock.show()
        self.personas_dock.raise_()
        self.personas_dock.choose(persona_id)
        self.personas_dock.page.focus_field("name")

    def _about(self) -> None:
        from ... import __version__

        QMessageBox.about(self, tr("About cjm-desktop"),
                          f"cjm-desktop {__version__}\n\n" + tr("Customer journey maps for consultants.\nStages, lanes, cards, personas and "
                             "emotion curves; .cjm files you can share and print as posters."))

    def dropped_map(self, mime) -> Optional[Path]:
        """The .cjm file in a drag, if there is one."""
        if mime is None or not mime.hasUrls():
            return None
        for url in mime.urls():
            if url.isLocalFile() and url.toLocalFile().lower().endswith(".cjm"):
                return Path(url.toLocalFile())
        return None

    # ------------------------------------------------------------------ Qt events
    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self.dropped_map(event.mimeData()):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self.dropped_map(event.mimeData()):
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt override
        path = self.dropped_map(event.mimeData())
        if path is None:
            super().dropEvent(event)
            return
        event.acceptProposedAction()
        QTimer.singleShot(0, lambda: self.open_path(path))

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if not self.maybe_save():
            event.ignore()
            return
        self._save_settings()
        self.find_bar.close_bar()
        self._forget_document()  # saved or discarded: its recovery copy and open-file claim go
        event.accept()

    def _restore_settings(self) -> None:
        s = app_settings()
        geometry = s.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1440, 900)
        state = s.value("window/state")
        if state is not None:
            self.restoreState(state)

    def _save_settings(self) -> None:
        s = app_settings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        s.sync()
