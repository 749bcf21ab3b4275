"""What a file damaged on disk gets: a line that says it is damaged and what to do,
told apart from a file that was merely written in another encoding."""

from __future__ import annotations

import codecs
import json
import unicodedata
from pathlib import Path

import pytest

from cjm_desktop.io import CjmError, loads_cjm

FULL = (Path(__file__).resolve().parent.parent / "golden" / "v1" / "full.cjm").read_bytes()
RESTORE = "restore an earlier copy (cjm-desktop keeps some: File > Restore Backup…)"


def error(data: bytes) -> str:
    with pytest.raises(CjmError) as info:
        loads_cjm(data, "m.cjm")
    message = str(info.value)
    assert "\n" not in message and message.startswith("m.cjm: ")
    return message[len("m.cjm: "):]


def test_a_file_of_zero_bytes_was_never_written():
    assert error(bytes(5000)) == f"the file holds only zero bytes (4.9 KB); it was never completely written - {RESTORE}"


def test_zero_bytes_inside_the_text_are_damage_with_its_place():
    spot = FULL.index(b'"title"')
    data = FULL[:spot] + bytes(4096) + FULL[spot + 4096:]
    line = FULL.count(b"\n", 0, spot) + 1
    assert error(data).startswith(f"line {line}, column 5: the file is damaged (zero bytes in the middle of the text")
    assert error(data).endswith(RESTORE)


def test_a_flipped_byte_in_vietnamese_text_is_damage_not_another_encoding():
    spot = FULL.index("Trải".encode()) + 2  # the first byte of "ả"
    data = FULL[:spot] + b"\xff" + FULL[spot + 1:]
    message = error(data)
    assert "the file is damaged (byte 0xff is not valid UTF-8 here)" in message and message.endswith(RESTORE)


def test_a_file_cut_inside_a_character_says_it_ends_too_early():
    spot = FULL.index("ả".encode()) + 1  # the first of the two bytes of "ả"
    message = error(FULL[:spot])
    assert "the file ends too early, in the middle of a character - was a save interrupted" in message


@pytest.mark.parametrize("encoding", ["cp1258", "latin-1", "cp1252"])
def test_an_8bit_file_is_asked_to_be_saved_as_utf8(encoding):
    text = unicodedata.normalize("NFD", FULL.decode()) if encoding == "cp1258" else FULL.decode()
    data = text.encode(encoding, errors="replace")
    assert error(data).endswith("is not UTF-8 text; save the file again as UTF-8")


@pytest.mark.parametrize("encoding, bom", [("utf-32", True), ("utf-32-le", False), ("utf-32-be", False)])
def test_utf32_is_named(encoding, bom):
    data = json.dumps({"format": "cjm", "map": {"title": "Đánh giá"}}, ensure_ascii=False).encode(encoding)
    assert data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)) == bom
    assert error(data) == "the file is UTF-32 text; a .cjm map must be UTF-8 - save it again as UTF-8"


def test_binary_with_zero_bytes_is_still_binary():
    assert error(b"\x89PNG\r\n\x1a\n" + bytes(64) + bytes(range(256))) == (
        "the file holds binary data, not a .cjm map (UTF-8 JSON text)"
    )
