"""The cjm-desktop command line: exit codes and the lines it prints."""

from __future__ import annotations

import codecs
import json
import re
import unicodedata
from pathlib import Path

import pytest

from cjm_desktop import __version__
from cjm_desktop.app.cli import main as cli
from cjm_desktop.io import read_cjm
from cjm_desktop.io.schema import schema_text
from cjm_desktop.templates import TEMPLATE_IDS, build_map, list_templates

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "v1"


def run(capsys, *argv):
    """(exit code, stdout, stderr) of ``cjm-desktop argv``; argparse exits are caught."""
    try:
        code = cli.main(list(argv))
    except SystemExit as exit_:
        code = exit_.code
    out, err = capsys.readouterr()
    return code, out, err


def one_error_line(err: str, command: str) -> str:
    assert err.endswith("\n") and err.count("\n") == 1, err
    assert "Traceback" not in err
    assert err.startswith(f"{command}: error: ")
    return err[len(f"{command}: error: "):-1]


# -- --version / --help -------------------------------------------------------------------


def test_version(capsys):
    assert run(capsys, "--version") == (0, f"cjm-desktop {__version__}\n", "")


@pytest.mark.parametrize("argv", [[], ["templates"], ["new"], ["validate"], ["schema"]])
def test_help_everywhere(capsys, argv):
    code, out, err = run(capsys, *argv, "--help")
    assert code == 0 and err == ""
    assert out.startswith("usage: cjm-desktop")
    if argv:
        assert out.startswith(f"usage: cjm-desktop {argv[0]}")


def test_main_help_lists_the_commands_and_the_gui(capsys):
    out = run(capsys, "--help")[1]
    assert "[FILE.cjm]" in out
    for command in ("templates", "new", "validate", "schema"):
        assert re.search(rf"^\s+{command}\s+\S", out, re.M), command


def test_usage_error_is_one_line(capsys):
    code, out, err = run(capsys, "validate")
    assert code == 2 and out == ""
    message = one_error_line(err, "cjm-desktop validate")
    assert "the following arguments are required: FILE.cjm" in message
    assert message.endswith("(see cjm-desktop validate --help)")


def test_unknown_command_is_one_line(capsys):
    code, _, err = run(capsys, "valdiate", "x.cjm")
    assert code == 2
    assert "unknown command or file 'valdiate'" in one_error_line(err, "cjm-desktop")


# -- templates -----------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_templates_lists_ids_and_names_one_per_line(capsys, lang):
    code, out, err = run(capsys, "templates", "--lang", lang)
    assert code == 0 and err == ""
    lines = out.splitlines()
    expected = [(t.id, t.name) for t in list_templates(lang)]
    assert [tuple(re.split(r"\s{2,}", line, maxsplit=1)) for line in lines] == expected
    assert [i for i, _ in expected] == list(TEMPLATE_IDS)


def test_templates_default_is_vietnamese(capsys):
    out = run(capsys, "templates")[1]
    assert out == run(capsys, "templates", "--lang", "vi")[1]
    assert "Bản đồ trống" in out


def test_templates_rejects_an_unknown_language(capsys):
    code, _, err = run(capsys, "templates", "--lang", "fr")
    assert code == 2
    assert "invalid choice: 'fr'" in one_error_line(err, "cjm-desktop templates")


# -- new -----------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("template_id", TEMPLATE_IDS)
def test_new_writes_every_template_in_both_languages(capsys, tmp_path, template_id, lang):
    out_file = tmp_path / f"{template_id}-{lang}.cjm"
    code, out, err = run(capsys, "new", "--template", template_id, "--lang", lang, "-o", str(out_file))
    assert (code, err) == (0, "")
    assert out.startswith(f"wrote {out_file}: ") and out.count("\n") == 1
    loaded = read_cjm(out_file)
    expected = build_map(template_id, lang=lang)
    assert loaded.map.language == lang
    assert [s.title for s in loaded.map.stages] == [s.title for s in expected.stages]
    assert [(lane.kind, lane.title) for lane in loaded.map.lanes] == [(lane.kind, lane.title) for lane in expected.lanes]
    assert [c.title for c in loaded.map.cards] == [c.title for c in expected.cards]
    assert f"{len(expected.stages)} stage" in out
    # and the file validates
    code, out, err = run(capsys, "validate", str(out_file))
    assert code == 0 and out.startswith(f"{out_file.name}: valid .cjm map")


def test_new_coleman_in_vietnamese_has_the_exact_stage_titles(capsys, tmp_path):
    target = tmp_path / "c.cjm"
    run(capsys, "new", "--template", "coleman-8", "-o", str(target))
    titles = [s.title for s in read_cjm(target).map.stages]
    assert titles == ["Đánh giá", "Thừa nhận", "Xác nhận", "Khởi động", "Thích ứng", "Hoàn thành", "Đón nhận", "Truyền bá"]


