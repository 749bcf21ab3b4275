"""PictureField: the inspector's picture of a card, a stage, a persona (portrait) or the map (logo).

It shows the picture small and offers Choose (a PNG or JPEG file, checked by
the image policy before it is decoded and read at most at the size a poster
needs), Paste (a picture on the clipboard) and Remove. Its value is the
picture's data URI; the inspector hands it to the map editor, which stores it
once in the map's image table (one undo step).
"""

from __future__ import annotations

from typing import Optional

from PySide6.QtGui import QGuiApplication, QImage, QPixmap
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from ...editing.pictures import clipboard_image, picture_uri, read_picture_file
from ...i18n import tr
from ...model import images
from ...render.qt_pictures import decode_picture
from ..window.icons import icon
from .fields import Field


class PictureField(Field):
    """An optional picture; ``side``: the longest side it is kept at."""

    def __init__(self, name: str, label: str, side: int = images.IMPORT_SIDE) -> None:
        self.side = side
        self._value: Optional[str] = None
        super().__init__(name, label)

    def _make(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)  # narrow: the inspector never scrolls sideways
        self.preview = QLabel()
        self.preview.setFixedSize(28, 28)
        self.preview.setScaledContents(True)
        self.choose = QPushButton(tr("Choose Picture…"))
        self.choose.clicked.connect(self._choose)
        self.paste = QToolButton()
        self.paste.setIcon(icon("paste"))
        self.paste.setToolTip(tr("Paste the picture on the clipboard"))
        self.paste.clicked.connect(self._paste)
        self.remove = QToolButton()
        self.remove.setText("✕")
        self.remove.setToolTip(tr("Remove the picture"))
        self.remove.clicked.connect(self._clear)
        self.remove.setEnabled(False)
        for widget, stretch in ((self.preview, 0), (self.choose, 1), (self.paste, 0), (self.remove, 0)):
            row.addWidget(widget, stretch)
        return box

    def value(self) -> Optional[str]:
        return self._value

    def _set(self, value: Optional[str]) -> None:
        self._value = value
        image = decode_picture(value) if value else None  # PNG/JPEG only, checked, cached
        self.preview.setPixmap(QPixmap.fromImage(image) if image is not None else QPixmap())
        self.remove.setEnabled(value is not None)

    def set_image(self, image: QImage) -> None:
        """Keep ``image`` (scaled down to at most ``side`` pixels) as the picture."""
        try:
            if not image.isNull() and max(image.width(), image.height()) > self.side:
                from PySide6.QtCore import Qt

                image = image.scaled(self.side, self.side, Qt.KeepAspectRatio, Qt.SmoothTransformation)
            uri = picture_uri(image)
        except images.ImageError as exc:
            self.set_problem(str(exc))
            return
        self.set_problem("")
        self._set(uri)
        self._emit()

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.widget, tr("Choose Picture…"), "",
                                              tr("Pictures (*.png *.jpg *.jpeg)"))
        if path:
            try:
                self.set_image(read_picture_file(path))
            except (images.ImageError, OSError) as exc:
                self.set_problem(str(exc))

    def _paste(self) -> None:
        image = clipboard_image(QGuiApplication.clipboard().mimeData())
        if image is None:
            self.set_problem(tr("The clipboard holds no picture."))
        else:
            self.set_image(image)

    def _clear(self) -> None:
        if self._value is not None:
            self._set(None)
            self._emit()
