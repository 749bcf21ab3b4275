"""The main window: one map per window, composed from its parts.

The window holds the document, its scene and view, the docks, the find bar
and the status bar, and switches documents (:meth:`MainWindow.set_document`).
Its parts do the rest: :mod:`.actions` builds the actions, menus and toolbar;
:class:`~.file_ops.DocumentFiles` the file verbs (new, open, save, recent
files, dropped files); :class:`~cjm_desktop.editing.editor.MapEditor` the edit
verbs; :class:`~cjm_desktop.app.keeping.window_guard.WindowGuard` autosave,
recovery, backups and changes on disk. The title's modified mark follows
``QUndoStack.cleanChanged``, never a flag of our own.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QUndoGroup
from PySide6.QtWidgets import QApplication, QMainWindow, QVBoxLayout, QWidget

from ...canvas import MapScene, MapView
from ...commands import CjmDocument
from ...editing.editor import MapEditor
from ...i18n import fill, percent, tr
from ...model import JourneyMap, ObjectKind
from ..docks.inspector import InspectorDock
from ..docks.palette import PaletteDock
from ..docks.personas import PersonasDock
from ...editing.prompts import MessageBoxPrompts
from . import collector
from .labels import card_kind_word, lane_kind_word
from ..keeping.window_guard import WindowGuard
from ..teams.ops import TeamOps
from ..settings.language import interface_language
from ..settings.store import app_settings
from . import actions, context_menus
from .file_ops import DocumentFiles, FileDropFilter
from .find_bar import FindBar
from .map_header import MapHeader
from .registry import WindowRegistry
from .show_only import ShowOnly
from ..workshop.ops import WorkshopOps
from .states_ops import StatesOps
from .view_toggles import ViewToggles
from .style import apply_app_style
from .steady import SteadyLabel
from .undo_keys import UndoKeysToDocument

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """The editor window for one journey map.

    Parameters
    ----------
    path:
        A .cjm file to open; without it the window starts on a new blank map.
    """

    def __init__(self, path: Optional[Path | str] = None, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        apply_app_style()
        collector.install(QApplication.instance())  # Python's collector runs between events
        self.setObjectName("MainWindow")
        self.setAcceptDrops(True)
        self.setDocumentMode(True)
        self.doc: Optional[CjmDocument] = None
        self.scene: Optional[MapScene] = None
        self.view: Optional[MapView] = None
        self.undo_group = QUndoGroup(self)
        self.editor = MapEditor(prompts=MessageBoxPrompts(self), card_title=card_kind_word, lane_title=lane_kind_word)
        self.files = DocumentFiles(self)
        self.guard = WindowGuard(self, self)  # autosave, recovery, backups, the notice bars
        self._undo_keys = UndoKeysToDocument(self)
        self._file_drops = FileDropFilter(self)
        self.installEventFilter(self._file_drops)  # a .cjm dropped on the frame, as on the canvas

        self.find_bar = FindBar()
        self.find_bar.highlight_requested.connect(self._highlight)
        self.find_bar.current_requested.connect(self._show_card)
        self.find_bar.closed.connect(lambda: self.view.setFocus() if self.view else None)
        central = QWidget()
        self._central_layout = QVBoxLayout(central)
        self._central_layout.setContentsMargins(0, 0, 0, 0)
        self._central_layout.setSpacing(0)
        self.map_header = MapHeader()  # the logo beside the map's title; a click shows the map in the Inspector
        self.map_header.clicked.connect(lambda: self.scene.clearSelection() if self.scene else None)
        self._central_layout.addWidget(self.map_header)
        self._central_layout.addWidget(self.find_bar)
        for bar in self.guard.notice_bars():
            self._central_layout.addWidget(bar)
        self.setCentralWidget(central)
        self._make_docks()

        self.team = TeamOps(self)  # Compare With…, Merge With…, the conflicts
        self.actions_by_name, self.lane_kind_actions = actions.make_actions(self)
        self.recent_menu, self.view_menu, self.insert_lane_menu = actions.make_menus(self)
        self.view_toggles = ViewToggles(self, self.view_menu)  # connectors, curves: before the dock toggles
        self.show_only = ShowOnly(self, self.view_menu)  # View > Show Only: a filter of the cards shown
        self.workshop = WorkshopOps(self, self.view_menu)  # Voting Mode, Vote Results, Workshop Settings
        self.toolbar = actions.make_toolbar(self)
        self.states = StatesOps(self, self._central_layout)  # the tab bar above the canvas, the States menu
        self._make_status_bar()
        self._restore_settings()

        # a load error is shown once the window is on screen, as the box's parent; the
        # window then starts on a blank map, which is not made when the file opens
        if path is None or not self.open_path(Path(path), ask=False, defer_error=True):
            self.set_document(CjmDocument(self._blank_map()))

    def _make_docks(self) -> None:
        self.palette_dock = PaletteDock(self)
        self.palette_dock.list.activated_kind.connect(  # like a drop: kind defaults, edited in place
            lambda kind: self.scene.interactions.reveal([self.editor.new_card(kind)], edit=True))
        self.inspector = InspectorDock(self)
        self.inspector.set_editor(self.editor)
        self.personas_dock = PersonasDock(self.editor, self)
        self._undo_keys.docks = (self.inspector, self.personas_dock)
        self.addDockWidget(Qt.LeftDockWidgetArea, self.palette_dock)
        self.addDockWidget(Qt.RightDockWidgetArea, self.inspector)
        self.addDockWidget(Qt.RightDockWidgetArea, self.personas_dock)
        self.tabifyDockWidget(self.inspector, self.personas_dock)
        self.inspector.raise_()
        palette_width = max(180, min(260, self.palette_dock.preferred_width()))  # Vietnamese names are longer
        self.resizeDocks([self.palette_dock, self.inspector], [palette_width, 320], Qt.Horizontal)

    def _make_status_bar(self) -> None:
        self.counts_label = SteadyLabel()  # new counts and zooms repaint the label alone
        self.counts_label.setAlignment(Qt.AlignRight | Qt.AlignVCenter)  # its spare room on the left
        self.zoom_label = SteadyLabel(percent(1.0))
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
        old_doc, old_view = self.doc, self.view
        doc.setParent(self)
        self.doc = doc
        self.undo_group.addStack(doc.undo_stack)
        self.undo_group.setActiveStack(doc.undo_stack)
        doc.undo_stack.cleanChanged.connect(self._update_title)
        doc.path_changed.connect(self._update_title)
        doc.changed.connect(self._on_doc_changed)

        self.scene = MapScene(doc, editor=self.editor)
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
        self.map_header.follow(doc)
        self.editor.pointed_cell = None
        self.team.follow(doc)
        self.states.follow(doc)
        self.view_toggles.follow()
        s.layout_changed.connect(self.show_only.refresh)
        self.show_only.follow()  # the filter this user last had on this file
        self.workshop.follow()

        if old_doc is not None:
            self.undo_group.removeStack(old_doc.undo_stack)
            old_view.close_map()  # the old trio goes together: view, then the document with its scene
            old_doc.deleteLater()
        self.guard.follow(doc)  # autosave, claim and watch it; the notice bars start afresh
        if old_doc is not None:
            old_doc.changed.disconnect()  # a change released late must reach none of its observers
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

    def document_name(self) -> str:
        return self.doc.path.name if self.doc and self.doc.path else tr("Untitled")

    def _update_title(self, *_args) -> None:
        self.setWindowTitle(f"{self.document_name()}[*] — cjm-desktop")
        self.setWindowModified(not self.doc.undo_stack.isClean())
        self.setWindowFilePath(str(self.doc.path) if self.doc.path else "")

    def _on_doc_changed(self, change) -> None:
        collector.note_activity()
        if change.reset:
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
        self._raise_dock_for(ids)
        has_cards = bool(ids.get("cards"))
        for name in ("cut", "copy", "duplicate"):
            self.actions_by_name[name].setEnabled(has_cards)
        self.actions_by_name["delete"].setEnabled(any(ids.get(k) for k in ids))

    def _raise_dock_for(self, ids: dict) -> None:
        """A selected card, stage or lane brings the Inspector forward; a selected
        persona (alone) the Personas dock, showing that persona."""
        if any(ids.get(kind) for kind in (ObjectKind.CARDS, ObjectKind.STAGES, ObjectKind.LANES)):
            self.inspector.raise_()
        elif ids.get(ObjectKind.PERSONAS):
            self.personas_dock.choose(ids[ObjectKind.PERSONAS][-1])
            self.personas_dock.raise_()

    # ------------------------------------------------------------------ file verbs (file_ops.py)
    def maybe_save(self) -> bool:
        """Ask Save / Discard / Cancel when the map has unsaved changes (False: do not go on)."""
        return self.files.maybe_save()

    def new_from_template(self) -> bool:
        return self.files.new_from_template()

    def new_map(self, template_id: str, lang: str, title: str = "") -> bool:
        """Replace this window's map with a new one built from a template."""
        return self.files.new_map(template_id, lang, title)

    def open_file(self) -> bool:
        return self.files.open_file()

    def open_path(self, path: Path | str, ask: bool = True, defer_error: bool = False) -> bool:
        """Open ``path`` in this window; a load error is shown and changes nothing."""
        return self.files.open_path(path, ask, defer_error)

    def save(self) -> bool:
        return self.files.save()

    def save_as(self) -> bool:
        return self.files.save_as()

    def commit_pending_edits(self) -> None:
        """Text still open in the in-place card editor becomes an undo step
        before the map is saved, exported or closed, so nothing typed is lost."""
        if self.scene is not None:
            self.scene.finish_editing()

    def open_new_window(self) -> "MainWindow":
        """Another window on a new blank map, held open by the app's registry."""
        return WindowRegistry.of_app().open(type(self)())

    def export_requested(self) -> None:
        """Open the export dialog (PDF poster, PNG, SVG) for this map."""
        from ..export_dialog.dialog import ExportDialog

        dialog = ExportDialog(self.doc, self)
        dialog.exec()
        dialog.deleteLater()

    def present(self) -> None:
        """View > Present (F5): the map full screen, stage by stage (Esc comes back here)."""
        from ..present.present_window import PresentWindow

        self.commit_pending_edits()
        self.presenter = PresentWindow(self.scene, self.view, self)
        self.presenter.left.connect(lambda: setattr(self, "presenter", None))
        self.presenter.start()

    def show_preferences(self) -> bool:
        """Edit the preferences; a new language applies at the next start."""
        from ..settings.preferences import PreferencesDialog

        dialog = PreferencesDialog(self)
        if dialog.exec() != PreferencesDialog.Accepted:
            return False
        if dialog.language_changed():
            self.statusBar().showMessage(tr("The new language is used when cjm-desktop starts again."), 8000)
        return True

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

    def add_persona(self) -> None:
        """Insert > Persona: a new persona, shown ready to type its name."""
        self.edit_persona(self.editor.add_persona())

    def edit_persona(self, persona_id: str) -> None:
        """Show a persona in the personas dock, ready to type its name."""
        self.personas_dock.show()
        self.personas_dock.raise_()
        self.personas_dock.choose(persona_id)
        self.personas_dock.page.focus_field("name")

    # ------------------------------------------------------------------ Qt events
    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.ActivationChange and self.isActiveWindow() and hasattr(self, "guard"):
            self.guard.window_activated()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if not self.maybe_save():
            event.ignore()
            return
        self._save_settings()
        self.find_bar.close_bar()
        self.guard.release()  # saved or discarded: its recovery copy and open-file claim go
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
