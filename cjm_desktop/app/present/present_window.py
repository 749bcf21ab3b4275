"""PresentWindow: View > Present (F5): the map full screen, the title first, then each stage, then the whole map.

Keys (and a click or the wheel): Right, Page Down, Space, Down go on (a presentation clicker sends Page
Down / Page Up); Left, Page Up, Backspace, Up go back; Home and End jump;
1 to 9 focus a persona (the others' curves and the cards tagged for them are
dimmed), 0 ends the focus; Esc leaves. The window is modal and its view is
read-only, so nothing can be edited while presenting; leaving puts the
editing view back exactly as it was (its headers pinned where they were).
Moves between pages of the same zoom slide; the others cross-fade.
"""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QEasingCurve, QRect, Qt, QVariantAnimation, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...i18n import tr
from ...model.card_filter import tagged_personas
from ...model.states import shown_state_name
from .pages import FadeOverlay, ProgressStrip, TitlePage
from .present_view import PresentView
from .slides import Camera, Slide, between, plan, slides_move

# How long a move between two slides takes.
DURATION_MS = 420
DIMMED = 0.18

NEXT_KEYS = {Qt.Key_Right, Qt.Key_PageDown, Qt.Key_Space, Qt.Key_Down, Qt.Key_Return, Qt.Key_Enter}
BACK_KEYS = {Qt.Key_Left, Qt.Key_PageUp, Qt.Key_Backspace, Qt.Key_Up}


