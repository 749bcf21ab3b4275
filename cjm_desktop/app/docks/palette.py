"""The palette dock: one card kind per lane kind, dragged onto a cell.

Dragging an entry starts a ``QDrag`` carrying :data:`NEW_CARD_MIME`
(``{"kind": "<lane kind>"}``); the canvas turns the drop into an
new card. Double-click (or Enter) asks the window for the same new card in the
current cell (the editor's ``new_card`` verb, as a drop does).
"""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QMimeData, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QDrag, QFont, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QDockWidget, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ...editing.clipboard import NEW_CARD_MIME, new_card_mime
from ...i18n import fill, tr
from ...layout.style import LANE_COLOURS
from ...model import LaneKind
from ..window.icons import swatch
from ..window.labels import card_kind_name

KIND_ROLE = Qt.UserRole + 1


def card_pixmap(kind: LaneKind, text: str) -> QPixmap:
    """A small picture of the card being dragged."""
    fill, accent = LANE_COLOURS[kind]
    w, h = 150, 42
    pixmap = QPixmap(w, h)
    pixmap.fill(Qt.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.Antialiasing)
    p.setPen(QPen(QColor("#c9d0da"), 1))
    p.setBrush(QColor(fill))
    p.drawRoundedRect(QRectF(0.5, 0.5, w - 1, h - 1), 5, 5)
    p.setPen(Qt.NoPen)
    p.setBrush(QColor(accent))
    p.drawRoundedRect(QRectF(1, 1, 5, h - 2), 2, 2)
    font = QFont(p.font())
    font.setBold(True)
    p.setFont(font)
    p.setPen(QColor("#1d2430"))
    p.drawText(QRectF(12, 0, w - 16, h), Qt.AlignVCenter | Qt.AlignLeft, text)
    p.end()
    return pixmap


class PaletteList(QListWidget):
    """The list of card kinds; a drag out of it carries NEW_CARD_MIME."""

    activated_kind = Signal(object)  # LaneKind

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("PaletteList")
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragOnly)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setIconSize(QSize(18, 18))
        self.setSpacing(1)
        for kind in LaneKind:
            colour, accent = LANE_COLOURS[kind]
            name = card_kind_name(kind)
            item = QListWidgetItem(swatch(colour, 18, accent), name)
            item.setData(KIND_ROLE, kind.value)
            item.setToolTip(fill(tr("Drag onto a cell to add a “%1” card; double-click adds one to the current cell."), name))
            self.addItem(item)
        self.itemActivated.connect(lambda item: self.activated_kind.emit(LaneKind(item.data(KIND_ROLE))))

    def kind_at(self, row: int) -> LaneKind:
        return LaneKind(self.item(row).data(KIND_ROLE))

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt override
        return [NEW_CARD_MIME]

    def mimeData(self, items) -> QMimeData:  # noqa: N802 - Qt override
        return new_card_mime(LaneKind(items[0].data(KIND_ROLE)))

    def startDrag(self, supported_actions) -> None:  # noqa: N802 - Qt override
        item = self.currentItem()
        if item is None:
            return
        kind = LaneKind(item.data(KIND_ROLE))
        drag = QDrag(self)
        drag.setMimeData(new_card_mime(kind))
        pixmap = card_pixmap(kind, item.text())
        drag.setPixmap(pixmap)
        drag.setHotSpot(QPointF(14, pixmap.height() / 2).toPoint())
        drag.exec(Qt.CopyAction)


class PaletteDock(QDockWidget):
    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(tr("Card Palette"), parent)
        self.setObjectName("PaletteDock")
        self.list = PaletteList()
        hint = QLabel(tr("Drag a card onto the map, or double-click to add it to the selected cell."))
        hint.setWordWrap(True)
        hint.setObjectName("DockHint")
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(hint)
        layout.addWidget(self.list, 1)
        self.setWidget(body)
        # never narrower than the longest card kind (Vietnamese names are long)
        self.list.setMinimumWidth(min(260, self.list.sizeHintForColumn(0) + 2 * self.list.frameWidth() + 4))

    def preferred_width(self) -> int:
        """Wide enough for the longest card kind in the interface language."""
        return self.list.sizeHintForColumn(0) + 2 * self.list.frameWidth() + 12 + 4
