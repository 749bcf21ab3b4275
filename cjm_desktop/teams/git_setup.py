"""``cjm-desktop git-setup``: make git merge and diff ``*.cjm`` files with this program.

It adds ``*.cjm merge=cjm diff=cjm`` to the work tree's ``.gitattributes`` and
sets, in the repository's config (or the user's with ``--global``)::

    merge.cjm.name      cjm-desktop three-way merge of journey maps
    merge.cjm.driver    <this program> merge %O %A %B --path %P
    diff.cjm.textconv   <this program> outline

Running it again changes nothing. git is run with an argument list, never
through a shell; the driver command names this program by its absolute path,
quoted for the shell git runs drivers in. No Qt.
"""

from __future__ import annotations

import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

ATTRIBUTES_LINE = "*.cjm merge=cjm diff=cjm"
NOT_A_WORK_TREE = "not inside a git work tree: run it in your repository (or use --global for the config alone)"
NO_GIT = "git is not installed or not on PATH"
GIT_FAILED = "git config failed: %1"


class GitSetupError(Exception):
    pass


@dataclass
class Done:
    """What :func:`git_setup` did, for the command to say."""

    settings: list[tuple[str, str]] = field(default_factory=list)
    changed_settings: list[str] = field(default_factory=list)
    attributes: Optional[Path] = None
    attributes_added: bool = False
    scope: str = "repository"


def program_command() -> str:
    """How git's shell should start this program: the installed ``cjm-desktop``
    script next to this interpreter or on PATH, else this Python with ``-m``."""
    here = Path(sys.executable).parent / "cjm-desktop"
    found = str(here) if here.is_file() else shutil.which("cjm-desktop")
    if found:
        return shlex.quote(str(Path(found).resolve()))
    return f"{shlex.quote(sys.executable)} -m cjm_desktop.app"


def _git(*args: str, cwd: Optional[Path] = None) -> subprocess.CompletedProcess:
    git = shutil.which("git")
    if git is None:
        raise GitSetupError(NO_GIT)
    return subprocess.run([git, *args], cwd=cwd, capture_output=True, text=True, timeout=30)


def work_tree(start: Path) -> Optional[Path]:
    run = _git("rev-parse", "--show-toplevel", cwd=start)
    return Path(run.stdout.strip()) if run.returncode == 0 and run.stdout.strip() else None


def settings() -> list[tuple[str, str]]:
    program = program_command()
    return [
        ("merge.cjm.name", "cjm-desktop three-way merge of journey maps"),
        ("merge.cjm.driver", f"{program} merge %O %A %B --path %P"),
        ("diff.cjm.textconv", f"{program} outline"),
    ]


def git_setup(start: Path, global_config: bool = False) -> Done:
    """Register the drivers (idempotent); raises :class:`GitSetupError` with one line."""
    done = Done(scope="user (--global)" if global_config else "repository")
    root = work_tree(start)
    if root is None and not global_config:
        raise GitSetupError(NOT_A_WORK_TREE)
    scope = ["--global"] if global_config else []
    for key, value in settings():
        current = _git("config", *scope, "--get", key, cwd=root or start)
        if current.returncode != 0 or current.stdout.rstrip("\n") != value:
            run = _git("config", *scope, key, value, cwd=root or start)
            if run.returncode != 0:
                raise GitSetupError(GIT_FAILED.replace("%1", " ".join(run.stderr.split())[:200]))
            done.changed_settings.append(key)
        done.settings.append((key, value))
    if root is not None:
        done.attributes = root / ".gitattributes"
        done.attributes_added = _add_attributes(done.attributes)
    return done


def _add_attributes(path: Path) -> bool:
    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    if any(line.split() == ATTRIBUTES_LINE.split() for line in text.splitlines()):
        return False
    if text and not text.endswith("\n"):
        text += "\n"
    path.write_text(text + ATTRIBUTES_LINE + "\n", encoding="utf-8")
    return True
