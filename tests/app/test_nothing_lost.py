"""Nothing lost, as a user meets it in the window: autosave and recovery,
Revert and Restore Backup, a file changed on disk or open elsewhere, and
saves that fail (the map stays, Save As works).

Tests run as root in CI, where chmod does not stop writes: permission and
disk-full failures are simulated by making os functions raise; read-only is
the file's mode bits, which cjm-desktop honours itself.
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import time

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from cjm_desktop.editing import prompts
from cjm_desktop.app.keeping import recovery_dialog
from cjm_desktop.app.keeping import autosave
from cjm_desktop.app.keeping.autosave import AUTOSAVE_KEY
from cjm_desktop.app.settings.store import app_settings
from cjm_desktop.app.window import collector
from cjm_desktop.app.window.registry import WindowRegistry
from cjm_desktop.commands import EditCardCommand, EditMapCommand
from cjm_desktop.io import read_cjm, write_cjm
from cjm_desktop.io.keeping import claim_open, list_backups, list_recoveries, write_recovery
from tests.factories import small_map

from .conftest import card_by_title


def edit(window, old: str, new: str) -> None:
    card = card_by_title(window, old)
    window.doc.push(EditCardCommand(window.doc, card.id, {"title": new}))


def someone_else_saves(path, title: str) -> bytes:
    other = read_cjm(path).map
    other.title = title
    time.sleep(0.002)
    return write_cjm(path, other)


def own_recoveries():
    return list_recoveries(include_live=True)


# -- autosave -------------------------------------------------------------------------------


def test_autosave_writes_a_recovery_copy_never_the_users_file(make_window, sample_path, qtbot):
    app_settings().setValue(AUTOSAVE_KEY, 0.2)
    window = make_window(sample_path)
    original = sample_path.read_bytes()
    assert window.guard.keeper.timer.interval() == 200
    edit(window, "A0", "Gọi tổng đài")
    qtbot.waitUntil(lambda: bool(own_recoveries()), timeout=5000)
    [copy] = own_recoveries()
    assert copy.source == sample_path and copy.pid == os.getpid()
    assert copy.source_stamp == window.doc.disk_stamp
    assert card_by_title(window, "Gọi tổng đài")
    assert any(c.title == "Gọi tổng đài" for c in read_cjm(copy.data_path).map.cards)
    assert sample_path.read_bytes() == original  # the user's file is untouched
    assert [p.name for p in sample_path.parent.iterdir() if p.suffix == ".cjm"] == [sample_path.name]


def test_autosave_only_while_modified_and_only_when_changed(make_window, sample_path):
    window = make_window(sample_path)
    keeper = window.guard.keeper
    assert not keeper.autosave()  # nothing to keep
    edit(window, "A0", "một")
    assert keeper.autosave()
    assert not keeper.autosave()  # no change since
    edit(window, "A1", "hai")
    assert keeper.autosave()
    assert keeper.autosaves == 2


def test_a_clean_save_discards_the_recovery_copy(make_window, sample_path):
    window = make_window(sample_path)
    edit(window, "A0", "một")
    window.guard.keeper.autosave()
    assert own_recoveries()
    assert window.save()
    assert own_recoveries() == []


def test_undoing_back_to_the_saved_map_discards_it(make_window, sample_path):
    window = make_window(sample_path)
    edit(window, "A0", "một")
    window.guard.keeper.autosave()
    window.doc.undo_stack.undo()
    assert own_recoveries() == []


@pytest.mark.parametrize("answer", [QMessageBox.Save, QMessageBox.Discard])
def test_a_clean_close_discards_it(make_window, sample_path, dialogs, answer):
    window = make_window(sample_path)
    edit(window, "A0", "một")
    window.guard.keeper.autosave()
    dialogs.save_answer = answer
    assert window.close()
    assert own_recoveries() == []


def test_cancelled_close_keeps_it(make_window, sample_path, dialogs):
    window = make_window(sample_path)
    edit(window, "A0", "một")
    window.guard.keeper.autosave()
    dialogs.save_answer = QMessageBox.Cancel
    assert not window.close()
    assert len(own_recoveries()) == 1


def test_autosave_waits_for_the_user_to_pause(make_window, sample_path, qtbot, monkeypatch):
    app_settings().setValue(AUTOSAVE_KEY, 0.2)
    window = make_window(sample_path)
    keeper = window.guard.keeper
    idle = [0.0]  # seconds since the user's last key, click or edit
    monkeypatch.setattr(collector, "seconds_idle", lambda: idle[0])
    edit(window, "A0", "Gọi tổng đài")
    qtbot.wait(800)  # several intervals while the user is at work: no ~70 ms write among their frames
    assert keeper.autosaves == 0 and not own_recoveries()
    idle[0] = collector.IDLE_SECONDS  # a pause
    qtbot.waitUntil(lambda: keeper.autosaves == 1, timeout=3000)
    assert own_recoveries()


def test_autosave_waits_for_a_pause_only_so_long(make_window, sample_path, qtbot, monkeypatch):
    app_settings().setValue(AUTOSAVE_KEY, 0.2)
    monkeypatch.setattr(autosave, "MAX_WAIT_MS", 600)
    monkeypatch.setattr(collector, "seconds_idle", lambda: 0.0)  # the user never pauses
    window = make_window(sample_path)
    edit(window, "A0", "Gọi tổng đài")
    qtbot.waitUntil(lambda: window.guard.keeper.autosaves == 1, timeout=5000)
    assert own_recoveries()


def test_autosave_interval_zero_turns_it_off(make_window, sample_path):
    app_settings().setValue(AUTOSAVE_KEY, 0)
    window = make_window(sample_path)
    assert not window.guard.keeper.timer.isActive()


def test_an_autosave_failure_is_one_line_in_the_status_bar_and_work_goes_on(make_window, sample_path, monkeypatch):
    window = make_window(sample_path)
    edit(window, "A0", "một")

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("cjm_desktop.app.keeping.autosave.write_recovery", full)
    assert not window.guard.keeper.autosave()
    assert window.statusBar().currentMessage() == "Autosave failed: [Errno 28] No space left on device"
    edit(window, "A1", "hai")
    assert window.doc.is_modified()


# -- recovery at start-up ----------------------------------------------------------------------


def _recovery_from_a_dead_process(path, title: str) -> None:
    """A recovery copy written by a process that has ended (a crash)."""
    journey_map = read_cjm(path).map if path.exists() else small_map()
    journey_map.title = title
    code = (
        "import sys; from pathlib import Path; from cjm_desktop.io import dumps_cjm, read_cjm;"
        "from cjm_desktop.io.keeping import write_recovery, DiskStamp;"
        "from cjm_desktop.model import JourneyMap;"
        f"m = JourneyMap.model_validate_json({journey_map.model_dump_json()!r});"
        f"p = Path({str(path)!r});"
        f"write_recovery('dead-{title}', dumps_cjm(m), m.title, p, DiskStamp.of(p))"
    )
    subprocess.run([sys.executable, "-c", code], check=True, env=os.environ.copy())


def test_restore_offers_each_copy_and_restores_it_modified_for_its_file(make_window, sample_path, monkeypatch):
    _recovery_from_a_dead_process(sample_path, "Bản chưa lưu")
    asked = []
    monkeypatch.setattr(recovery_dialog, "ask_recoveries",
                        lambda parent, found: asked.append([(r.title, r.source) for r in found]) or
                        {r.key: recovery_dialog.RESTORE for r in found})
    window = make_window()
    assert window.guard.offer_recoveries() == [window]
    assert asked == [[("Bản chưa lưu", sample_path)]]
    assert window.doc.map.title == "Bản chưa lưu"
    assert window.doc.path == sample_path and window.isWindowModified()
    assert [r.key for r in list_recoveries()] == []  # the dead copy is gone ...
    assert len(own_recoveries()) == 1  # ... and this window's autosave holds the map
    # the file did not change since: Save writes there without asking
    assert window.save()
    assert read_cjm(sample_path).map.title == "Bản chưa lưu"


def test_a_restored_map_asks_before_replacing_a_file_changed_since(make_window, sample_path, monkeypatch):
    _recovery_from_a_dead_process(sample_path, "Của tôi")
    theirs = someone_else_saves(sample_path, "Của người khác")
    monkeypatch.setattr(recovery_dialog, "ask_recoveries", lambda parent, found: {r.key: recovery_dialog.RESTORE for r in found})
    window = make_window()
    window.guard.offer_recoveries()
    monkeypatch.setattr(prompts, "ask_overwrite_changed", lambda parent, name: prompts.CANCEL)
    assert not window.save()
    assert sample_path.read_bytes() == theirs


def test_discard_and_later(make_window, tmp_path, monkeypatch):
    first, second = tmp_path / "a.cjm", tmp_path / "b.cjm"
    for p in (first, second):
        write_cjm(p, small_map())
    _recovery_from_a_dead_process(first, "bỏ")
    _recovery_from_a_dead_process(second, "để sau")
    monkeypatch.setattr(recovery_dialog, "ask_recoveries", lambda parent, found: {
        r.key: recovery_dialog.DISCARD if r.title == "bỏ" else recovery_dialog.LATER for r in found})
    window = make_window()
    assert window.guard.offer_recoveries() == []
    assert [r.title for r in list_recoveries()] == ["để sau"]
    assert window.guard.is_unused()


def test_a_second_restored_map_gets_its_own_window(make_window, tmp_path, monkeypatch, qtbot):
    first, second = tmp_path / "a.cjm", tmp_path / "b.cjm"
    for p in (first, second):
        write_cjm(p, small_map())
    _recovery_from_a_dead_process(first, "một")
    _recovery_from_a_dead_process(second, "hai")
    monkeypatch.setattr(recovery_dialog, "ask_recoveries", lambda parent, found: {r.key: recovery_dialog.RESTORE for r in found})
    window = make_window()
    shown = window.guard.offer_recoveries()
    assert len(shown) == 2 and shown[0] is window
    for w in shown[1:]:
        qtbot.addWidget(w, before_close_func=lambda w: w.doc.undo_stack.setClean())
    assert sorted(w.doc.map.title for w in shown) == ["hai", "một"]
    assert all(w.isWindowModified() for w in shown)


def test_a_window_opened_for_a_restored_map_is_held_while_open_and_let_go_when_closed(make_window, qtbot):
    window = make_window()
    other = window.open_new_window()
    registry = WindowRegistry.of_app()
    assert other in registry.windows() and other.isVisible()
    assert registry is WindowRegistry.of_app()  # one per application
    other.close()
    qtbot.waitUntil(lambda: other not in registry.windows(), timeout=2000)
    assert window in [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def test_the_recovery_dialog_lists_title_time_and_file(qtbot, sample_path):
    write_recovery("k", sample_path.read_bytes(), "Bản đồ salon", sample_path)
    found = list_recoveries(include_live=True)
    dialog = recovery_dialog.RecoveryDialog(found)
    qtbot.addWidget(dialog)
    row = [dialog.table.item(0, c).text() for c in range(3)]
    assert row[0] == "Bản đồ salon" and row[2] == str(sample_path) and row[1]
    assert dialog.choices() == {"k": recovery_dialog.RESTORE}
    dialog.choosers[0].setCurrentIndex(2)
    assert dialog.choices() == {"k": recovery_dialog.LATER}


# -- Revert, Restore Backup -------------------------------------------------------------------


def test_revert_asks_then_reloads_and_undo_brings_the_changes_back(make_window, sample_path, dialogs):
    window = make_window(sample_path)
    edit(window, "A0", "của tôi")
    dialogs.confirm_answer = QMessageBox.No
    assert not window.guard.revert()
    assert card_by_title(window, "của tôi")
    dialogs.confirm_answer = QMessageBox.Yes
    assert window.guard.revert()
    assert "reload" in dialogs.questions[-1]
    assert card_by_title(window, "A0") and not window.isWindowModified()
    window.doc.undo_stack.undo()
    assert card_by_title(window, "của tôi") and window.isWindowModified()


def test_restore_backup_opens_an_older_version_as_unsaved_changes(make_window, sample_path, monkeypatch):
    window = make_window(sample_path)
    edit(window, "A0", "lần một")
    window.save()
    edit(window, "lần một", "lần hai")
    window.save()
    offered = []

    def choose(parent, name, backups):
        offered.append((name, [read_cjm(b.path).map.cards[0].title for b in backups]))
        return backups[-1]  # the oldest: the file as first opened

    monkeypatch.setattr(recovery_dialog, "choose_backup", choose)
    assert window.guard.restore_backup()
    assert offered == [(sample_path.name, ["lần một", "A0"])]
    assert card_by_title(window, "A0") and window.isWindowModified()
    assert window.doc.path == sample_path
    assert window.save()  # Save makes it the file again
    assert read_cjm(sample_path).map.cards[0].title == "A0"


def test_restore_backup_without_backups_says_so(make_window, sample_path, dialogs):
    window = make_window(sample_path)
    assert not window.guard.restore_backup()
    assert dialogs.notes == [f"There is no backup of “{sample_path.name}” yet: one is kept each time the map is saved."]


def test_the_backup_dialog_lists_versions_with_times(qtbot, sample_path):
    from cjm_desktop.io.keeping import make_backup

    make_backup(sample_path)
    dialog = recovery_dialog.BackupDialog(sample_path.name, list_backups(sample_path))
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 2).text() == "“Bản đồ”: 3 stages, 2 lanes, 4 cards"
    assert dialog.chosen() == list_backups(sample_path)[0]


# -- external changes -------------------------------------------------------------------------


def test_a_change_on_disk_shows_a_bar_and_reload_shows_it(make_window, sample_path, qtbot):
    window = make_window(sample_path)
    someone_else_saves(sample_path, "Sửa từ máy khác")
    qtbot.waitUntil(lambda: window.guard.disk_bar.isVisible(), timeout=5000)  # the file watcher saw it
    assert window.guard.disk_bar.text() == f"“{sample_path.name}” was changed on disk by another program or person."
    assert window.doc.map.title == "Bản đồ"  # nothing changes until the user says so
    window.guard.disk_bar.buttons["Reload"].click()
    assert window.doc.map.title == "Sửa từ máy khác" and not window.isWindowModified()
    assert not window.guard.disk_bar.isVisible()


def test_keep_mine_then_save_asks_before_replacing_theirs(make_window, sample_path, monkeypatch):
    window = make_window(sample_path)
    edit(window, "A0", "của tôi")
    theirs = someone_else_saves(sample_path, "của họ")
    assert window.guard.check_disk() == "changed"
    assert "Keep Mine keeps yours" in window.guard.disk_bar.text()
    window.guard.disk_bar.buttons["Keep Mine"].click()
    answers = [prompts.CANCEL, prompts.OVERWRITE]
    asked = []
    monkeypatch.setattr(prompts, "ask_overwrite_changed", lambda parent, name: asked.append(name) or answers.pop(0))
    assert not window.save()
    assert sample_path.read_bytes() == theirs and window.isWindowModified()
    assert window.save()
    assert asked == [sample_path.name] * 2
    assert card_by_title(window, "của tôi") and read_cjm(sample_path).map.cards[0].title == "của tôi"
    assert list_backups(sample_path)[0].path.read_bytes() == theirs  # theirs is kept as a backup


def test_save_as_instead_of_replacing(make_window, sample_path, tmp_path, monkeypatch):
    window = make_window(sample_path)
    edit(window, "A0", "của tôi")
    theirs = someone_else_saves(sample_path, "của họ")
    target = tmp_path / "bản của tôi.cjm"
    monkeypatch.setattr(prompts, "ask_overwrite_changed", lambda parent, name: prompts.SAVE_AS)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    assert window.save()
    assert sample_path.read_bytes() == theirs and window.doc.path == target


def test_our_own_saves_and_touches_show_no_bar(make_window, sample_path, qtbot):
    window = make_window(sample_path)
    edit(window, "A0", "một")
    window.save()
    later = time.time() + 10
    os.utime(sample_path, (later, later))
    qtbot.wait(400)  # the watcher's events have come and gone
    assert window.guard.check_disk() == "same"
    assert not window.guard.disk_bar.isVisible()


def test_a_file_deleted_on_disk_offers_save(make_window, sample_path, qtbot):
    window = make_window(sample_path)
    sample_path.unlink()
    qtbot.waitUntil(lambda: window.guard.disk_bar.isVisible(), timeout=5000)
    assert "was moved or deleted on disk" in window.guard.disk_bar.text()
    window.guard.disk_bar.buttons["Save"].click()
    assert read_cjm(sample_path).map.title == "Bản đồ"


# -- open in two places -----------------------------------------------------------------------


def test_a_file_open_in_two_windows_is_named_in_the_second(make_window, sample_path):
    first = make_window(sample_path)
    assert not first.guard.shared_bar.isVisible()
    second = make_window(sample_path)
    assert second.guard.shared_bar.text().startswith(
        f"“{sample_path.name}” is also open in another window of this cjm-desktop")
    first.close()
    second.guard.keeper.autosave()  # the next tick takes the file over
    third = make_window(sample_path)
    assert "another window of this cjm-desktop" in third.guard.shared_bar.text()


def test_a_file_open_in_another_running_instance_names_its_process(make_window, sample_path):
    code = ("import sys, time; from pathlib import Path; from cjm_desktop.io.keeping import claim_open;"
            f"claim_open(Path({str(sample_path)!r}), 'other'); print('ready', flush=True); time.sleep(60)")
    other = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, env=os.environ.copy())
    try:
        assert other.stdout.readline().strip() == "ready"
        window = make_window(sample_path)
        assert f"is also open in another running cjm-desktop (process {other.pid}, since " in window.guard.shared_bar.text()
    finally:
        other.kill()
        other.wait()
    assert claim_open(sample_path, "me") is None  # a dead instance's mark is taken over


# -- failed saves ------------------------------------------------------------------------------


@pytest.mark.parametrize("code, expected", [
    (errno.ENOSPC, "the disk is full; free some space, or Save As on another drive"),
    (errno.EACCES, "permission denied in"),
    (errno.EROFS, "is read-only; choose another folder or Save As"),
])
def test_a_failed_save_shows_one_line_and_the_map_stays(make_window, sample_path, tmp_path, dialogs,
                                                        monkeypatch, code, expected):
    window = make_window(sample_path)
    old = sample_path.read_bytes()
    edit(window, "A0", "chưa lưu được")

    def fail(*args, **kwargs):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "replace", fail)
    assert not window.save()
    monkeypatch.undo()
    [(title, message)] = dialogs.errors
    assert title == "Could not save the map" and "\n" not in message and expected in message
    assert sample_path.read_bytes() == old
    assert window.isWindowModified() and card_by_title(window, "chưa lưu được")
    edit(window, "chưa lưu được", "vẫn sửa được")  # still editable
    target = tmp_path / "chỗ khác.cjm"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    assert window.save_as()
    assert read_cjm(target).map.cards[0].title == "vẫn sửa được"


def test_a_read_only_file_is_not_replaced_and_save_as_is_offered(make_window, sample_path, tmp_path, dialogs,
                                                               monkeypatch):
    sample_path.chmod(0o444)
    window = make_window(sample_path)
    assert window.guard.disk_bar.text() == (
        f"“{sample_path.name}” is read-only: your changes cannot be saved to it; use Save As to keep them.")
    old = sample_path.read_bytes()
    edit(window, "A0", "mới")
    assert not window.save()
    assert dialogs.errors[-1][1] == (
        f"{sample_path.name}: cannot save: the file is read-only; Save As under another name, "
        "or make the file writable (the file is unchanged)")
    assert sample_path.read_bytes() == old and window.isWindowModified()
    target = tmp_path / "bản sao.cjm"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    window.guard.disk_bar.buttons["Save As…"].click()
    assert read_cjm(target).map.cards[0].title == "mới" and not window.isWindowModified()


def test_saving_into_a_folder_that_cannot_exist_keeps_the_map(make_window, tmp_path, dialogs, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_bytes(b"x")
    window = make_window()
    window.doc.push(EditMapCommand(window.doc, {"title": "Chưa có chỗ lưu"}))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(blocker / "m.cjm"), "")))
    assert not window.save()
    assert "is not a folder (a file has that name); choose another folder or Save As" in dialogs.errors[-1][1]
    assert window.isWindowModified() and window.doc.map.title == "Chưa có chỗ lưu"
