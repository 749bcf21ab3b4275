"""MapHeader: the window's map header above the canvas, the client's logo beside the map's title.

The logo is the map's ``logo`` picture (set in the Inspector with nothing
selected), decoded once by :mod:`cjm_desktop.render.qt_pictures`; the title is
shown as plain text. A click on the header clears the canvas selection, so the
Inspector shows the map's page, where the title and logo are edited.
"""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from ...i18n import tr
from ...render.qt_pictures import decode_picture
from ..docks.follow import DocumentFollower

# The logo's height in the header, in device-independent pixels.
LOGO_HEIGHT = 36


class MapHeader(QWidget):
    """The logo (hidden when the map has none) and the title, kept in step with the document."""

    clicked = Signal()

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("MapHeader")
        self.doc = None
        self._follower = DocumentFollower(self._on_changed)
        self._logo_uri: Optional[str] = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        layout.setSpacing(10)
        self.logo = QLabel(self)
        self.logo.setObjectName("MapHeaderLogo")
        self.logo.hide()
        self.title = QLabel(self)
        self.title.setObjectName("MapHeaderTitle")
        self.title.setTextFormat(Qt.PlainText)  # map content is never rich text
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.title.setFont(font)
        layout.addWidget(self.logo)
        layout.addWidget(self.title, 1)
        self.setToolTip(tr("The map's title and logo: click here, then change them in the Inspector"))

    def follow(self, doc) -> None:
        """Show ``doc``'s title and logo from now on."""
        self.doc = doc
        self._follower.follow(doc)
        self.refresh()

    def _on_changed(self, change) -> None:
        if change.reset or change.map_fields:
            self.refresh()

    def refresh(self) -> None:
        m = self.doc.map
        self.title.setText(m.title)
        uri = m.image(m.logo)
        if uri == self._logo_uri:
            return
        self._logo_uri = uri
        image = decode_picture(uri, 4 * LOGO_HEIGHT) if uri else None
        if image is None:
            self.logo.clear()
            self.logo.hide()
            return
        ratio = self.devicePixelRatioF()
        box = QSize(round(4 * LOGO_HEIGHT * ratio), round(LOGO_HEIGHT * ratio))  # a wide logo: at most 4:1
        pixmap = QPixmap.fromImage(image).scaled(box, Qt.KeepAspectRatio, Qt.SmoothTransformation)
        pixmap.setDevicePixelRatio(ratio)
        self.logo.setPixmap(pixmap)
        self.logo.show()

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.LeftButton:
            self.clicked.emit()
            event.accept()
            return
        super().mousePressEvent(event)
