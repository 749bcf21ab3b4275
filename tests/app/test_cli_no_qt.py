"""The command line runs with PySide6 unimportable, and without a display."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.factories import BLOCK_QT

ROOT = Path(__file__).resolve().parents[2]
GOLDEN_FULL = ROOT / "tests" / "golden" / "v1" / "full.cjm"



def headless_env(**extra) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(extra)
    return env


def python(code: str, env=None, cwd=ROOT) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", code], cwd=cwd, env=env or headless_env(), capture_output=True,
        text=True, encoding="utf-8", timeout=120,
    )


def test_every_subcommand_runs_with_pyside6_blocked(tmp_path):
    runs = [
        ["--version"],
        ["--help"],
        ["templates"],
        ["templates", "--lang", "en"],
        ["templates", "--help"],
        ["new", "--template", "salon-6", "-o", str(tmp_path / "new.cjm")],
        ["new", "--help"],
        ["validate", str(tmp_path / "new.cjm")],
        ["validate", str(GOLDEN_FULL)],
        ["validate", str(tmp_path / "missing.cjm")],
        ["validate", "--help"],
        ["schema"],
        ["schema", "--help"],
    ]
    code = BLOCK_QT + textwrap.dedent(
        f"""
        import contextlib, io, json
        from cjm_desktop.app.cli.main import main

        results = []
        for argv in {runs!r}:
            out, err = io.StringIO(), io.StringIO()
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                try:
                    rc = main(argv)
                except SystemExit as exit_:
                    rc = exit_.code
            results.append([argv, rc, out.getvalue(), err.getvalue()])
        leaked = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
        print(json.dumps({{"results": results, "leaked": leaked}}))
        """
    )
    result = python(code)
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout)
    assert report["leaked"] == []
    codes = {" ".join(argv): rc for argv, rc, _, _ in report["results"]}
    assert codes.pop(f"validate {tmp_path / 'missing.cjm'}") == 2
    assert set(codes.values()) == {0}, codes
    for argv, rc, out, err in report["results"]:
        assert "Qt is blocked" not in out + err, argv


def test_console_script_version_and_help():
    script = Path(sys.executable).with_name("cjm-desktop")
    if not script.exists():
        pytest.skip("the console script is not installed (pip install -e .)")
    result = subprocess.run([str(script), "--version"], capture_output=True, text=True, timeout=60)
    assert (result.returncode, result.stdout) == (0, f"cjm-desktop {__import__('cjm_desktop').__version__}\n")
    result = subprocess.run([str(script), "validate", str(GOLDEN_FULL)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and "3 stages, 5 lanes, 7 cards, 2 personas" in result.stdout


def test_python_dash_m_runs_the_cli():
    result = subprocess.run([sys.executable, "-m", "cjm_desktop.app", "--version"], cwd=ROOT,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and result.stdout.startswith("cjm-desktop ")


def test_broken_file_gives_one_line_and_no_traceback_from_a_real_process(tmp_path):
    bad = tmp_path / "bad.cjm"
    bad.write_bytes(b'{"format": "cjm", "version": 1, "map": {"cards": [{"title": 1}]}}')
    result = python(f"from cjm_desktop.app.cli.main import main; raise SystemExit(main(['validate', {str(bad)!r}]))")
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == "cjm-desktop validate: error: bad.cjm: map.cards[0].stage_id: missing (this field is required) (and 2 more problems)\n"


def test_no_display_says_what_to_do_without_importing_qt(tmp_path):
    code = BLOCK_QT + textwrap.dedent(
        f"""
        from cjm_desktop.app.cli.main import main
        rc = main([{str(GOLDEN_FULL)!r}])
        assert not [m for m in sys.modules if m.startswith("PySide6")]
        raise SystemExit(rc)
        """
    )
    result = python(code)
    assert result.returncode == 3, result.stderr
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1
    message = lines[0]
    assert "no display" in message
    assert "xvfb-run cjm-desktop FILE.cjm" in message
    assert "desktop session" in message
    for command in ("validate", "new", "export"):
        assert f"cjm-desktop {command}" in message


def test_missing_xcb_library_names_the_debian_package():
    code = BLOCK_QT + textwrap.dedent(
        f"""
        from cjm_desktop.app.cli import gui
        gui.library_loads = lambda soname, short: "xcb-cursor" not in soname
        from cjm_desktop.app.cli.main import main
        raise SystemExit(main([{str(GOLDEN_FULL)!r}]))
        """
    )
    result = python(code, env=headless_env(DISPLAY=":99"))
    assert result.returncode == 3, result.stderr
    assert result.stderr.count("\n") == 1
    assert "sudo apt-get install libxcb-cursor0`" in result.stderr
    assert "Qt is blocked" not in result.stderr


def _plugin_spy(folder: Path) -> Path:
    """An installed package (on PYTHONPATH) that offers pydantic a plugin whose
    import leaves a file behind: the sign that pydantic ran its code."""
    marker = folder / "plugin-ran"
    (folder / "spy_plugin.py").write_text(
        f"from pathlib import Path\nPath({str(marker)!r}).write_text('ran')\n"
        "class Spy:\n    def new_schema_validator(self, *args, **kwargs):\n        return None, None, None\n"
        "plugin = Spy()\n", encoding="utf-8")
    info = folder / "spy_plugin-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: spy-plugin\nVersion: 1.0\n", encoding="utf-8")
    (info / "entry_points.txt").write_text("[pydantic]\nspy = spy_plugin:plugin\n", encoding="utf-8")
    return marker


@pytest.mark.parametrize("program", ["cli", "model alone"])
def test_the_program_runs_no_pydantic_plugin(tmp_path, program):
    marker = _plugin_spy(tmp_path)
    env = headless_env(PYTHONPATH=os.pathsep.join([str(tmp_path), str(ROOT)]))
    env.pop("PYDANTIC_DISABLE_PLUGINS", None)
    if program == "cli":
        code = f"from cjm_desktop.app.cli.main import main; raise SystemExit(main(['validate', {str(GOLDEN_FULL)!r}]))"
    else:  # the control: the same package is found, and run, by pydantic on its own
        code = "import cjm_desktop.model"
    run = python(code, env=env)
    assert run.returncode == 0, run.stderr
    assert marker.exists() == (program == "model alone")
