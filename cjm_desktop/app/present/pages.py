"""The widgets around Present mode's view: the title page, the cross-fade between two frames, the progress strip.

Map text (the title, the description) is drawn as plain text.
"""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap
from PySide6.QtWidgets import QWidget

from ...i18n import tr

TITLE_FILL = QColor("#1f2d3d")
ACCENT = QColor("#5b8def")


class TitlePage(QWidget):
    """The first slide: the map's title big, its description, the keys."""

    def __init__(self, title: str, description: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("PresentTitle")
        self.setAttribute(Qt.WA_OpaquePaintEvent)
        self.title = title or tr("Untitled")
        self.description = description
        self.keys = tr("→ or Page Down: next   ← or Page Up: back   1–9: focus a persona   Esc: leave")

    def _text(self, painter: QPainter, box: QRectF, text: str, pixels: float, bold: bool, colour: QColor,
              align=Qt.AlignTop) -> None:
        font = QFont(self.font())
        font.setPixelSize(max(8, round(pixels)))
        font.setBold(bold)
        painter.setFont(font)
        painter.setPen(colour)
        painter.drawText(box, Qt.AlignHCenter | align | Qt.TextWordWrap, text)

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.TextAntialiasing)
        r = QRectF(self.rect())
        painter.fillRect(r, TITLE_FILL)
        h = r.height()
        side = r.width() * 0.1
        self._text(painter, QRectF(side, h * 0.08, r.width() - 2 * side, h * 0.48), self.title, h / 14, True,
                   QColor("#ffffff"), Qt.AlignBottom)
        description = self.description.split("\n\n")[0][:400]
        self._text(painter, QRectF(side, h * 0.6, r.width() - 2 * side, h * 0.27), description, h / 36, False,
                   QColor("#c8d1dc"))
        self._text(painter, QRectF(side, h * 0.9, r.width() - 2 * side, h * 0.08), self.keys, h / 60, False,
                   QColor("#8a94a6"))
        painter.end()


class FadeOverlay(QWidget):
    """Two frames over the view, the old one fading into the new: each frame of
    the fade draws two pictures, whatever the map's size."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WA_OpaquePaintEvent)
        self.setAttribute(Qt.WA_TransparentForMouseEvents)
        self.old: Optional[QPixmap] = None
        self.new: Optional[QPixmap] = None
        self.t = 0.0
        self.hide()

    def start(self, old: QPixmap, new: QPixmap) -> None:
        self.old, self.new, self.t = old, new, 0.0
        self.setGeometry(self.parentWidget().rect())
        self.raise_()
        self.show()

    def set_progress(self, t: float) -> None:
        self.t = t
        self.update()

    def stop(self) -> None:
        self.old = self.new = None
        self.hide()

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        if self.new is not None:
            painter.drawPixmap(0, 0, self.new)
        if self.old is not None:
            painter.setOpacity(1.0 - self.t)
            painter.drawPixmap(0, 0, self.old)
        painter.end()


class ProgressStrip(QWidget):
    """A thin strip along the bottom: how far the presentation has come."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("PresentProgress")
        self.setFixedHeight(5)
        self.fraction = 0.0

    def set_fraction(self, fraction: float) -> None:
        self.fraction = max(0.0, min(1.0, fraction))
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#dfe3e9"))
        painter.fillRect(QRectF(0, 0, self.width() * self.fraction, self.height()), ACCENT)
        painter.end()
