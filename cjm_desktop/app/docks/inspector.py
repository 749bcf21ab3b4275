"""The inspector dock: every field of the selected card, stage, lane, persona,
connector, or of the map itself when nothing is selected.

Each edit becomes one ``EditXCommand`` on the document's undo stack (typing
merges into one step with ``merge_key="typing"``); the pages refresh from
``CjmDocument.changed``, so undo, redo and edits made elsewhere show at once.
"""

from __future__ import annotations

import logging
import weakref
from typing import Callable, Optional

from pydantic import ValidationError
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDockWidget,
    QFormLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...commands import (
    EditCardCommand,
    EditConnectorCommand,
    EditLaneCommand,
    EditMapCommand,
    EditPersonaCommand,
    EditStageCommand,
)
from ...i18n import fill, tr
from ...io.messages import error_message, without_union_members
from ...layout.style import LANE_COLOURS
from ...model import LIMITS, LaneKind, ObjectKind
from ...plain_text import rich
from ..window import labels
from ..window.error_text import translate_detail
from .channel_field import ChannelField
from .fields import (
    BoolField,
    ChoiceField,
    ColourField,
    DateField,
    Field,
    LineField,
    ListField,
    NumberField,
    TextField,
    focus_widget,
)
from .comments_box import add_workshop_boxes
from .follow import DocumentFollower
from .picture_field import PictureField

log = logging.getLogger(__name__)


def _choices(pairs) -> list[tuple[str, str]]:
    return [(value, labels.label_text(text)) for value, text in pairs]


def _edit_map(doc, _object_id, fields, merge_key=None):
    return EditMapCommand(doc, fields, merge_key)


#: the inspector's page for each kind of selected object (the map has a page of its own)
PAGE_OF_KIND = {ObjectKind.CARDS: "card", ObjectKind.STAGES: "stage", ObjectKind.LANES: "lane",
                ObjectKind.PERSONAS: "persona", ObjectKind.CONNECTORS: "connector"}

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


def card_page() -> ObjectPage:
    short = LIMITS.short_text
    none = "—"
    return CardPage("card", [
        ("", [
            LineField("title", tr("Title"), short),
            TextField("body", tr("Text"), lines=5),
            ColourField("colour", tr("Colour"), optional=True, reset_tip=tr("Lane colour")),
            ListField("tags", tr("Tags"), short, placeholder=tr("comma, separated")),
            PictureField("image", tr("Picture")),
        ]),
        (tr("Touchpoint"), [
            ChannelField("channel", tr("Channel"), short, placeholder=tr("website, store, hotline …")),
            ChoiceField("sentiment", tr("Sentiment"), _choices(labels.SENTIMENTS), none),
            ChoiceField("importance", tr("Importance"), _choices(labels.IMPORTANCES), none),
        ]),
        (tr("Improvement action"), [
            LineField("owner", tr("Owner"), short),
            DateField("due", tr("Due")),
            LineField("measure", tr("Measure"), short, placeholder=tr("how success is measured")),
            ChoiceField("status", tr("Status"), _choices(labels.STATUSES), none),
        ]),
        (tr("Evidence"), [
            ChoiceField("evidence", tr("Evidence"), _choices(labels.EVIDENCE_LEVELS), none),
            LineField("source", tr("Source"), short, placeholder=tr("interviews, survey, analytics …")),
        ]),
    ])


def stage_page() -> ObjectPage:
    return ObjectPage("stage", [("", [
        LineField("title", tr("Title"), LIMITS.short_text),
        TextField("description", tr("Description")),
        ColourField("colour", tr("Colour")),
        NumberField("width", tr("Width"), LIMITS.stage_width_min, LIMITS.stage_width_max),
        PictureField("image", tr("Picture")),
    ])])


def lane_page() -> ObjectPage:
    kinds = [(k, labels.lane_kind_name(k)) for k in LaneKind]
    return ObjectPage("lane", [("", [
        LineField("title", tr("Title"), LIMITS.short_text),
        ChoiceField("kind", tr("Kind"), kinds),
        NumberField("height", tr("Min. height"), LIMITS.lane_height_min, LIMITS.lane_height_max),
        BoolField("collapsed", tr("Collapsed")),
    ])])


def persona_page() -> ObjectPage:
    return ObjectPage("persona", [("", [
        LineField("name", tr("Name"), LIMITS.short_text),
        LineField("role", tr("Role"), LIMITS.short_text, placeholder=tr("e.g. office worker, 28")),
        TextField("description", tr("Description")),
        TextField("goals", tr("Goals"), as_list=True, placeholder=tr("one goal per line")),
        ColourField("colour", tr("Colour")),
        PictureField("portrait", tr("Portrait"), side=512),
    ])])


