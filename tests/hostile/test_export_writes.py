"""Every export checks its writes: a full disk or a read-only folder gives one line
naming the cause, the previous file stays whole and no temp file is left; an output
path that is the map itself is refused."""

from __future__ import annotations

import errno
import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from cjm_desktop.app.cli import main as cli
from cjm_desktop.io import ViewState, write_cjm
from tests.factories import small_map

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def source(tmp_path):
    path = tmp_path / "m.cjm"
    write_cjm(path, small_map(), ViewState())
    return path


def _args(source, out):
    return ["export", str(source), "-o", str(out)] + (["--dpi", "30"] if out.suffix == ".png" else [])


@pytest.mark.parametrize("ext", ["pdf", "png", "svg"])
def test_a_full_disk_at_sync_keeps_the_previous_export_whole(tmp_path, source, monkeypatch, capsys, ext):
    out = tmp_path / f"good.{ext}"
    assert cli.main(_args(source, out)) == 0
    good = out.read_bytes()
    capsys.readouterr()

    def no_space(*_a, **_k):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", no_space)
    code = cli.main(_args(source, out))
    monkeypatch.undo()
    err = capsys.readouterr().err.strip()
    assert code == 2
    assert len(err.splitlines()) == 1 and "No space left on device" in err and "report this bug" not in err, err
    assert out.read_bytes() == good
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(f".good.{ext}.")] == []


@pytest.mark.parametrize("ext", ["pdf", "png", "svg"])
def test_a_write_that_fails_midway_keeps_the_previous_export_whole(tmp_path, source, ext):
    """A real process whose file writes fail after 4 KB (RLIMIT_FSIZE, as a disk that fills up)."""
    out = tmp_path / f"good.{ext}"
    assert cli.main(_args(source, out)) == 0
    good = out.read_bytes()

    def limit():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))

    result = subprocess.run([sys.executable, "-m", "cjm_desktop.app", *_args(source, out)], cwd=ROOT,
                            capture_output=True, text=True, timeout=120, preexec_fn=limit,
                            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert result.returncode == 2, result.stderr
    err = result.stderr.strip()
    assert len(err.splitlines()) == 1 and "cannot write" in err and "report this bug" not in err, err
    assert out.read_bytes() == good
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(f".good.{ext}.")] == []


def test_exporting_over_the_map_itself_is_refused(tmp_path, capsys):
    path = tmp_path / "map.pdf"  # a map someone named .pdf
    write_cjm(path, small_map(), ViewState())
    before = path.read_bytes()
    assert cli.main(["export", str(path), "-o", str(path)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "the map itself" in err, err
    assert path.read_bytes() == before
