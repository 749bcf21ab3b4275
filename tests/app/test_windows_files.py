"""Saving from the window while Windows refuses (simulated): the user is told in one line and keeps the map."""

from __future__ import annotations

import errno
import os

from PySide6.QtCore import Qt

from cjm_desktop.commands import AddStageCommand
from cjm_desktop.io import platform, read_cjm
from cjm_desktop.model import Stage


def test_ctrl_s_while_another_program_holds_the_file(make_window, sample_path, dialogs, monkeypatch, qtbot):
    window = make_window(sample_path)
    window.doc.push(AddStageCommand(window.doc, Stage(title="Giai đoạn mới")))
    old, real_replace = sample_path.read_bytes(), os.replace

    def held_open(src, dst):
        exc = PermissionError(errno.EACCES, "The process cannot access the file")
        exc.winerror = 32  # ERROR_SHARING_VIOLATION: Excel, a PDF viewer, a sync client
        raise exc

    monkeypatch.setattr(os, "replace", held_open)
    monkeypatch.setattr(platform.replace_file, "__defaults__", (lambda seconds: None,))
    qtbot.keyClick(window.view.viewport(), Qt.Key_S, Qt.ControlModifier)
    assert dialogs.errors[-1] == ("Could not save the map", (
        f"{sample_path.name}: cannot save: the file is open in another program; close it there and save "
        "again (the previous version of the file is unchanged)"))
    assert sample_path.read_bytes() == old and window.isWindowModified()
    monkeypatch.setattr(os, "replace", real_replace)  # the other program let go: saving again works
    qtbot.keyClick(window.view.viewport(), Qt.Key_S, Qt.ControlModifier)
    assert not window.isWindowModified()
    assert "Giai đoạn mới" in [s.title for s in read_cjm(sample_path).map.stages]
