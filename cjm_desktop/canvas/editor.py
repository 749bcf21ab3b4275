"""CardEditor: the in-place text editor over the ONE card being edited.

The first line is the card's title (shown bold), the following lines its body.
Enter commits, Shift+Enter starts a new line, Esc cancels; clicking elsewhere
commits too.

Vietnamese is typed through input methods (Telex, VNI) that show a word as
*pre-edit* text until it is finished. A commit while a word is still being
composed (clicking away, saving) keeps that word: the input method is asked
to commit it, and if it does not, the editor inserts the pre-edit text itself.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QGuiApplication, QPen, QSyntaxHighlighter, QTextCharFormat
from PySide6.QtWidgets import QGraphicsTextItem, QStyle, QStyleOptionGraphicsItem

from ..layout import DEFAULT_STYLE
from ..model import LIMITS
from ..render.qt_fonts import scene_font
from .items.base import SELECTION_COLOUR, Z_EDITOR, qcolor, guarded_paint


def split_text(text: str) -> tuple[str, str]:
    """Editor text -> (title, body): the first line is the title, the rest the body."""
    text = text.replace("\u2029", "\n").replace("\u2028", "\n")
    title, _, body = text.partition("\n")
    return title.strip()[: LIMITS.short_text], body.strip()[: LIMITS.long_text]


def join_text(title: str, body: str) -> str:
    return title + ("\n" + body if body else "")


class _TitleHighlighter(QSyntaxHighlighter):
    """Shows the first line bold and larger, like the card's title."""

    def __init__(self, document, title_font) -> None:
        super().__init__(document)
        self.format = QTextCharFormat()
        self.format.setFont(title_font)

    def highlightBlock(self, text: str) -> None:  # noqa: N802
        if self.currentBlock().blockNumber() == 0:
            self.setFormat(0, len(text), self.format)


class CardEditor(QGraphicsTextItem):
    committed = Signal(str)
    cancelled = Signal()

    def __init__(self, text: str, rect: QRectF, device=None) -> None:
        super().__init__()
        st = DEFAULT_STYLE
        self.min_height = rect.height()
        self.finished = False
        self.preedit = ""  # the word an input method is composing, not yet in the text
        self.setZValue(Z_EDITOR)
        self.setFont(scene_font(st.body_size, False, device))
        self.document().setDocumentMargin(st.card_padding - 2)
        self._highlighter = _TitleHighlighter(self.document(), scene_font(st.title_size, True, device))
        self.setDefaultTextColor(qcolor(st.text))
        self.setPlainText(text)
        self.setTextWidth(rect.width() - st.card_stripe)
        self.setPos(rect.x() + st.card_stripe, rect.y())
        self.setTextInteractionFlags(Qt.TextEditorInteraction)
        cursor = self.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self.setTextCursor(cursor)

    def text(self) -> str:
        return self.toPlainText()

    # -- looks -----------------------------------------------------------------
    def boundingRect(self) -> QRectF:  # noqa: N802
        r = super().boundingRect()
        r.setHeight(max(r.height(), self.min_height))
        return r.adjusted(-DEFAULT_STYLE.card_stripe - 2, -2, 2, 2)

    @guarded_paint
    def paint(self, painter, option, widget=None) -> None:
        frame = self.boundingRect().adjusted(2, 2, -2, -2)
        painter.setPen(QPen(qcolor(SELECTION_COLOUR), 1.5))
        painter.setBrush(qcolor("#ffffff"))
        painter.drawRoundedRect(frame, 3, 3)
        clean = QStyleOptionGraphicsItem(option)
        clean.state = clean.state & ~(QStyle.State_Selected | QStyle.State_HasFocus)
        super().paint(painter, clean, widget)

    # -- keys ----------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:  # noqa: N802
        key = event.key()
        if key in (Qt.Key_Return, Qt.Key_Enter):
            if event.modifiers() & Qt.ShiftModifier:
                cursor = self.textCursor()
                cursor.insertText("\n")
                self.setTextCursor(cursor)
            else:
                self.commit()
            event.accept()
            return
        if key == Qt.Key_Escape:
            self.cancel()
            event.accept()
            return
        self.prepareGeometryChange()
        super().keyPressEvent(event)

    def inputMethodEvent(self, event) -> None:  # noqa: N802
        self.prepareGeometryChange()
        super().inputMethodEvent(event)
        self.preedit = event.preeditString()

    def _commit_preedit(self) -> None:
        """Put a word still being composed into the text, so that it is not lost."""
        if not self.preedit:
            return
        QGuiApplication.inputMethod().commit()  # a platform input method commits it now ...
        if self.preedit:  # ... or, without one, the editor does
            cursor = self.textCursor()
            cursor.insertText(self.preedit)
            self.setTextCursor(cursor)
            self.preedit = ""
            QGuiApplication.inputMethod().reset()

    def focusOutEvent(self, event) -> None:  # noqa: N802
        super().focusOutEvent(event)
        if event.reason() not in (Qt.ActiveWindowFocusReason, Qt.PopupFocusReason, Qt.MenuBarFocusReason):
            self.commit()

    def commit(self) -> None:
        if not self.finished:
            self._commit_preedit()
            self.finished = True
            self.committed.emit(self.text())

    def cancel(self) -> None:
        if not self.finished:
            self.finished = True
            self.cancelled.emit()