def connector_page() -> ObjectPage:
    return ConnectorPage("connector", [("", [LineField("label", tr("Label"), LIMITS.short_text)])])


def map_page() -> ObjectPage:
    return ObjectPage("map", [("", [
        LineField("title", tr("Title"), LIMITS.short_text),
        TextField("description", tr("Description"), lines=6),
        ChoiceField("language", tr("Language"), labels.LANGUAGES),
        PictureField("logo", tr("Logo")),
    ])])


class InspectorDock(QDockWidget):
    """Shows the page for what is selected and keeps it in step with the model."""

    kind_shown = Signal(str)

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(tr("Inspector"), parent)
        self.setObjectName("InspectorDock")
        self.doc = None
        self.following = DocumentFollower(self._on_changed)
        self.pages: dict[str, ObjectPage] = {
            "card": card_page(), "stage": stage_page(), "lane": lane_page(), "persona": persona_page(),
            "connector": connector_page(), "map": map_page(),
        }
        add_workshop_boxes(self.pages)
        self.stack = QStackedWidget()
        for page in self.pages.values():
            self.stack.addWidget(page)
        self.many = QLabel()
        self.many.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        self.many.setWordWrap(True)
        self.stack.addWidget(self.many)

        self.header = QLabel()
        self.header.setObjectName("InspectorHeader")
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.header)
        layout.addWidget(self.stack)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)  # fields narrow with the dock instead
        scroll.setWidget(body)
        self.setWidget(scroll)
        self.current: Optional[str] = None
        self.stack.currentChanged.connect(self._size_to_current)
        self._size_to_current(self.stack.currentIndex())

    def _size_to_current(self, index: int) -> None:
        """Only the page shown counts for the dock's size (a stack takes its widest
        page otherwise, and a narrow dock then scrolls sideways)."""
        for i in range(self.stack.count()):
            policy = QSizePolicy.Preferred if i == index else QSizePolicy.Ignored
            self.stack.widget(i).setSizePolicy(policy, policy)
        self.stack.updateGeometry()

    @property
    def page(self) -> Optional[ObjectPage]:
        return self.pages.get(self.current) if self.current else None

    def set_editor(self, editor) -> None:
        """The window's MapEditor, for the verbs that are more than a field edit (pictures)."""
        for page in self.pages.values():
            page.editor_ref = weakref.ref(editor)

    def set_document(self, doc) -> None:
        self.following.follow(doc)
        self.doc = doc
        self.show_object("map", None)

    def show_selection(self, ids: dict) -> None:
        """Pick the page for a selection dict (keys cards, stages, lanes, connectors, personas)."""
        picked = [(page, i) for kind, page in PAGE_OF_KIND.items() for i in ids.get(kind, ())]
        if not picked:
            self.show_object("map", None)
        elif len(picked) == 1:
            self.show_object(*picked[0])
        else:
            self._show_many(picked)

    def show_object(self, kind: str, object_id: Optional[str]) -> None:
        page = self.pages[kind]
        self.current = kind
        page.bind(self.doc, object_id)
        if kind != "map" and page.target() is None:
            self.show_object("map", None)
            return
        self.stack.setCurrentWidget(page)
        self._update_header()
        self.kind_shown.emit(kind)

    def focus_field(self, name: str) -> None:
        if self.page is not None and name in self.page.fields:
            self.raise_()
            self.page.focus_field(name)

    def _show_many(self, picked) -> None:
        self.current = None
        counts: dict[str, int] = {}
        for kind, _ in picked:
            counts[kind] = counts.get(kind, 0) + 1
        names = {"card": tr("cards"), "stage": tr("stages"), "lane": tr("lanes"), "persona": tr("personas"),
                 "connector": tr("connectors")}
        parts = [f"{n} {names[kind]}" for kind, n in counts.items()]
        self.many.setText(fill(tr("%1 selected."), ", ".join(parts)) + "<br><br>"
                          + tr("Select one item to edit its fields."))
        self.header.setText("<b>" + tr("Selection") + "</b>")
        self.stack.setCurrentWidget(self.many)

    def _update_header(self) -> None:
        page = self.page
        obj = page.target() if page else None
        titles = {"card": tr("Card"), "stage": tr("Stage"), "lane": tr("Lane"), "persona": tr("Persona"),
                  "connector": tr("Connector"), "map": tr("Map")}
        text = f"<b>{titles[self.current]}</b>"
        if self.current == "lane" and obj is not None:
            accent = LANE_COLOURS[obj.kind][1]
            text += f' · <span style="color:{accent}">■</span> {labels.lane_kind_name(obj.kind)}'
        self.header.setText(text)

    def _on_changed(self, change) -> None:
        page = self.page
        if page is None:
            return
        if not page.refresh():  # the object went away (deleted, or its creation undone)
            self.show_object("map", None)
        else:
            self._update_header()
