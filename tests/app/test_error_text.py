"""File errors are said in Vietnamese at the window's boundary (app/window/error_text.py).

The reader and writer raise errors carrying English templates (cjm_desktop.io.texts)
and their arguments; these tests make real ones (bad files, impossible saves)
and check the window shows each in Vietnamese - so a new template without a
translation fails here instead of silently showing English.
"""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from cjm_desktop.app.settings import language
from cjm_desktop.app.window.error_text import translate_detail, translate_error
from cjm_desktop.i18n import tr
from cjm_desktop.io import CjmError, dumps_cjm, loads_cjm, read_cjm, texts, write_cjm
from cjm_desktop.io.decoding import too_large
from cjm_desktop.io.writing import save_failure
from cjm_desktop.message import Message
from tests.factories import small_map

def provoked() -> list[CjmError]:
    """Errors a test cannot easily cause on this machine (a full disk, a read-only
    mount as root, a damaged file of each kind), made by io's own code."""
    folder = Path("/srv/maps/a.cjm")

    def save(code: int, existed: bool = False) -> CjmError:
        return save_failure(folder, OSError(code, os.strerror(code)), existed)

    def load(data: bytes) -> CjmError:
        with pytest.raises(CjmError) as info:
            loads_cjm(data, "a.cjm")
        return info.value

    good = dumps_cjm(small_map())
    return [
        save(errno.EACCES), save(errno.ENOSPC, existed=True), save(errno.EROFS), save(errno.ENOTDIR),
        save(errno.ENAMETOOLONG), save(errno.EIO), too_large("a.cjm", 80 * 1024 * 1024),
        load('{"format": "cjm"}'.encode("utf-32")), load(bytes(4096)),
        load(b'{"format": "cjm",\n "version": 1,\x00 "map": {}}'),
        load(b'{"format": "caf\xe9"}'), load('{"a": "éééééé'.encode("utf-8") + b'\xff"}'),
        load('{"a": "é'.encode("utf-8")[:-1]),
        load(b'{"format": "cjm", "version": "2"}'), load(b'{"format": "cjm", "version": 0}'),
        load(good.replace(b'"view"', b'"colour": 1, "view"')),
        load(b'{"format": "cjm", "version": 1, "map": ' + b"[" * 80 + b"]" * 80 + b"}"),
    ]


@pytest.fixture
def vietnamese(qapp):
    language.install("vi", system=QLocale(QLocale.Vietnamese, QLocale.Vietnam))
    yield
    language.uninstall()


def failure(action) -> CjmError:
    with pytest.raises(CjmError) as info:
        action()
    return info.value


def real_errors(tmp_path) -> list[CjmError]:
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
    untranslated = [str(error) for error in real_errors(tmp_path) + provoked() if translate_error(error) == str(error)]
    assert untranslated == [], "translate these templates in cjm_desktop_vi.ts:\n" + "\n".join(untranslated)


def test_every_template_has_a_translation(vietnamese):
    missing = [template for template in texts.templates() if tr(template) == template]
    assert missing == []


def test_what_the_user_reads(vietnamese, tmp_path):
    said = [translate_error(error) for error in real_errors(tmp_path)]
    folder = tmp_path.resolve()
    assert said[0] == f"missing.cjm: không có tệp này (đã tìm trong {folder})"
    assert said[1] == "folder.cjm: là một thư mục, không phải bản đồ .cjm"
    assert said[4] == "utf16.cjm: tệp là văn bản UTF-16; bản đồ .cjm phải là UTF-8 - hãy lưu lại tệp dưới dạng UTF-8"
    assert said[6].startswith("broken.cjm: dòng 2, cột 13: không phải JSON hợp lệ: ")
    assert said[11] == ("new.cjm: được tạo bởi cjm-desktop mới hơn (định dạng phiên bản 99); "
                        "phiên bản này chỉ đọc được tới 4 - hãy cập nhật cjm-desktop")
    assert said[13] == "long.cjm: map.cards[0].title: văn bản quá dài: 600 ký tự, tối đa 500"
    assert said[14].startswith('lost.cjm: map.cards[0].stage_id: không có giai đoạn nào có id "1111')
    assert said[15] == "two.cjm: map.cards[0].title: cần văn bản, nhưng gặp 5 (và 1 lỗi khác)"
    assert said[16].startswith("x.cjm: không lưu được: thư mục ") and said[16].endswith(
        "không còn nữa; hãy chọn thư mục khác hoặc dùng Lưu thành")


def test_errors_made_by_io_are_translated(vietnamese):
    said = [translate_error(error) for error in provoked()]
    assert all(line.startswith("a.cjm: ") for line in said)
    assert said[1] == ("a.cjm: không lưu được: ổ đĩa đã đầy; hãy giải phóng dung lượng, hoặc Lưu thành vào ổ khác"
                       + tr(texts.KEPT))
    assert said[7] == "a.cjm: tệp là văn bản UTF-32; bản đồ .cjm phải là UTF-8 - hãy lưu lại tệp dưới dạng UTF-8"
    assert said[8].endswith(tr(texts.RESTORE)) and "4 KB" in said[8]


def test_the_english_line_is_the_template_filled_in(tmp_path):
    error = failure(lambda: read_cjm(tmp_path / "missing.cjm"))
    assert str(error) == f"missing.cjm: no such file (looked in {tmp_path.resolve()})"
    assert error.text.template == "%1: %2" and error.text.args[1].template == texts.NO_SUCH_FILE


def test_unknown_lines_and_english_pass_through_unchanged(qapp, tmp_path):
    assert translate_error(CjmError("a.cjm: something new went wrong")) == "a.cjm: something new went wrong"
    assert translate_error(OSError("no colon here")) == "no colon here"
    error = failure(lambda: read_cjm(tmp_path / "missing.cjm"))
    assert translate_error(error) == str(error)  # no translator installed: English as written
    detail = Message(texts.TEXT_TOO_LONG, 9, 5)
    assert translate_detail(detail) == "text too long: 9 characters, at most 5"


def test_inspector_shows_a_refused_value_in_vietnamese(vietnamese, make_window, sample_path):
    window = make_window(sample_path)
    card = window.doc.map.cards[0]
    window.scene.select_ids({"cards": [card.id]})
    field = window.inspector.page.fields["title"]
    field.edited.emit("title", "x" * 600, "typing")  # past the cap (the widget itself stops at 500)
    assert field.widget.toolTip() == "văn bản quá dài: 600 ký tự, tối đa 500"
    assert window.doc.map.cards[0].title == card.title
