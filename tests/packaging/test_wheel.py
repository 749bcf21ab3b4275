"""The installable wheel: ``python -m build``, installed into a fresh venv outside the checkout.

What ``pipx install cjm-desktop-0.1.0-py3-none-any.whl`` gives a consultant on
any OS: the program must find every resource (fonts, templates, examples,
translations, icons, schema, the guide) inside the installed package, not in a
checkout. The venv lives in a temporary folder, the commands run from another
one with an environment that has no ``PYTHONPATH`` and no way back to the
sources, and the test checks that the program it ran is the installed copy.

The wheel is built the standard way (``python -m build``: an sdist first, the
wheel from the sdist, so both are checked). pip installs the dependencies from
the package index (its cache makes that quick); without an index it falls back
to the test venv's own packages (``--no-deps`` and a ``.pth`` line to them),
which still proves the wheel itself.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import tomllib
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "resources" / "examples" / "salon-vi.cjm"

pytestmark = pytest.mark.slow

#: Every resource the program reads, as it must appear in the wheel.
EXPECTED_IN_WHEEL = (
    "cjm_desktop/_resources/fonts/NotoSans-Regular.ttf",
    "cjm_desktop/_resources/fonts/NotoSans-Bold.ttf",
    "cjm_desktop/_resources/fonts/OFL.txt",
    "cjm_desktop/_resources/examples/salon-vi.cjm",
    "cjm_desktop/_resources/examples/salon-en.cjm",
    "cjm_desktop/_resources/translations/cjm_desktop_vi.qm",
    "cjm_desktop/_resources/translations/qtbase_vi.qm",
    "cjm_desktop/_resources/icons/hicolor/256x256/apps/cjm-desktop.png",
    "cjm_desktop/_resources/guide/guide-vi.md",
    "cjm_desktop/_resources/guide/README.md",
)


def _project() -> dict:
    with open(ROOT / "pyproject.toml", "rb") as handle:
        return tomllib.load(handle)["project"]


def _clean_env(home: Path, **extra: str) -> dict[str, str]:
    keep = {k: os.environ[k] for k in ("PATH", "SYSTEMROOT", "TEMP", "TMP", "LANG") if k in os.environ}
    env = {**keep, "HOME": str(home), "USERPROFILE": str(home), "APPDATA": str(home / "AppData"),
           "XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home / "config"),
           "PYTHONNOUSERSITE": "1"}
    env.update(extra)
    return env


def _venv_bin(folder: Path) -> Path:
    return folder / ("Scripts" if sys.platform == "win32" else "bin")


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """The wheel built by ``python -m build`` (sdist, then the wheel from it)."""
    out = tmp_path_factory.mktemp("dist")
    result = subprocess.run([sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)],
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    wheels = list(out.glob("cjm_desktop-*.whl"))
    assert len(wheels) == 1 and list(out.glob("cjm_desktop-*.tar.gz")), sorted(out.iterdir())
    return wheels[0]


def _install(python: Path, wheel: Path, env: dict[str, str]) -> None:
    pip = [str(python), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    online = subprocess.run([*pip, str(wheel)], capture_output=True, text=True, timeout=900, env=env)
    if online.returncode == 0:
        return
    # No package index here: the dependencies come from the test venv instead.
    offline = subprocess.run([*pip, "--no-deps", "--no-index", str(wheel)], capture_output=True, text=True,
                             timeout=300, env=env)
    assert offline.returncode == 0, online.stderr[-1500:] + offline.stderr[-1500:]
    site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          capture_output=True, text=True, check=True, env=env).stdout.strip()
    (Path(site) / "zz_test_venv_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")


@pytest.fixture(scope="module")
def installed(built, tmp_path_factory) -> dict:
    """A fresh venv (outside the checkout) with the wheel installed; the commands' environment."""
    base = tmp_path_factory.mktemp("wheel-install")
    home = base / "home"
    home.mkdir()
    work = base / "work"
    work.mkdir()
    env_dir = base / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    env = _clean_env(home, CJM_DESKTOP_DATA_DIR=str(home / "cjm-data"))
    python = _venv_bin(env_dir) / ("python.exe" if sys.platform == "win32" else "python")
    _install(python, built, env)
    program = _venv_bin(env_dir) / ("cjm-desktop.exe" if sys.platform == "win32" else "cjm-desktop")
    assert program.is_file()
    return {"program": program, "python": python, "env": env, "work": work, "venv": env_dir}


