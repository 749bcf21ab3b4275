"""The document (model + QUndoStack) and one QUndoCommand per edit verb."""

from .cards import AddCardsCommand, DeleteCardsCommand, EditCardCommand, MoveCardsCommand
from .change import Change
from .document import CjmDocument
from .people import (
    AddConnectorCommand,
    AddPersonaCommand,
    DeleteConnectorsCommand,
    DeletePersonaCommand,
    EditConnectorCommand,
    EditMapCommand,
    EditPersonaCommand,
    SetEmotionCommand,
)
from .pictures import SetPictureCommand
from .whole_map import ReplaceMapCommand
from .structure import (
    AddLaneCommand,
    AddStageCommand,
    DeleteLaneCommand,
    DeleteStageCommand,
    EditLaneCommand,
    EditStageCommand,
    MoveLaneCommand,
    MoveStageCommand,
)

__all__ = [
    "AddCardsCommand", "DeleteCardsCommand", "EditCardCommand", "MoveCardsCommand", "Change",
    "CjmDocument", "AddConnectorCommand", "AddPersonaCommand", "DeleteConnectorsCommand",
    "DeletePersonaCommand", "EditConnectorCommand", "EditMapCommand", "EditPersonaCommand",
    "SetEmotionCommand", "AddLaneCommand", "AddStageCommand", "DeleteLaneCommand",
    "DeleteStageCommand", "EditLaneCommand", "EditStageCommand", "MoveLaneCommand", "MoveStageCommand",
    "ReplaceMapCommand", "SetPictureCommand",
]
