"""Right-click menus for stages, lanes, cards and empty cells.

The scene asks for a menu with a signal (``stage_context_requested`` ...);
these functions build it from :class:`~cjm_desktop.editing.editor.MapEditor`
verbs and the window's shared actions, and show it at the screen position
given. What a verb made is selected and scrolled to, as after the keys and menus.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QMenu

from ...i18n import tr
from ...layout.style import LANE_COLOURS
from ...model import LaneKind
from .icons import icon, swatch
from .labels import lane_kind_name

if TYPE_CHECKING:  # pragma: no cover
    from .main_window import MainWindow


def _show(window: "MainWindow", *ids) -> None:
    """Select and scroll to what a verb made."""
    window.scene.interactions.reveal(ids)


def stage_menu(window: "MainWindow", stage_id: str) -> QMenu:
    ed = window.editor
    menu = QMenu(window)
    menu.addAction(tr("Rename Stage…"), lambda: ed.rename_stage(stage_id))
    menu.addAction(tr("Stage Colour…"), lambda: ed.recolour_stage(stage_id))
    menu.addSeparator()
    menu.addAction(icon("stage"), tr("Add Stage Before"), lambda: _show(window, ed.add_stage(stage_id, before=True)))
    menu.addAction(icon("stage"), tr("Add Stage After"), lambda: _show(window, ed.add_stage(stage_id)))
    menu.addSeparator()
    menu.addAction(icon("delete"), tr("Delete Stage"), lambda: ed.delete_stage(stage_id))
    return menu


def _kind_menu(parent: QMenu, title: str, current, choose) -> QMenu:
    sub = parent.addMenu(title)
    for kind in LaneKind:
        fill, accent = LANE_COLOURS[kind]
        action = sub.addAction(swatch(fill, accent=accent), lane_kind_name(kind), lambda k=kind: choose(k))
        if current is not None:
            action.setCheckable(True)
            action.setChecked(kind == current)
    return sub


def lane_menu(window: "MainWindow", lane_id: str) -> QMenu:
    ed = window.editor
    lane = window.doc.map.lane(lane_id)
    menu = QMenu(window)
    menu.addAction(tr("Rename Lane…"), lambda: ed.rename_lane(lane_id))
    _kind_menu(menu, tr("Lane Kind"), lane.kind, lambda k: ed.set_lane_kind(lane_id, k))
    collapse = menu.addAction(tr("Collapse Lane"))
    collapse.setCheckable(True)
    collapse.setChecked(lane.collapsed)
    collapse.toggled.connect(lambda on: ed.set_lane_collapsed(lane_id, on))
    menu.addSeparator()
    _kind_menu(menu, tr("Add Lane Above"), None, lambda k: _show(window, ed.add_lane(k, lane_id, before=True))).setIcon(icon("lane"))
    _kind_menu(menu, tr("Add Lane Below"), None, lambda k: _show(window, ed.add_lane(k, lane_id))).setIcon(icon("lane"))
    menu.addSeparator()
    menu.addAction(icon("delete"), tr("Delete Lane"), lambda: ed.delete_lane(lane_id))
    return menu


def card_menu(window: "MainWindow", card_id: str) -> QMenu:
    ed = window.editor
    if card_id not in ed.selection()["cards"]:
        ed.select(cards=[card_id])
    ids = ed.selection()["cards"] or [card_id]
    menu = QMenu(window)
    menu.addAction(icon("inspector"), tr("Edit in Inspector"), window.focus_inspector)
    menu.addAction(tr("Card Colour…"), lambda: ed.recolour_cards(ids))
    menu.addAction(tr("Use Lane Colour"), lambda: ed.set_card_colour(ids, None))
    menu.addSeparator()
    for name in ("cut", "copy", "paste", "duplicate"):
        menu.addAction(window.actions_by_name[name])
    menu.addSeparator()
    menu.addAction(window.actions_by_name["delete"])
    return menu


def cell_menu(window: "MainWindow", stage_id: str, lane_id: str) -> QMenu:
    ed = window.editor
    ed.pointed_cell = (stage_id, lane_id)
    cell = (stage_id, lane_id)
    menu = QMenu(window)
    menu.addAction(icon("card"), tr("Add Card Here"), lambda: _show(window, ed.add_card(cell=cell)))
    paste = menu.addAction(icon("paste"), tr("Paste Here"), lambda: _show(window, *ed.paste(cell)))
    paste.setEnabled(ed.can_paste())
    menu.addSeparator()
    menu.addAction(icon("stage"), tr("Add Stage After"), lambda: _show(window, ed.add_stage(stage_id)))
    _kind_menu(menu, tr("Add Lane Below"), None, lambda k: _show(window, ed.add_lane(k, lane_id))).setIcon(icon("lane"))
    return menu


def connector_menu(window: "MainWindow", connector_id: str) -> QMenu:
    ed = window.editor
    ed.select(connectors=[connector_id])
    menu = QMenu(window)
    menu.addAction(tr("Edit Label…"), lambda: ed.relabel_connector(connector_id))
    menu.addSeparator()
    menu.addAction(icon("delete"), tr("Delete Connector"), lambda: ed.delete_connectors([connector_id]))
    return menu


def show(menu: QMenu, screen_pos: QPoint) -> None:
    menu.exec(screen_pos)
    menu.deleteLater()
