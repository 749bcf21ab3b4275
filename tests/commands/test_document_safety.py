"""CjmDocument saves: never over a newer file on disk, always a backup of the
previous version, and a failed write leaves the old file whole and the map
editable (still modified, undo intact, Save As elsewhere works).

Tests run as root in CI, where chmod does not stop a write: permission and
read-only failures are simulated by making the os functions raise; a vanished
folder and a folder that is really a file are real.
"""

from __future__ import annotations

import errno
import os
import time

import pytest

from cjm_desktop.commands import CjmDocument, EditCardCommand, EditMapCommand
from cjm_desktop.io import CjmSaveError, FileChangedOnDiskError, read_cjm, write_cjm
from cjm_desktop.io.keeping import DiskStamp, list_backups
from tests.factories import small_map


@pytest.fixture
def saved(qapp, tmp_path):
    """A document opened from a file, as the window does."""
    path = tmp_path / "Hành trình.cjm"
    write_cjm(path, small_map())
    return CjmDocument.open(path)


def edit(doc: CjmDocument, title: str) -> None:
    doc.push(EditMapCommand(doc, {"title": title}))


def someone_else_saves(path, title: str) -> bytes:
    other = read_cjm(path).map
    other.title = title
    time.sleep(0.002)  # a later mtime on file systems with coarse timestamps
    return write_cjm(path, other)


# -- changed on disk ----------------------------------------------------------------------


def test_save_refuses_to_overwrite_a_file_changed_on_disk(saved):
    edit(saved, "Của tôi")
    theirs = someone_else_saves(saved.path, "Của đồng nghiệp")
    with pytest.raises(FileChangedOnDiskError) as info:
        saved.save()
    assert str(info.value) == (
        "Hành trình.cjm: not saved: the file was changed on disk after it was opened or saved here; "
        "reload it, or save again to replace it with this version"
    )
    assert isinstance(info.value, CjmSaveError)
    assert saved.path.read_bytes() == theirs  # their work is untouched
    assert saved.is_modified() and saved.map.title == "Của tôi"
    assert saved.disk_state() == "changed"

    saved.save(overwrite=True)  # the user chose to replace it
    assert read_cjm(saved.path).map.title == "Của tôi"
    assert not saved.is_modified() and saved.disk_state() == "same"
    # ... and their version is kept as a backup
    assert list_backups(saved.path)[0].path.read_bytes() == theirs


def test_a_touch_that_leaves_the_bytes_equal_is_not_a_change(saved):
    edit(saved, "Mới")
    later = time.time() + 5
    os.utime(saved.path, (later, later))
    assert saved.disk_state() == "same"
    saved.save()
    assert read_cjm(saved.path).map.title == "Mới"


def test_our_own_saves_are_not_changes(saved):
    for title in ("một", "hai", "ba"):
        edit(saved, title)
        saved.save()
        assert saved.disk_state() == "same"


def test_a_file_removed_on_disk_is_written_again(saved):
    edit(saved, "Còn đây")
    saved.path.unlink()
    assert saved.disk_state() == "missing"
    saved.save()
    assert read_cjm(saved.path).map.title == "Còn đây"


def test_a_file_never_read_is_not_overwritten_without_asking(qapp, tmp_path):
    path = tmp_path / "m.cjm"
    write_cjm(path, small_map())
    doc = CjmDocument(small_map(), path)  # e.g. a recovered map for that file
    assert doc.disk_state() == "changed"
    with pytest.raises(FileChangedOnDiskError):
        doc.save()
    doc.save(overwrite=True)
    assert doc.disk_state() == "same"


def test_save_as_elsewhere_does_not_check_and_then_follows_the_new_file(saved, tmp_path):
    someone_else_saves(saved.path, "khác")
    edit(saved, "bản sao")
    copy = tmp_path / "bản sao.cjm"
    saved.save(copy)
    assert saved.path == copy and saved.disk_state() == "same"
    someone_else_saves(copy, "lại khác")
    edit(saved, "của tôi")
    with pytest.raises(FileChangedOnDiskError):
        saved.save()


# -- backups --------------------------------------------------------------------------------


def test_every_save_keeps_the_previous_version(saved):
    versions = [saved.path.read_bytes()]
    for title in ("một", "hai", "ba"):
        edit(saved, title)
        saved.save()
        versions.append(saved.path.read_bytes())
    backups = list_backups(saved.path)
    assert [b.path.read_bytes() for b in backups] == versions[-2::-1]
    # a backup shows when that version was saved (the file's own time)
    assert backups[-1].saved_at.timestamp() <= backups[0].saved_at.timestamp()


def test_backups_keep_the_configured_number(saved, monkeypatch):
    monkeypatch.setattr(CjmDocument, "keep_backups", 2)
    for i in range(5):
        edit(saved, f"v{i}")
        saved.save()
    assert len(list_backups(saved.path)) == 2
    assert read_cjm(list_backups(saved.path)[0].path).map.title == "v3"


def test_saving_an_unchanged_file_again_does_not_push_out_older_backups(saved):
    edit(saved, "v1")
    saved.save()
    first = list_backups(saved.path)
    saved.save()  # the same map: the file differs only by its "modified" time
    saved.save()
    backups = list_backups(saved.path)
    assert backups[-1] == first[0]  # the original version is still there


