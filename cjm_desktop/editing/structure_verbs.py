"""The edit verbs of a map's frame: stages, lanes and personas (insert, rename, recolour, delete).

:class:`StructureVerbs` is the part of :class:`~.editor.MapEditor` that works
on the frame the cards sit in; it uses only the editor's public ``doc``,
``prompts``, ``selection()`` and ``current_cell()``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Optional

from ..commands import (
    AddLaneCommand,
    AddPersonaCommand,
    AddStageCommand,
    DeleteLaneCommand,
    DeleteStageCommand,
    EditLaneCommand,
    EditStageCommand,
    MoveLaneCommand,
    MoveStageCommand,
)
from ..i18n import count_text, fill, tr
from ..message import QT_TR_NOOP
from ..model import Lane, LaneKind, Persona, Stage, next_persona_colour, next_stage_colour
from .map_words import in_map_language

if TYPE_CHECKING:  # pragma: no cover
    from ..commands import CjmDocument
    from .prompts import Prompts

#: Default names, written into the map in its language (see :mod:`.map_words`).
STAGE_NAME = QT_TR_NOOP("Stage %1")
PERSONA_NAME = QT_TR_NOOP("Persona %1")


class StructureVerbs:
    """Stages, lanes and personas: each verb pushes one undo step and returns the new id."""

    doc: "CjmDocument"
    prompts: "Prompts"
    #: The title a new lane of a kind gets in a map language (the window's words for lane kinds).
    lane_title: Callable[[LaneKind, str], str]

    def map_word(self, text: str) -> str:
        """A default word (an English source text) in the edited map's language."""
        return in_map_language(text, self.doc.map.language)

    # -- insert ------------------------------------------------------------------------
    def _axis_index(self, collection: str, before: bool = False, item_id: Optional[str] = None) -> Optional[int]:
        """Where a new stage/lane goes: next to ``item_id``, the selected one or the current cell's."""
        items = getattr(self.doc.map, collection)
        if item_id is None:
            picked = self.selection()[collection]
            cell = self.current_cell()
            item_id = picked[-1] if picked else (cell[0 if collection == "stages" else 1] if cell else None)
        if item_id is None:
            return None
        index = next((i for i, x in enumerate(items) if x.id == item_id), None)
        if index is None:
            return None
        return index if before else index + 1

    def add_stage(self, next_to: Optional[str] = None, before: bool = False) -> str:
        index = self._axis_index("stages", before, next_to)
        stages = self.doc.map.stages
        at = len(stages) if index is None else index
        stage = Stage(title=fill(self.map_word(STAGE_NAME), len(stages) + 1),
                      colour=next_stage_colour(stages[at - 1].colour if at > 0 else None,
                                               stages[at].colour if at < len(stages) else None))
        self.doc.push(AddStageCommand(self.doc, stage, index))
        return stage.id

    def add_lane(self, kind: LaneKind = LaneKind.CUSTOM, next_to: Optional[str] = None, before: bool = False) -> str:
        index = self._axis_index("lanes", before, next_to)
        lane = Lane(kind=kind, title=self.lane_title(kind, self.doc.map.language))
        self.doc.push(AddLaneCommand(self.doc, lane, index))
        return lane.id

    def add_persona(self) -> str:
        personas = self.doc.map.personas
        persona = Persona(name=fill(self.map_word(PERSONA_NAME), len(personas) + 1),
                          colour=next_persona_colour(p.colour for p in personas))
        self.doc.push(AddPersonaCommand(self.doc, persona))
        return persona.id

    # -- properties ----------------------------------------------------------------------
    def rename_stage(self, stage_id: str) -> None:
        stage = self.doc.map.stage(stage_id)
        title = self.prompts.ask_text(tr("Rename stage"), tr("Stage title:"), stage.title)
        if title is not None and title != stage.title:
            self.doc.push(EditStageCommand(self.doc, stage_id, {"title": title}))

    def rename_lane(self, lane_id: str) -> None:
        lane = self.doc.map.lane(lane_id)
        title = self.prompts.ask_text(tr("Rename lane"), tr("Lane title:"), lane.title)
        if title is not None and title != lane.title:
            self.doc.push(EditLaneCommand(self.doc, lane_id, {"title": title}))

    def recolour_stage(self, stage_id: str) -> None:
        stage = self.doc.map.stage(stage_id)
        colour = self.prompts.ask_colour(stage.colour, tr("Stage colour"))
        if colour and colour != stage.colour:
            self.doc.push(EditStageCommand(self.doc, stage_id, {"colour": colour}))

    def set_lane_kind(self, lane_id: str, kind: LaneKind) -> None:
        if self.doc.map.lane(lane_id).kind != kind:
            self.doc.push(EditLaneCommand(self.doc, lane_id, {"kind": kind}))

    def set_lane_collapsed(self, lane_id: str, collapsed: bool) -> None:
        if self.doc.map.lane(lane_id).collapsed != collapsed:
            self.doc.push(EditLaneCommand(self.doc, lane_id, {"collapsed": collapsed}))

    def resize_stage(self, stage_id: str, width: int) -> None:
        """A stage's width from a drag of its edge (a burst of resizes is one step)."""
        self.doc.push(EditStageCommand(self.doc, stage_id, {"width": width}, merge_key="resize"))

    def resize_lane(self, lane_id: str, height: int) -> None:
        self.doc.push(EditLaneCommand(self.doc, lane_id, {"height": height}, merge_key="resize"))

    def move_stage(self, stage_id: str, index: int) -> None:
        self.doc.push(MoveStageCommand(self.doc, stage_id, index))

    def move_lane(self, lane_id: str, index: int) -> None:
        self.doc.push(MoveLaneCommand(self.doc, lane_id, index))

    def toggle_lane(self, lane_id: str) -> None:
        """Collapse an open lane, open a collapsed one."""
        self.set_lane_collapsed(lane_id, not self.doc.map.lane(lane_id).collapsed)

    # -- delete ------------------------------------------------------------------------
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

    def _confirm_axis_delete(self, stage_ids: list[str], lane_ids: list[str]) -> bool:
        """Ask before stages or lanes go with the cards in them (not when they are empty)."""
        stages, lanes = set(stage_ids), set(lane_ids)
        m = self.doc.map
        n = sum(1 for c in m.cards if c.stage_id in stages or c.lane_id in lanes)
        if n == 0:
            return True
        if len(stages) + len(lanes) == 1:
            if stages:
                what = fill(tr("the stage “%1”"), m.stage(next(iter(stages))).title or tr("untitled"))
            else:
                what = fill(tr("the lane “%1”"), m.lane(next(iter(lanes))).title or tr("untitled"))
        else:
            what = fill(tr("%1 stages and lanes"), len(stages) + len(lanes))
        cards = count_text(tr("1 card"), tr("%1 cards"), n)
        text = fill(tr("Delete %1 and the %2 in it? You can undo this with Edit > Undo."), what, cards)
        return self.prompts.confirm(tr("Delete cards too?"), text)
