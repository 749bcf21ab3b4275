"""The in-place text editor over the ONE card being edited: the item (CardEditor)
and who opens, commits and closes it (InPlaceEditing).

The first line is the card's title (shown bold), the following lines its body.
Enter commits, Shift+Enter starts a new line, Esc cancels; clicking elsewhere
commits too.

Vietnamese is typed through input methods (Telex, VNI) that show a word as
*pre-edit* text until it is finished. A commit while a word is still being
composed (clicking away, saving) keeps that word: the input method is asked
to commit it, and if it does not, the editor inserts the pre-edit text itself.
"""

from __future__ import annotations

import weakref
from typing import Optional

from PySide6.QtCore import QRectF, Qt, QTimer, Signal
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


class InPlaceEditing:
    """Opens the :class:`CardEditor` on a card (or on a new card's place) and
    hands its text to the map editor's verbs when it is committed.

    ``interactions`` is the scene's :class:`~.interaction.SceneInteractions`:
    its ``scene``, its ``map_editor`` and its ``reveal``.
    """

    def __init__(self, interactions) -> None:
        self._interactions = weakref.ref(interactions)  # it holds us: no reference cycle
        self.editor: Optional[CardEditor] = None
        self._target: Optional[tuple] = None
        self._dead: list[CardEditor] = []

    @property
    def interactions(self):
        return self._interactions()

    @property
    def scene(self):
        return self._interactions().scene

    def edit_card(self, card_id: str, fresh: bool = False) -> bool:
        """Open the editor on a card (False if it is not on screen); ``fresh``:
        the card was just made, and Esc takes it back if it is still blank."""
        if self.scene.card_item(card_id) is None:
            return False
        self.finish()
        item = self.scene.card_item(card_id)
        if item is None:
            return False
        card = self.scene.doc.map.card(card_id)
        rect = QRectF(item.home_pos(), item.rect().size())
        self._open(join_text(card.title, card.body), rect, ("card", card_id, fresh))
        item.editing = True
        item.update()
        return True

    def begin_new_card(self, stage_id: str, lane_id: str, index: int) -> None:
        """Open the editor on an empty card at ``index`` of a cell; Enter creates it."""
        self.finish()
        scene = self.scene
        st = scene.layout.style
        cell = scene.layout.cells[(stage_id, lane_id)]
        y = scene.drop_indicator_y(stage_id, lane_id, index) + st.card_gap / 2
        rect = QRectF(cell.x + st.cell_padding, y, cell.w - 2 * st.cell_padding, st.card_min_height)
        self._open("", rect, ("new", stage_id, lane_id, index))

    def _open(self, text: str, rect: QRectF, target: tuple) -> None:
        scene = self.scene
        self.interactions.cancel_gesture()
        editor = CardEditor(text, rect, scene.view_dpi_device())
        editor.committed.connect(self._committed)
        editor.cancelled.connect(self._cancelled)
        scene.addItem(editor)
        self.editor, self._target = editor, target
        for view in scene.views():
            view.setFocus(Qt.OtherFocusReason)
        scene.setFocusItem(editor, Qt.OtherFocusReason)
        editor.setFocus(Qt.OtherFocusReason)

    def editing_card_id(self) -> Optional[str]:
        t = self._target
        return t[1] if t and t[0] == "card" else None

    def finish(self) -> None:
        """Commit the open editor, if any (e.g. before saving)."""
        if self.editor is not None:
            self.editor.commit()

    def cancel(self) -> None:
        if self.editor is not None:
            self.editor.cancel()

    def close_if_gone(self) -> None:
        card_id = self.editing_card_id()
        if card_id is not None and self.scene.card_item(card_id) is None:
            self.cancel()

    def _committed(self, text: str) -> None:
        target = self._target
        self._close()
        title, body = split_text(text)
        verbs = self.interactions.map_editor
        if target[0] == "card":
            verbs.set_card_text(target[1], title, body)
        elif title or body:
            _, stage_id, lane_id, index = target
            layout = self.scene.layout
            if stage_id in layout.stage_headers and lane_id in layout.lane_headers:
                card_id = verbs.new_card(cell=(stage_id, lane_id), index=index, fields={"title": title, "body": body})
                self.interactions.reveal([card_id] if card_id else [])

    def _cancelled(self) -> None:
        target = self._target
        self._close()
        if target is not None and target[0] == "card" and target[2]:
            self.interactions.map_editor.discard_new_card(target[1])

    def _close(self) -> None:
        editor, target = self.editor, self._target
        if editor is None:
            return
        self.editor, self._target = None, None
        if target[0] == "card":
            item = self.scene.card_item(target[1])
            if item is not None:
                item.editing = False
                item.update()
        editor.finished = True
        editor.setTextInteractionFlags(Qt.NoTextInteraction)
        editor.clearFocus()
        editor.hide()
        self._dead.append(editor)
        QTimer.singleShot(0, self.scene, self._reap)  # never after the scene is gone

    def _reap(self) -> None:
        dead, self._dead = self._dead, []
        for editor in dead:
            if editor.scene() is self.scene:
                self.scene.removeItem(editor)
