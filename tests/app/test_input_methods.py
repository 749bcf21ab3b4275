"""Typing Vietnamese through an input method (Telex, VNI) in the card editor and the inspector.

Input methods do not send key presses for letters with diacritics: they send
QInputMethodEvents - a *pre-edit* string while a word is being composed (shown
underlined, not yet part of the text), then a *commit* string; some replace
letters already committed (VNI: "a" then "1" becomes "á"), and some commit
decomposed text (a letter plus combining marks). Whatever the route, the map
must receive the words, once, NFC-normalised, in one undo step.
"""

from __future__ import annotations

import unicodedata

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from tests.app.conftest import select_card


def preedit(target, text: str) -> None:
    QApplication.sendEvent(target, QInputMethodEvent(text, []))


def commit(target, text: str, replace_from: int = 0, replace_length: int = 0) -> None:
    event = QInputMethodEvent()
    event.setCommitString(text, replace_from, replace_length)
    QApplication.sendEvent(target, event)


def telex(target, *words: str) -> None:
    """Words typed the Telex way with a pre-edit input method (ibus-unikey, fcitx5-unikey):
    each word grows in the pre-edit, its tone mark arriving last ("danh" + "s" -> "dánh"),
    and is committed at the space."""
    for i, word in enumerate(words):
        bare = "".join(ch for ch in unicodedata.normalize("NFD", word) if not unicodedata.combining(ch))
        bare = bare.replace("Đ", "D").replace("đ", "d")
        for n in range(1, len(bare) + 1):
            preedit(target, bare[:n])
        preedit(target, word)
        commit(target, word + (" " if i < len(words) - 1 else ""))


def is_nfc(text: str) -> bool:
    return unicodedata.is_normalized("NFC", text)


@pytest.fixture
def window(make_window, sample_path):
    return make_window(sample_path)


def start_editing(window, title: str):
    card = select_card(window, title)
    assert window.scene.edit_card(card.id)
    editor = window.scene.editor
    cursor = editor.textCursor()
    cursor.select(cursor.SelectionType.Document)  # typing replaces the card's text
    editor.setTextCursor(cursor)
    return card.id


# -- the in-place card editor --------------------------------------------------------------------
def test_committed_words_reach_the_card(window, qtbot):
    card_id = start_editing(window, window.doc.map.cards[0].title)
    commit(window.view, "Đánh giá")
    qtbot.keyClick(window.view, Qt.Key_Return)
    assert window.doc.map.card(card_id).title == "Đánh giá"


def test_telex_preedit_sequence_gives_one_edit(window, qtbot):
    card_id = start_editing(window, window.doc.map.cards[0].title)
    before = window.doc.undo_stack.count()
    telex(window.view, "Đánh", "giá", "ủng", "hộ")
    assert window.doc.undo_stack.count() == before  # nothing reaches the map while typing
    qtbot.keyClick(window.view, Qt.Key_Return)
    card = window.doc.map.card(card_id)
    assert card.title == "Đánh giá ủng hộ" and is_nfc(card.title)
    assert window.doc.undo_stack.count() == before + 1


def test_vni_replacement_and_shift_enter_body(window, qtbot):
    card_id = start_editing(window, window.doc.map.cards[0].title)
    commit(window.view, "Hoi")
    commit(window.view, "ỏi", -2, 2)  # VNI: "o" then "3" - the input method rewrites "oi" as "ỏi"
    commit(window.view, " gia")
    commit(window.view, "á", -1, 1)  # "a" then "1"
    qtbot.keyClick(window.view, Qt.Key_Return, Qt.ShiftModifier)
    commit(window.view, "qua điện thoại")
    qtbot.keyClick(window.view, Qt.Key_Return)
    card = window.doc.map.card(card_id)
    assert (card.title, card.body) == ("Hỏi giá", "qua điện thoại")


def test_decomposed_commits_are_stored_precomposed(window, qtbot):
    card_id = start_editing(window, window.doc.map.cards[0].title)
    decomposed = unicodedata.normalize("NFD", "Trải nghiệm tại Salon")
    assert decomposed != "Trải nghiệm tại Salon"
    commit(window.view, decomposed)
    qtbot.keyClick(window.view, Qt.Key_Return)
    title = window.doc.map.card(card_id).title
    assert title == "Trải nghiệm tại Salon" and is_nfc(title)


def test_a_word_still_being_composed_is_kept_when_the_edit_ends(window):
    card_id = start_editing(window, window.doc.map.cards[0].title)
    commit(window.view, "Khách ")
    preedit(window.view, "hàng")  # not committed yet: the user clicks away or saves
    window.scene.finish_editing()
    assert window.doc.map.card(card_id).title == "Khách hàng"


def test_escape_drops_the_composition_too(window, qtbot):
    title = window.doc.map.cards[0].title
    card_id = start_editing(window, title)
    preedit(window.view, "hàng")
    qtbot.keyClick(window.view, Qt.Key_Escape)
    assert window.doc.map.card(card_id).title == title
    assert window.scene.editor is None


# -- the inspector ---------------------------------------------------------------------------------
def test_inspector_line_field_takes_telex_words_as_one_undo_step(window):
    card = select_card(window, window.doc.map.cards[0].title)
    field = window.inspector.page.fields["title"].widget
    field.setFocus()
    field.end(False)
    before = window.doc.undo_stack.count()
    preedit(field, "đ")
    assert window.doc.undo_stack.count() == before  # a pre-edit is not an edit
    preedit(field, "")
    field.selectAll()
    telex(field, "Đánh", "giá", "ủng", "hộ")
    assert window.doc.map.card(card.id).title == "Đánh giá ủng hộ"
    assert window.doc.undo_stack.count() == before + 1  # typing merges into one step
    window.doc.undo_stack.undo()
    assert window.doc.map.card(card.id).title == card.title


def test_inspector_text_fields_store_nfc(window):
    card = select_card(window, window.doc.map.cards[0].title)
    body = window.inspector.page.fields["body"].widget
    body.setFocus()
    body.selectAll()
    commit(body, unicodedata.normalize("NFD", "Khách hàng hỏi về giá"))
    commit(body, "\nrồi đặt lịch")
    stored = window.doc.map.card(card.id).body
    assert stored == "Khách hàng hỏi về giá\nrồi đặt lịch" and is_nfc(stored)
    # the field shows what the map holds and does not fight the input method
    assert unicodedata.normalize("NFC", body.toPlainText()) == stored


def test_persona_name_through_an_input_method(window):
    persona = window.doc.map.personas[0]
    window.edit_persona(persona.id)
    name = window.personas_dock.page.fields["name"].widget
    name.selectAll()
    telex(name, "Chị", "Thư")
    commit(name, "ơ", -1, 1)  # VNI-style fix of the last letter: "Thư" -> "Thơ"
    assert window.doc.map.personas[0].name == "Chị Thơ"
