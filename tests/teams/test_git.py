"""Real git in a temporary repository: ``git-setup``, then merges and diffs of a map."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from cjm_desktop.app.cli.main import main
from cjm_desktop.io import read_cjm, write_cjm
from tests.factories import small_map
from tests.teams.edits import edited
from tests.teams.test_merge import retitle, titles_in

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")


@pytest.fixture
def repo(tmp_path, monkeypatch):
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))  # no user config of the machine
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    work = tmp_path / "team-maps"
    work.mkdir()
    monkeypatch.chdir(work)
    git("init", "-q", "-b", "main")
    git("config", "user.name", "Lan")
    git("config", "user.email", "lan@example.com")
    return work


def git(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    run = subprocess.run(["git", *args], capture_output=True, text=True, timeout=60)
    if check and run.returncode != 0:
        raise AssertionError(f"git {' '.join(args)} failed: {run.stdout}{run.stderr}")
    return run


def commit_map(m, message: str) -> None:
    write_cjm("map.cjm", m)
    git("add", "-A")
    git("commit", "-q", "-m", message)


def test_git_setup_is_idempotent_and_says_what_it_did(repo, capsys):
    assert main(["git-setup"]) == 0
    first = capsys.readouterr().out
    assert "set in the repository config: merge.cjm.driver = " in first
    assert (repo / ".gitattributes").read_text() == "*.cjm merge=cjm diff=cjm\n"
    driver = git("config", "merge.cjm.driver").stdout.strip()
    assert driver.endswith(" merge %O %A %B --path %P")
    assert git("config", "diff.cjm.textconv").stdout.strip().endswith(" outline")
    assert main(["git-setup"]) == 0
    again = capsys.readouterr().out
    assert "already set in the repository config: merge.cjm.driver" in again
    assert "already in" in again and (repo / ".gitattributes").read_text() == "*.cjm merge=cjm diff=cjm\n"


def test_git_setup_outside_a_work_tree_is_one_line(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    monkeypatch.chdir(tmp_path)
    assert main(["git-setup"]) == 2
    assert capsys.readouterr().err.startswith("cjm-desktop git-setup: error: not inside a git work tree")


def test_merges_and_diffs_through_git(repo, capsys):
    assert main(["git-setup"]) == 0
    base = small_map()
    commit_map(base, "the map")

    # two branches edit different cards: git merges them cleanly, both edits kept
    git("checkout", "-q", "-b", "minh")
    commit_map(edited(base, retitle("A1", "A1 của Minh")), "Minh's edit")
    git("checkout", "-q", "main")
    ours = edited(base, retitle("A0", "A0 của Lan"))
    commit_map(ours, "Lan's edit")
    merged = git("merge", "-q", "--no-edit", "minh", check=False)
    assert merged.returncode == 0, merged.stdout + merged.stderr
    assert titles_in(read_cjm(repo / "map.cjm").map, 0) == ["A0 của Lan", "A1 của Minh", "A2"]

    # git diff and git log -p show the map's changes, not JSON lines
    diff = git("diff", "HEAD~1", "HEAD", "--", "map.cjm").stdout
    assert "+card [Nhận biết · Hành động] A1 của Minh" in diff
    assert "-card [Nhận biết · Hành động] A1" in diff
    assert '"title"' not in diff
    log = git("log", "-p", "-1", "--format=%s", "minh").stdout
    assert "+card [Nhận biết · Hành động] A1 của Minh" in log

    # the same card edited on both branches: the merge stops, the file is a valid map with the conflict
    now = read_cjm(repo / "map.cjm").map
    git("checkout", "-q", "-b", "ha")
    commit_map(edited(now, retitle("A2", "A2 của Hà")), "Hà's edit")
    git("checkout", "-q", "main")
    commit_map(edited(now, retitle("A2", "A2 của Lan")), "Lan again")
    stopped = git("merge", "--no-edit", "ha", check=False)
    assert stopped.returncode != 0
    assert "CONFLICT" in stopped.stdout
    assert git("status", "--porcelain").stdout.startswith("UU map.cjm")
    result = read_cjm(repo / "map.cjm").map
    (conflict,) = result.conflicts
    assert (conflict.field, conflict.ours, conflict.theirs) == ("title", '"A2 của Lan"', '"A2 của Hà"')
    assert "<<<<<<<" not in (repo / "map.cjm").read_text(encoding="utf-8")