def test_new_with_a_title(capsys, tmp_path):
    target = tmp_path / "t.cjm"
    decomposed = unicodedata.normalize("NFD", "Hành trình mua sắm")
    code, _, _ = run(capsys, "new", "--template", "5a", "--title", decomposed, "-o", str(target))
    assert code == 0
    assert read_cjm(target).map.title == "Hành trình mua sắm"  # NFC


def test_new_refuses_to_overwrite_without_force(capsys, tmp_path):
    target = tmp_path / "keep.cjm"
    target.write_bytes(b"precious")
    code, out, err = run(capsys, "new", "--template", "5a", "-o", str(target))
    assert code == 2 and out == ""
    assert one_error_line(err, "cjm-desktop new") == f"{target} already exists; add --force to overwrite it"
    assert target.read_bytes() == b"precious"
    code, _, _ = run(capsys, "new", "--template", "5a", "--force", "-o", str(target))
    assert code == 0
    assert len(read_cjm(target).map.stages) == 5


def test_new_unknown_template(capsys, tmp_path):
    code, _, err = run(capsys, "new", "--template", "6a", "-o", str(tmp_path / "x.cjm"))
    assert code == 2
    message = one_error_line(err, "cjm-desktop new")
    assert '"6a"' in message and all(t in message for t in TEMPLATE_IDS)
    assert not (tmp_path / "x.cjm").exists()


def test_new_title_too_long(capsys, tmp_path):
    code, _, err = run(capsys, "new", "--template", "blank", "--title", "x" * 600, "-o", str(tmp_path / "x.cjm"))
    assert code == 2
    assert "title: text too long: 600 characters, at most 500" in one_error_line(err, "cjm-desktop new")


def test_new_into_a_missing_folder(capsys, tmp_path):
    code, _, err = run(capsys, "new", "--template", "blank", "-o", str(tmp_path / "no" / "x.cjm"))
    assert code == 2
    assert "no longer exists; choose another folder" in one_error_line(err, "cjm-desktop new")


def test_new_onto_a_folder(capsys, tmp_path):
    code, _, err = run(capsys, "new", "--template", "blank", "-o", str(tmp_path))
    assert code == 2
    assert "is a folder" in one_error_line(err, "cjm-desktop new")


def test_new_needs_template_and_output(capsys):
    assert run(capsys, "new", "-o", "x.cjm")[0] == 2
    assert run(capsys, "new", "--template", "5a")[0] == 2


# -- validate -----------------------------------------------------------------------------


def test_validate_prints_a_one_line_summary(capsys):
    code, out, err = run(capsys, "validate", str(GOLDEN / "full.cjm"))
    assert (code, err) == (0, "")
    assert out == "full.cjm: valid .cjm map (format version 4): 3 stages, 5 lanes, 7 cards, 2 personas\n"


def test_validate_the_bundled_example(capsys):
    from cjm_desktop.resources import example_map_path

    code, out, _ = run(capsys, "validate", str(example_map_path()))
    assert code == 0 and "valid .cjm map" in out


def _sample() -> dict:
    return json.loads((GOLDEN / "full.cjm").read_bytes())


def _write(path: Path, data) -> Path:
    path.write_bytes(data if isinstance(data, bytes) else json.dumps(data, ensure_ascii=False).encode())
    return path


def _dangling():
    d = _sample()
    d["map"]["cards"][3]["lane_id"] = "00000000-0000-4000-8000-00000000dead"
    return d


def _huge_string():
    d = _sample()
    d["map"]["description"] = "ơ" * 3_000_000
    return d


def _too_many():
    d = _sample()
    d["map"]["stages"] = d["map"]["stages"] * 100
    return d


def _deep():
    d = _sample()
    nested: object = 1
    for _ in range(80):
        nested = {"x": nested}
    d["map"]["cards"][0]["tags"] = [nested]
    return d


BAD_INPUTS = [
    ("broken-json", b'{"format": "cjm",\n  "version": 1\n  "map": {}}', "line 3, column 3: not valid JSON"),
    ("empty", b"", "the file is empty (0 bytes)"),
    ("binary", bytes(range(256)) * 8, "binary data, not a .cjm map"),
    ("utf16", json.dumps({"format": "cjm"}).encode("utf-16"), "UTF-16 text; a .cjm map must be UTF-8"),
    ("top-level-list", b"[]", "not a .cjm map: the file holds a list"),
    ("no-format", b'{"version": 1, "map": {}}', 'no "format" field'),
    ("no-version", b'{"format": "cjm", "map": {}}', "version: missing"),
    ("newer", b'{"format": "cjm", "version": 5, "map": {}}',
     "made by a newer cjm-desktop (format version 5); this version reads up to 4 - update cjm-desktop"),
    ("dangling", _dangling, 'map.cards[3].lane_id: no lane with id "00000000-0000-4000-8000-00000000dead"'),
    ("huge-string", _huge_string, "map.description: text too long: 3,000,000 characters, at most 20,000"),
    ("too-many", _too_many, "map.stages: too many stages: 300, at most 200"),
    ("deep", _deep, "map.cards[0].tags[0][…]: nested too deeply (more than 64 levels)"),
    ("deep-parser", b'{"format": "cjm", "version": 1, "map": ' + b"[" * 50_000 + b"]" * 50_000 + b"}",
     "not valid JSON: nested too deeply"),
]


