"""The personas dock: add, edit and remove personas and set how each feels per stage.

The fields are the inspector's persona page; below them one row per stage
sets the emotion score (-3 … +3) and its label with ``SetEmotionCommand``, so
a consultant can fill the curve from the keyboard as well as by dragging it.
"""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDockWidget,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...commands import DeletePersonaCommand, SetEmotionCommand
from ...i18n import tr
from ...model import EMOTION_MAX, EMOTION_MIN, LIMITS, ObjectKind, nfc
from ..window.icons import icon, swatch
from .follow import DocumentFollower
from .inspector import persona_page

ID_ROLE = Qt.UserRole + 1


def plain_label(text: str) -> QLabel:
    """A label that shows ``text`` exactly as typed (map content is never markup)."""
    label = QLabel(text)
    label.setTextFormat(Qt.PlainText)
    return label


class EmotionRow(QWidget):
    """Score and label of one persona at one stage."""

    def __init__(self, dock: "PersonasDock", stage_id: str) -> None:
        super().__init__()
        self.dock = dock
        self.stage_id = stage_id
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.score = QSpinBox()
        self.score.setRange(EMOTION_MIN, EMOTION_MAX)
        self.score.setToolTip(tr("How the persona feels at this stage, from -3 (very bad) to +3 (delighted)"))
        self.score.valueChanged.connect(self._score_changed)
        self.label = QLineEdit()
        self.label.setMaxLength(LIMITS.short_text)
        self.label.setPlaceholderText(tr("feeling, e.g. worried"))
        self.label.textEdited.connect(self._label_changed)
        row.addWidget(self.score)
        row.addWidget(self.label, 1)
        self._loading = False

    def show_point(self, point) -> None:
        score, label = (point.score, point.label) if point is not None else (0, "")
        self._loading = True
        if self.score.value() != score:
            self.score.setValue(score)
        if nfc(self.label.text()) != label:
            pos = self.label.cursorPosition()
            self.label.setText(label)
            self.label.setCursorPosition(min(pos, len(label)))
        self._loading = False

    def _push(self, **values) -> None:
        doc, persona_id = self.dock.doc, self.dock.persona_id
        if self._loading or doc is None or persona_id is None:
            return
        merge_key = "score" if "score" in values else "typing"  # a burst of steps or keys is one undo step
        doc.push(SetEmotionCommand(doc, persona_id, self.stage_id, merge_key=merge_key, **values))

    def _score_changed(self, value: int) -> None:
        self._push(score=value)

    def _label_changed(self, text: str) -> None:
        self._push(label=nfc(text))


class PersonasDock(QDockWidget):
    def __init__(self, editor, parent: Optional[QWidget] = None) -> None:
        super().__init__(tr("Personas"), parent)
        self.setObjectName("PersonasDock")
        self.editor = editor
        self.doc = None
        self.following = DocumentFollower(self._on_changed, self, self._rebuild)
        self.persona_id: Optional[str] = None

        self.list = QListWidget()
        self.list.setMaximumHeight(110)
        self.list.currentItemChanged.connect(self._current_changed)
        add = QPushButton(icon("persona"), tr("Add"))
        add.setToolTip(tr("Add a persona to the map"))
        add.clicked.connect(self._add)
        self.remove = QPushButton(icon("delete"), tr("Remove"))
        self.remove.setToolTip(tr("Remove the chosen persona and its emotion curve"))
        self.remove.clicked.connect(self._remove)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)

        self.page = persona_page()
        self.emotions_box = QGroupBox(tr("Emotion curve"))
        self.emotions_form = QFormLayout(self.emotions_box)
        self.emotions_form.setRowWrapPolicy(QFormLayout.WrapAllRows)  # stage names can be long
        self.rows: dict[str, EmotionRow] = {}

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.page)
        layout.addWidget(self.emotions_box)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.NoFrame)
        scroll.setWidget(body)
        self.setWidget(scroll)

    def set_document(self, doc) -> None:
        self.following.follow(doc)
        self.doc = doc
        self.persona_id = doc.map.personas[0].id if doc.map.personas else None
        self.following.catch_up_or_wait()

    def choose(self, persona_id: Optional[str]) -> None:
        self.persona_id = persona_id
        self._rebuild()

    # -- internals --------------------------------------------------------------------
    def _on_changed(self, change) -> None:
        if change.structure or change.touches(ObjectKind.PERSONAS, ObjectKind.EMOTIONS):
            self._rebuild()

    def _rebuild(self) -> None:
        m = self.doc.map
        ids = [p.id for p in m.personas]
        if self.persona_id not in ids:
            self.persona_id = ids[0] if ids else None
        self.list.blockSignals(True)
        self.list.clear()
        for p in m.personas:
            item = QListWidgetItem(swatch(p.colour), p.name or tr("(no name)"))
            item.setData(ID_ROLE, p.id)
            self.list.addItem(item)
            if p.id == self.persona_id:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        has = self.persona_id is not None
        self.remove.setEnabled(has)
        self.page.setVisible(has)
        self.emotions_box.setVisible(has and bool(m.stages))
        if not has:
            return
        self.page.bind(self.doc, self.persona_id)
        self._rebuild_rows()

    def _rebuild_rows(self) -> None:
        """One row per stage, in the stages' order: a stage added or removed adds or
        removes its row alone (all 20 rows made again took ~20 ms an added stage)."""
        m = self.doc.map
        form, ids = self.emotions_form, {s.id for s in m.stages}
        for stage_id in [sid for sid in self.rows if sid not in ids]:
            form.removeRow(self.rows.pop(stage_id))
        if list(self.rows) != [s.id for s in m.stages if s.id in self.rows]:  # stages moved: all again
            while form.rowCount():
                form.removeRow(0)
            self.rows = {}
        for i, stage in enumerate(m.stages):
            if stage.id not in self.rows:
                self.rows[stage.id] = EmotionRow(self, stage.id)
                form.insertRow(i, plain_label(stage.title or "—"), self.rows[stage.id])  # file text, never markup
            else:
                form.itemAt(i, QFormLayout.LabelRole).widget().setText(stage.title or "—")
        self.rows = {s.id: self.rows[s.id] for s in m.stages}
        for stage_id, row in self.rows.items():
            row.show_point(m.emotion(self.persona_id, stage_id))

    def _current_changed(self, item, _previous) -> None:
        if item is not None:
            self.choose(item.data(ID_ROLE))

    def _add(self) -> None:
        self.persona_id = self.editor.add_persona()
        self._rebuild()
        self.page.focus_field("name")

    def _remove(self) -> None:
        if self.persona_id is not None:
            self.doc.push(DeletePersonaCommand(self.doc, self.persona_id))
