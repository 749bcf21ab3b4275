"""The Inspector's channel field: an editable combo box of the bundled channels with
their icons (:mod:`cjm_desktop.model.channels`), free text allowed.

The card keeps the text (``Card.channel``): picking a channel writes its label in
the map's language, one undo step; typing is one step per burst, as in every
line field. The icon at the left of the text shows which channel the text
names, if any.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

from ...model.channels import catalogue, match_channel
from ...render.qt_icons import draw_icon
from .fields import LineField, nfc

#: Side of an icon in the list and the text box, in device-independent pixels.
ICON_PX = 16


@lru_cache(maxsize=None)
def channel_qicon(channel_id: str) -> QIcon:
    """The channel's icon for widgets (drawn at twice the size, sharp on high-density screens)."""
    pix = QPixmap(ICON_PX * 2, ICON_PX * 2)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    draw_icon(p, channel_id, 2, 2, ICON_PX * 2 - 4)
    p.end()
    pix.setDevicePixelRatio(2.0)
    return QIcon(pix)


class ChannelCombo(QComboBox):
    """An editable combo box that selects its text like a line edit (the Inspector's focus)."""

    def selectAll(self) -> None:  # noqa: N802 - the QLineEdit name the Inspector calls
        self.lineEdit().selectAll()


class ChannelField(LineField):
    """``Card.channel``: a bundled channel picked from the list, or any text typed."""

    def __init__(self, name: str, label: str, max_length: int = 500, placeholder: str = "") -> None:
        self.language = "vi"
        super().__init__(name, label, max_length, placeholder)

    def _make(self) -> QWidget:
        w = ChannelCombo()
        w.setEditable(True)
        w.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        w.setMaxVisibleItems(16)
        # as narrow as a line field: the dock never scrolls sideways for a long label
        w.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        w.setMinimumContentsLength(6)
        edit: QLineEdit = w.lineEdit()
        edit.setMaxLength(self.max_length)
        edit.setPlaceholderText(self.placeholder)
        self._mark = edit.addAction(QIcon(), QLineEdit.ActionPosition.LeadingPosition)
        self._fill(w)
        completer = QCompleter(w.model(), w)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        w.setCompleter(completer)
        edit.textEdited.connect(self._emit)
        edit.textChanged.connect(self._show_mark)
        w.activated.connect(self._picked)
        return w

    def _fill(self, w: QComboBox) -> None:
        w.clear()
        for ch in catalogue().channels:
            w.addItem(channel_qicon(ch.id), ch.label(self.language), ch.id)

    def set_language(self, language: str) -> None:
        """List the channels' labels in the map's language (what a pick writes)."""
        if language != self.language:
            self.language = language
            text = self.widget.lineEdit().text()
            self._loading = True
            try:
                self._fill(self.widget)
                self._set(text)
            finally:
                self._loading = False

    def value(self) -> str:
        return nfc(self.widget.lineEdit().text())

    def _set(self, value: str) -> None:
        w = self.widget
        edit = w.lineEdit()
        pos = edit.cursorPosition()
        w.setCurrentIndex(-1)  # the icon beside the text is the field's own mark, which follows typing too
        edit.setText(value)
        edit.setCursorPosition(min(pos, len(value)))

    def _picked(self, index: int) -> None:
        """A channel chosen from the list: its label, one undo step of its own."""
        if not self._loading and index >= 0:
            text = self.widget.itemText(index)
            self.widget.setCurrentIndex(-1)
            self.widget.lineEdit().setText(text)
            self.edited.emit(self.name, self.value(), None)

    def _show_mark(self, text: str) -> None:
        found = match_channel(text)
        self._mark.setVisible(found is not None)
        if found is not None:
            self._mark.setIcon(channel_qicon(found.id))
            self._mark.setToolTip(found.label(self.language))