@pytest.mark.parametrize("content, expected", [b[1:] for b in BAD_INPUTS], ids=[b[0] for b in BAD_INPUTS])
def test_validate_bad_input_exits_2_with_one_line(capsys, tmp_path, content, expected):
    path = _write(tmp_path / "bad.cjm", content() if callable(content) else content)
    code, out, err = run(capsys, "validate", str(path))
    assert code == 2 and out == ""
    message = one_error_line(err, "cjm-desktop validate")
    assert message.startswith("bad.cjm: ")
    assert expected in message


def test_validate_accepts_a_utf8_bom(capsys, tmp_path):
    path = _write(tmp_path / "bom.cjm", codecs.BOM_UTF8 + (GOLDEN / "full.cjm").read_bytes())
    code, out, _ = run(capsys, "validate", str(path))
    assert code == 0 and "7 cards" in out


def test_validate_a_2gb_file(capsys, tmp_path):
    path = tmp_path / "huge.cjm"
    with open(path, "wb") as f:
        f.truncate(2 * 1024**3)  # sparse
    code, _, err = run(capsys, "validate", str(path))
    assert code == 2
    assert one_error_line(err, "cjm-desktop validate") == (
        "huge.cjm: the file is 2 GB; a .cjm map is at most 64 MB - is this the right file?"
    )


def test_validate_missing_file(capsys, tmp_path):
    code, _, err = run(capsys, "validate", str(tmp_path / "gone.cjm"))
    assert code == 2
    assert one_error_line(err, "cjm-desktop validate").startswith("gone.cjm: no such file")


def test_unexpected_exception_is_one_line_not_a_traceback(capsys, monkeypatch):
    def boom(path):
        raise RuntimeError("disk controller\non fire")

    monkeypatch.setattr("cjm_desktop.io.read_cjm", boom)
    code, out, err = run(capsys, "validate", str(GOLDEN / "full.cjm"))
    assert code == 2 and out == ""
    assert one_error_line(err, "cjm-desktop validate") == (
        "unexpected error (RuntimeError: disk controller on fire); please report this bug"
    )


# -- schema --------------------------------------------------------------------------------


def test_schema_prints_the_committed_schema(capsys):
    code, out, err = run(capsys, "schema")
    assert (code, err) == (0, "")
    assert out == schema_text()
    assert json.loads(out)["properties"]["version"]["const"] == 4


# -- the GUI entry -------------------------------------------------------------------------


def test_a_file_argument_starts_the_gui(capsys, monkeypatch, tmp_path):
    opened = []
    monkeypatch.setattr("cjm_desktop.app.cli.gui.run_gui", lambda path: opened.append(path) or 0)
    target = tmp_path / "m.cjm"
    assert run(capsys, str(target))[0] == 0
    assert run(capsys)[0] == 0
    assert opened == [target, None]


def test_gui_exit_code_3_is_passed_through(capsys, monkeypatch):
    monkeypatch.setattr("cjm_desktop.app.cli.gui.run_gui", lambda path: 3)
    assert run(capsys, "map.cjm")[0] == 3


# -- export hook ---------------------------------------------------------------------------


def test_export_is_a_subcommand_of_the_main_program(capsys, tmp_path):
    from cjm_desktop.resources import example_map_path

    out_pdf = tmp_path / "poster.pdf"
    code, out, err = run(capsys, "export", str(example_map_path()), "-o", str(out_pdf), "--paper", "A3")
    assert code == 0, err
    assert out_pdf.read_bytes().startswith(b"%PDF")
    assert "export" in run(capsys, "--help")[1]
    code, _, err = run(capsys, "export", str(example_map_path()), "-o", str(tmp_path / "x.pdf"), "--paper", "B7")
    assert code == 2 and len(err.strip().splitlines()) == 1


def test_a_command_runs_without_the_cyclic_collector_and_gives_it_back(capsys, monkeypatch):
    """A command reads a few bounded maps and ends: the collector is paused while it
    runs (it cost a sixth of a merge) and enabled again afterwards, also on failure."""
    import gc

    from tests.gc_spy import collector_states

    seen = collector_states(monkeypatch, cli, "cmd_schema")
    assert gc.isenabled()
    code, out, _ = run(capsys, "schema")
    assert code == 0 and out.startswith("{")
    assert seen == [False] and gc.isenabled()
    code, _, err = run(capsys, "validate", "/nonexistent/map.cjm")
    assert code != 0 and err and gc.isenabled()
