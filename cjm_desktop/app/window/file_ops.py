"""The window's file verbs: new, open, save, save as, the unsaved-changes
question, recent files and a .cjm file dropped on the window.

:class:`DocumentFiles` does them for one window, through the window's public
interface (its document, :meth:`~.main_window.MainWindow.set_document`, its
status bar); the window's own ``save()``, ``open_path()`` ... hand over to it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Optional

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QFileDialog

from ...commands import CjmDocument
from ...editing import prompts
from ...i18n import fill, tr
from ...io import CjmError, FileChangedOnDiskError
from ...io.platform import path_identity
from ..settings.language import interface_language
from ..settings.store import add_recent_file, clear_recent_files, recent_files
from .error_text import translate_error

if TYPE_CHECKING:  # pragma: no cover
    from .main_window import MainWindow


def file_filter() -> str:
    """The file dialogs' filter for maps."""
    return tr("Journey maps (*.cjm)")


def dropped_map(mime) -> Optional[Path]:
    """The .cjm file in a drag, if there is one."""
    if mime is None or not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile() and url.toLocalFile().lower().endswith(".cjm"):
            return Path(url.toLocalFile())
    return None


class FileDropFilter(QObject):
    """Opens .cjm files dropped on the window or its canvas (whose scene takes other drops)."""

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        if event.type() in (QEvent.DragEnter, QEvent.DragMove) and dropped_map(event.mimeData()):
            event.acceptProposedAction()
            return True
        if event.type() == QEvent.Drop and dropped_map(event.mimeData()):
            event.acceptProposedAction()
            QTimer.singleShot(0, lambda p=dropped_map(event.mimeData()): self.window.open_path(p))
            return True
        return False


class DocumentFiles:
    """New, open, save and save as for one window's map, and its recent files."""

    def __init__(self, window: "MainWindow") -> None:
        self.window = window

    def maybe_save(self) -> bool:
        """Ask Save / Discard / Cancel when the map has unsaved changes.

        Returns True when the caller may go on (saved, discarded, or nothing
        to save) and False when the user cancelled or the save failed.
        """
        window = self.window
        window.commit_pending_edits()
        if window.doc is None or window.doc.undo_stack.isClean():
            return True
        answer = prompts.ask_save_changes(window, window.document_name())
        if answer == prompts.SAVE:
            return self.save()
        return answer == prompts.DISCARD

    def new_from_template(self) -> bool:
        from ..settings.preferences import default_template
        from .dialogs import NewMapDialog

        # the interface's language and the preferred template come first
        dialog = NewMapDialog(self.window, interface_language(), default_template())
        if dialog.exec() != NewMapDialog.Accepted or dialog.template_id() is None:
            return False
        return self.new_map(dialog.template_id(), dialog.lang(), dialog.map_title())

    def new_map(self, template_id: str, lang: str, title: str = "") -> bool:
        """Replace the window's map with a new one built from a template."""
        from ...templates import build_map

        if not self.maybe_save():
            return False
        try:
            journey_map = build_map(template_id, lang, title or None)
        except ValueError as exc:  # an unknown template id or language
            prompts.show_error(self.window, tr("Could not create the map"), str(exc))
            return False
        self.window.set_document(CjmDocument(journey_map))
        return True

    def open_file(self) -> bool:
        doc = self.window.doc
        start = str(doc.path.parent) if doc and doc.path else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self.window, tr("Open Map"), start, file_filter())
        return self.open_path(Path(path)) if path else False

    def open_path(self, path: Path | str, ask: bool = True, defer_error: bool = False) -> bool:
        """Open ``path`` in the window; a load error is shown and changes nothing.

        The file is read BEFORE the unsaved-changes question, so a file that
        cannot be opened never costs the user a decision about the current map.
        """
        window = self.window
        path = Path(path)
        doc = self._load(path, defer_error)
        if doc is None:
            return False
        if ask:
            current = window.doc.path if window.doc is not None else None
            saved_before = window.doc is not None and window.doc.undo_stack.isClean()
            if not self.maybe_save():
                doc.deleteLater()
                return False
            if not saved_before and current is not None and path_identity(current) == path_identity(path):
                doc.deleteLater()  # the question saved over the very file: read what is there now
                doc = self._load(path, defer_error)
                if doc is None:
                    return False
        window.set_document(doc)
        add_recent_file(path)
        window.statusBar().showMessage(fill(tr("Opened %1"), str(path)), 4000)
        return True

    def _load(self, path: Path, defer_error: bool) -> Optional[CjmDocument]:
        """The document read from ``path``, or None after showing why it cannot be opened."""
        try:
            return CjmDocument.open(path)
        except (CjmError, OSError) as exc:
            message = translate_error(exc)
            show = lambda: prompts.show_error(self.window, tr("Could not open the map"), message)  # noqa: E731
            QTimer.singleShot(0, show) if defer_error else show()
            return None

    def save(self) -> bool:
        doc = self.window.doc
        if doc.path is None:
            return self.save_as()
        return self._save_to(doc.path)

    def save_as(self) -> bool:
        doc = self.window.doc
        if doc.path is not None:
            start = str(doc.path)
        else:
            name = "".join(ch for ch in (doc.map.title or tr("Untitled")) if ch not in '\\/:*?"<>|').strip()
            start = str(Path.home() / f"{name or 'map'}.cjm")
        path, _ = QFileDialog.getSaveFileName(self.window, tr("Save Map As"), start, file_filter())
        if not path:
            return False
        if not path.lower().endswith(".cjm"):
            path += ".cjm"
        return self._save_to(Path(path))

    def _save_to(self, path: Path, overwrite: bool = False) -> bool:
        window = self.window
        window.commit_pending_edits()
        self._store_view_state()
        try:
            window.doc.save(path, overwrite=overwrite)
        except FileChangedOnDiskError:
            # someone else's newer version is on disk: never replaced without asking
            answer = prompts.ask_overwrite_changed(window, path.name)
            if answer == prompts.OVERWRITE:
                return self._save_to(path, overwrite=True)
            return self.save_as() if answer == prompts.SAVE_AS else False
        except (CjmError, OSError) as exc:
            # the map stays on screen, and modified, so nothing typed is lost
            prompts.show_error(window, tr("Could not save the map"), translate_error(exc))
            return False
        add_recent_file(path)
        window.statusBar().showMessage(fill(tr("Saved %1"), str(path)), 4000)
        return True

    def _store_view_state(self) -> None:
        """Remember zoom and scroll position in the document (saved beside the map)."""
        from ...io import ViewState
        from ...io.view_state import ZOOM_MAX, ZOOM_MIN

        view, doc = self.window.view, self.window.doc
        top_left = view.mapToScene(0, 0)
        values = {"zoom": max(ZOOM_MIN, min(ZOOM_MAX, view.zoom())),
                  "scroll_x": max(0.0, top_left.x()), "scroll_y": max(0.0, top_left.y())}
        current = doc.view if doc.view is not None else ViewState()
        doc.view = current.model_copy(update=self.window.states.file_views(values))  # each state's own

    def fill_recent_menu(self) -> None:
        """File > Open Recent, filled as it opens (files gone since are left out)."""
        menu = self.window.recent_menu
        menu.clear()
        files = recent_files()
        for i, path in enumerate(files, 1):
            action = menu.addAction(f"&{i % 10} {path.name}")
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _c=False, p=path: self.window.open_path(p))
        if not files:
            menu.addAction(tr("No recent maps")).setEnabled(False)
        menu.addSeparator()
        clear = menu.addAction(tr("Clear Recent"))
        clear.setEnabled(bool(files))
        clear.triggered.connect(clear_recent_files)
