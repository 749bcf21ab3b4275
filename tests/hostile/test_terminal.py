"""What the command line prints about a file never carries the file's control characters,
and values quoted from it are short: a file cannot erase the line, set the terminal's
title or print a fake "valid .cjm map"."""

from __future__ import annotations

import json

import pytest

from cjm_desktop.app.cli import main as cli
from cjm_desktop.io import ViewState, write_cjm
from tests.factories import small_map

ESCAPES = "\x1b[2K\r\x1b]0;pwned\x07" + "\x9b" + "ok: valid .cjm map"


def _file(tmp_path, edit):
    path = tmp_path / "m.cjm"
    write_cjm(path, small_map(), ViewState())
    doc = json.loads(path.read_text(encoding="utf-8"))
    edit(doc)
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


CASES = {
    "unknown field": lambda d: d["map"].update({ESCAPES: 1}),
    "bad stage id": lambda d: d["map"]["cards"][0].update(stage_id=ESCAPES),
    "long version": lambda d: d.update(version=int("9" * 4000)),
    "long bad colour": lambda d: d["map"]["stages"][0].update(colour="#" + "f" * 5000 + ESCAPES),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_validate_prints_one_clean_short_line(tmp_path, capsys, name):
    assert cli.main(["validate", str(_file(tmp_path, CASES[name]))]) == 2
    err = capsys.readouterr().err
    line = err.strip()
    assert len(line.splitlines()) == 1, err
    assert not any(ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F for c in line), repr(line)
    assert len(line) < 400, len(line)
