"""MapEditor: every edit verb of a map, turned into undo commands.

The keys, the window's actions, the palette, the context menus and the canvas
gestures all call these verbs, so an edit behaves the same whichever way it
is asked for (like orange-canvas-core's ``SchemeEditWidget``). A verb never
changes the model itself: it pushes commands on the document and returns what
it created; selecting, scrolling into view and opening the in-place editor
are the caller's part. Questions go through a :class:`~.prompts.Prompts`.
"""

from __future__ import annotations

import logging
import weakref
from typing import Callable, Optional, Protocol

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

from ..commands import (
    AddCardsCommand,
    AddConnectorCommand,
    CjmDocument,
    DeleteCardsCommand,
    DeleteConnectorsCommand,
    DeleteLaneCommand,
    DeletePersonaCommand,
    DeleteStageCommand,
    EditCardCommand,
    EditConnectorCommand,
    MoveCardsCommand,
    SetEmotionCommand,
)
from ..i18n import count_text, fill, tr
from ..model import LIMITS, SELECTABLE, Card, Connector, LaneKind
from . import placement
from .clipboard import CARDS_MIME, NEW_CARD_MIME, cards_from_json, cards_from_mime, cards_to_mime, new_card_from_json
from .pictures import PictureVerbs, clipboard_image
from .prompts import MessageBoxPrompts, Prompts
from .state_verbs import StateVerbs
from .structure_verbs import StructureVerbs
from .workshop_verbs import WorkshopVerbs

log = logging.getLogger(__name__)

Cell = placement.Cell

#: Fields a new card gets from the card kind it was asked for (palette drop or activation).
KIND_DEFAULTS: dict[LaneKind, dict] = {
    LaneKind.TOUCHPOINTS: {"sentiment": "neutral"},
    LaneKind.IMPROVEMENTS: {"status": "todo"},
}


class SelectionSource(Protocol):
    """Who shows the selection (the canvas): ids by kind, as ``MapScene.selected_ids``."""

    def selected_ids(self) -> dict[str, list[str]]: ...

    def select_ids(self, ids) -> None: ...


