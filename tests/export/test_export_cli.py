"""``cjm-desktop export``: exit codes, one-line messages, no display needed."""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from cjm_desktop.app.cli import export as cli_export
from cjm_desktop.model import Card

from tests.export.maps import rich_map, tiny_map
from tests.factories import BLOCK_QT
from tests.export.pdftools import flat, page_sizes, pdf_text

ROOT = Path(__file__).resolve().parents[2]


def write_map(path: Path, m=None) -> Path:
    m = m or rich_map()
    doc = {"format": "cjm", "version": 1, "map": m.model_dump(mode="json")}
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def run(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="cjm-desktop")
    sub = parser.add_subparsers(dest="command", required=True)
    cli_export.register(sub)
    args = parser.parse_args(["export", *argv])
    return args.func(args)


@pytest.fixture
def map_file(tmp_path):
    return write_map(tmp_path / "salon.cjm")


def one_line_error(capsys) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert err.startswith("cjm-desktop export: ")
    assert "Traceback" not in err
    return err.strip()


def test_pdf_export_succeeds(map_file, tmp_path, capsys):
    out = tmp_path / "poster.pdf"
    assert run(str(map_file), "-o", str(out), "--paper", "A2", "--orientation", "portrait") == 0
    assert page_sizes(out) == [pytest.approx((1190.55, 1683.78), abs=0.01)]
    assert "salon.cjm" in flat(pdf_text(out))  # the file name in the title block
    message = capsys.readouterr().out
    assert message.startswith(f"wrote {out}: 1 page (poster)")


def test_tiled_pdf_with_appendix(map_file, tmp_path, capsys):
    out = tmp_path / "tiles.pdf"
    assert run(str(map_file), "-o", str(out), "--paper", "A2", "--tile", "a4", "--overlap", "15",
               "--appendix") == 0
    message = capsys.readouterr().out
    assert "assembly page" in message and "appendix page" in message
    assert re.search(r"\d+ sheets, A4 (portrait|landscape), \d+ × \d+", message), message
    assert "chồng mép 15 mm" in flat(pdf_text(out, 1, 1))


def test_fixed_scale_and_margin(map_file, tmp_path):
    out = tmp_path / "scaled.pdf"
    assert run(str(map_file), "-o", str(out), "--paper", "A0", "--scale", "50", "--margin", "20",
               "--no-title-block") == 0
    assert "cjm-desktop" not in flat(pdf_text(out))


def test_png_and_svg(map_file, tmp_path, qapp, capsys):
    png, svg = tmp_path / "map.png", tmp_path / "map.svg"
    assert run(str(map_file), "-o", str(png), "--dpi", "36") == 0
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert run(str(map_file), "-o", str(svg)) == 0
    assert "Đánh giá các salon" in svg.read_text(encoding="utf-8")
    out = capsys.readouterr().out
    assert "pixels at 36 dpi" in out


@pytest.mark.parametrize(
    "extra, fragment",
    [
        (["--paper", "B5"], 'unknown paper "B5"'),
        (["--paper", "20x30mm"], "out of range"),
        (["--orientation", "sideways"], "--orientation must be landscape or portrait"),
        (["--scale", "abc"], '--scale needs a number, not "abc"'),
        (["--scale", "5000"], "scale must be 1 to 1000 percent"),
        (["--fit", "--scale", "50"], "either --fit or --scale"),
        (["--tile", "A5"], "--tile must be A4 or A3"),
        (["--overlap", "5"], "--overlap needs --tile"),
        (["--paper", "A4", "--scale", "400"], "at 400 % the map needs"),
        (["--margin", "400", "--paper", "A4"], "margin 400 mm is too large"),
    ],
)
def test_bad_pdf_options_exit_2_with_one_line(map_file, tmp_path, capsys, extra, fragment):
    out = tmp_path / "x.pdf"
    assert run(str(map_file), "-o", str(out), *extra) == 2
    assert fragment in one_line_error(capsys)
    assert not out.exists()


@pytest.mark.parametrize(
    "name, extra, fragment",
    [
        ("x.png", ["--paper", "A3"], "--paper applies to PDF export only"),
        ("x.svg", ["--tile", "A4"], "--tile applies to PDF export only"),
        ("x.pdf", ["--dpi", "300"], "--dpi applies to PNG export only"),
        ("x.docx", [], "x.docx: unknown output type: use a name ending in .pdf, .png, .svg, .xlsx, .csv, .mmd, "
                        ".pptx or .html"),
        ("x.png", ["--dpi", "5000"], "dpi must be 10 to 1200"),
    ],
)
def test_options_that_do_not_fit_the_format(map_file, tmp_path, capsys, qapp, name, extra, fragment):
    assert run(str(map_file), "-o", str(tmp_path / name), *extra) == 2
    assert fragment in one_line_error(capsys)


