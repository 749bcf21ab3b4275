"""Fixtures for window tests: real widgets offscreen, settings in a temp folder."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from cjm_desktop.io import write_cjm
from tests.factories import small_map


@pytest.fixture(autouse=True)
def settings_dir(tmp_path) -> Path:
    """Every test gets its own INI settings folder; the user's config is never touched."""
    folder = tmp_path / "settings"
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(folder))
    return folder


class Dialogs:
    """Records the message boxes a test caused and answers them as told."""

    def __init__(self) -> None:
        self.errors: list[tuple[str, str]] = []
        self.warnings: list[str] = []
        self.questions: list[str] = []
        self.save_answer = None  # QMessageBox.Save / Discard / Cancel
        self.confirm_answer = QMessageBox.No
        self.notes: list[str] = []  # information boxes


@pytest.fixture(autouse=True)
def dialogs() -> Iterator[Dialogs]:
    """No modal box ever blocks a test: each is recorded and answered (every message
    box of the app goes through ``prompts.message_box``). Patched with its own
    MonkeyPatch, so a test's ``monkeypatch.undo()`` keeps it."""
    from cjm_desktop.editing import prompts

    d = Dialogs()

    def message_box(parent, icon, title, text, *args, **kwargs):
        if icon == QMessageBox.Critical:
            d.errors.append((title, text))
            return QMessageBox.Ok
        if icon == QMessageBox.Warning:
            d.warnings.append(text)
            if d.save_answer is None:
                raise AssertionError(f"unexpected question: {text}")
            return d.save_answer
        if icon == QMessageBox.Question:
            d.questions.append(text)
            return d.confirm_answer
        d.notes.append(text)
        return QMessageBox.Ok

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(prompts, "message_box", message_box)
        yield d


@pytest.fixture
def make_window(qtbot):
    """Open a real MainWindow (optionally on a file); closed without questions at teardown."""
    from cjm_desktop.app.window.main_window import MainWindow

    def make(path=None) -> MainWindow:
        window = MainWindow(path)
        qtbot.addWidget(window, before_close_func=lambda w: w.doc.undo_stack.setClean())
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        return window

    return make


@pytest.fixture
def sample_path(tmp_path) -> Path:
    path = tmp_path / "bản đồ.cjm"
    write_cjm(path, small_map())
    return path


def card_by_title(window, title: str):
    return next(c for c in window.doc.map.cards if c.title == title)


def select_card(window, title: str):
    card = card_by_title(window, title)
    window.scene.select_ids({"cards": [card.id]})
    return card


def type_text(widget, text: str) -> None:
    """Type ``text`` into ``widget`` key by key (QTest.keyClicks only knows ASCII,
    so each character is sent as a key event carrying its text, as a Vietnamese
    keyboard layout does)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    for ch in text:
        key = Qt.Key_Return if ch == "\n" else (ord(ch.upper()) if ch.isascii() and ch.isalnum() else 0)
        for kind in (QEvent.KeyPress, QEvent.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.NoModifier, "\r" if ch == "\n" else ch))