def test_no_backups_when_turned_off(saved, monkeypatch):
    monkeypatch.setattr(CjmDocument, "keep_backups", 0)
    edit(saved, "x")
    saved.save()
    assert list_backups(saved.path) == []


# -- write failures -------------------------------------------------------------------------

FAILURES = {
    errno.ENOSPC: "the disk is full; free some space, or Save As on another drive",
    errno.EACCES: "permission denied in",
    errno.EROFS: "is read-only; choose another folder or Save As",
    errno.ENOENT: "no longer exists; choose another folder or Save As",
}


def _fail_at(monkeypatch, stage: str, code: int) -> None:
    def fail(*args, **kwargs):
        raise OSError(code, os.strerror(code))

    if stage == "create":  # the temp file cannot be created
        real_open = os.open
        monkeypatch.setattr(os, "open", lambda p, *a, **k: fail() if str(p).endswith(".tmp") else real_open(p, *a, **k))
    elif stage == "write":
        real_fdopen = os.fdopen

        class Failing:
            def __init__(self, f):
                self.f = f

            def __enter__(self):
                return self

            def __exit__(self, *exc):
                self.f.close()

            def write(self, data):
                self.f.write(data[: len(data) // 2])
                fail()

        monkeypatch.setattr(os, "fdopen", lambda fd, *a, **k: Failing(real_fdopen(fd, *a, **k)))
    else:
        monkeypatch.setattr(os, stage, fail)


@pytest.mark.parametrize("stage", ["create", "write", "fsync", "replace"])
@pytest.mark.parametrize("code", list(FAILURES), ids=[errno.errorcode[c] for c in FAILURES])
def test_a_failed_save_keeps_the_old_file_and_the_map_editable(saved, tmp_path, monkeypatch, stage, code):
    old = saved.path.read_bytes()
    card = saved.map.cards[0]
    saved.push(EditCardCommand(saved, card.id, {"title": "chưa lưu"}))
    modified_before = saved.map.modified
    _fail_at(monkeypatch, stage, code)
    with pytest.raises(CjmSaveError) as info:
        saved.save()
    monkeypatch.undo()
    message = str(info.value)
    assert "\n" not in message and message.startswith("Hành trình.cjm: cannot save: ")
    assert FAILURES[code] in message and "(the previous version of the file is unchanged)" in message
    assert saved.path.read_bytes() == old
    assert sorted(p.name for p in saved.path.parent.iterdir()) == ["Hành trình.cjm"]  # no temp file left
    # the map stays as typed, modified, editable and undoable
    assert saved.is_modified() and card.title == "chưa lưu" and saved.map.modified == modified_before
    saved.push(EditCardCommand(saved, card.id, {"body": "vẫn sửa được"}))
    saved.undo_stack.undo()
    saved.undo_stack.undo()
    assert card.title == "A0"
    saved.undo_stack.redo()
    # ... and Save As elsewhere works
    elsewhere = tmp_path / "nơi khác"
    elsewhere.mkdir()
    saved.save(elsewhere / "m.cjm")
    assert read_cjm(elsewhere / "m.cjm").map.cards[0].title == "chưa lưu"
    assert not saved.is_modified()


def test_a_vanished_folder_is_a_clear_error_and_save_as_works(qapp, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    write_cjm(usb / "m.cjm", small_map())
    doc = CjmDocument.open(usb / "m.cjm")
    edit(doc, "giữ lại")
    usb.rename(tmp_path / "gone")  # the USB stick was pulled, the share went away
    with pytest.raises(CjmSaveError) as info:
        doc.save()
    assert str(info.value) == f"m.cjm: cannot save: the folder {usb} no longer exists; choose another folder or Save As"
    assert doc.is_modified() and doc.map.title == "giữ lại"
    doc.save(tmp_path / "cứu.cjm")
    assert read_cjm(tmp_path / "cứu.cjm").map.title == "giữ lại"


def test_a_folder_that_is_a_file_is_a_clear_error(qapp, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_bytes(b"x")
    doc = CjmDocument(small_map())
    with pytest.raises(CjmSaveError) as info:
        doc.save(blocker / "m.cjm")
    assert str(info.value) == (
        f"m.cjm: cannot save: {blocker} is not a folder (a file has that name); choose another folder or Save As"
    )
    assert doc.path is None and doc.disk_stamp is None


def test_disk_stamp_after_write_matches_a_fresh_look(saved):
    edit(saved, "x")
    saved.save()
    assert saved.disk_stamp == DiskStamp.of(saved.path)


def test_a_read_only_file_is_never_replaced(saved):
    saved.path.chmod(0o444)
    old = saved.path.read_bytes()
    edit(saved, "mới")
    with pytest.raises(CjmSaveError) as info:
        saved.save(overwrite=True)
    assert str(info.value) == (
        "Hành trình.cjm: cannot save: the file is read-only; Save As under another name, "
        "or make the file writable (the file is unchanged)"
    )
    assert saved.path.read_bytes() == old and saved.is_modified()