def test_unwritable_target(map_file, tmp_path, capsys):
    assert run(str(map_file), "-o", str(tmp_path / "missing" / "x.pdf")) == 2
    assert "does not exist" in one_line_error(capsys)
    folder = tmp_path / "looks-like.pdf"
    folder.mkdir()
    assert run(str(map_file), "-o", str(folder)) == 2
    assert "is a folder" in one_line_error(capsys)


def test_missing_map_and_broken_maps(tmp_path, capsys):
    out = str(tmp_path / "x.pdf")
    assert run(str(tmp_path / "nope.cjm"), "-o", out) == 2
    assert "nope.cjm" in one_line_error(capsys)
    bad_json = tmp_path / "bad.cjm"
    bad_json.write_text('{"format": "cjm", "map": {', encoding="utf-8")
    assert run(str(bad_json), "-o", out) == 2
    assert "bad.cjm" in one_line_error(capsys)
    broken = tmp_path / "broken.cjm"
    doc = {"format": "cjm", "version": 1, "map": tiny_map().model_dump(mode="json")}
    doc["map"]["cards"][0]["stage_id"] = "00000000-0000-4000-8000-000000000000"
    broken.write_text(json.dumps(doc), encoding="utf-8")
    assert run(str(broken), "-o", out) == 2
    assert "no stage with id" in one_line_error(capsys)
    assert not Path(out).exists()


def test_missing_glyphs_exit_2_unless_forced(tmp_path, capsys, qapp):
    m = tiny_map()
    m.cards.append(Card(stage_id=m.stages[0].id, lane_id=m.lanes[0].id, order=1, title="Thời gian ≥ 5 phút"))
    src = write_map(tmp_path / "glyph.cjm", m)
    for name in ("x.pdf", "x.png", "x.svg"):
        assert run(str(src), "-o", str(tmp_path / name)) == 2
        err = one_line_error(capsys)
        assert "≥ (U+2265)" in err and "--force-missing-glyphs" in err
        assert not (tmp_path / name).exists()
    assert run(str(src), "-o", str(tmp_path / "x.pdf"), "--force-missing-glyphs") == 0


def test_missing_glyphs_line_names_the_option(tmp_path, capsys):
    m = tiny_map()
    m.cards.append(Card(stage_id=m.stages[0].id, lane_id=m.lanes[0].id, order=1, title="≥ 5"))
    src = write_map(tmp_path / "glyph.cjm", m)
    assert run(str(src), "-o", str(tmp_path / "x.pdf")) == 2
    assert one_line_error(capsys) == (
        "cjm-desktop export: the font has no glyph for ≥ (U+2265): replace these characters or "
        "export anyway with --force-missing-glyphs (they would print as boxes)")


def test_the_command_line_has_one_error_type():
    from cjm_desktop.app.cli import errors, main

    assert main.CliError is errors.CliError and cli_export.CliError is errors.CliError
    assert str(errors.CliError(cli_export.BAD_TILE, "A5")) == '--tile must be A4 or A3, not "A5"'


def _blocked(body: str, env=None) -> subprocess.CompletedProcess:
    code = BLOCK_QT + textwrap.dedent(body)
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120,
                          env=env)


def test_pdf_export_from_the_cli_never_imports_qt(map_file, tmp_path):
    out = tmp_path / "noqt.pdf"
    result = _blocked(
        f"""
        from cjm_desktop.app.cli.export import main
        code = main(["export", {str(map_file)!r}, "-o", {str(out)!r}, "--paper", "A3", "--tile", "A4",
                     "--appendix"])
        leaked = [m for m in sys.modules if m.startswith(("PySide6", "shiboken6"))]
        assert not leaked, leaked
        sys.exit(code)
        """
    )
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 0


def test_png_export_needs_no_display(map_file, tmp_path):
    out = tmp_path / "headless.png"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run(
        [sys.executable, "-m", "cjm_desktop.app.cli.export", "export", str(map_file), "-o", str(out), "--dpi", "30"],
        cwd=ROOT, capture_output=True, text=True, timeout=120, env=env,
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:4] == b"\x89PNG"
