"""File errors are said in Vietnamese at the window's boundary (app/error_text.py).

The reader and writer write English; these tests make real ones (bad files,
impossible saves) and check the window's table knows them - so a reworded
message in cjm_desktop.io fails here instead of silently showing English.
"""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QLocale

from cjm_desktop.app.settings import language
from cjm_desktop.app.window.error_text import DETAIL_RULES, RULES, translate_detail, translate_error
from cjm_desktop.io import CjmError, read_cjm, write_cjm
from tests.factories import small_map

#: Lines the io layer writes that a test cannot easily provoke here (a full
#: disk, a read-only mount as root) or that newer io code adds.
WRITTEN_LINES = [
    "a.cjm: cannot read the file: permission denied",
    "a.cjm: cannot read the file: Input/output error",
    "a.cjm: is not a regular file",
    "a.cjm: the file is 80 MB; a .cjm map is at most 64 MB - is this the right file?",
    "a.cjm: the file is UTF-32 text; a .cjm map must be UTF-8 - save it again as UTF-8",
    "a.cjm: the file holds only zero bytes (4 KB); it was never completely written"
    " - restore an earlier copy (cjm-desktop keeps some: File > Restore Backup…)",
    "a.cjm: line 3, column 7: byte 0xe9 is not UTF-8 text; save the file again as UTF-8",
    "a.cjm: line 3, column 7: the file is damaged (zero bytes in the middle of the text, as a crash can leave)",
    "a.cjm: line 3, column 7: the file is damaged (byte 0xff is not valid UTF-8 here)",
    "a.cjm: line 9, column 2: the file ends too early, in the middle of a character - "
    "was a save interrupted or the file cut short?",
    "a.cjm: cannot save: permission denied in /srv/maps; choose another folder or Save As",
    "a.cjm: cannot save: the disk is full; free some space, or Save As on another drive"
    " (the previous version of the file is unchanged)",
    "a.cjm: cannot save: /media/usb is read-only; choose another folder or Save As",
    "a.cjm: cannot save: /tmp/x is not a folder (a file has that name); choose another folder or Save As",
    "a.cjm: cannot save: the file name is too long; Save As with a shorter name",
    "a.cjm: cannot save: Input/output error; try Save As in another folder",
    "a.cjm: map.cards[3].colour: \"red\" is not a colour like \"#3d5a80\"",
    "a.cjm: map.cards[3].order: expected a whole number, found \"x\"",
    "a.cjm: map.stages[0].width: expected a number, found \"x\"",
    "a.cjm: map.lanes[0].collapsed: expected true or false, found \"x\"",
    "a.cjm: map.cards: expected a list [...], found \"x\"",
    "a.cjm: map.cards[0]: expected an object {...}, found 3",
    "a.cjm: map.lanes[0].kind: \"x\" is not allowed; expected 'goals', 'actions'",
    "a.cjm: map.stages[0].width: 1 is too small; at least 80",
    "a.cjm: map.stages[0].width: 99999 is too large; at most 2000",
    "a.cjm: map.cards[0].due: \"soon\" is not a date like \"2024-06-30\"",
    "a.cjm: map.cards: too many cards: 20,001, at most 20,000",
    "a.cjm: map.connectors[0].source_id: no card with id \"x\"",
    "a.cjm: map.emotions[0].persona_id: no persona with id \"x\"",
    "a.cjm: map.stages[1].id: id \"x\" is used twice (also at stages[0].id)",
    "a.cjm: map.connectors[0]: a connector cannot join a card to itself",
    "a.cjm: map.emotions[1]: a second score for the same persona and stage",
    "a.cjm: map.title: missing (this field is required)",
    "a.cjm: map.extra: unknown field (not part of the .cjm format)",
    "a.cjm: not valid JSON: expected value",
    "a.cjm: map.cards[0].lane_id: no lane with id \"x\"",
    "a.cjm: cannot save: a folder has that name; Save As with another name",
    "a.cjm: cannot save: the file is read-only; Save As under another name, or make the file writable "
    "(the file is unchanged)",
    "a.cjm: version: expected a whole number, found \"2\"",
    "a.cjm: version: 0 is not a format version (the first is 1)",
    "a.cjm: colour: unknown top-level field (not part of the .cjm format)",
    "a.cjm: map.cards[0].tags[0]: nested too deeply (more than 64 levels)",
]


@pytest.fixture
def vietnamese(qapp):
    language.install("vi", system=QLocale(QLocale.Vietnamese, QLocale.Vietnam))
    yield
    language.uninstall()


def failure(action) -> str:
    with pytest.raises(CjmError) as info:
        action()
    return str(info.value)


