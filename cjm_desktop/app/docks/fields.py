"""Editor widgets bound to one model field each, for the inspector.

A field shows a value (``show_value``) and reports what the user typed
(``edited(name, value, merge_key)``). ``show_value`` leaves the widget alone
when it already shows that value, so refreshing after every change (typing,
undo, another window) never moves the user's cursor or eats a half-typed
separator. Text is compared NFC-normalised, as the model stores it.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from typing import Any, Optional, Sequence

from PySide6.QtCore import QDate, QObject, Signal
from PySide6.QtGui import QColor, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

from ...i18n import date_format
from ..window.icons import swatch

TYPING = "typing"
RESIZE = "resize"


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


class Field(QObject):
    """Base class: ``name`` of the model attribute, ``label`` for the form."""

    edited = Signal(str, object, object)  # name, value, merge_key

    merge_key: Optional[str] = None

    def __init__(self, name: str, label: str) -> None:
        super().__init__()
        self.name = name
        self.label = label
        self.widget: QWidget = self._make()
        self._loading = False

    def _make(self) -> QWidget:  # pragma: no cover - abstract
        raise NotImplementedError

    def value(self) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def _set(self, value: Any) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def show_value(self, value: Any) -> None:
        if self.value() == value:
            return
        self._loading = True
        try:
            self._set(value)
        finally:
            self._loading = False

    def _emit(self, *_args) -> None:
        if not self._loading:
            self.edited.emit(self.name, self.value(), self.merge_key)

    def set_problem(self, message: str) -> None:
        """Mark the widget as holding a value the model refuses (or clear it)."""
        self.widget.setToolTip(message)
        self.widget.setStyleSheet("background: #fdeeee;" if message else "")


class LineField(Field):
    merge_key = TYPING

    def __init__(self, name: str, label: str, max_length: int = 500, placeholder: str = "") -> None:
        self.max_length = max_length
        self.placeholder = placeholder
        super().__init__(name, label)

    def _make(self) -> QWidget:
        w = QLineEdit()
        w.setMaxLength(self.max_length)
        w.setPlaceholderText(self.placeholder)
        w.textEdited.connect(self._emit)
        return w

    def value(self) -> str:
        return nfc(self.widget.text())

    def _set(self, value: str) -> None:
        pos = self.widget.cursorPosition()
        self.widget.setText(value)
        self.widget.setCursorPosition(min(pos, len(value)))


class ListField(LineField):
    """A list of short strings typed as one line separated by commas."""

    def value(self) -> list[str]:
        return [part.strip() for part in nfc(self.widget.text()).split(",") if part.strip()]

    def _set(self, value: Sequence[str]) -> None:
        super()._set(", ".join(value))


class TextField(Field):
    """Multi-line text; with ``as_list`` one list item per line (persona goals)."""

    merge_key = TYPING

    def __init__(self, name: str, label: str, as_list: bool = False, placeholder: str = "", lines: int = 4) -> None:
        self.as_list = as_list
        self.placeholder = placeholder
        self.lines = lines
        super().__init__(name, label)

    def _make(self) -> QWidget:
        w = QPlainTextEdit()
        w.setPlaceholderText(self.placeholder)
        w.setTabChangesFocus(True)
        w.setFixedHeight(int(w.fontMetrics().lineSpacing() * self.lines + 14))
        w.textChanged.connect(self._emit)
        return w

    def value(self):
        text = nfc(self.widget.toPlainText())
        if self.as_list:
            return [line.strip() for line in text.splitlines() if line.strip()]
        return text

    def _set(self, value) -> None:
        text = "\n".join(value) if self.as_list else value
        cursor = self.widget.textCursor()
        pos = cursor.position()
        self.widget.setPlainText(text)
        cursor = self.widget.textCursor()
        cursor.setPosition(min(pos, len(text)), QTextCursor.MoveAnchor)
        self.widget.setTextCursor(cursor)


class ChoiceField(Field):
    """A combo box of (value, text) choices; ``none_text`` adds an empty choice."""

    def __init__(self, name: str, label: str, choices: Sequence[tuple[Any, str]], none_text: Optional[str] = None) -> None:
        self.choices = list(choices)
        if none_text is not None:
            self.choices.insert(0, (None, none_text))
        super().__init__(name, label)

    def _make(self) -> QWidget:
        w = QComboBox()
        # not as wide as the longest choice: Vietnamese lane kinds would widen the whole inspector
        w.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        w.setMinimumContentsLength(8)
        for value, text in self.choices:
            w.addItem(text, value)
        w.currentIndexChanged.connect(self._emit)
        return w

    def value(self):
        i = self.widget.currentIndex()
        return self.choices[i][0] if i >= 0 else None

    def _set(self, value) -> None:
        for i, (v, _) in enumerate(self.choices):
            if v == value:
                self.widget.setCurrentIndex(i)
                return


class ColourField(Field):
    """A swatch button opening a colour dialog; optional fields get a reset button."""

    def __init__(self, name: str, label: str, optional: bool = False, reset_tip: str = "") -> None:
        self.optional = optional
        self.reset_tip = reset_tip
        self._value: Optional[str] = None
        super().__init__(name, label)

    def _make(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.button = QPushButton()
        self.button.clicked.connect(self._choose)
        row.addWidget(self.button, 1)
        if self.optional:
            self.reset = QToolButton()
            self.reset.setText("✕")
            self.reset.setToolTip(self.reset_tip)
            self.reset.clicked.connect(self._clear)
            row.addWidget(self.reset)
        return box

    def value(self) -> Optional[str]:
        return self._value

    def _set(self, value: Optional[str]) -> None:
        self._value = value
        self.button.setIcon(swatch(value or "#ffffff"))
        self.button.setText(value or self.reset_tip or "—")

    def show_value(self, value) -> None:
        if value != self._value or not self.button.text():
            self._set(value)

    def _choose(self) -> None:
        colour = QColorDialog.getColor(QColor(self._value or "#ffffff"), self.widget, self.label)
        if colour.isValid():
            self._set(colour.name())
            self._emit()

    def _clear(self) -> None:
        if self._value is not None:
            self._set(None)
            self._emit()


class DateField(Field):
    """An optional date: a check box sets it (to today), a calendar pop-up changes it."""

    NO_DATE = QDate(1900, 1, 1)

    def _make(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox()
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(date_format())  # the locale's order: 30/06/2025 in Vietnamese
        self.date.setMinimumDate(self.NO_DATE)
        self.date.setSpecialValueText("—")  # shown while there is no date
        self.date.setDate(self.NO_DATE)
        self.date.setEnabled(False)
        self.check.toggled.connect(self._toggled)
        self.date.dateChanged.connect(self._emit)
        row.addWidget(self.check)
        row.addWidget(self.date, 1)
        return box

    def _toggled(self, on: bool) -> None:
        was_loading, self._loading = self._loading, True
        self.date.setEnabled(on)
        self.date.setDate(QDate.currentDate() if on and self.date.date() == self.NO_DATE else
                          (self.date.date() if on else self.NO_DATE))
        self._loading = was_loading
        self._emit()

    def value(self) -> Optional[dt.date]:
        if not self.check.isChecked():
            return None
        d = self.date.date()
        return dt.date(d.year(), d.month(), d.day())

    def _set(self, value: Optional[dt.date]) -> None:
        self.check.setChecked(value is not None)
        self.date.setEnabled(value is not None)
        self.date.setDate(QDate(value.year, value.month, value.day) if value is not None else self.NO_DATE)


class NumberField(Field):
    """A size in points; spinning merges into one undo step."""

    merge_key = RESIZE

    def __init__(self, name: str, label: str, minimum: float, maximum: float, step: float = 10.0) -> None:
        self.range = (minimum, maximum, step)
        super().__init__(name, label)

    def _make(self) -> QWidget:
        w = QDoubleSpinBox()
        w.setRange(self.range[0], self.range[1])
        w.setSingleStep(self.range[2])
        w.setDecimals(0)
        w.setSuffix(" pt")
        w.setKeyboardTracking(False)
        w.valueChanged.connect(self._emit)
        return w

    def value(self) -> float:
        return float(self.widget.value())

    def _set(self, value: float) -> None:
        self.widget.setValue(value)


class BoolField(Field):
    def _make(self) -> QWidget:
        w = QCheckBox()
        w.toggled.connect(self._emit)
        return w

    def value(self) -> bool:
        return self.widget.isChecked()

    def _set(self, value: bool) -> None:
        self.widget.setChecked(bool(value))


def focus_widget(field: Field) -> QWidget:
    """The widget to give keyboard focus to for ``field``."""
    if isinstance(field, ColourField):
        return field.button
    if isinstance(field, DateField):
        return field.check
    return field.widget


__all__ = [
    "Field", "LineField", "ListField", "TextField", "ChoiceField", "ColourField", "DateField",
    "NumberField", "BoolField", "TYPING", "RESIZE", "focus_widget",
]
