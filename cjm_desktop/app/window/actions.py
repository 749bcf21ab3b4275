"""The window's actions and where they show: the menu bar and the main toolbar.

:func:`make_actions` builds every named action with its words, shortcut, icon
and tooltip, wired to the window's verbs, the editor's verbs and the guard's;
:func:`make_menus` and :func:`make_toolbar` lay them out. The window keeps
what they return (``actions_by_name``, its menus, its toolbar).
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, NamedTuple, Optional

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QToolBar, QToolButton

from ...i18n import fill, tr
from ...layout.style import LANE_COLOURS
from ...model import LaneKind
from . import help_dialogs
from .icons import icon, swatch
from .importing import import_file
from .steady import SteadyToolBar
from .labels import lane_kind_name

if TYPE_CHECKING:  # pragma: no cover
    from .main_window import MainWindow


def tooltip(text: str, shortcut: QKeySequence) -> str:
    """``"Save (Ctrl+S)"``: the action's words and its shortcut."""
    plain = text.replace("&", "").replace("…", "").strip()
    keys = shortcut.toString(QKeySequence.NativeText)
    return f"{plain} ({keys})" if keys else plain


def sync_tooltip(action: QAction) -> None:
    """Keep an action's tooltip in step with its (changing) text and shortcut."""
    text = tooltip(action.text(), action.shortcut())
    if action.toolTip() != text:
        action.setToolTip(text)


def make_action(window: "MainWindow", actions: dict[str, QAction], name: str, text: str, slot, shortcut=None,
                icon_name: Optional[str] = None, tip: Optional[str] = None) -> QAction:
    """One named action of ``window``, filed in ``actions``."""
    action = QAction(text, window)
    if shortcut is not None:
        keys = shortcut if isinstance(shortcut, list) else [shortcut]
        action.setShortcuts([QKeySequence(k) for k in keys])
    if icon_name:
        action.setIcon(icon(icon_name))
    action.setToolTip(tooltip(tip or text, action.shortcut()))
    action.setStatusTip(tip or text.replace("&", "").replace("…", ""))
    action.triggered.connect(lambda _checked=False: slot())
    actions[name] = action
    return action


def _undo_redo(window: "MainWindow", actions: dict[str, QAction]) -> None:
    # our prefix, so the action reads "Undo Move Card" / "Hoàn tác Di chuyển thẻ"
    undo = window.undo_group.createUndoAction(window, tr("Undo"))
    undo.setShortcuts(QKeySequence.Undo)
    undo.setIcon(icon("undo"))
    redo = window.undo_group.createRedoAction(window, tr("Redo"))
    redo.setShortcuts([QKeySequence(QKeySequence.Redo), QKeySequence("Ctrl+Y")])
    redo.setIcon(icon("redo"))
    for name, action in (("undo", undo), ("redo", redo)):
        actions[name] = action
        action.changed.connect(lambda act=action: sync_tooltip(act))
        sync_tooltip(action)


def _file_actions(window: "MainWindow", a) -> None:
    a("new", tr("&New from Template…"), window.new_from_template, QKeySequence.New, "new", tr("Start a new map from a template"))
    a("open", tr("&Open…"), window.open_file, QKeySequence.Open, "open", tr("Open a .cjm map"))
    a("import", tr("&Import…"), lambda: import_file(window), None, None,
      tr("Make a new map from an Excel workbook, a CSV table or a Mermaid journey"))
    a("save", tr("&Save"), window.save, QKeySequence.Save, "save", tr("Save the map"))
    a("save_as", tr("Save &As…"), window.save_as, QKeySequence.SaveAs, None, tr("Save the map under another name"))
    revert = a("revert", tr("Re&vert"), window.guard.revert, None, None, tr("Reload the map from its file, dropping unsaved changes"))
    restore = a("restore_backup", tr("Restore &Backup…"), window.guard.restore_backup, None, None,
                tr("Go back to a version of this file saved before"))
    for action in (revert, restore):
        window.guard.file_known.connect(action.setEnabled)
    a("compare", tr("Co&mpare With…"), window.team.compare_with, None, None,
      tr("Show what changed since another version of this map"))
    a("merge", tr("Mer&ge With…"), window.team.merge_with, None, None,
      tr("Merge another copy of this map (a colleague's, a conflicted copy) into it"))
    a("export", tr("&Export…"), window.export_requested, "Ctrl+E", "export", tr("Export the map as a PDF poster, PNG or SVG"))
    a("close", tr("&Close"), window.close, QKeySequence.Close, None, tr("Close this window"))
    a("quit", tr("&Quit"), QApplication.closeAllWindows, QKeySequence.Quit, None, tr("Close every window and quit"))


