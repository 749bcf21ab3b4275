"""``cjm-desktop export … -o OUT.xlsx|.csv|.mmd`` and ``cjm-desktop import``: exit codes and lines (no Qt)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from cjm_desktop.app.cli import main as cli
from cjm_desktop.io import read_cjm

from .handmade import million_row_workbook, workbook
from .helpers import EXAMPLES, assert_whole_map_equal

SALON = [p for p in EXAMPLES if p.name == "salon-vi.cjm"][0]


def run(capsys, *argv):
    try:
        code = cli.main([str(a) for a in argv])
    except SystemExit as exit_:
        code = exit_.code
    out, err = capsys.readouterr()
    return code, out, err


def text_file(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def one_line(err: str, command: str) -> str:
    assert err.count("\n") == 1 and "Traceback" not in err, err
    assert err.startswith(f"{command}: ")
    return err


@pytest.mark.parametrize("suffix", [".xlsx", ".csv", ".mmd"])
def test_export_then_import_from_the_command_line(tmp_path, capsys, suffix):
    out = tmp_path / f"salon{suffix}"
    code, text, err = run(capsys, "export", SALON, "-o", out)
    assert (code, err) == (0, "") and text.startswith(f"wrote {out}: {len(read_cjm(SALON).map.cards)} cards")
    back = tmp_path / "back.cjm"
    code, text, err = run(capsys, "import", out, "-o", back)
    assert (code, err) == (0, ""), err
    assert text.startswith(f"wrote {back}: 6 stages") and f"(from salon{suffix})" in text
    m = read_cjm(back).map
    if suffix == ".xlsx":
        assert_whole_map_equal(read_cjm(SALON).map, m)


def test_import_refuses_to_overwrite_without_force(tmp_path, capsys):
    source = workbook(tmp_path / "grid.xlsx", {"S": [["", "A", "B"], ["Actions", "x"]]})
    target = tmp_path / "map.cjm"
    shutil.copyfile(SALON, target)
    code, _, err = run(capsys, "import", source, "-o", target)
    assert code == 2 and "already exists; add --force" in one_line(err, "cjm-desktop import")
    code, text, _ = run(capsys, "import", source, "-o", target, "--force", "--lang", "en")
    assert code == 0 and read_cjm(target).map.language == "en"
    assert [lane.title for lane in read_cjm(target).map.lanes] == ["Actions"]


@pytest.mark.parametrize("make,words", [
    (lambda d: text_file(d / "x.xlsx", "hello"), "not an Excel workbook"),
    (lambda d: workbook(d / "e.xlsx", {"S": []}), "the file is empty"),
    (lambda d: workbook(d / "n.xlsx", {"S": [["Lanes"], ["Actions", "x"]]}), "no stage row"),
    (lambda d: million_row_workbook(d / "m.xlsx"), "too many rows: 1,000,000, at most 50,001"),
    (lambda d: d / "missing.csv", "no such file"),
    (lambda d: text_file(d / "x.json", "{}"), "x.json: cannot import this kind of file"),
])
def test_a_file_that_cannot_be_imported_gets_one_line_and_exit_2(tmp_path, capsys, make, words):
    source = make(tmp_path)
    code, out, err = run(capsys, "import", source, "-o", tmp_path / "out.cjm")
    assert code == 2 and out == ""
    assert words in one_line(err, "cjm-desktop import")
    assert not (tmp_path / "out.cjm").exists()


def test_import_output_must_be_a_map(tmp_path, capsys):
    code, _, err = run(capsys, "import", SALON, "-o", tmp_path / "out.xlsx")
    assert code == 2 and "the output must be a .cjm map" in err


def test_export_names_the_new_types_when_the_extension_is_unknown(tmp_path, capsys):
    code, _, err = run(capsys, "export", SALON, "-o", tmp_path / "map.docx")
    assert code == 2 and ".xlsx, .csv, .mmd, .pptx or .html" in err