class PresentWindow(QWidget):
    """Presents the map of ``scene``; ``editing_view`` is the window's view, put back on leaving."""

    left = Signal()

    def __init__(self, scene, editing_view, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent, Qt.Window)
        self.setObjectName("PresentWindow")
        self.setWindowTitle(tr("Present"))
        self.setWindowModality(Qt.ApplicationModal)
        self.setAttribute(Qt.WA_DeleteOnClose)
        self.scene = scene
        self.editing_view = editing_view
        m = scene.doc.map
        self.stack = QWidget(self)  # the view, the title page and the fade, placed by hand
        self.stack.setObjectName("PresentStage")
        self.stack.setStyleSheet("#PresentStage { background: #1f2d3d; }")  # beside the stage, as the title page
        self.stack.setAttribute(Qt.WA_StyledBackground)
        self.view = PresentView(scene, self.stack)
        state = shown_state_name(m)  # a map with several states: the one presented is named
        self.title_page = TitlePage(f"{m.title} — {state}" if state else m.title, m.description, self.stack)
        self.fade = FadeOverlay(self.stack)
        self.progress = ProgressStrip()
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.stack, 1)
        box.addWidget(self.progress)
        self.slides: list[Slide] = [Slide("title")]
        self.index = 0
        self.focus_persona = ""
        self._from: Optional[Camera] = None
        self._to: Optional[Camera] = None
        self._sliding = False
        self.animation = QVariantAnimation(self)
        self.animation.setStartValue(0.0)
        self.animation.setEndValue(1.0)
        self.animation.setEasingCurve(QEasingCurve.InOutCubic)
        self.animation.valueChanged.connect(lambda t: self.frame(float(t)))
        self.animation.finished.connect(self._arrived)

    # -- starting and leaving ---------------------------------------------------------------------
    def start(self, full_screen: bool = True) -> None:
        """Show the title page, full screen on the editing window's screen."""
        window = self.editing_view.window()
        if window is not None and window.screen() is not None:
            self.setScreen(window.screen())
            self.setGeometry(window.screen().geometry())
        # the editing view paints nothing meanwhile: two views of one scene at
        # different zooms would switch its level of detail back and forth
        self.editing_view.setUpdatesEnabled(False)
        self.showFullScreen() if full_screen else self.show()
        self.activateWindow()
        self.setFocus()
        self.replan()
        self.show_slide(0)

    def replan(self) -> None:
        vp = self.stack.size()
        if vp.width() > 0 and vp.height() > 0:
            self.slides = plan(self.scene.layout, vp.width(), vp.height(), self.view.pixels_per_point())

    def leave(self) -> None:
        """Back to the editing window, its view as it was."""
        self.animation.stop()
        self.set_focus_persona("")
        self.close()

    def closeEvent(self, event) -> None:  # noqa: N802
        self.animation.stop()
        self.set_focus_persona("")
        view = self.editing_view
        self.view.setScene(None)  # the scene is the document's, not this window's
        view.setUpdatesEnabled(True)
        view.repin()  # the headers back where the editing view has them
        view.viewport().update()
        super().closeEvent(event)
        window = view.window()
        window.activateWindow()
        view.setFocus()
        self.left.emit()

    # -- moving ---------------------------------------------------------------------------------
    @property
    def slide(self) -> Slide:
        return self.slides[self.index]

    @property
    def moving(self) -> bool:
        return self.animation.state() == QVariantAnimation.Running

    def show_slide(self, index: int) -> None:
        """Show slide ``index`` at once."""
        self.animation.stop()
        self.fade.stop()
        self.index = max(0, min(len(self.slides) - 1, index))
        slide = self.slide
        self.title_page.setVisible(slide.kind == "title")
        self.title_page.raise_()
        if slide.camera is not None:
            self.set_camera(slide.camera)
        self.progress.set_fraction(self.index / max(1, len(self.slides) - 1))

    def go(self, index: int) -> None:
        """Move to slide ``index``: slide there at the same zoom, else cross-fade."""
        index = max(0, min(len(self.slides) - 1, index))
        if index == self.index:
            return
        if self.moving:
            self.animation.stop()
            self._arrived()
        old_slide = self.slide
        self._from, self._to = old_slide.camera, self.slides[index].camera
        self._sliding = old_slide.kind != "title" and slides_move(self._from, self._to)
        if not self._sliding:
            old = self.stack.grab()
            self.show_slide(index)
            self.fade.start(old, self.stack.grab())
        else:
            self.index = index
            self.progress.set_fraction(index / max(1, len(self.slides) - 1))
        self.animation.setDuration(DURATION_MS)
        self.animation.start()

    def slide_between(self, a: int, b: int) -> None:
        """Make :meth:`frame` draw a slide from slide ``a`` to slide ``b`` (the benchmark drives it frame by frame)."""
        self._from, self._to, self._sliding = self.slides[a].camera, self.slides[b].camera, True

    def frame(self, t: float) -> None:
        """One frame of the move under way, ``t`` of the way there."""
        if self._sliding:
            self.set_camera(between(self._from, self._to, t))
        else:
            self.fade.set_progress(t)

    def set_camera(self, cam: Camera) -> None:
        """The view over the slide's stage only (the whole screen for the whole map), looking through ``cam``."""
        area = self.stack.rect()
        left, width = 0, area.width()
        if cam.focus is not None:
            left = max(0, round((cam.focus[0] - cam.x) * cam.scale))
            width = min(area.width() - left, round(cam.focus[2] * cam.scale))
        if self.view.geometry() != (geometry := QRect(left, 0, width, area.height())):
            self.view.setGeometry(geometry)
        self.view.set_camera(cam, left)

    def _arrived(self) -> None:
        if self._sliding and self._to is not None:
            self.set_camera(self._to)
        self.fade.stop()
        self._sliding = False

    # -- focus persona --------------------------------------------------------------------------
    def set_focus_persona(self, persona_id: str) -> None:
        """Dim the other personas' curves and the cards tagged only for them ("": no focus)."""
        self.focus_persona = persona_id
        items = self.scene.items_by_id
        for pid, item in items.curves.items():
            item.setOpacity(DIMMED if persona_id and pid != persona_id else 1.0)
        personas = self.scene.doc.map.personas
        for card in self.scene.doc.map.cards:
            item = items.cards.get(card.id)
            if item is None:
                continue
            tagged = tagged_personas(card, personas) if persona_id else set()
            item.setOpacity(DIMMED if tagged and persona_id not in tagged else 1.0)

    # -- keys -----------------------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:  # noqa: N802
        key = event.key()
        if key == Qt.Key_Escape:
            self.leave()
        elif key in NEXT_KEYS:
            self.go(self.index + 1)
        elif key in BACK_KEYS:
            self.go(self.index - 1)
        elif key == Qt.Key_Home:
            self.go(0)
        elif key == Qt.Key_End:
            self.go(len(self.slides) - 1)
        elif Qt.Key_0 <= key <= Qt.Key_9:
            personas = self.scene.doc.map.personas
            n = key - Qt.Key_0
            self.set_focus_persona(personas[n - 1].id if 0 < n <= len(personas) else "")
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def mousePressEvent(self, event) -> None:  # noqa: N802 - a click goes on, a right click back
        if event.button() in (Qt.LeftButton, Qt.RightButton):
            self.go(self.index + (1 if event.button() == Qt.LeftButton else -1))
            event.accept()
            return
        super().mousePressEvent(event)

    def wheelEvent(self, event) -> None:  # noqa: N802
        steps = event.angleDelta().y()
        if steps:
            self.go(self.index + (1 if steps < 0 else -1))
        event.accept()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.title_page.setGeometry(self.stack.rect())
        current = self.slide
        self.replan()
        same = next((i for i, s in enumerate(self.slides) if (s.kind, s.stage_id, s.page) ==
                     (current.kind, current.stage_id, current.page)), 0)
        self.show_slide(same)