def make_actions(window: "MainWindow") -> tuple[dict[str, QAction], list[QAction]]:
    """Every named action of ``window``, and the "add a lane of this kind" actions."""
    acts: dict[str, QAction] = {}
    a, ed = partial(make_action, window, acts), window.editor
    show = lambda *ids: window.scene.interactions.reveal(ids)  # noqa: E731 - what an edit verb made
    _file_actions(window, a)
    _undo_redo(window, acts)

    a("cut", tr("Cu&t"), ed.cut, QKeySequence.Cut, "cut", tr("Cut the selected cards"))
    a("copy", tr("&Copy"), ed.copy, QKeySequence.Copy, "copy", tr("Copy the selected cards"))
    a("paste", tr("&Paste"), lambda: show(*ed.paste()), QKeySequence.Paste, "paste", tr("Paste cards into the selected cell"))
    a("duplicate", tr("&Duplicate"), lambda: show(*ed.duplicate()), "Ctrl+D", "duplicate", tr("Duplicate the selected cards"))
    a("delete", tr("De&lete"), ed.delete_selection, [QKeySequence.Delete, "Backspace"], "delete", tr("Delete the selection"))
    a("remove_hints", tr("Remove &Hint Cards"), ed.remove_hint_cards, None, None,
      tr("Remove the template's hint cards nobody has written"))
    a("select_all", tr("Select &All"), ed.select_all, QKeySequence.SelectAll, None, tr("Select every card"))
    a("find", tr("&Find…"), window.find_bar.open_bar, QKeySequence.Find, "find", tr("Find cards by their text"))
    a("find_next", tr("Find &Next"), window.find_next, "F3", None, tr("Go to the next card found"))
    a("find_previous", tr("Find Pre&vious"), window.find_previous, "Shift+F3", None, tr("Go to the previous card found"))
    a("preferences", tr("Pre&ferences…"), window.show_preferences, QKeySequence.Preferences, None,
      tr("Language, autosave, export paper size and the template for new maps"))

    a("user_guide", tr("&User Guide"), lambda: help_dialogs.show_user_guide(window), QKeySequence.HelpContents, None,
      tr("How to make, edit, share and print a journey map"))
    a("shortcuts", tr("&Keyboard Shortcuts"), lambda: help_dialogs.show_shortcuts(window), None, None,
      tr("Every menu command's keys"))
    a("zoom_in", tr("Zoom &In"), lambda: window.view.zoom_in(), [QKeySequence.ZoomIn, "Ctrl+="], "zoom_in", tr("Zoom in"))
    a("zoom_out", tr("Zoom &Out"), lambda: window.view.zoom_out(), QKeySequence.ZoomOut, "zoom_out", tr("Zoom out"))
    a("zoom_reset", tr("&Actual Size"), lambda: window.view.zoom_reset(), "Ctrl+0", "zoom_reset", tr("Show the map at 100%"))
    a("zoom_fit", tr("&Fit to Window"), lambda: window.view.zoom_to_fit(), "Ctrl+Shift+F", "zoom_fit", tr("Fit the whole map in the window"))
    a("present", tr("&Present"), window.present, "F5", None,
      tr("Show the map full screen, stage by stage (Esc leaves)"))

    a("add_card", tr("&Card"), lambda: show(ed.add_card()), "Ctrl+Shift+N", "card", tr("Add a card to the selected cell"))
    a("add_stage", tr("&Stage"), lambda: show(ed.add_stage()), "Ctrl+Shift+G", "stage", tr("Add a stage after the selected one"))
    a("add_lane", tr("&Lane"), lambda: show(ed.add_lane(LaneKind.CUSTOM)), "Ctrl+Shift+L", "lane", tr("Add a lane below the selected one"))
    a("add_persona", tr("&Persona"), window.add_persona, "Ctrl+Shift+P", "persona", tr("Add a persona"))
    lane_kind_actions = []
    for kind in LaneKind:
        colour, accent = LANE_COLOURS[kind]
        action = QAction(swatch(colour, 16, accent), lane_kind_name(kind), window)
        action.setToolTip(fill(tr("Add a “%1” lane below the selected one"), lane_kind_name(kind)))
        action.triggered.connect(lambda _c=False, k=kind: show(ed.add_lane(k)))
        lane_kind_actions.append(action)
    return acts, lane_kind_actions


