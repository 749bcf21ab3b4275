"""Mutation fuzzing through ``cjm-desktop validate``: thousands of corrupted files.

Every corrupted file gives exactly one line on stderr and exit code 2 (a file
whose damage left a valid map - a flipped byte inside a title - gives the
one-line summary and exit 0). Never a traceback, a hang, or unbounded memory;
never the "please report this bug" line that means a case slipped through.

The bulk runs in-process through ``cli.main`` (fast); a sample - the largest
file of every class and one more - runs as real ``cjm-desktop validate``
processes with an address-space and CPU limit. ``CJM_FUZZ_PER_CLASS`` sets
how many files of each class (default 200); ``-s`` prints what each class got.
"""

from __future__ import annotations

import collections
import contextlib
import io
import os
import re
import signal
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from cjm_desktop.app.cli import main as cli
from tests.io.mutations import CLASSES, Mutant, base_files, mutants

PER_CLASS = int(os.environ.get("CJM_FUZZ_PER_CLASS", "200"))
SEED = 20240501
HANG_SECONDS = 30  # per file; a real validate of a 64 MB map takes a few seconds
MEMORY_LIMIT = 1024**3  # address space of a validate process
ROOT = Path(__file__).resolve().parents[2]


def _write(path: Path, mutant: Mutant) -> Path:
    if mutant.sparse_size:
        with open(path, "wb") as f:
            f.truncate(mutant.sparse_size)
    else:
        path.write_bytes(mutant.data)
    return path


class _Hang(Exception):
    pass


@contextlib.contextmanager
def _hang_guard(seconds: int):
    if not hasattr(signal, "SIGALRM"):
        yield
        return

    def alarm(signum, frame):
        raise _Hang()

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def _validate_in_process(path: Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err), _hang_guard(HANG_SECONDS):
        code = cli.main(["validate", str(path)])
    return code, out.getvalue(), err.getvalue()


def _problem(mutant: Mutant, code: int, out: str, err: str, name: str) -> str | None:
    """Why this outcome is wrong, or None."""
    if code == 2:
        if out or err.count("\n") != 1 or not err.endswith("\n"):
            return "not exactly one line on stderr"
        if not err.startswith(f"cjm-desktop validate: error: {name}: "):
            return "the line does not name the file"
        if "Traceback" in err or "report this bug" in err or "unexpected error" in err:
            return "an unexpected failure"
        if len(err) > 400:
            return f"a {len(err)}-character line"
        return None
    if code == 0 and not mutant.must_fail:
        if out.count("\n") != 1 or f"{name}: valid .cjm map" not in out:
            return "no one-line summary"
        return None
    return f"exit code {code}"


def _shape(err: str, name: str) -> str:
    """The message with the file name, places, numbers and quoted values taken out."""
    message = err.strip().split(f": error: {name}: ", 1)[-1]
    message = re.sub(r'"[^"]*"', '"…"', message)
    message = re.sub(r"\b(map|view)((\.\w+|\[[\d…]+\]|\[\"…\"\])+|(?=: ))", "PLACE", message)
    message = re.sub(r"0x[0-9a-f]{2}", "0xNN", message)
    message = re.sub(r"(?<![-\w])-?\d(?:[\d,.]*\d)?( (bytes|KB|MB|GB))?", "N", message)
    return message[:150]


def test_thousands_of_corrupted_files_each_get_one_line_and_exit_2(tmp_path, caplog):
    results: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    problems = []
    total = 0
    for i, mutant in enumerate(mutants(PER_CLASS, SEED)):
        path = _write(tmp_path / "bản đồ.cjm", mutant)
        try:
            code, out, err = _validate_in_process(path)
        except _Hang:
            problems.append((mutant.kind, mutant.how, f"still running after {HANG_SECONDS} s"))
            continue
        total += 1
        why = _problem(mutant, code, out, err, path.name)
        if why:
            problems.append((mutant.kind, mutant.how, why, (err or out)[:300]))
        results[mutant.kind][(code, _shape(err, path.name) if code else "valid map")] += 1

    print(f"\n{total} corrupted files through cjm-desktop validate:")
    for kind, outcomes in results.items():
        print(f"  {kind}: {sum(outcomes.values())} files")
        for (code, shape), n in outcomes.most_common():
            print(f"    {n:5d} x exit {code}: {shape}")
    assert problems == [], problems[:10]
    assert total >= PER_CLASS * len(CLASSES)
    assert set(results) == set(CLASSES)
    # the classes that must all be refused were all refused
    for kind in results:
        if kind not in ("bytes flipped", "field removed", "damaged view"):
            assert all(code == 2 for code, _ in results[kind]), kind
    # a damaged view costs nothing: the map opens with the default view
    assert all(code == 0 for code, _ in results["damaged view"])


def _limited() -> None:  # runs in the child before exec
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    resource.setrlimit(resource.RLIMIT_CPU, (HANG_SECONDS, HANG_SECONDS))


def _sample(per_kind: int = 1) -> list[Mutant]:
    """The largest file of every class, the sparse giant past the size cap, one more of each."""
    by_kind: dict[str, list[Mutant]] = collections.defaultdict(list)
    for mutant in mutants(20, SEED + 1, base_files()):
        by_kind[mutant.kind].append(mutant)
    chosen: list[Mutant] = []
    for kind, group in by_kind.items():
        picks = [max(group, key=lambda m: len(m.data)), max(group, key=lambda m: m.sparse_size)]
        picks += [m for m in group if m not in picks][:per_kind]
        chosen += [m for i, m in enumerate(picks) if m not in picks[:i]]
    return chosen


@pytest.mark.skipif(sys.platform == "win32", reason="resource limits are POSIX")
def test_a_sample_through_real_processes_with_bounded_memory(tmp_path):
    sample = _sample()
    paths = [_write(tmp_path / f"{i:02d} bản đồ.cjm", m) for i, m in enumerate(sample)]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("CJM_DEBUG", None)

    def run(path: Path) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "cjm_desktop.app", "validate", str(path)],
            capture_output=True, text=True, encoding="utf-8", timeout=HANG_SECONDS * 2,
            preexec_fn=_limited, env=env, cwd=tmp_path,
        )

    with ThreadPoolExecutor(max_workers=4) as pool:
        runs = list(pool.map(run, paths))
    problems = []
    for mutant, path, done in zip(sample, paths, runs):
        why = _problem(mutant, done.returncode, done.stdout, done.stderr, path.name)
        if mutant.kind == "damaged view" and done.returncode == 0:
            why = None if done.stderr.count("\n") <= 1 and "using the default view" in done.stderr else "view"
        if why:
            problems.append((mutant.kind, mutant.how, why, done.returncode, done.stderr[-500:]))
    assert problems == [], problems
    assert len(runs) >= 2 * len(CLASSES)


@pytest.mark.skipif(sys.platform == "win32", reason="resource limits are POSIX")
def test_the_memory_limit_of_the_sample_is_real():
    greedy = subprocess.run(
        [sys.executable, "-c", f"bytearray({2 * MEMORY_LIMIT})"],
        capture_output=True, text=True, timeout=60, preexec_fn=_limited,
    )
    assert greedy.returncode != 0 and "MemoryError" in greedy.stderr
