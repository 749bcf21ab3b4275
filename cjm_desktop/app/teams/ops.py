"""TeamOps: File > Compare With… and File > Merge With…, and the conflicts a
merge (here or in git) left in the map.

Compare keeps the other version and diffs the open map against it after
every edit, so the list and the marks on the canvas stay true. Merge asks for
the other copy and for a common version (the backups the editor keeps, a file,
or none: then every difference is a choice), and puts the merged map in place
as one undo step. Conflicts are resolved one at a time, each an undo step.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Optional

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog

from ...canvas.items.comparison import ComparisonItem, comparison_marks, conflict_marks
from ...commands import ReplaceMapCommand
from ...editing import prompts
from ...i18n import count_text, fill, tr
from ...io import CjmError, read_cjm
from ...io.keeping.backups import list_backups
from ...model import states as st
from ...model.states import content_only
from ...teams import change_lines, conflict_line, diff_maps, merge_maps
from ...teams.diff import diff_states
from ...teams.resolve import ResolveError, resolved
from ..docks.follow import DocumentFollower
from ..window.actions import tooltip
from ..window.error_text import translate_detail, translate_error
from ..window.file_ops import file_filter
from .changes_list import ChangesDock

if TYPE_CHECKING:  # pragma: no cover
    from ..window.main_window import MainWindow

MERGE = QT_TRANSLATE_NOOP("Commands", "Merge With Another Copy")
KEEP_OURS = QT_TRANSLATE_NOOP("Commands", "Keep Our Value")
USE_THEIRS = QT_TRANSLATE_NOOP("Commands", "Use Their Value")
# How many backups are tried as the common version of a merge (newest first).
ANCESTOR_CANDIDATES = 6


class TeamOps:
    def __init__(self, window: "MainWindow") -> None:
        self.window = window
        self.other = None  # the version compared with, and its name
        self.other_name = ""
        self.other_state: Optional[tuple[Optional[str]]] = None  # (state id,) when comparing two states
        self.other_file = None  # the whole map of the file compared with
        self.compare_dock = ChangesDock(tr("Compare"), "CompareDock", window)
        self.compare_dock.add_button(tr("Previous"), tr("The previous change (Shift+F8)"), lambda: self.step(-1))
        self.compare_dock.add_button(tr("Next"), tr("The next change (F8)"), lambda: self.step(1))
        #: File > Next Change / Previous Change (F8, Shift+F8): from anywhere in the window, the canvas too
        self.step_actions = []
        for text, keys, delta in ((tr("Ne&xt Change or Conflict"), "F8", 1),
                                  (tr("Previous C&hange or Conflict"), "Shift+F8", -1)):
            action = QAction(text, window)
            action.setShortcut(QKeySequence(keys))
            action.setToolTip(tooltip(text, action.shortcut()))
            action.triggered.connect(lambda _checked=False, d=delta: self.step(d))
            window.addAction(action)
            self.step_actions.append(action)
        self.compare_dock.add_button(tr("Stop Comparing"), tr("Hide the other version's marks"), self.stop_comparing)
        self.conflicts_dock = ChangesDock(tr("Conflicts"), "ConflictsDock", window)
        self.conflicts_dock.add_button(tr("Keep Ours"), tr("Keep the value in the map and drop the conflict"),
                                       lambda: self.resolve(False))
        self.conflicts_dock.add_button(tr("Use Theirs"), tr("Put their value in the map"), lambda: self.resolve(True))
        for dock in (self.compare_dock, self.conflicts_dock):
            window.addDockWidget(Qt.RightDockWidgetArea, dock)
            dock.hide()
            dock.show_requested.connect(self._reveal)
        self._follower = DocumentFollower(lambda _change=None: self.refresh())
        self._compare_item: Optional[ComparisonItem] = None
        self._conflict_item: Optional[ComparisonItem] = None

    # -- following the window's document ----------------------------------------------------
    def follow(self, doc) -> None:
        """A new document (and scene) in the window: new mark items, no comparison."""
        self._follower.follow(doc)
        self._compare_item, self._conflict_item = ComparisonItem(), ComparisonItem()
        self.window.scene.addItem(self._compare_item)
        self.window.scene.addItem(self._conflict_item)
        self.other, self.other_state, self.other_file = None, None, None
        self.compare_dock.hide()
        self.refresh()

    def refresh(self) -> None:
        doc, scene = self.window.doc, self.window.scene
        if doc is None or scene is None or self._conflict_item is None:
            return
        self._refresh_comparison(doc, scene)
        conflicts = doc.map.conflicts
        lines = {c.id: translate_detail(conflict_line(c)) for c in conflicts}
        # conflicts are about the current state: while a future state (whose objects
        # share its ids) is shown they are listed, not marked or selected on the map
        elsewhere = st.shown_state(doc.map) is not None
        self.conflicts_dock.set_entries([(lines[c.id], "" if elsewhere else c.object_id, c.id) for c in conflicts])
        if conflicts and elsewhere:
            header = fill(tr("These conflicts are in the state “%1”: show it to see them on the map."),
                          st.state_name(doc.map, None))
        elif conflicts:
            header = count_text(tr("1 conflict left: pick a value (the choice is one undo step)."),
                                tr("%1 conflicts left: pick a value for each (each choice is one undo step)."),
                                len(conflicts))
        else:
            header = tr("No conflicts left.")
        self.conflicts_dock.header.setText(header)
        self.conflicts_dock.setWindowTitle(fill(tr("Conflicts (%1)"), len(conflicts)) if conflicts else tr("Conflicts"))
        self._conflict_item.set_marks(conflict_marks([] if elsewhere else conflicts, scene.layout, lines))
        if conflicts and self.conflicts_dock.isHidden():
            self.conflicts_dock.show()
            self.conflicts_dock.raise_()

    def _refresh_comparison(self, doc, scene) -> None:
        if self.other_state is not None:
            self._state_to_compare(doc)
        elif self.other_file is not None:  # the same state of the file (its current state if it has none)
            shown = st.shown_state(doc.map)
            same = shown if shown in st.state_ids(self.other_file) else None
            self.other = content_only(st.map_of_state(self.other_file, same))
        if self.other is None:
            self._compare_item.set_marks(comparison_marks([], None, scene.layout))
            return
        changes = diff_maps(self.other, content_only(doc.map))
        if self.other_file is not None and self.other_state is None:
            changes += diff_states(self.other_file, doc.map)
        entries = [(translate_detail(line), change.id, f"{n}")
                   for n, change in enumerate(changes) for line in change_lines(change)]
        self.compare_dock.set_entries(entries)
        if self.other_state is not None:  # two states of the map
            self.compare_dock.header.setText(fill(count_text(
                tr("1 difference from %2"), tr("%1 differences from %2"), len(entries)), len(entries), self.other_name))
        else:
            self.compare_dock.header.setText(
                fill(count_text(tr("1 change since %2"), tr("%1 changes since %2"), len(entries)), len(entries),
                     self.other_name) if entries else fill(tr("No changes since %1"), self.other_name))
        self._compare_item.set_marks(comparison_marks(changes, self.other, scene.layout))

    def _reveal(self, object_id: str) -> None:
        scene = self.window.scene
        if scene is not None and scene.item_for_id(object_id) is not None:
            scene.interactions.reveal([object_id])

    # -- Compare With… ----------------------------------------------------------------------------
    def compare_with(self, path: Optional[Path] = None) -> bool:
        path = path or self._pick(tr("Compare With"))
        loaded = self._read(path, tr("Could not compare")) if path else None
        if loaded is None:
            return False
        self.other, self.other_name, self.other_state, self.other_file = loaded.map, path.name, None, loaded.map
        self.compare_dock.show()
        self.compare_dock.raise_()
        self.refresh()
        return True

    def compare_state(self, state_id: Optional[str]) -> bool:
        """Compare the state shown with another state of the map (None: the current state):
        its differences marked on the canvas and listed, kept true after every edit."""
        if state_id not in st.state_ids(self.window.doc.map):
            return False
        self.other_state, self.other_file = (state_id,), None
        self.compare_dock.show()
        self.compare_dock.raise_()
        self.refresh()
        return True

    def _state_to_compare(self, doc) -> None:
        state_id = self.other_state[0]
        if state_id not in st.state_ids(doc.map):  # deleted (or undone) since
            self.other_state, self.other = None, None
            self.compare_dock.hide()
            return
        self.other = content_only(st.map_of_state(doc.map, state_id))
        self.other_name = st.state_name(doc.map, state_id)

    def step(self, delta: int) -> None:
        """The next or previous change (or conflict, when not comparing)."""
        dock = self.compare_dock if self.other is not None else self.conflicts_dock
        dock.step(delta)

    def stop_comparing(self) -> None:
        self.other, self.other_state, self.other_file = None, None, None
        self.compare_dock.hide()
        self.refresh()

    # -- Merge With… --------------------------------------------------------------------------------
    def merge_with(self, path: Optional[Path] = None, ancestor: Optional[Path] = None, ask: bool = True) -> bool:
        window = self.window
        path = path or self._pick(tr("Merge With"))
        theirs = self._read(path, tr("Could not merge")) if path else None
        if theirs is None:
            return False
        base = self._read(ancestor, tr("Could not merge")).map if ancestor else (
            self._ask_ancestor(theirs.map) if ask else None)
        if base is False:
            return False
        window.commit_pending_edits()
        result = merge_maps(base, window.doc.map, theirs.map)
        window.doc.push(ReplaceMapCommand(window.doc, result.map, MERGE))
        n = len(result.conflicts)
        window.statusBar().showMessage(
            fill(count_text(tr("Merged %2: 1 conflict to resolve"), tr("Merged %2: %1 conflicts to resolve"), n),
                 n, path.name) if n else
            fill(tr("Merged %1: no conflicts"), path.name), 8000)
        return True

    def _ask_ancestor(self, theirs):
        """The common version: a backup (the closest to both offered first), a
        file, or None (every difference a choice); False if the user cancels."""
        doc = self.window.doc
        options: list[tuple[str, object]] = []
        if doc.path is not None:
            scored = []
            for backup in list_backups(doc.path)[:ANCESTOR_CANDIDATES]:
                try:
                    m = read_cjm(backup.path).map
                except CjmError:
                    continue
                scored.append((len(diff_maps(m, doc.map)) + len(diff_maps(m, theirs)), backup, m))
            for _, backup, m in sorted(scored, key=lambda s: s[0]):
                when = backup.saved_at.astimezone().strftime("%Y-%m-%d %H:%M")
                options.append((fill(tr("The version saved %1 (a backup)"), when), m))
        options.append((tr("Another file…"), "file"))
        options.append((tr("None: decide every difference"), None))
        labels = [label for label, _ in options]
        if len(options) > 2:
            labels[0] += " " + tr("(closest to both)")
        choice, ok = QInputDialog.getItem(self.window, tr("Merge With"), tr("The common version of both copies:"),
                                          labels, 0, False)
        if not ok:
            return False
        picked = options[labels.index(choice)][1]
        if picked == "file":
            path = self._pick(tr("Common Version"))
            loaded = self._read(path, tr("Could not merge")) if path else None
            return loaded.map if loaded is not None else False
        return picked

    # -- conflicts --------------------------------------------------------------------------------
    def resolve(self, use_theirs: bool) -> bool:
        doc, conflict_id = self.window.doc, self.conflicts_dock.current_entry()
        if conflict_id is None:
            self.window.statusBar().showMessage(tr("Choose a conflict in the list first"), 4000)
            return False
        try:
            new = resolved(doc.map, conflict_id, use_theirs)  # worked out on the current state
            st.show_state(new, st.shown_state(doc.map))  # the state on screen stays on screen
        except ResolveError as exc:
            prompts.show_error(self.window, tr("Could not resolve the conflict"), translate_detail(exc.args[0]))
            return False
        row = self.conflicts_dock.list.currentRow()
        doc.push(ReplaceMapCommand(doc, new, USE_THEIRS if use_theirs else KEEP_OURS))
        self.conflicts_dock.list.setCurrentRow(min(row, self.conflicts_dock.list.count() - 1))
        return True

    # -- files ---------------------------------------------------------------------------------------
    def _pick(self, title: str) -> Optional[Path]:
        doc = self.window.doc
        start = str(doc.path.parent) if doc and doc.path else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self.window, title, start, file_filter())
        return Path(path) if path else None

    def _read(self, path: Path, title: str):
        try:
            return read_cjm(path)
        except (CjmError, OSError) as exc:
            prompts.show_error(self.window, title, translate_error(exc))
            return None
