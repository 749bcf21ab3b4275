"""The inspector dock: every field of the selected card, stage, lane, persona,
connector, or of the map itself when nothing is selected.

Each edit becomes one ``EditXCommand`` on the document's undo stack (typing
merges into one step with ``merge_key="typing"``); the pages refresh from
``CjmDocument.changed``, so undo, redo and edits made elsewhere show at once.
Here: which fields each page has, and the dock that shows the page of the
selection; one page bound to its object is :class:`.object_page.ObjectPage`.
"""

from __future__ import annotations

import weakref
from typing import Optional

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import QDockWidget, QLabel, QScrollArea, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from ...i18n import fill, tr
from ...layout.style import LANE_COLOURS
from ...model import LIMITS, LaneKind, ObjectKind
from ..window import labels
from .channel_field import ChannelField
from .comments_box import add_workshop_box
from .fields import BoolField, ChoiceField, ColourField, DateField, LineField, ListField, NumberField, TextField
from .follow import DocumentFollower
from .object_page import CardPage, ConnectorPage, ObjectPage
from .picture_field import PictureField

def _choices(pairs) -> list[tuple[str, str]]:
    return [(value, labels.label_text(text)) for value, text in pairs]


#: the inspector's page for each kind of selected object (the map has a page of its own)
PAGE_OF_KIND = {ObjectKind.CARDS: "card", ObjectKind.STAGES: "stage", ObjectKind.LANES: "lane",
                ObjectKind.PERSONAS: "persona", ObjectKind.CONNECTORS: "connector"}


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


#: how each page is made, in the order of the dock's stack
PAGE_MAKERS = {"card": card_page, "stage": stage_page, "lane": lane_page, "persona": persona_page,
               "connector": connector_page, "map": map_page}


class _Pages(dict):
    """The pages made so far; looking up one not made yet makes it (start-up makes
    only the map's: the card page alone, with its 31 channel icons, took ~40 ms)."""

    def __init__(self, make) -> None:
        super().__init__()
        self._make = make

    def __missing__(self, kind: str) -> ObjectPage:
        page = self[kind] = self._make(kind)
        return page


class PageScroll(QScrollArea):
    """Scrolls a page up and down, never sideways: the fields narrow with the dock
    instead, down to the page's narrowest, and the dock is never narrower than
    that (dragged, or restored from a wider screen's layout), so no field or
    button is cut off at its right edge."""

    def __init__(self, body: QWidget) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setWidget(body)  # (which makes this area a filter of the body's events)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().minimumSizeHint()
        body = self.widget()
        if body is None:
            return hint
        # room for the vertical scroll bar too: a page taller than the dock shows one
        need = body.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()
        return QSize(max(hint.width(), need), hint.height())

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if watched is self.widget() and event.type() == QEvent.LayoutRequest:
            self.updateGeometry()  # another page, or a page that grew a field: the dock's narrowest follows
        return super().eventFilter(watched, event)


class InspectorDock(QDockWidget):
    """Shows the page for what is selected and keeps it in step with the model."""

    kind_shown = Signal(str)

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(tr("Inspector"), parent)
        self.setObjectName("InspectorDock")
        self.doc = None
        self.following = DocumentFollower(self._on_changed)
        self._editor_ref = lambda: None  # the window's MapEditor, once set_editor has run
        # a zero timer fires once the events waiting (a click, a key) have been handled
        self._page_timer = QTimer(self, singleShot=True, interval=0, timeout=self._make_next_page)
        self.pages: dict[str, ObjectPage] = _Pages(self._make_page)
        self.stack = QStackedWidget()
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
        self.setWidget(PageScroll(body))
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

    def _make_page(self, kind: str) -> ObjectPage:
        """The page of ``kind``, made the first time it is wanted."""
        page = PAGE_MAKERS[kind]()
        add_workshop_box(kind, page)
        page.editor_ref = self._editor_ref
        self.stack.addWidget(page)
        self._size_to_current(self.stack.currentIndex())
        return page

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if len(self.pages) < len(PAGE_MAKERS):
            self._page_timer.start()  # once the dock is on screen, the other pages follow

    def _make_next_page(self) -> None:
        """One page not made yet (the card's first), then the next turn of the event loop
        makes the next: none waits for the user's first click, none holds up a paint."""
        missing = [kind for kind in PAGE_MAKERS if kind not in self.pages]
        if missing:
            self.pages[missing[0]]
        if len(missing) > 1:
            self._page_timer.start()

    @property
    def page(self) -> Optional[ObjectPage]:
        return self.pages.get(self.current) if self.current else None

    def set_editor(self, editor) -> None:
        """The window's MapEditor, for the verbs that are more than a field edit (pictures)."""
        self._editor_ref = weakref.ref(editor)
        for page in self.pages.values():
            page.editor_ref = self._editor_ref

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
