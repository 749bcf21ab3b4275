"""Saving and loading .cjm files: format, key order, NFC, atomic writes."""

from __future__ import annotations

import errno
import json
import os
import stat
import unicodedata

import pytest

from cjm_desktop.io import (
    CjmError,
    CjmFile,
    CjmSaveError,
    ViewState,
    dumps_cjm,
    loads_cjm,
    read_cjm,
    write_cjm,
)
from cjm_desktop.io import writing
from cjm_desktop.model import Card, JourneyMap, MergeConflict, Persona, Stage, images


def _keys_in_order(data: bytes) -> list[list[str]]:
    """Every object's keys, in file order."""
    seen: list[list[str]] = []

    def hook(pairs):
        seen.append([k for k, _ in pairs])
        return dict(pairs)

    json.loads(data, object_pairs_hook=hook)
    return seen


def test_file_layout_is_format_version_map_view(journey_map):
    data = dumps_cjm(journey_map, ViewState(zoom=2.0))
    assert data.startswith(b'{\n  "format": "cjm",\n  "version": 4,\n  "map": {\n')
    assert data.endswith(b"\n  }\n}\n")
    top = json.loads(data)
    assert list(top) == ["format", "version", "map", "view"]
    assert top["view"]["zoom"] == 2.0


def test_keys_follow_model_field_order(journey_map):
    keys = _keys_in_order(dumps_cjm(journey_map))
    # ``conflicts`` is written only when a merge left some (a map without them keeps its text);
    # ``logo`` and ``images`` only when the map has pictures; the workshop's settings,
    # comments and votes only when set; ``state_name`` and ``states`` only when set (format version 4)
    pictures = ("logo", "images", "workshop", "state_name", "states")
    workshop = ("image", "comments", "votes")
    assert [f for f in JourneyMap.model_fields if f != "conflicts" and f not in pictures] in keys
    journey_map.conflicts.append(MergeConflict(kind="cards", object_id=journey_map.cards[0].id, field="title",
                                               base='"a"', ours='"b"', theirs='"c"'))
    keys = _keys_in_order(dumps_cjm(journey_map))
    assert [f for f in JourneyMap.model_fields if f not in pictures] in keys
    assert list(MergeConflict.model_fields) in keys
    assert [f for f in Card.model_fields if f not in workshop] in keys  # a picture's id only when it has one
    assert [f for f in Stage.model_fields if f not in workshop] in keys
    assert [f for f in ViewState.model_fields if f != "states"] in keys  # each state's view: only when set


def test_saving_twice_gives_the_same_bytes(journey_map):
    assert dumps_cjm(journey_map) == dumps_cjm(journey_map)
    again = loads_cjm(dumps_cjm(journey_map), "x.cjm")
    assert dumps_cjm(again.map, again.view) == dumps_cjm(journey_map)


def test_text_is_utf8_not_escaped(journey_map):
    data = dumps_cjm(journey_map)
    assert "Hành trình khách hàng".encode("utf-8") in data
    assert "Đánh giá".encode("utf-8") in data
    assert b"\\u" not in data
    data.decode("utf-8")  # strict


def test_two_space_indent(journey_map):
    lines = dumps_cjm(journey_map).decode().splitlines()
    assert lines[1] == '  "format": "cjm",'
    assert all((len(line) - len(line.lstrip(" "))) % 2 == 0 for line in lines)


def test_text_mutated_in_place_is_still_saved_nfc(journey_map):
    decomposed = unicodedata.normalize("NFD", "ưu tiên")
    journey_map.cards[0].tags.append(decomposed)  # in place: skips the validator
    data = dumps_cjm(journey_map).decode("utf-8")
    assert unicodedata.is_normalized("NFC", data)
    assert '"ưu tiên"' in data


def test_default_view_when_none_given(journey_map):
    loaded = loads_cjm(dumps_cjm(journey_map), "x.cjm")
    assert loaded.view == ViewState()


def test_file_without_view_opens_with_default_view(file_dict, encode):
    del file_dict["view"]
    assert loads_cjm(encode(file_dict), "x.cjm").view == ViewState()


def test_hand_written_minimal_file_opens():
    loaded = loads_cjm('{"format": "cjm", "version": 1, "map": {"title": "Bản đồ"}}'.encode(), "x.cjm")
    assert loaded.map.title == "Bản đồ" and loaded.map.cards == []


def test_saving_a_broken_map_is_refused_in_one_line(journey_map):
    journey_map.cards.append(Card(stage_id=journey_map.stages[0].id, lane_id=journey_map.stages[0].id))
    with pytest.raises(CjmSaveError) as info:
        dumps_cjm(journey_map)
    message = str(info.value)
    assert "\n" not in message
    assert "map.cards[4].lane_id: no lane with id" in message


# -- atomic write -------------------------------------------------------------------------


def _leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_write_then_read_gives_the_same_map(tmp_path, journey_map):
    path = tmp_path / "bản đồ.cjm"
    view = ViewState(zoom=0.5, scroll_x=10, scroll_y=20)
    write_cjm(path, journey_map, view)
    assert read_cjm(path) == CjmFile(map=journey_map, view=view)
    assert _leftovers(tmp_path) == []


