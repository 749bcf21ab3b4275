"""`make install-desktop` registers the app, the .cjm MIME type and the icons
for the user, under $XDG_DATA_HOME only."""

from __future__ import annotations

import configparser
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "packaging" / "linux" / "install-desktop.sh"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux desktop integration")


def _fake_program(folder: Path) -> Path:
    folder.mkdir(parents=True)
    program = folder / "cjm-desktop"
    program.write_text("#!/bin/sh\nexit 0\n")
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    return program


def _run(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    environ = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp_path / "home"),  # anything written outside XDG_DATA_HOME lands here
        "XDG_DATA_HOME": str(tmp_path / "data"),
        **env,
    }
    return subprocess.run(
        ["sh", str(SCRIPT), *args], env=environ, capture_output=True, text=True, timeout=120
    )


def _desktop_entry(path: Path) -> dict[str, str]:
    parser = configparser.RawConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive: Name[vi]
    parser.read(path, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def _exec_argv(exec_value: str) -> list[str]:
    """Split an Exec value the way the Desktop Entry spec says a launcher does."""
    text = exec_value.replace("\\\\", "\\")  # string-level escape: \\ -> \
    args, current, quoted, i = [], None, False, 0
    while i < len(text):
        char = text[i]
        if quoted:
            if char == "\\" and i + 1 < len(text) and text[i + 1] in '"`$\\':
                current += text[i + 1]
                i += 1
            elif char == '"':
                quoted = False
            else:
                current += char
        elif char == '"':
            quoted, current = True, current or ""
        elif char == " ":
            if current is not None:
                args.append(current)
            current = None
        else:
            current = (current or "") + char
        i += 1
    if current is not None:
        args.append(current)
    return [arg.replace("%%", "%") for arg in args]


@pytest.fixture()
def installed(tmp_path):
    # A path with a space and shell characters: the Exec line must quote it.
    program = _fake_program(tmp_path / "my apps $x" / "bin")
    result = _run(tmp_path, "--exec", str(program))
    assert result.returncode == 0, result.stderr
    return tmp_path / "data", program


def test_desktop_entry_starts_the_given_program_for_cjm_files(installed):
    data, program = installed
    entry = _desktop_entry(data / "applications" / "cjm-desktop.desktop")
    assert _exec_argv(entry["Exec"]) == [str(program), "%f"]
    assert entry["TryExec"] == str(program)
    assert entry["Icon"] == "cjm-desktop"
    assert "application/x-cjm" in entry["MimeType"].split(";")
    assert entry["Categories"] == "Office;Chart;"  # one main category: listed once in menus
    assert entry["Name[vi]"] and entry["Comment[vi]"]
    assert "hành trình" in entry["Comment[vi]"]
    assert entry["Name"] == "CJM Desktop"


def test_icons_and_mime_package_are_installed_under_xdg_data_home(installed, tmp_path):
    data, _ = installed
    assert (data / "mime" / "packages" / "cjm-desktop.xml").is_file()
    hicolor = data / "icons" / "hicolor"
    for size in SIZES:
        assert (hicolor / f"{size}x{size}" / "apps" / "cjm-desktop.png").is_file()
        assert (hicolor / f"{size}x{size}" / "mimetypes" / "application-x-cjm.png").is_file()
    assert (hicolor / "scalable" / "apps" / "cjm-desktop.svg").is_file()
    home = tmp_path / "home"
    assert not home.exists() or not any(home.rglob("*")), "nothing is written outside XDG_DATA_HOME"


def test_desktop_file_validates(installed):
    if shutil.which("desktop-file-validate") is None:
        pytest.skip("desktop-file-validate not installed (Debian: desktop-file-utils)")
    data, _ = installed
    result = subprocess.run(
        ["desktop-file-validate", str(data / "applications" / "cjm-desktop.desktop")],
        capture_output=True, text=True,
    )
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert result.returncode == 0 and not errors, result.stdout


_MIME_PROBE = """
import sys
from PySide6.QtCore import QCoreApplication, QMimeDatabase
app = QCoreApplication([])
db = QMimeDatabase()
for path in sys.argv[1:]:
    t = db.mimeTypeForFile(path)
    print(t.name(), t.iconName(), t.comment(), sep="|")
"""


def _probe_mime(data: Path, tmp_path: Path, *files: Path, lang: str = "C.UTF-8") -> list[list[str]]:
    env = {**os.environ, "XDG_DATA_HOME": str(data), "LANG": lang, "LC_ALL": "", "LANGUAGE": ""}
    result = subprocess.run(
        [sys.executable, "-c", _MIME_PROBE, *map(str, files)],
        env=env, capture_output=True, text=True, timeout=60, check=True,
    )
    return [line.split("|") for line in result.stdout.splitlines()]


def test_cjm_files_get_the_mime_type_icon_and_comment(installed, tmp_path):
    data, _ = installed
    # The bundled example, as the app writes it.
    content = (ROOT / "resources" / "examples" / "salon-vi.cjm").read_bytes()
    named = tmp_path / "Hành trình.cjm"
    named.write_bytes(content)
    no_extension = tmp_path / "map-from-email"
    no_extension.write_bytes(content)
    other_json = tmp_path / "other"
    other_json.write_text('{"format": "geojson"}', encoding="utf-8")

    got = _probe_mime(data, tmp_path, named, no_extension, other_json)
    assert got[0] == ["application/x-cjm", "application-x-cjm", "Customer journey map"]
    assert got[1][0] == "application/x-cjm", "recognised by its content too"
    assert got[2][0] != "application/x-cjm"

    vietnamese = _probe_mime(data, tmp_path, named, lang="vi_VN.UTF-8")
    assert vietnamese[0][2] == "Bản đồ hành trình khách hàng"


def test_without_install_cjm_is_unknown(tmp_path):
    # Guards the test above: the type really comes from the installed package.
    named = tmp_path / "x.cjm"
    named.write_text("{}", encoding="utf-8")
    (tmp_path / "empty").mkdir()
    assert _probe_mime(tmp_path / "empty", tmp_path, named)[0][0] != "application/x-cjm"


def test_missing_program_is_one_line_error(tmp_path):
    result = _run(tmp_path, "--exec", str(tmp_path / "nope" / "cjm-desktop"))
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "make" in result.stderr
    assert not (tmp_path / "data" / "applications").exists()


def test_uninstall_removes_what_install_added(installed, tmp_path):
    data, _ = installed
    result = _run(tmp_path, "--uninstall")
    assert result.returncode == 0, result.stderr
    assert not (data / "applications" / "cjm-desktop.desktop").exists()
    assert not (data / "mime" / "packages" / "cjm-desktop.xml").exists()
    assert not list((data / "icons").rglob("cjm-desktop.*"))
    assert not list((data / "icons").rglob("application-x-cjm.*"))


def test_missing_cache_tools_do_not_fail_the_install(tmp_path):
    program = _fake_program(tmp_path / "bin")
    # A PATH with only the basic tools the script uses: no update-* helpers.
    tools = tmp_path / "tools"
    tools.mkdir()
    for name in ("sh", "sed", "awk", "cp", "mv", "rm", "mkdir", "chmod", "dirname", "basename", "cat"):
        found = shutil.which(name)
        if found:
            (tools / name).symlink_to(found)
    result = _run(tmp_path, "--exec", str(program), PATH=str(tools))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "data" / "applications" / "cjm-desktop.desktop").is_file()
    assert not (tmp_path / "data" / "mime" / "mime.cache").exists()