class MapEditor(StructureVerbs, PictureVerbs, WorkshopVerbs, StateVerbs):
    """The edit verbs of one document (those of stages, lanes and personas in
    :class:`.structure_verbs.StructureVerbs`, pictures in :class:`.pictures.PictureVerbs`,
    comments and dot votes in :class:`.workshop_verbs.WorkshopVerbs`, states in
    :class:`.state_verbs.StateVerbs`).

    Parameters
    ----------
    doc:
        The document edited; :meth:`attach` switches to another one.
    prompts:
        Where questions go (dialogs by default).
    selection:
        What is selected (the scene); without one nothing is.
    card_title, lane_title:
        The title "Insert > Card" gives a card, and a new lane gets, by kind
        and map language (``"vi"``/``"en"``: the words are written into the
        map, so they follow its language, not the interface's); none by default.
    """

    def __init__(self, doc: Optional[CjmDocument] = None, prompts: Optional[Prompts] = None,
                 selection: Optional[SelectionSource] = None,
                 card_title: Optional[Callable[[LaneKind, str], str]] = None,
                 lane_title: Optional[Callable[[LaneKind, str], str]] = None) -> None:
        self.doc = doc
        self.prompts: Prompts = prompts if prompts is not None else MessageBoxPrompts()
        self._selection = weakref.ref(selection) if selection is not None else None
        self.card_title = card_title or (lambda kind, language: "")
        self.lane_title = lane_title or (lambda kind, language: "")
        #: The cell the user last pointed at (context menu on an empty cell).
        self.pointed_cell: Optional[Cell] = None

    def attach(self, doc: CjmDocument, selection: Optional[SelectionSource] = None) -> None:
        """Edit ``doc`` from now on, with the selection ``selection`` shows."""
        self.doc, self.pointed_cell = doc, None
        self._selection = weakref.ref(selection) if selection is not None else None

    @property
    def selection_source(self) -> Optional[SelectionSource]:
        """Who shows the selection (held weakly: the scene holds this editor)."""
        return self._selection() if self._selection is not None else None

    # -- selection -----------------------------------------------------------------
    def selection(self) -> dict[str, list[str]]:
        source = self.selection_source
        sel = source.selected_ids() if source is not None else {}
        return {kind.value: list(sel.get(kind, ())) for kind in SELECTABLE}

    def selected_cards(self) -> list[Card]:
        """The selected cards in reading order."""
        ids = set(self.selection()["cards"])
        return self.doc.map.reading_order(c for c in self.doc.map.cards if c.id in ids)

    def current_cell(self) -> Optional[Cell]:
        """Where new or pasted cards go: the selected card's cell, the pointed
        cell, or the cell of a selected stage and lane."""
        cards = self.selected_cards()
        if cards:
            return cards[-1].stage_id, cards[-1].lane_id
        if placement.has_cell(self.doc.map, self.pointed_cell):
            return self.pointed_cell
        sel = self.selection()
        if sel["stages"] and sel["lanes"]:
            return sel["stages"][0], sel["lanes"][0]
        return None

    def select(self, **ids) -> None:
        source = self.selection_source
        if source is not None:
            source.select_ids({k: list(v) for k, v in ids.items()})

    def select_all(self) -> None:
        self.select(cards=[c.id for c in self.doc.map.cards])

    # -- new cards ---------------------------------------------------------------------
    def new_card(self, kind: Optional[LaneKind] = None, cell: Optional[Cell] = None, index: Optional[int] = None,
                 fields: Optional[dict] = None, titled: bool = False) -> Optional[str]:
        """A new card of ``kind`` (its :data:`KIND_DEFAULTS`, then ``fields``) at
        ``index`` of ``cell`` (default: the end of the current cell, in a lane of
        that kind). ``titled`` names it after its kind. The new card's id."""
        m = self.doc.map
        if not m.stages or not m.lanes:
            self.prompts.show_error(tr("No cell for a card"), tr("Add a stage and a lane first, then add cards."))
            return None
        if not self._room_for(1):
            return None
        if cell is None:
            cell = placement.cell_for_kind(m, kind, self.current_cell())
        stage_id, lane_id = cell
        values = dict(KIND_DEFAULTS.get(kind, {})) if kind is not None else {}
        if titled:
            values["title"] = self.card_title(kind if kind is not None else m.lane(lane_id).kind, m.language)
        values.update(fields or {})
        end = len(m.cards_in(stage_id, lane_id))
        card = Card(stage_id=stage_id, lane_id=lane_id, order=end if index is None else min(index, end), **values)
        self.doc.push(AddCardsCommand(self.doc, [card]))
        return card.id

    def discard_new_card(self, card_id: str) -> bool:
        """Take back a card the last undo step created, if nothing was written
        on it (Esc in the in-place editor opened on a new card): the undo stack
        is left as it was before the card was made."""
        stack = self.doc.undo_stack
        top = stack.command(stack.index() - 1) if stack.index() > 0 else None
        card = next((c for c in self.doc.map.cards if c.id == card_id), None)
        if card is None or card.title or card.body or not isinstance(top, AddCardsCommand):
            return False
        return top.card_ids == [card_id] and self.doc.take_back(top)

    def add_card(self, kind: Optional[LaneKind] = None, cell: Optional[Cell] = None) -> Optional[str]:
        """Insert > Card and "Add Card Here": a card named after its kind."""
        return self.new_card(kind, cell, titled=True)

    def drop(self, data: Optional[QMimeData], stage_id: str, lane_id: str, index: int) -> list[str]:
        """Cards dropped at ``index`` of a cell: a new card from the palette or
        copies of cards from another map. The new ids (none if nothing fit)."""
        if data is not None and data.hasFormat(NEW_CARD_MIME):
            asked = new_card_from_json(bytes(data.data(NEW_CARD_MIME)))
            if asked is None:
                return []
            card_id = self.new_card(asked[0], (stage_id, lane_id), index, fields=asked[1])
            return [card_id] if card_id else []
        if data is not None and data.hasFormat(CARDS_MIME):
            return self.paste_cards(cards_from_json(bytes(data.data(CARDS_MIME))), (stage_id, lane_id), index)
        return []

    # -- clipboard -------------------------------------------------------------------
    def copy(self) -> bool:
        cards = self.selected_cards()
        if not cards:
            return False
        QGuiApplication.clipboard().setMimeData(cards_to_mime(cards))
        return True

    def cut(self) -> bool:
        cards = self.selected_cards()
        if not self.copy():
            return False
        text = count_text(tr("Cut Card"), tr("Cut %1 Cards"), len(cards))
        self.doc.push(DeleteCardsCommand(self.doc, [c.id for c in cards], text=text))
        return True

    def can_paste(self) -> bool:
        data = QGuiApplication.clipboard().mimeData()
        return bool(data is not None and (data.hasText() or data.formats()))

    def paste(self, cell: Optional[Cell] = None) -> list[str]:
        """Paste clipboard cards (with new ids) into ``cell``, the current cell,
        their own cells when this map has them, or the first cell."""
        data = QGuiApplication.clipboard().mimeData()
        image = clipboard_image(data) if data is not None and not data.hasFormat(CARDS_MIME) else None
        if image is not None:
            return self.paste_picture(image, cell or self.current_cell())
        cards = cards_from_mime(data)
        if not cards:
            self.prompts.tell(tr("The clipboard holds no cards or text to paste."))
            return []
        anchor = None
        if cell is None:
            cell = self.current_cell()
            selected = self.selected_cards()
            if selected and cell == (selected[-1].stage_id, selected[-1].lane_id):
                anchor = selected[-1]
        return self.paste_cards(cards, cell, anchor=anchor,
                                text=count_text(tr("Paste Card"), tr("Paste %1 Cards"), len(cards)))

    def paste_cards(self, cards: list[Card], cell: Optional[Cell], index: Optional[int] = None,
                    anchor: Optional[Card] = None, text: Optional[str] = None) -> list[str]:
        """Copies of ``cards`` (see :func:`.placement.copies_into`) as one step."""
        m = self.doc.map
        if not cards:
            return []
        if not m.stages or not m.lanes:
            self.prompts.show_error(tr("Nothing to paste into"), tr("Add a stage and a lane first, then paste."))
            return []
        if not self._room_for(len(cards)):
            return []
        copies = placement.copies_into(m, cards, cell, index, anchor)
        for card in copies:
            if card.image is not None and card.image not in m.images:  # from another map: the picture stays there
                card.image = None
        self.doc.push(AddCardsCommand(self.doc, copies, text=text))
        return [c.id for c in copies]

    def duplicate(self) -> list[str]:
        """Copies of the selected cards, each just below its original."""
        cards = self.selected_cards()
        if not cards or not self._room_for(len(cards)):
            return []
        copies = placement.duplicates_of(cards)
        text = count_text(tr("Duplicate Card"), tr("Duplicate %1 Cards"), len(copies))
        self.doc.push(AddCardsCommand(self.doc, copies, text=text))
        return [c.id for c in copies]

    def _room_for(self, n: int) -> bool:
        if len(self.doc.map.cards) + n <= LIMITS.max_cards:
            return True
        self.prompts.show_error(tr("Too many cards"), fill(tr("A map holds at most %1 cards."), LIMITS.max_cards))
        return False

    # -- cards: move, text, connectors, feelings ----------------------------------------
    def move_cards(self, card_ids: list[str], stage_id: str, lane_id: str, index: int, merge: bool = False) -> bool:
        """Move cards to ``index`` of a cell (a drag; ``merge`` for nudges)."""
        if not card_ids:
            return False
        command = MoveCardsCommand(self.doc, card_ids, stage_id, lane_id, index, merge=merge)
        if command.is_noop():
            return False
        self.doc.push(command)
        return True

    def nudge(self, d_stage: int, d_index: int) -> bool:
        """Move the selected cards (of one cell) one place up/down in their cell
        or to the neighbouring stage. Consecutive nudges are one undo step."""
        ids = self.selection()["cards"]
        target = placement.nudge_target(self.doc.map, ids, d_stage, d_index) if ids else None
        return target is not None and self.move_cards(ids, *target, merge=True)

    def set_card_text(self, card_id: str, title: str, body: str) -> bool:
        """The in-place editor's text for a card (nothing if the card is gone or unchanged)."""
        card = next((c for c in self.doc.map.cards if c.id == card_id), None)
        if card is None:
            return False
        fields = {k: v for k, v in (("title", title), ("body", body)) if getattr(card, k) != v}
        if fields:
            self.doc.push(EditCardCommand(self.doc, card_id, fields))
        return bool(fields)

    def connect_cards(self, source_id: str, target_id: str) -> Optional[str]:
        """A connector from one card to another (none if one is there already)."""
        m = self.doc.map
        if source_id == target_id or any((k.source_id, k.target_id) == (source_id, target_id) for k in m.connectors):
            return None
        if len(m.connectors) >= LIMITS.max_connectors:
            log.info("connector refused: the map has the most connectors it may hold")
            return None
        connector = Connector(source_id=source_id, target_id=target_id)
        self.doc.push(AddConnectorCommand(self.doc, connector))
        return connector.id

    def set_emotion(self, persona_id: str, stage_id: str, score: int) -> None:
        """A persona's feeling at a stage (a drag of its point)."""
        self.doc.push(SetEmotionCommand(self.doc, persona_id, stage_id, score))

    def add_missing_emotion(self, stage_id: str, score: int) -> bool:
        """Give the first persona without a point at ``stage_id`` one there."""
        m = self.doc.map
        missing = next((p for p in m.personas if m.emotion(p.id, stage_id) is None), None)
        if missing is None:
            return False
        self.set_emotion(missing.id, stage_id, score)
        return True

    # -- delete ------------------------------------------------------------------------
    def delete_selection(self) -> bool:
        """Delete everything selected as one undo step; asks first when stages
        or lanes with cards in them would go."""
        sel = self.selection()
        if not any(sel.values()):
            return False
        if (sel["stages"] or sel["lanes"]) and not self._confirm_axis_delete(sel["stages"], sel["lanes"]):
            return False
        commands = []
        if sel["connectors"]:
            commands.append(DeleteConnectorsCommand(self.doc, sel["connectors"]))
        if sel["cards"]:
            commands.append(DeleteCardsCommand(self.doc, sel["cards"]))
        commands += [DeletePersonaCommand(self.doc, pid) for pid in sel["personas"]]
        commands += [DeleteStageCommand(self.doc, sid) for sid in sel["stages"]]
        commands += [DeleteLaneCommand(self.doc, lid) for lid in sel["lanes"]]
        self.push_all(commands, tr("Delete"))
        return True

    def remove_hint_cards(self) -> int:
        """Edit > Remove Hint Cards: every template hint nobody wrote, in one undo step."""
        from ..export.shown import hint_card_ids  # not at start-up: the export package loads reportlab

        ids = hint_card_ids(self.doc.map)
        if ids:
            self.doc.push(DeleteCardsCommand(self.doc, ids, tr("Remove Hint Cards")))
        return len(ids)

    def delete_connectors(self, connector_ids: list[str]) -> None:
        if connector_ids:
            self.doc.push(DeleteConnectorsCommand(self.doc, connector_ids))

    def relabel_connector(self, connector_id: str) -> None:
        connector = next(k for k in self.doc.map.connectors if k.id == connector_id)
        label = self.prompts.ask_text(tr("Connector label"), tr("Label (e.g. “comes back”):"), connector.label)
        if label is not None and label != connector.label:
            self.doc.push(EditConnectorCommand(self.doc, connector_id, {"label": label}))

    # -- cards' colour ----------------------------------------------------------------
    def recolour_cards(self, card_ids: list[str]) -> None:
        if not card_ids:
            return
        first = self.doc.map.card(card_ids[0])
        colour = self.prompts.ask_colour(first.colour or "#ffffff", tr("Card colour"))
        if colour:
            self.set_card_colour(card_ids, colour)

    def set_card_colour(self, card_ids: list[str], colour: Optional[str]) -> None:
        commands = [EditCardCommand(self.doc, cid, {"colour": colour})
                    for cid in card_ids if self.doc.map.card(cid).colour != colour]
        if commands:
            self.push_all(commands, tr("Colour Cards"))

    # -- macros --------------------------------------------------------------------------
    def push_all(self, commands: list, text: str) -> None:
        """Push ``commands`` as one undo step named ``text`` (a macro when several)."""
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