def real_errors(tmp_path) -> list[str]:
    """What the reader and writer of this build say about broken files and impossible saves."""
    def file(name: str, data: bytes):
        path = tmp_path / name
        path.write_bytes(data)
        return path

    write_cjm(tmp_path / "ok.cjm", small_map())
    good = json.loads((tmp_path / "ok.cjm").read_text(encoding="utf-8"))
    too_new = dict(good, version=99)
    no_map = {k: v for k, v in good.items() if k != "map"}
    long_title = json.loads(json.dumps(good))
    long_title["map"]["cards"][0]["title"] = "x" * 600
    lost_stage = json.loads(json.dumps(good))
    lost_stage["map"]["cards"][0]["stage_id"] = "11111111-1111-4111-8111-111111111111"
    two_errors = json.loads(json.dumps(good))
    two_errors["map"]["cards"][0]["title"] = 5
    two_errors["map"]["cards"][1]["title"] = 6
    (tmp_path / "folder.cjm").mkdir()
    read_only = tmp_path / "read-only.cjm"
    write_cjm(read_only, small_map())
    read_only.chmod(0o444)
    return [
        failure(lambda: read_cjm(tmp_path / "missing.cjm")),
        failure(lambda: read_cjm(tmp_path / "folder.cjm")),
        failure(lambda: read_cjm(file("empty.cjm", b""))),
        failure(lambda: read_cjm(file("blank.cjm", b"\xef\xbb\xbf"))),
        failure(lambda: read_cjm(file("utf16.cjm", '{"format": "cjm"}'.encode("utf-16")))),
        failure(lambda: read_cjm(file("binary.cjm", bytes(range(1, 32)) * 40))),
        failure(lambda: read_cjm(file("broken.cjm", b'{"format": "cjm",\n "version": }'))),
        failure(lambda: read_cjm(file("list.cjm", b"[1, 2]"))),
        failure(lambda: read_cjm(file("noformat.cjm", b'{"version": 1}'))),
        failure(lambda: read_cjm(file("other.cjm", b'{"format": "svg", "version": 1}'))),
        failure(lambda: read_cjm(file("noversion.cjm", b'{"format": "cjm"}'))),
        failure(lambda: read_cjm(file("new.cjm", json.dumps(too_new).encode()))),
        failure(lambda: read_cjm(file("nomap.cjm", json.dumps(no_map).encode()))),
        failure(lambda: read_cjm(file("long.cjm", json.dumps(long_title).encode()))),
        failure(lambda: read_cjm(file("lost.cjm", json.dumps(lost_stage).encode()))),
        failure(lambda: read_cjm(file("two.cjm", json.dumps(two_errors).encode()))),
        failure(lambda: write_cjm(tmp_path / "gone" / "x.cjm", small_map())),
        failure(lambda: write_cjm(tmp_path / "folder.cjm", small_map())),
        failure(lambda: write_cjm(read_only, small_map())),
    ]


def test_every_error_of_the_reader_and_writer_is_known(vietnamese, tmp_path):
    untranslated = []
    for line in real_errors(tmp_path):
        said = translate_error(line)
        if said == line:
            untranslated.append(line)
    assert untranslated == [], "add these to app/error_text.py and translate them:\n" + "\n".join(untranslated)


def test_what_the_user_reads(vietnamese, tmp_path):
    said = [translate_error(line) for line in real_errors(tmp_path)]
    folder = tmp_path.resolve()
    assert said[0] == f"missing.cjm: không có tệp này (đã tìm trong {folder})"
    assert said[1] == "folder.cjm: là một thư mục, không phải bản đồ .cjm"
    assert said[4] == "utf16.cjm: tệp là văn bản UTF-16; bản đồ .cjm phải là UTF-8 - hãy lưu lại tệp dưới dạng UTF-8"
    assert said[6].startswith("broken.cjm: dòng 2, cột 13: không phải JSON hợp lệ: ")
    assert said[11] == ("new.cjm: được tạo bởi cjm-desktop mới hơn (định dạng phiên bản 99); "
                        "phiên bản này chỉ đọc được tới 1 - hãy cập nhật cjm-desktop")
    assert said[13] == "long.cjm: map.cards[0].title: văn bản quá dài: 600 ký tự, tối đa 500"
    assert said[14].startswith('lost.cjm: map.cards[0].stage_id: không có giai đoạn nào có id "1111')
    assert said[15] == "two.cjm: map.cards[0].title: cần văn bản, nhưng gặp 5 (và 1 lỗi khác)"
    assert said[16].startswith("x.cjm: không lưu được: thư mục ") and said[16].endswith(
        "không còn nữa; hãy chọn thư mục khác hoặc dùng Lưu thành")


@pytest.mark.parametrize("line", WRITTEN_LINES)
def test_other_known_lines_are_translated(vietnamese, line):
    said = translate_error(line)
    assert said != line and said.startswith("a.cjm: ")


def test_every_rule_is_exercised(tmp_path):
    lines = real_errors(tmp_path) + WRITTEN_LINES
    endings = (" (the previous version of the file is unchanged)", " - restore an earlier copy", " (and ")
    rests = []
    for line in lines:
        rest = line.partition(": ")[2]
        for ending in endings:
            rest = rest.split(ending)[0]
        rests.append(rest)
    details = [rest.partition(": ")[2] for rest in rests if rest.startswith("map.")]
    unused = [p.pattern for p, _ in RULES if not any(p.fullmatch(r) for r in rests)]
    unused += [p.pattern for p, _ in DETAIL_RULES if not any(p.fullmatch(d) for d in details)]
    assert unused == []


def test_unknown_lines_and_english_pass_through_unchanged(qapp):
    assert translate_error("a.cjm: something new went wrong") == "a.cjm: something new went wrong"
    assert translate_error("no colon here") == "no colon here"
    line = "a.cjm: no such file (looked in /x)"
    assert translate_error(line) == line  # no translator installed: English as written
    assert translate_detail("text too long: 9 characters, at most 5") == "text too long: 9 characters, at most 5"


def test_inspector_shows_a_refused_value_in_vietnamese(vietnamese, make_window, sample_path):
    window = make_window(sample_path)
    card = window.doc.map.cards[0]
    window.scene.select_ids({"cards": [card.id]})
    field = window.inspector.page.fields["title"]
    field.edited.emit("title", "x" * 600, "typing")  # past the cap (the widget itself stops at 500)
    assert field.widget.toolTip() == "văn bản quá dài: 600 ký tự, tối đa 500"
    assert window.doc.map.cards[0].title == card.title
