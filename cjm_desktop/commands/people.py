"""Undo commands for personas, their emotion curve, connectors and the map's own fields."""

from __future__ import annotations

from typing import Iterable, Optional

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ..model import Connector, EmotionPoint, ObjectKind, Persona
from .base import DocumentCommand, EditFieldsCommand, command_id, remove_where, restore, translate
from .change import Change
from .document import CjmDocument


class AddPersonaCommand(DocumentCommand):
    def __init__(self, doc: CjmDocument, persona: Persona, index: Optional[int] = None) -> None:
        super().__init__(doc, translate("Commands", "Add Persona"))
        self.persona = persona.model_copy(deep=True)
        self.index = len(doc.map.personas) if index is None else index

    def apply(self) -> None:
        self.map.personas.insert(self.index, self.persona.model_copy(deep=True))

    def revert(self) -> None:
        remove_where(self.map.personas, lambda p: p.id == self.persona.id)

    def touched(self) -> Change:
        return Change.of(ObjectKind.PERSONAS, [self.persona.id])


class DeletePersonaCommand(DocumentCommand):
    """Remove a persona and its emotion points (in every state: the personas are shared)."""

    def __init__(self, doc: CjmDocument, persona_id: str) -> None:
        super().__init__(doc, translate("Commands", "Delete Persona"))
        self.persona_id = persona_id
        self.removed_persona = []
        self.removed_points = []
        self.removed_in_states = []

    def apply(self) -> None:
        self.removed_points = remove_where(self.map.emotions, lambda e: e.persona_id == self.persona_id)
        self.removed_in_states = [remove_where(state.emotions, lambda e: e.persona_id == self.persona_id)
                                  for state in self.map.states]
        self.removed_persona = remove_where(self.map.personas, lambda p: p.id == self.persona_id)

    def revert(self) -> None:
        restore(self.map.personas, self.removed_persona)
        restore(self.map.emotions, self.removed_points)
        for state, removed in zip(self.map.states, self.removed_in_states):
            restore(state.emotions, removed)

    def touched(self) -> Change:
        return Change.of(ObjectKind.PERSONAS, [self.persona_id]) | Change.of(ObjectKind.EMOTIONS, [self.persona_id])


class EditPersonaCommand(EditFieldsCommand):
    collection = "personas"
    label = QT_TRANSLATE_NOOP("Commands", "Edit Persona")
    _id = command_id()


class SetEmotionCommand(DocumentCommand):
    """Set how a persona feels at a stage (creating the point if missing).

    With a ``merge_key`` (e.g. ``"typing"`` for the label, ``"score"`` for a
    spin box) consecutive changes of the same point merge into one undo step;
    two separate drags of a point stay two steps.
    """

    _id = command_id()

    def __init__(
        self,
        doc: CjmDocument,
        persona_id: str,
        stage_id: str,
        score: Optional[int] = None,
        label: Optional[str] = None,
        merge_key: Optional[str] = None,
    ) -> None:
        super().__init__(doc, translate("Commands", "Change Emotion"))
        self.merge_key = merge_key
        self.key = (persona_id, stage_id)
        point = doc.map.emotion(persona_id, stage_id)
        self.old = None if point is None else (point.score, point.label)
        base = self.old or (0, "")
        self.new = (base[0] if score is None else score, base[1] if label is None else label)

    def _set(self, value) -> None:
        persona_id, stage_id = self.key
        if value is None:
            remove_where(self.map.emotions, lambda e: (e.persona_id, e.stage_id) == self.key)
        else:
            point = self.map.emotion(persona_id, stage_id)
            if point is None:
                self.map.emotions.append(EmotionPoint(persona_id=persona_id, stage_id=stage_id, score=value[0], label=value[1]))
            else:
                point.score, point.label = value

    def apply(self) -> None:
        self._set(self.new)

    def revert(self) -> None:
        self._set(self.old)

    def touched(self) -> Change:
        return Change.of(ObjectKind.EMOTIONS, [self.key[0]])

    def id(self) -> int:  # noqa: A003
        return self._id if self.merge_key else -1

    def mergeWith(self, other) -> bool:  # noqa: N802
        if not (isinstance(other, SetEmotionCommand) and other.key == self.key and other.merge_key == self.merge_key):
            return False
        self.new = other.new
        return True


class AddConnectorCommand(DocumentCommand):
    def __init__(self, doc: CjmDocument, connector: Connector) -> None:
        super().__init__(doc, translate("Commands", "Connect Cards"))
        self.connector = connector.model_copy(deep=True)

    def apply(self) -> None:
        self.map.connectors.append(self.connector.model_copy(deep=True))

    def revert(self) -> None:
        remove_where(self.map.connectors, lambda k: k.id == self.connector.id)

    def touched(self) -> Change:
        return Change.of(ObjectKind.CONNECTORS, [self.connector.id])


class DeleteConnectorsCommand(DocumentCommand):
    def __init__(self, doc: CjmDocument, connector_ids: Iterable[str]) -> None:
        super().__init__(doc, translate("Commands", "Delete Connector"))
        self.ids = set(connector_ids)
        self.removed = []

    def apply(self) -> None:
        self.removed = remove_where(self.map.connectors, lambda k: k.id in self.ids)

    def revert(self) -> None:
        restore(self.map.connectors, self.removed)

    def touched(self) -> Change:
        return Change.of(ObjectKind.CONNECTORS, self.ids)


class EditConnectorCommand(EditFieldsCommand):
    collection = "connectors"
    label = QT_TRANSLATE_NOOP("Commands", "Edit Connector")
    _id = command_id()


class EditMapCommand(EditFieldsCommand):
    """Title, description, language of the map (object_id is None)."""

    collection = ""
    label = QT_TRANSLATE_NOOP("Commands", "Edit Map")
    _id = command_id()

    def __init__(self, doc: CjmDocument, fields: dict, merge_key: Optional[str] = None) -> None:
        super().__init__(doc, None, fields, merge_key)
