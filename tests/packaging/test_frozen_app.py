"""The PyInstaller build runs on its own: ``make package`` then ``make package-test``.

These tests run the *built* program, not the sources. They are skipped unless
``CJM_FROZEN_APP`` names the built executable (``make package-test`` sets it),
so a stale ``dist/`` never makes ``make test`` fail.

The program runs from a copy of the folder in a temporary directory, with an
environment that has no display, no Python variables and a PATH without the
venv: what a consultant's laptop without Python looks like to it.

The same tests run on the hosted CI's Windows and macOS runners
(``.github/workflows/release.yml``): ``CJM_FROZEN_APP`` is then
``dist/cjm-desktop/cjm-desktop-cli.exe`` (the console twin of the windowed
``cjm-desktop.exe``) or ``dist/cjm-desktop.app/Contents/MacOS/cjm-desktop``
(the whole ``.app`` is copied). Only the checks that need Linux (no display,
Xvfb, xdotool) are skipped there.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "resources" / "examples" / "salon-vi.cjm"
FROZEN = os.environ.get("CJM_FROZEN_APP")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not FROZEN, reason="set CJM_FROZEN_APP (make package-test) to test the built app"),
]


@pytest.fixture(scope="module")
def app(tmp_path_factory) -> Path:
    built = Path(FROZEN)
    assert built.is_file() and os.access(built, os.X_OK), f"{built}: run make package"
    # A copy somewhere else proves the folder (or the macOS .app) is relocatable.
    top = next((parent for parent in built.parents if parent.suffix == ".app"), built.parent)
    elsewhere = tmp_path_factory.mktemp("elsewhere") / ("cjm desktop" + top.suffix)
    shutil.copytree(top, elsewhere, symlinks=True)
    return elsewhere / built.relative_to(top)


def _bare_environment(home: Path) -> dict[str, str]:
    """What a laptop without Python gives a program: the system's own PATH, a home folder."""
    if sys.platform == "win32":
        root = os.environ.get("SYSTEMROOT", r"C:\Windows")
        return {"PATH": rf"{root}\System32;{root}", "SYSTEMROOT": root, "USERPROFILE": str(home),
                "APPDATA": str(home / "AppData" / "Roaming"), "LOCALAPPDATA": str(home / "AppData" / "Local"),
                "TEMP": str(home), "TMP": str(home)}
    return {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8"}


@pytest.fixture()
def run(app, tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    base_env = _bare_environment(home)

    def _run(*args: str, timeout: float = 120, prefix=(), **env: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [*prefix, str(app), *args],
            env={**base_env, **env},
            cwd=tmp_path,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=timeout,
        )

    return _run


@pytest.fixture(scope="module")
def x_display():
    """A private Xvfb server. ``-displayfd`` picks a free display number
    atomically (``xvfb-run -a`` races with other X servers started at the
    same time); ``-noreset`` because an X server with no other clients resets
    when its last client leaves, and the app's own display check (connect,
    disconnect) would then make Qt's connection fail now and then."""
    if not shutil.which("Xvfb"):
        pytest.skip("needs Xvfb (Debian: xvfb)")
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1600x1000x24", "-nolisten", "tcp", "-noreset"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        number = pipe.readline().strip()
    if not number:
        server.kill()
        pytest.fail("Xvfb did not start")
    yield f":{number}"
    server.terminate()
    server.wait(timeout=10)


def _project_version() -> str:
    with open(ROOT / "pyproject.toml", "rb") as handle:
        return tomllib.load(handle)["project"]["version"]


def test_version(run):
    result = run("--version")
    assert result.returncode == 0, result.stderr
    assert _project_version() in result.stdout


def test_templates_are_bundled(run):
    result = run("templates", "--lang", "vi")
    assert result.returncode == 0, result.stderr
    ids = [line.split()[0] for line in result.stdout.splitlines() if line.strip()]
    assert len(ids) >= 5 and "blank" in ids


def test_new_map_from_template_then_validate(run, tmp_path):
    out = tmp_path / "bản đồ.cjm"
    result = run("new", "--template", "salon-6", "--lang", "vi", "-o", str(out))
    assert result.returncode == 0, result.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == "cjm" and data["map"]["language"] == "vi"
    check = run("validate", str(out))
    assert check.returncode == 0, check.stderr


def test_validate_bundled_example_and_reject_broken_file(run, tmp_path):
    ok = run("validate", str(EXAMPLE))
    assert ok.returncode == 0, ok.stderr
    assert re.search(r"\d+ cards", ok.stdout)

    broken = tmp_path / "broken.cjm"
    broken.write_text('{"format": "cjm", "version": 1, "map": ', encoding="utf-8")
    bad = run("validate", str(broken))
    assert bad.returncode != 0
    assert len(bad.stderr.strip().splitlines()) == 1, "one line, no traceback"
    assert "Traceback" not in bad.stderr


def test_schema_is_json(run):
    result = run("schema")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["type"] == "object"


def test_headless_pdf_export_has_the_vietnamese_text(run, tmp_path):
    pdf = tmp_path / "poster.pdf"
    result = run("export", str(EXAMPLE), "-o", str(pdf))
    assert result.returncode == 0, result.stderr
    assert pdf.read_bytes()[:5] == b"%PDF-"
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        title = json.loads(EXAMPLE.read_text(encoding="utf-8"))["map"]["title"]
        assert title.split()[0] in text  # "Hành"
        assert "Salon tóc Mộc Lan" in " ".join(text.split())
    if shutil.which("pdffonts"):
        fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
        assert "NotoSans" in fonts, "the bundled font is embedded"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="only Linux can lack a display")
def test_gui_without_display_says_what_to_do(run):
    result = run(str(EXAMPLE), timeout=60)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert result.stderr.strip(), "a message, not a silent failure"


def test_headless_png_export_runs_qt_offscreen(run, tmp_path):
    png = tmp_path / "map.png"
    result = run("export", str(EXAMPLE), "-o", str(png), "--dpi", "30")
    assert result.returncode == 0, result.stderr
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_gui_opens_the_example_and_paints_offscreen(run):
    # The entry script's probe quits right after the first paint of the window.
    result = run(str(EXAMPLE), QT_QPA_PLATFORM="offscreen", CJM_EXIT_AFTER_FIRST_PAINT="1")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "first-paint"


def test_gui_opens_on_an_x_display_with_the_bundled_xcb_plugin(run, x_display):
    result = run(str(EXAMPLE), DISPLAY=x_display, CJM_EXIT_AFTER_FIRST_PAINT="1")
    assert result.returncode == 0, result.stderr
    assert "first-paint" in result.stdout


_EDIT_SESSION = r"""#!/bin/sh
# Runs on $DISPLAY: open the map, select every card, delete, save, quit.
app=$1; map=$2
"$app" "$map" &
pid=$!
wid=$(xdotool search --sync --onlyvisible --class cjm-desktop | head -1)
sleep 1
xdotool windowfocus --sync "$wid"
xdotool mousemove --window "$wid" 700 600 click 1
sleep 0.3
xdotool key --window "$wid" ctrl+a
sleep 0.3
xdotool key --window "$wid" Delete
sleep 0.3
before=$(stat -c %Y.%s "$map")
xdotool key --window "$wid" ctrl+s
for i in $(seq 50); do [ "$(stat -c %Y.%s "$map")" != "$before" ] && break; sleep 0.1; done
xdotool key --window "$wid" ctrl+q
for i in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
kill "$pid" 2>/dev/null && { echo "the app did not quit" >&2; exit 1; }
wait "$pid"
"""


@pytest.mark.skipif(not shutil.which("xdotool"), reason="needs xdotool (Debian: xdotool)")
def test_gui_edits_and_saves_a_map(run, x_display, tmp_path):
    """Open, edit (select all, delete), save and quit the built app on an X display."""
    map_path = tmp_path / "edit me.cjm"
    assert run("new", "--template", "salon-6", "--lang", "vi", "-o", str(map_path)).returncode == 0
    assert not re.search(r"\b0 cards", run("validate", str(map_path)).stdout)

    script = tmp_path / "session.sh"
    script.write_text(_EDIT_SESSION)
    result = run(str(map_path), prefix=("sh", str(script)), timeout=120, DISPLAY=x_display)
    assert result.returncode == 0, result.stderr
    check = run("validate", str(map_path))
    assert check.returncode == 0, check.stderr
    assert re.search(r"\b0 cards", check.stdout), check.stdout