def _run(installed: dict, *args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(installed["program"]), *args], cwd=installed["work"], capture_output=True,
                          text=True, encoding="utf-8", timeout=300, env={**installed["env"], **env})


def test_wheel_carries_every_resource(built):
    names = set(zipfile.ZipFile(built).namelist())
    missing = [name for name in EXPECTED_IN_WHEEL if name not in names]
    assert not missing, missing
    assert any(n.startswith("cjm_desktop/templates/data/") and n.endswith(".json") for n in names)
    schemas = [n for n in names if n.startswith("cjm_desktop/_resources/schema/cjm-")]
    assert len(schemas) == len(list((ROOT / "resources" / "schema").glob("cjm-*.schema.json")))


def test_installed_version(installed):
    result = _run(installed, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"cjm-desktop {_project()['version']}"


def test_installed_new_validate_export(installed):
    work = installed["work"]
    made = _run(installed, "new", "--template", "salon-6", "--lang", "vi", "-o", "bản đồ.cjm")
    assert made.returncode == 0, made.stderr
    assert json.loads((work / "bản đồ.cjm").read_text(encoding="utf-8"))["map"]["language"] == "vi"
    checked = _run(installed, "validate", "bản đồ.cjm")
    assert checked.returncode == 0 and "valid .cjm map" in checked.stdout, checked.stderr
    exported = _run(installed, "export", str(EXAMPLE), "-o", "poster.pdf", "--paper", "A3")
    assert exported.returncode == 0, exported.stderr
    pdf = (work / "poster.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and b"NotoSans" in pdf  # the bundled font came along


def test_installed_window_starts_offscreen(installed):
    """The installed package (not the checkout) opens its window on the example and paints it."""
    driver = (
        "import sys\n"
        "import cjm_desktop, cjm_desktop.resources as r\n"
        "from cjm_desktop.app.window.first_paint import on_first_paint\n"
        "from PySide6.QtWidgets import QApplication\n"
        "def report():\n"
        "    from cjm_desktop.app.window.help_dialogs import guide_markdown\n"
        "    from PySide6.QtGui import QFontDatabase\n"
        "    windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]\n"
        "    print('package', cjm_desktop.__file__)\n"
        "    print('resources', r.resources_dir())\n"
        "    print('title', windows[0].windowTitle())\n"
        "    print('guide', guide_markdown('en').splitlines()[0])\n"
        "    print('font', 'Noto Sans' in QFontDatabase.families())\n"
        "    print('icon', not QApplication.windowIcon().isNull())\n"
        "    sys.stdout.flush()\n"
        "    QApplication.instance().exit(0)\n"
        "on_first_paint(report)\n"
        "from cjm_desktop.app.cli.main import main\n"
        "sys.exit(main([sys.argv[1]]))\n"
    )
    result = subprocess.run([str(installed["python"]), "-c", driver, str(EXAMPLE)], cwd=installed["work"],
                            capture_output=True, text=True, encoding="utf-8", timeout=300,
                            env={**installed["env"], "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr[-2000:]
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines() if " " in line)
    venv_dir = installed["venv"].resolve()
    assert Path(lines["package"]).resolve().is_relative_to(venv_dir), lines
    assert Path(lines["resources"]).resolve().is_relative_to(venv_dir), lines
    assert lines["title"].startswith("salon-vi.cjm"), lines
    assert lines["guide"] == "# User guide" and lines["font"] == "True" and lines["icon"] == "True", lines