class Menus(NamedTuple):
    """The menus the window reaches again after building them."""

    recent: QMenu
    view: QMenu
    insert_lane: QMenu


def make_menus(window: "MainWindow") -> Menus:
    """File, Edit, View, Insert and Help, in the window's menu bar."""
    acts = window.actions_by_name
    bar = window.menuBar()
    file_menu = bar.addMenu(tr("&File"))
    file_menu.addActions([acts["new"], acts["open"]])
    recent_menu = file_menu.addMenu(tr("Open &Recent"))
    recent_menu.aboutToShow.connect(window.files.fill_recent_menu)
    file_menu.addAction(acts["import"])
    file_menu.addSeparator()
    file_menu.addActions([acts["save"], acts["save_as"]])
    file_menu.addActions([acts["revert"], acts["restore_backup"]])
    file_menu.addSeparator()
    file_menu.addActions([acts["compare"], acts["merge"]] + window.team.step_actions)
    file_menu.addSeparator()
    file_menu.addAction(acts["export"])
    file_menu.addSeparator()
    file_menu.addActions([acts["close"], acts["quit"]])

    edit = bar.addMenu(tr("&Edit"))
    edit.addActions([acts["undo"], acts["redo"]])
    edit.addSeparator()
    edit.addActions([acts[n] for n in ("cut", "copy", "paste", "duplicate", "delete")])
    edit.addSeparator()
    edit.addActions([acts["select_all"], acts["remove_hints"]])
    edit.addSeparator()
    edit.addActions([acts["find"], acts["find_next"], acts["find_previous"]])
    edit.addSeparator()
    edit.addAction(acts["preferences"])

    view = bar.addMenu(tr("&View"))
    view.addActions([acts[n] for n in ("zoom_in", "zoom_out", "zoom_reset", "zoom_fit")])
    view.addSeparator()
    view.addAction(acts["present"])
    view.addSeparator()

    insert = bar.addMenu(tr("&Insert"))
    insert.addActions([acts["add_card"], acts["add_stage"]])
    lanes = insert.addMenu(icon("lane"), tr("&Lane"))
    lanes.addActions(window.lane_kind_actions)
    insert.addAction(acts["add_persona"])

    help_menu = bar.addMenu(tr("&Help"))
    help_menu.addActions([acts["user_guide"], acts["shortcuts"]])
    help_menu.addSeparator()
    about = help_menu.addAction(tr("&About cjm-desktop"))
    about.triggered.connect(lambda _c=False: show_about(window))
    # macOS puts these in the application menu by role (its text heuristics miss the Vietnamese words)
    about.setMenuRole(QAction.MenuRole.AboutRole)
    acts["preferences"].setMenuRole(QAction.MenuRole.PreferencesRole)
    acts["quit"].setMenuRole(QAction.MenuRole.QuitRole)
    return Menus(recent_menu, view, lanes)


def make_toolbar(window: "MainWindow") -> QToolBar:
    """The main toolbar (short words under the icons); its toggle and the docks' go in View."""
    acts = window.actions_by_name
    bar = SteadyToolBar(tr("Main Toolbar"), window)
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
        lane_button.setMenu(window.insert_lane_menu)
        lane_button.setPopupMode(QToolButton.MenuButtonPopup)
    window.addToolBar(Qt.TopToolBarArea, bar)  # steady once shown: Undo renamed repaints its button alone
    window.view_menu.addActions([bar.toggleViewAction(), window.palette_dock.toggleViewAction(),
                                 window.inspector.toggleViewAction(), window.personas_dock.toggleViewAction()])
    for action in window.view_menu.actions()[-4:]:
        action.setToolTip(fill(tr("Show or hide the %1"), action.text()))
    return bar


def show_about(window: "MainWindow") -> None:
    """Help > About: the version and what cjm-desktop is for."""
    from ... import __version__

    QMessageBox.about(window, tr("About cjm-desktop"),
                      f"cjm-desktop {__version__}\n\n" + tr("Customer journey maps for consultants.\nStages, lanes, cards, personas and "
                         "emotion curves; .cjm files you can share and print as posters."))
