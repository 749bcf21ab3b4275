"""The Vote Results dock: who votes now and their dots left, the voting switch,
and the voted cards ranked by their dots (all, or one lane kind's).

Double-clicking a line selects its card on the map and scrolls to it. Card
titles are shown as plain text.
"""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (QComboBox, QDockWidget, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QToolButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from ...i18n import fill, tr
from ...layout.workshop_marks import participant_colour
from ...model import LaneKind
from ...model.votes import ANONYMOUS, dots_left, ranking
from ..docks.follow import DocumentFollower
from ..window.labels import lane_kind_name

COLUMNS = ("rank", "dots", "card", "stage", "lane")
MAX_NAME_COLUMN = 72


class ResultsDock(QDockWidget):
    """Ranks the voted cards of the document it follows."""

    card_requested = Signal(str)
    participant_changed = Signal(str)

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(tr("Vote Results"), parent)
        self.setObjectName("VoteResultsDock")
        self.doc = None
        # who votes follows every change (voting mode asks the dock); the ranking and the
        # dots left only while the dock is on screen (out of sight they would scan every
        # card at each edit), catching up when it is shown
        self.following = DocumentFollower(lambda change: self._fill_participants())
        self.ranking = DocumentFollower(lambda change: self._show_ranking(), self, self.refresh)
        self.participant = QComboBox()
        self.participant.setObjectName("VotingParticipant")
        self.participant.currentIndexChanged.connect(self._participant_chosen)
        self.vote_button = QToolButton()
        self.vote_button.setCheckable(True)
        self.dots_label = QLabel()
        self.dots_label.setTextFormat(Qt.PlainText)
        self.kind = QComboBox()
        self.kind.addItem(tr("All lane kinds"), None)
        for kind in LaneKind:
            self.kind.addItem(lane_kind_name(kind), kind)
        self.kind.currentIndexChanged.connect(lambda _i: self.refresh())
        self.table = QTreeWidget()
        self.table.setObjectName("VoteRanking")
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels([tr("#"), tr("Dots"), tr("Card"), tr("Stage"), tr("Lane")])
        header = self.table.header()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(20)
        header.setSectionResizeMode(2, QHeaderView.Stretch)  # the card's title takes the room left
        self.table.itemDoubleClicked.connect(lambda item, _col: self.card_requested.emit(item.data(0, Qt.UserRole)))
        self.settings_button = QPushButton(tr("&Workshop Settings…"))
        self.clear_button = QPushButton(tr("Clear Votes"))
        self._build()

    def _build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Voting as")))
        top.addWidget(self.participant, 1)
        top.addWidget(self.vote_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.settings_button)
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(top)
        layout.addWidget(self.dots_label)
        layout.addWidget(self.kind)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.setWidget(body)

    def set_document(self, doc) -> None:
        self.doc = doc
        self.following.follow(doc)
        self.ranking.follow(doc)
        self._fill_participants()
        self.ranking.catch_up_or_wait()

    @property
    def current_participant(self) -> str:
        data = self.participant.currentData()
        return data if data is not None else ANONYMOUS

    def _participant_chosen(self, _index: int) -> None:
        self._show_dots_left()
        self.participant_changed.emit(self.current_participant)

    def refresh(self) -> None:
        if self.doc is None:
            return
        self._fill_participants()
        self._show_ranking()

    def _show_ranking(self) -> None:
        self._show_dots_left()
        self.table.clear()
        for line in ranking(self.doc.map, self.kind.currentData()):
            item = QTreeWidgetItem([str(line.rank), str(line.dots), line.card.title or "—", line.stage_title,
                                    line.lane_title or lane_kind_name(line.lane_kind)])
            item.setData(0, Qt.UserRole, line.card.id)
            for column in range(len(COLUMNS)):  # the whole line when a column is cut short
                item.setToolTip(column, f"{line.card.title}\n{line.stage_title} · {line.lane_title}")
            item.setTextAlignment(0, Qt.AlignRight | Qt.AlignVCenter)
            item.setTextAlignment(1, Qt.AlignRight | Qt.AlignVCenter)
            self.table.addTopLevelItem(item)
        for column in (0, 1, 3, 4):
            self.table.resizeColumnToContents(column)
        for column in (3, 4):  # stage and lane names give way to the card's title
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), MAX_NAME_COLUMN))

    def _fill_participants(self) -> None:
        names = [*self.doc.map.workshop.participants, ANONYMOUS]
        shown = [self.participant.itemData(i) for i in range(self.participant.count())]
        if shown == names:
            return
        current = self.current_participant
        self.participant.blockSignals(True)
        self.participant.clear()
        for name in names:
            self.participant.addItem(_dot_icon(participant_colour(name, names[:-1])),
                                     name if name != ANONYMOUS else tr("Anonymous"), name)
        keep = current in names and (current != ANONYMOUS or len(shown) > 1)  # else the first name
        self.participant.setCurrentIndex(names.index(current) if keep else 0)
        self.participant.blockSignals(False)
        if self.current_participant != current:
            self.participant_changed.emit(self.current_participant)

    def _show_dots_left(self) -> None:
        if self.doc is not None:
            m = self.doc.map
            self.dots_label.setText(fill(tr("%1 of %2 dots left"), dots_left(m, self.current_participant),
                                         m.workshop.dots_per_participant))

    def ranked_titles(self) -> list[tuple[str, str, str]]:
        """(rank, dots, card title) of each line, top to bottom (for tests and the appendix check)."""
        return [(self.table.topLevelItem(i).text(0), self.table.topLevelItem(i).text(1),
                 self.table.topLevelItem(i).text(2)) for i in range(self.table.topLevelItemCount())]


def _dot_icon(colour: str) -> QIcon:
    """A participant's dot colour, as on the cards."""
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.Antialiasing)
    painter.setPen(Qt.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pixmap)
