"""Edit verbs of the window: clipboard, duplicate, delete, insert, rename ...

:class:`MapEditor` turns a menu choice into undo commands pushed on the
document; it never changes the model itself. It reads the selection from the
scene and asks its questions through :mod:`.prompts`.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Optional

from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import QColorDialog, QInputDialog, QLineEdit

from ..commands import (
    AddCardsCommand,
    AddLaneCommand,
    AddPersonaCommand,
    AddStageCommand,
    DeleteCardsCommand,
    DeleteConnectorsCommand,
    DeleteLaneCommand,
    DeletePersonaCommand,
    DeleteStageCommand,
    EditCardCommand,
    EditConnectorCommand,
    EditLaneCommand,
    EditStageCommand,
)
from ..i18n import count_text, fill, tr
from ..model import LIMITS, Card, Lane, LaneKind, Persona, Stage, new_id
from . import prompts
from .clipboard import cards_from_mime, cards_to_mime
from ..app.window.labels import card_kind_name, lane_kind_name

if TYPE_CHECKING:  # pragma: no cover
    from ..app.window.main_window import MainWindow

log = logging.getLogger(__name__)

Cell = tuple[str, str]  # stage_id, lane_id

PERSONA_COLOURS = ["#5b8def", "#e0795b", "#3fae8c", "#a66bd6", "#d6a33f", "#d65b8f"]


class MapEditor:
    """The edit verbs of one window, applied to its current document."""

    def __init__(self, window: "MainWindow") -> None:
        self.window = window
        #: The cell the user last pointed at (context menu on an empty cell).
        self.pointed_cell: Optional[Cell] = None

    @property
    def doc(self):
        return self.window.doc

    @property
    def scene(self):
        return self.window.scene

    # -- selection -----------------------------------------------------------------
    def selection(self) -> dict:
        sel = self.scene.selected_ids() if self.scene is not None else {}
        return {k: list(sel.get(k, ())) for k in ("cards", "stages", "lanes", "connectors", "personas")}

    def selected_cards(self) -> list[Card]:
        ids = set(self.selection()["cards"])
        m = self.doc.map
        stage_pos = {s.id: i for i, s in enumerate(m.stages)}
        lane_pos = {lane.id: i for i, lane in enumerate(m.lanes)}
        cards = [c for c in m.cards if c.id in ids]
        return sorted(cards, key=lambda c: (stage_pos.get(c.stage_id, 0), lane_pos.get(c.lane_id, 0), c.order))

    def current_cell(self) -> Optional[Cell]:
        """Where new or pasted cards go: the selected card's cell, the pointed
        cell, or the cell of a selected stage and lane."""
        m = self.doc.map
        cards = self.selected_cards()
        if cards:
            return cards[-1].stage_id, cards[-1].lane_id
        stage_ids = {s.id for s in m.stages}
        lane_ids = {lane.id for lane in m.lanes}
        if self.pointed_cell and self.pointed_cell[0] in stage_ids and self.pointed_cell[1] in lane_ids:
            return self.pointed_cell
        sel = self.selection()
        if sel["stages"] and sel["lanes"]:
            return sel["stages"][0], sel["lanes"][0]
        return None

    def select(self, **ids) -> None:
        if self.scene is not None:
            self.scene.select_ids({k: list(v) for k, v in ids.items()})

    def select_all(self) -> None:
        self.select(cards=[c.id for c in self.doc.map.cards])

    # -- clipboard -------------------------------------------------------------------
    def copy(self) -> bool:
        cards = self.selected_cards()
        if not cards:
            return False
        QGuiApplication.clipboard().setMimeData(cards_to_mime(cards))
        return True

    def cut(self) -> None:
        cards = self.selected_cards()
        if self.copy():
            self.doc.push(DeleteCardsCommand(self.doc, [c.id for c in cards], text=count_text(tr("Cut Card"), tr("Cut %1 Cards"), len(cards))))

    def can_paste(self) -> bool:
        data = QGuiApplication.clipboard().mimeData()
        return bool(data is not None and (data.hasText() or data.formats()))

    def paste(self, cell: Optional[Cell] = None) -> list[str]:
        """Paste clipboard cards (with new ids) into ``cell``, the current cell,
        their own cells when this map has them, or the first cell."""
        cards = cards_from_mime(QGuiApplication.clipboard().mimeData())
        if not cards:
            self.window.statusBar().showMessage(tr("The clipboard holds no cards or text to paste."), 4000)
            return []
        return self._insert_copies(cards, cell, text=count_text(tr("Paste Card"), tr("Paste %1 Cards"), len(cards)))

    def _insert_copies(self, cards: list[Card], cell: Optional[Cell], text: str, after: Optional[Card] = None) -> list[str]:
        m = self.doc.map
        if not m.stages or not m.lanes:
            prompts.show_error(self.window, tr("Nothing to paste into"), tr("Add a stage and a lane first, then paste."))
            return []
        stage_ids = {s.id for s in m.stages}
        lane_ids = {lane.id for lane in m.lanes}
        anchor = after
        if cell is None:
            cell = self.current_cell()
            selected = self.selected_cards()
            if selected and cell == (selected[-1].stage_id, selected[-1].lane_id):
                anchor = selected[-1]
        fallback = (m.stages[0].id, m.lanes[0].id)
        next_order: dict[Cell, int] = {}
        copies = []
        for card in cards:
            if cell is not None:
                target = cell
            elif card.stage_id in stage_ids and card.lane_id in lane_ids:
                target = (card.stage_id, card.lane_id)
            else:
                target = fallback
            if target not in next_order:
                if anchor is not None and (anchor.stage_id, anchor.lane_id) == target:
                    next_order[target] = anchor.order + 1
                else:
                    next_order[target] = len(m.cards_in(*target))
            order = next_order[target]
            next_order[target] = order + 1
            copies.append(card.model_copy(update={"id": new_id(), "stage_id": target[0], "lane_id": target[1], "order": order}))
        if len(m.cards) + len(copies) > LIMITS.max_cards:
            prompts.show_error(self.window, tr("Too many cards"), fill(tr("A map holds at most %1 cards."), LIMITS.max_cards))
            return []
        self.doc.push(AddCardsCommand(self.doc, copies, text=text))
        ids = [c.id for c in copies]
        self.select(cards=ids)
        return ids

    def duplicate(self) -> list[str]:
        """Copies of the selected cards, each just below its original."""
        cards = self.selected_cards()
        if not cards:
            return []
        copies = []
        shift: dict[Cell, int] = {}
        for card in cards:
            cell = (card.stage_id, card.lane_id)
            order = card.order + 1 + shift.get(cell, 0)
            shift[cell] = shift.get(cell, 0) + 1
            copies.append(card.model_copy(update={"id": new_id(), "order": order}, deep=True))
        self.doc.push(AddCardsCommand(self.doc, copies, text=count_text(tr("Duplicate Card"), tr("Duplicate %1 Cards"), len(copies))))
        ids = [c.id for c in copies]
        self.select(cards=ids)
        return ids

    # -- delete ------------------------------------------------------------------------
    def delete_selection(self) -> bool:
        sel = self.selection()
        if not any(sel.values()):
            return False
        if sel["stages"] or sel["lanes"]:
            if not self._confirm_axis_delete(sel["stages"], sel["lanes"]):
                return False
        commands = []
        if sel["connectors"]:
            commands.append(DeleteConnectorsCommand(self.doc, sel["connectors"]))
        if sel["cards"]:
            commands.append(DeleteCardsCommand(self.doc, sel["cards"]))
        commands += [DeletePersonaCommand(self.doc, pid) for pid in sel["personas"]]
        commands += [DeleteStageCommand(self.doc, sid) for sid in sel["stages"]]
        commands += [DeleteLaneCommand(self.doc, lid) for lid in sel["lanes"]]
        self._push_all(commands, tr("Delete"))
        return True

    def _push_all(self, commands: list, text: str) -> None:
        if len(commands) == 1:
            self.doc.push(commands[0])
            return
        stack = self.doc.undo_stack
        stack.beginMacro(text)
        try:
            for command in commands:
                stack.push(command)
        finally:
            stack.endMacro()

    def _confirm_axis_delete(self, stage_ids: list[str], lane_ids: list[str]) -> bool:
        stages, lanes = set(stage_ids), set(lane_ids)
        n = sum(1 for c in self.doc.map.cards if c.stage_id in stages or c.lane_id in lanes)
        if n == 0:
            return True
        m = self.doc.map
        if len(stages) + len(lanes) == 1:
            if stages:
                what = fill(tr("the stage “%1”"), m.stage(next(iter(stages))).title or tr("untitled"))
            else:
                what = fill(tr("the lane “%1”"), m.lane(next(iter(lanes))).title or tr("untitled"))
        else:
            what = fill(tr("%1 stages and lanes"), len(stages) + len(lanes))
        cards = count_text(tr("1 card"), tr("%1 cards"), n)
        text = fill(tr("Delete %1 and the %2 in it? You can undo this with Edit > Undo."), what, cards)
        return prompts.confirm(self.window, tr("Delete cards too?"), text)

    def delete_stage(self, stage_id: str) -> bool:
        if not self._confirm_axis_delete([stage_id], []):
            return False
        self.doc.push(DeleteStageCommand(self.doc, stage_id))
        return True

    def delete_lane(self, lane_id: str) -> bool:
        if not self._confirm_axis_delete([], [lane_id]):
            return False
        self.doc.push(DeleteLaneCommand(self.doc, lane_id))
        return True

    def delete_connectors(self, connector_ids: list[str]) -> None:
        if connector_ids:
            self.doc.push(DeleteConnectorsCommand(self.doc, connector_ids))

    def relabel_connector(self, connector_id: str) -> None:
        connector = next(k for k in self.doc.map.connectors if k.id == connector_id)
        label = self._ask_text(tr("Connector label"), tr("Label (e.g. “comes back”):"), connector.label)
        if label is not None and label != connector.label:
            self.doc.push(EditConnectorCommand(self.doc, connector_id, {"label": label}))

    def delete_cards(self, card_ids: list[str]) -> None:
        if card_ids:
            self.doc.push(DeleteCardsCommand(self.doc, card_ids))

    # -- insert ------------------------------------------------------------------------
    def add_card(self, kind: Optional[LaneKind] = None, cell: Optional[Cell] = None) -> Optional[str]:
        """A new card in ``cell`` (or the current cell; with ``kind``, a lane of that kind)."""
        m = self.doc.map
        if not m.stages or not m.lanes:
            prompts.show_error(self.window, tr("No cell for a card"), tr("Add a stage and a lane first, then add cards."))
            return None
        if cell is None:
            cell = self.current_cell()
            if kind is not None and (cell is None or m.lane(cell[1]).kind != kind):
                lane = next((lane for lane in m.lanes if lane.kind == kind), None)
                if lane is not None:
                    cell = (cell[0] if cell else m.stages[0].id, lane.id)
            cell = cell or (m.stages[0].id, m.lanes[0].id)
        stage_id, lane_id = cell
        title = card_kind_name(kind if kind is not None else m.lane(lane_id).kind)
        card = Card(stage_id=stage_id, lane_id=lane_id, order=len(m.cards_in(stage_id, lane_id)), title=title)
        self.doc.push(AddCardsCommand(self.doc, [card]))
        self.select(cards=[card.id])
        return card.id

    def _axis_index(self, collection: str, key: str, before: bool = False, item_id: Optional[str] = None) -> Optional[int]:
        items = getattr(self.doc.map, collection)
        if item_id is None:
            picked = self.selection()[key]
            cell = self.current_cell()
            item_id = picked[-1] if picked else (cell[0 if key == "stages" else 1] if cell else None)
        if item_id is None:
            return None
        index = next((i for i, x in enumerate(items) if x.id == item_id), None)
        if index is None:
            return None
        return index if before else index + 1

    def add_stage(self, next_to: Optional[str] = None, before: bool = False) -> str:
        index = self._axis_index("stages", "stages", before, next_to)
        stage = Stage(title=fill(tr("Stage %1"), len(self.doc.map.stages) + 1))
        self.doc.push(AddStageCommand(self.doc, stage, index))
        self.select(stages=[stage.id])
        return stage.id

    def add_lane(self, kind: LaneKind = LaneKind.CUSTOM, next_to: Optional[str] = None, before: bool = False) -> str:
        index = self._axis_index("lanes", "lanes", before, next_to)
        lane = Lane(kind=kind, title=lane_kind_name(kind))
        self.doc.push(AddLaneCommand(self.doc, lane, index))
        self.select(lanes=[lane.id])
        return lane.id

    def add_persona(self) -> str:
        n = len(self.doc.map.personas)
        persona = Persona(name=fill(tr("Persona %1"), n + 1), colour=PERSONA_COLOURS[n % len(PERSONA_COLOURS)])
        self.doc.push(AddPersonaCommand(self.doc, persona))
        return persona.id

    # -- stage, lane and card properties -------------------------------------------------
    def rename_stage(self, stage_id: str) -> None:
        stage = self.doc.map.stage(stage_id)
        title = self._ask_text(tr("Rename stage"), tr("Stage title:"), stage.title)
        if title is not None and title != stage.title:
            self.doc.push(EditStageCommand(self.doc, stage_id, {"title": title}))

    def rename_lane(self, lane_id: str) -> None:
        lane = self.doc.map.lane(lane_id)
        title = self._ask_text(tr("Rename lane"), tr("Lane title:"), lane.title)
        if title is not None and title != lane.title:
            self.doc.push(EditLaneCommand(self.doc, lane_id, {"title": title}))

    def recolour_stage(self, stage_id: str) -> None:
        stage = self.doc.map.stage(stage_id)
        colour = self._ask_colour(stage.colour, tr("Stage colour"))
        if colour and colour != stage.colour:
            self.doc.push(EditStageCommand(self.doc, stage_id, {"colour": colour}))

    def recolour_cards(self, card_ids: list[str]) -> None:
        if not card_ids:
            return
        first = self.doc.map.card(card_ids[0])
        colour = self._ask_colour(first.colour or "#ffffff", tr("Card colour"))
        if colour:
            self.set_card_colour(card_ids, colour)

    def set_card_colour(self, card_ids: list[str], colour: Optional[str]) -> None:
        commands = [EditCardCommand(self.doc, cid, {"colour": colour}) for cid in card_ids if self.doc.map.card(cid).colour != colour]
        if commands:
            self._push_all(commands, tr("Colour Cards"))

    def set_lane_kind(self, lane_id: str, kind: LaneKind) -> None:
        if self.doc.map.lane(lane_id).kind != kind:
            self.doc.push(EditLaneCommand(self.doc, lane_id, {"kind": kind}))

    def set_lane_collapsed(self, lane_id: str, collapsed: bool) -> None:
        if self.doc.map.lane(lane_id).collapsed != collapsed:
            self.doc.push(EditLaneCommand(self.doc, lane_id, {"collapsed": collapsed}))

    def _ask_text(self, title: str, label: str, value: str) -> Optional[str]:
        text, ok = QInputDialog.getText(self.window, title, label, QLineEdit.Normal, value)
        if not ok:
            return None
        return text.strip()[: LIMITS.short_text]

    def _ask_colour(self, current: str, title: str) -> Optional[str]:
        colour = QColorDialog.getColor(QColor(current), self.window, title)
        return colour.name() if colour.isValid() else None

