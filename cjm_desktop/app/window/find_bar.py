"""The find bar (Ctrl+F): highlight matching cards and step through them.

Matching ignores case, finds the query at the start of a word, and ignores
diacritics when the query has none: "danh gia" finds "Đánh giá", "Hương"
finds only "Hương". Card text and stage, lane and persona names are searched. Enter / F3 selects the next
match and scrolls to it; Shift+Enter / Shift+F3 the previous; Esc closes.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Callable, Optional

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from ...i18n import fill, tr
from ...model import Card, JourneyMap
from .icons import icon


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case, without diacritics (đ becomes d), for forgiving matching."""
    decomposed = unicodedata.normalize("NFD", text.casefold().replace("đ", "d"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=65536)
def exact(text: str) -> str:
    """Lower-case with its diacritics kept (NFC), for a query typed with them."""
    return unicodedata.normalize("NFC", text.casefold())


def card_text(card: Card) -> str:
    return "\n".join([card.title, card.body, card.channel, card.owner, card.measure, card.source, *card.tags])


def word_matcher(query: str) -> Optional[Callable[[str], bool]]:
    """A test "does this text contain the query at the start of a word".

    Like a search engine for Vietnamese: a query typed without diacritics
    ignores them ("Huong" finds "Hương"); a query typed with them must match
    them ("Hương" finds neither "Huong" nor "thương hiệu"). None for an empty query.
    """
    query = " ".join(query.split())
    if not query:
        return None
    norm = fold if fold(query) == exact(query) else exact
    pattern = re.compile(r"(?<!\w)" + re.escape(norm(query)))
    return lambda text: pattern.search(norm(text)) is not None


def matching_cards(m: JourneyMap, query: str) -> list[str]:
    """Ids of what matches ``query``: stage, lane and persona names first (in
    their order), then cards in reading order (stage by stage, lane by lane,
    top to bottom)."""
    matches = word_matcher(query)
    if matches is None:
        return []
    named = [(s.id, s.title) for s in m.stages] + [(lane.id, lane.title) for lane in m.lanes]
    named += [(p.id, p.name) for p in m.personas]
    stage_pos = {s.id: i for i, s in enumerate(m.stages)}
    lane_pos = {lane.id: i for i, lane in enumerate(m.lanes)}
    hits = [c for c in m.cards if matches(card_text(c))]
    hits.sort(key=lambda c: (stage_pos.get(c.stage_id, 0), lane_pos.get(c.lane_id, 0), c.order))
    return [i for i, name in named if matches(name)] + [c.id for c in hits]


class FindBar(QWidget):
    """A slim bar above the canvas; emits what to highlight and what to show."""

    highlight_requested = Signal(list)  # card ids, [] to clear
    current_requested = Signal(str)  # the card to select and scroll to
    closed = Signal()

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("FindBar")
        self.setAttribute(Qt.WA_StyledBackground, True)
        self.map: Optional[JourneyMap] = None
        self.matches: list[str] = []
        self.current = -1

        self.field = QLineEdit(self)
        self.field.setPlaceholderText(tr("Find in cards, stages, lanes and personas"))
        self.field.setClearButtonEnabled(True)
        self.field.textChanged.connect(self._search)
        self.field.returnPressed.connect(self.next)
        self.count_label = QLabel(self)
        self.count_label.setMinimumWidth(90)
        self.prev_button = self._button("◀", tr("Previous match (Shift+F3)"), self.previous)
        self.next_button = self._button("▶", tr("Next match (F3 or Enter)"), self.next)
        close = self._button("✕", tr("Close the find bar (Esc)"), self.close_bar)

        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        label = QLabel(self)
        label.setPixmap(icon("find").pixmap(16, 16))
        row.addWidget(label)
        row.addWidget(self.field, 1)
        row.addWidget(self.count_label)
        row.addWidget(self.prev_button)
        row.addWidget(self.next_button)
        row.addWidget(close)

        QShortcut(QKeySequence(Qt.Key_Escape), self, self.close_bar, context=Qt.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence(Qt.SHIFT | Qt.Key_Return), self.field, self.previous, context=Qt.WidgetShortcut)
        QShortcut(QKeySequence(Qt.SHIFT | Qt.Key_Enter), self.field, self.previous, context=Qt.WidgetShortcut)
        self.hide()

    def _button(self, text: str, tip: str, slot) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        return button

    # -- public ---------------------------------------------------------------------
    def set_map(self, m: JourneyMap) -> None:
        self.map = m
        if self.isVisible():
            self._search(self.field.text())

    def open_bar(self) -> None:
        self.show()
        self.field.setFocus(Qt.ShortcutFocusReason)
        self.field.selectAll()
        self._search(self.field.text())

    def close_bar(self) -> None:
        self.hide()
        self.matches, self.current = [], -1
        self.highlight_requested.emit([])
        self.closed.emit()

    def refresh(self) -> None:
        """Search again after the map changed, keeping the current match if it still matches."""
        if self.isVisible():
            keep = self.matches[self.current] if 0 <= self.current < len(self.matches) else None
            self._search(self.field.text(), keep)

    def next(self) -> None:
        self._step(+1)

    def previous(self) -> None:
        self._step(-1)

    # -- internals ----------------------------------------------------------------------
    def _search(self, text: str, keep: Optional[str] = None) -> None:
        self.matches = matching_cards(self.map, text) if self.map is not None else []
        self.current = self.matches.index(keep) if keep in self.matches else -1
        self.highlight_requested.emit(list(self.matches))
        self._update_label()

    def _step(self, delta: int) -> None:
        if not self.matches:
            return
        self.current = (self.current + delta) % len(self.matches) if self.current >= 0 else (0 if delta > 0 else len(self.matches) - 1)
        self._update_label()
        self.current_requested.emit(self.matches[self.current])

    def _update_label(self) -> None:
        if not self.field.text().strip():
            text = ""
        elif not self.matches:
            text = tr("No match")
        elif self.current < 0:
            text = fill(tr("%1 matches"), str(len(self.matches))) if len(self.matches) != 1 else tr("1 match")
        else:
            text = fill(tr("%1 of %2"), str(self.current + 1), str(len(self.matches)))
        self.count_label.setText(text)
        failed = bool(self.field.text().strip()) and not self.matches
        self.field.setStyleSheet("QLineEdit { background: #fdeeee; }" if failed else "")
        self.prev_button.setEnabled(bool(self.matches))
        self.next_button.setEnabled(bool(self.matches))
