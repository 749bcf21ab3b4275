"""``cjm-desktop export MAP.cjm -o OUT.pptx|OUT.html``: the deck and the viewer from the command line."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from pptx import Presentation

from tests.export.maps import rich_map
from tests.export.test_export_cli import ROOT, _blocked, one_line_error, run, write_map


@pytest.fixture
def map_file(tmp_path):
    return write_map(tmp_path / "salon.cjm")


def test_pptx_export_writes_the_deck_without_a_display(map_file, tmp_path):
    out = tmp_path / "salon.pptx"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run(
        [sys.executable, "-m", "cjm_desktop.app.cli.export", "export", str(map_file), "-o", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=180, env=env)
    assert result.returncode == 0, result.stderr
    deck = Presentation(str(out))
    assert result.stdout.startswith(f"wrote {out}: {len(deck.slides)} slides")
    assert any(shape.shape_type == 13 for shape in deck.slides[1].shapes)  # the map picture
    assert deck.slides[0].shapes[1].text_frame.text == rich_map().title


def test_html_export_from_the_cli_never_imports_qt(map_file, tmp_path):
    out = tmp_path / "salon.html"
    result = _blocked(
        f"""
        from cjm_desktop.app.cli.export import main
        code = main(["export", {str(map_file)!r}, "-o", {str(out)!r}])
        leaked = [m for m in sys.modules if m.startswith(("PySide6", "shiboken6"))]
        assert not leaked, leaked
        sys.exit(code)
        """
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"wrote {out}: {len(rich_map().cards)} cards")
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and rich_map().cards[0].title in page


@pytest.mark.parametrize(
    "name, extra, fragment",
    [
        ("x.pptx", ["--paper", "A3"], "--paper applies to PDF export only"),
        ("x.html", ["--appendix"], "--appendix applies to PDF export only"),
        ("x.html", ["--dpi", "100"], "--dpi applies to PNG export only"),
        ("x.pptx", ["--no-title-block"], "--no-title-block applies to PDF, PNG and SVG export only"),
    ],
)
def test_options_that_do_not_fit_the_deck_or_the_viewer(map_file, tmp_path, capsys, name, extra, fragment):
    assert run(str(map_file), "-o", str(tmp_path / name), *extra) == 2
    assert fragment in one_line_error(capsys)
    assert not (tmp_path / name).exists()


@pytest.mark.parametrize("name", ["x.pptx", "x.html"])
def test_a_missing_folder_is_one_line(map_file, tmp_path, capsys, qapp, name):
    assert run(str(map_file), "-o", str(tmp_path / "missing" / name)) == 2
    assert "does not exist" in one_line_error(capsys)
