"""One page of the inspector: the fields of one kind of object (a card, stage,
lane, persona, connector or the map), bound to the object shown; each edit one
``EditXCommand`` (typing merges into one step), a picture through the map
editor's verb. The dock that holds the pages is :mod:`.inspector`.
"""

from __future__ import annotations

from typing import Callable, Optional

from pydantic import ValidationError
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from ...commands import (
    EditCardCommand,
    EditConnectorCommand,
    EditLaneCommand,
    EditMapCommand,
    EditPersonaCommand,
    EditStageCommand,
)
from ...io.messages import error_message, without_union_members
from ...model import ObjectKind
from ...plain_text import rich
from ..window import labels
from ..window.error_text import translate_detail
from .fields import Field, focus_widget
from .picture_field import PictureField

def _edit_map(doc, _object_id, fields, merge_key=None):
    return EditMapCommand(doc, fields, merge_key)


#: page -> what a picture is set on through the map editor (see :class:`PictureField`)
PICTURE_TARGETS = {"card": ObjectKind.CARDS, "stage": ObjectKind.STAGES, "persona": ObjectKind.PERSONAS, "map": "map"}

#: page -> (find the object in a map, the command that edits it)
KINDS: dict[str, tuple[Callable, Callable]] = {
    "card": (lambda m, i: m.card(i), EditCardCommand),
    "stage": (lambda m, i: m.stage(i), EditStageCommand),
    "lane": (lambda m, i: m.lane(i), EditLaneCommand),
    "persona": (lambda m, i: m.persona(i), EditPersonaCommand),
    "connector": (lambda m, i: next(k for k in m.connectors if k.id == i), EditConnectorCommand),
    "map": (lambda m, i: m, _edit_map),
}


class ObjectPage(QWidget):
    """A form of fields for one kind of object, bound to one object by id."""

    def __init__(self, kind: str, sections: list[tuple[str, list[Field]]], parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.doc = None
        self.object_id: Optional[str] = None
        #: the window's MapEditor (picture verbs), held weakly (the window holds it and this page)
        self.editor_ref = lambda: None
        self.fields: dict[str, Field] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.RichText)  # every map value in it goes through rich()
        self.summary.setObjectName("InspectorSummary")
        self.summary.hide()
        outer.addWidget(self.summary)
        for title, fields in sections:
            box = QGroupBox(title, self) if title else QWidget(self)
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
            form.setLabelAlignment(Qt.AlignRight | Qt.AlignVCenter)
            for field in fields:
                field.setParent(self)
                form.addRow(field.label, field.widget)
                field.edited.connect(self._on_edited)
                self.fields[field.name] = field
            outer.addWidget(box)
        self.extras: list[QWidget] = []  # boxes below the fields that refresh with them (comments_box)
        outer.addStretch(1)

    def target(self):
        """The bound object, or None when it no longer exists (deleted, undone)."""
        if self.doc is None:
            return None
        try:
            return KINDS[self.kind][0](self.doc.map, self.object_id)
        except (StopIteration, KeyError):
            return None

    def bind(self, doc, object_id: Optional[str]) -> None:
        self.doc = doc
        self.object_id = object_id
        self.refresh()

    def refresh(self) -> bool:
        """Show the model's values; False when the object is gone."""
        obj = self.target()
        if obj is None:
            return False
        for name, field in self.fields.items():
            value = getattr(obj, name)
            field.show_value(self.doc.map.image(value) if isinstance(field, PictureField) else value)
        for box in self.extras:
            box.refresh()
        self.update_summary(obj)
        return True

    def update_summary(self, obj) -> None:
        """Pages that show read-only context override this."""

    def focus_field(self, name: str) -> None:
        field = self.fields[name]
        widget = focus_widget(field)
        widget.setFocus(Qt.OtherFocusReason)
        if hasattr(widget, "selectAll"):
            widget.selectAll()

    def _on_edited(self, name: str, value, merge_key) -> None:
        obj = self.target()
        field = self.fields[name]
        if isinstance(field, PictureField):
            if obj is not None:
                self._set_picture(value)
            return
        if obj is None or getattr(obj, name) == value:
            return
        try:  # let the model judge the value before it goes on the undo stack
            setattr(obj.model_copy(), name, value)
        except ValidationError as exc:
            field.set_problem(translate_detail(error_message(without_union_members(exc.errors())[0])))
            return
        field.set_problem("")
        command = KINDS[self.kind][1](self.doc, self.object_id, {name: value}, merge_key=merge_key)
        self.doc.push(command)

    def _set_picture(self, uri) -> None:
        """A picture goes into the map's image table and the object names it: the editor's verb."""
        from ...editing.editor import MapEditor

        editor = self.editor_ref()
        if editor is None or editor.doc is not self.doc:
            editor = MapEditor(self.doc)
        if not editor.set_picture(PICTURE_TARGETS[self.kind], self.object_id, uri):
            self.refresh()


class CardPage(ObjectPage):
    def update_summary(self, card) -> None:
        m = self.doc.map
        try:
            stage, lane = m.stage(card.stage_id), m.lane(card.lane_id)
        except StopIteration:
            return
        self.summary.setText(f"<b>{rich(labels.card_kind_name(lane.kind))}</b> · {rich(stage.title)} · {rich(lane.title)}")
        self.summary.show()
        self.fields["channel"].set_language(m.language)  # a picked channel's label is in the map's language


class ConnectorPage(ObjectPage):
    def update_summary(self, connector) -> None:
        m = self.doc.map
        titles = {c.id: c.title for c in m.cards if c.id in (connector.source_id, connector.target_id)}
        self.summary.setText(f"{rich(titles.get(connector.source_id, '?'))}  →  {rich(titles.get(connector.target_id, '?'))}")
        self.summary.show()
