"""View > Connectors, Emotion Curves and Persona Curves: what the canvas shows.

A view setting, not an edit (no undo step, the map is unchanged): connectors
and curves live in the document's view state (:class:`~cjm_desktop.io.ViewState`,
saved beside the map like the zoom, so ``cjm-desktop export`` follows them too),
each persona's curve in the document for this session. The scene shows or hides
the items and the Export dialog leaves out what is hidden, so screen and exports agree.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from ...i18n import fill, tr

if TYPE_CHECKING:  # pragma: no cover
    from .main_window import MainWindow


class ViewToggles:
    """The checkable View actions of one window, following its document."""

    def __init__(self, window: "MainWindow", menu: QMenu) -> None:
        self.window = window
        self.connectors = self._toggle(tr("Show &Connectors"), tr("Show or hide the connectors between cards"),
                                       "show_connectors")
        self.emotions = self._toggle(tr("Show &Emotion Curves"), tr("Show or hide every persona's emotion curve"),
                                     "show_emotions")
        menu.addActions([self.connectors, self.emotions])
        self.personas = menu.addMenu(tr("&Persona Curves"))
        self.personas.aboutToShow.connect(self._fill_personas)
        menu.addSeparator()

    def _toggle(self, text: str, tip: str, field: str) -> QAction:
        action = QAction(text, self.window)
        action.setCheckable(True)
        action.setChecked(True)
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.toggled.connect(lambda on, f=field: self.set(**{f: on}))
        return action

    def _fill_personas(self) -> None:
        """One checkable entry per persona, built as the menu opens."""
        self.personas.clear()
        hidden = self.window.doc.hidden_curves
        for persona in self.window.doc.map.personas:
            action = self.personas.addAction(persona.name or tr("(no name)"))
            action.setCheckable(True)
            action.setChecked(persona.id not in hidden)
            action.setEnabled(self.emotions.isChecked())
            action.setStatusTip(fill(tr("Show or hide the emotion curve of %1"), persona.name))
            action.toggled.connect(lambda on, pid=persona.id: self.show_curve(pid, on))

    def show_curve(self, persona_id: str, on: bool) -> None:
        """One persona's curve (for this session: the file keeps only the two switches above)."""
        hidden = self.window.doc.hidden_curves
        if on:
            hidden.discard(persona_id)
        else:
            hidden.add(persona_id)
        if self.window.scene is not None:
            self.window.scene.items_by_id.apply_view()

    def set(self, **values) -> None:
        """Change the document's view state and show it."""
        from ...io import ViewState

        doc = self.window.doc
        current = doc.view if doc.view is not None else ViewState()
        doc.view = current.model_copy(update=values)
        if self.window.scene is not None:
            self.window.scene.items_by_id.apply_view()

    def follow(self) -> None:
        """A new document: the toggles show its view state."""
        view = self.window.doc.view
        for action, on in ((self.connectors, view is None or view.show_connectors),
                           (self.emotions, view is None or view.show_emotions)):
            action.blockSignals(True)
            action.setChecked(on)
            action.blockSignals(False)
