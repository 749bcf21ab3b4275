"""Widgets whose size stays put, so that a change in them repaints them alone.

Qt lays a window out again when a widget in it may have changed size: a label
given new text, a toolbar whose action has a new text, tooltip or enabled state.
With the docks open that costs ~1.5 ms, and the Undo action is renamed, the
card count and the zoom change, at nearly every edit. These widgets take a fixed
size instead (Qt does not lay out around a widget whose size cannot change):

- :class:`SteadyLabel`, for the status bar's counts and zoom, only ever grows,
  with room for a few more characters, and so lays the window out again rarely;
- :class:`SteadyToolBar` fixes each button to its size when the bar is first
  shown (styled, its words and icons in); a button still follows its action's
  text, tooltip and enabled state by itself, and an action shown or hidden
  still lays the bar out.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QToolBar, QToolButton

#: a steady label's room beyond its text, in average characters
SPARE_CHARACTERS = 3


class SteadyLabel(QLabel):
    """A label whose fixed size only grows (see the module's docstring)."""

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        hint = self.sizeHint()
        if hint.width() > self.minimumWidth() or hint.height() != self.minimumHeight():
            spare = SPARE_CHARACTERS * self.fontMetrics().averageCharWidth()
            self.setFixedSize(max(self.minimumWidth(), hint.width() + spare), hint.height())


class SteadyToolBar(QToolBar):
    """A toolbar whose buttons keep their size (see the module's docstring)."""

    _settled = False

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)  # the buttons are shown and styled by now
        if not self._settled:
            self.settle()

    def settle(self) -> None:
        """Fix every button to its present size (its words, icon and menu arrow are in)."""
        for action in self.actions():
            button = self.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setFixedSize(button.sizeHint())
        self._settled = True

    def actionEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self._settled and event.type() == QEvent.Type.ActionChanged:
            action = event.action()
            button = self.widgetForAction(action)
            if button is None or button.isVisibleTo(self) == action.isVisible():
                return  # the button follows its action by itself; the bar's layout stands
        super().actionEvent(event)