def test_new_file_gets_normal_permissions_not_0600(tmp_path, journey_map):
    path = tmp_path / "m.cjm"
    old_umask = os.umask(0o022)
    try:
        write_cjm(path, journey_map)
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644


def test_overwrite_keeps_the_file_mode(tmp_path, journey_map):
    path = tmp_path / "m.cjm"
    path.write_bytes(b"old")
    path.chmod(0o640)
    write_cjm(path, journey_map)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


def test_saving_through_a_symlink_keeps_the_link(tmp_path, journey_map):
    real = tmp_path / "real.cjm"
    real.write_bytes(b"old")
    link = tmp_path / "link.cjm"
    link.symlink_to(real)
    write_cjm(link, journey_map)
    assert link.is_symlink()
    assert read_cjm(real).map == journey_map


@pytest.mark.parametrize(
    "stage, code, expected",
    [
        ("replace", errno.ENOSPC, "the disk is full"),
        ("fsync", errno.EIO, "try Save As in another folder"),
        ("open", errno.EACCES, "permission denied"),
        ("open", errno.EROFS, "read-only; choose another folder or Save As"),
    ],
)
def test_failed_save_leaves_the_old_file_whole(tmp_path, journey_map, monkeypatch, stage, code, expected):
    path = tmp_path / "salon.cjm"
    old = b'{"format": "cjm", "version": 1, "map": {"title": "old"}}\n'
    path.write_bytes(old)

    def fail(*args, **kwargs):
        raise OSError(code, os.strerror(code))

    real_open = os.open
    if stage == "open":
        monkeypatch.setattr(writing.os, "open", lambda p, *a, **k: fail() if str(p).endswith(".tmp") else real_open(p, *a, **k))
    else:
        monkeypatch.setattr(writing.os, stage, fail)
    with pytest.raises(CjmSaveError) as info:
        write_cjm(path, journey_map)
    message = str(info.value)
    assert message.startswith("salon.cjm: cannot save: ")
    assert expected in message
    assert "previous version of the file is unchanged" in message
    assert "\n" not in message
    monkeypatch.undo()
    assert path.read_bytes() == old
    assert _leftovers(tmp_path) == []


def test_permission_denied_says_what_to_do(tmp_path, journey_map, monkeypatch):
    def denied(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(writing.os, "open", denied)
    with pytest.raises(CjmSaveError, match="choose another folder or Save As"):
        write_cjm(tmp_path / "new.cjm", journey_map)
    monkeypatch.undo()
    assert list(tmp_path.iterdir()) == []


def test_vanished_folder_is_a_clear_error(tmp_path, journey_map):
    with pytest.raises(CjmSaveError) as info:
        write_cjm(tmp_path / "gone" / "m.cjm", journey_map)
    assert "no longer exists; choose another folder or Save As" in str(info.value)
    assert "unchanged" not in str(info.value)  # there was no previous file


def test_saving_onto_a_folder_is_a_clear_error(tmp_path, journey_map):
    (tmp_path / "m.cjm").mkdir()
    with pytest.raises(CjmSaveError, match="a folder has that name"):
        write_cjm(tmp_path / "m.cjm", journey_map)


def test_save_error_is_a_cjm_error():
    assert issubclass(CjmSaveError, CjmError)


def test_write_fsyncs_file_and_folder(tmp_path, journey_map, monkeypatch):
    synced = []
    real_fsync = os.fsync
    monkeypatch.setattr(writing.os, "fsync", lambda fd: (synced.append(stat.S_ISDIR(os.fstat(fd).st_mode)), real_fsync(fd)))
    write_cjm(tmp_path / "m.cjm", journey_map)
    assert synced == [False, True]  # the temp file, then the folder after the rename


def test_persona_portrait_round_trips(tmp_path):
    from tests.hostile.pictures import small_png, uri

    portrait = uri("png", small_png())  # a real PNG: the image policy refuses anything else
    ref = images.image_id(portrait)
    m = JourneyMap(personas=[Persona(name="Chị Lan", portrait=ref)], images={ref: portrait})
    write_cjm(tmp_path / "p.cjm", m)
    again = read_cjm(tmp_path / "p.cjm").map
    assert again.personas[0].portrait == ref and again.images[ref] == portrait


def test_reading_runs_without_the_cyclic_collector_and_gives_it_back(monkeypatch):
    """A read makes ~100,000 objects and no cycle: the collector waits until it is
    done (a tenth of the time), and is on again afterwards, also after a bad file."""
    import gc

    from cjm_desktop.io import reading
    from tests.factories import small_map
    from tests.gc_spy import collector_states

    seen = collector_states(monkeypatch, reading, "_fast")
    data = dumps_cjm(small_map())
    assert gc.isenabled()
    assert loads_cjm(data).map.cards
    assert seen == [False] and gc.isenabled()
    with pytest.raises(CjmError):
        loads_cjm(b'{"format": "cjm", "version": 1, "map": {"title": 5}}')
    assert gc.isenabled()
    gc.disable()
    try:  # a caller that had it off keeps it off
        loads_cjm(data)
        assert not gc.isenabled()
    finally:
        gc.enable()
