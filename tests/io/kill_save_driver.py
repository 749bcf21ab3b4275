"""Kill saves half-way, many times: the driver of ``test_kill_during_save.py``.

Run as ``python kill_save_driver.py FOLDER TRIALS SEED``. It builds two
versions of a large map (``generate_map(cards=3000)``, the second with every
card title changed), and for each trial puts version A in ``FOLDER/big.cjm`` and
forks a child that saves B, A, B, ... with ``write_cjm`` in a loop and
SIGKILLs it at a random moment. Odd trials aim at the writing phase of the
first save: the delay starts when the child has created its temp file (the
child tells through a pipe) and spans about one measured writing phase
(write, fsync, rename), where a kill could do harm; the span narrows after a
kill that came too late (past the rename) and widens after one in time. Even trials spread the
kill over the first two whole saves (JSON encoding included), counted from
the child's start. After each kill the driver looks at the file on disk and
at the folder.

It prints one JSON object: per trial the delay, which version is on disk
("A", "B" or "OTHER"), and how many temp files the kill left (one means the
child died between creating its temp file and renaming it); plus the
measured timings and the sha256 of both versions. A fork is used so that each
child starts saving at once (no interpreter start-up per trial); the child is
a separate process and SIGKILL ends it with no clean-up of any kind.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import signal
import sys
import tempfile
import time
from pathlib import Path

from cjm_desktop.io import CjmError, dumps_cjm, loads_cjm, write_cjm
from cjm_desktop.io.atomic import atomic_write_bytes, temp_files_of
from cjm_desktop.templates.generated import generate_map


#: Leftover temp files kept beside the file (the rest are removed after counting).
KEEP_LEFTOVERS = 10


def _versions():
    a = generate_map(cards=3000)
    b = a.model_copy(deep=True)
    for i, card in enumerate(b.cards):
        card.title = f"Phiên bản B · thẻ {i}"
    b.title = a.title + " (B)"
    return a, b


def _save_loop(path: Path, first, second, started: int, in_write: int) -> None:
    """The child: say it runs, then save forever, alternating; never returns.

    ``in_write`` gets one byte when the first save has created its temp file
    (a notification only: the save itself is the real ``write_cjm``).
    """
    real_mkstemp = tempfile.mkstemp

    def mkstemp(*args, **kwargs):
        made = real_mkstemp(*args, **kwargs)
        tempfile.mkstemp = real_mkstemp
        try:
            os.write(in_write, b"w")
        except OSError:  # nobody listens (an untargeted trial)
            pass
        return made

    tempfile.mkstemp = mkstemp
    maps = (first, second)
    os.write(started, b"!")
    i = 0
    while True:
        write_cjm(path, maps[i % 2])
        i += 1


def _timings(path: Path, journey_map) -> tuple[float, float, float]:
    """Seconds (median of 5) for a whole ``write_cjm``, its JSON encoding, and
    its writing phase (temp file created ... renamed over the file)."""
    marks: dict[str, float] = {}
    real_mkstemp, real_replace = tempfile.mkstemp, os.replace

    def mkstemp(*args, **kwargs):
        made = real_mkstemp(*args, **kwargs)
        marks["created"] = time.perf_counter()
        return made

    def replace(*args, **kwargs):
        real_replace(*args, **kwargs)
        marks["renamed"] = time.perf_counter()

    tempfile.mkstemp, os.replace = mkstemp, replace
    save, encode, writing = [], [], []
    try:
        for _ in range(5):
            t0 = time.perf_counter()
            write_cjm(path, journey_map)
            save.append(time.perf_counter() - t0)
            encode.append(marks["created"] - t0)
            writing.append(marks["renamed"] - marks["created"])
    finally:
        tempfile.mkstemp, os.replace = real_mkstemp, real_replace
    return sorted(save)[2], sorted(encode)[2], sorted(writing)[2]


def main(folder: str, trials: int, seed: int) -> None:
    rng = random.Random(seed)
    path = Path(folder) / "big.cjm"
    a, b = _versions()
    bytes_a, bytes_b = dumps_cjm(a), dumps_cjm(b)
    save_s, encode_s, write_s = _timings(path, a)  # leaves version A on disk
    results = []
    window = 1.2 * write_s
    for trial in range(trials):
        targeted = trial % 2 == 1
        if targeted:
            delay = rng.uniform(0.0, window)  # after the temp file of the first save exists
        else:
            delay = rng.uniform(0.0, 2.0 * save_s)  # anywhere in the first two saves
        if path.read_bytes() != bytes_a:
            atomic_write_bytes(path, bytes_a)  # every trial starts from the old version, A
        before = len(temp_files_of(path))
        started_r, started_w = os.pipe()
        writing_r, writing_w = os.pipe()
        pid = os.fork()
        if pid == 0:  # child
            try:
                os.close(started_r)
                os.close(writing_r)
                _save_loop(path, b, a, started_w, writing_w)
            finally:
                os._exit(1)
        os.close(started_w)
        os.close(writing_w)
        os.read(writing_r if targeted else started_r, 1)
        t0 = time.perf_counter()
        time.sleep(delay)
        os.kill(pid, signal.SIGKILL)
        slept = time.perf_counter() - t0
        _, status = os.waitpid(pid, 0)
        os.close(started_r)
        os.close(writing_r)
        killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
        data = path.read_bytes()
        on_disk = "A" if data == bytes_a else "B" if data == bytes_b else "OTHER"
        leftovers = temp_files_of(path)
        after = len(leftovers)
        for extra in sorted(leftovers)[KEEP_LEFTOVERS:]:  # later saves run beside these; spare the disk
            extra.unlink()
        result = {"targeted": targeted, "delay": round(delay, 4), "slept": round(slept, 4),
                  "killed": killed, "on_disk": on_disk, "new_temp_files": after - before}
        if on_disk == "OTHER":  # say what it is, for the failure message
            try:
                loads_cjm(data, path.name)
                result["other"] = f"{len(data)} bytes, a valid map but neither version"
            except CjmError as exc:
                result["other"] = f"{len(data)} bytes: {exc}"
        results.append(result)
        if targeted:  # aim better: past the rename means the window is too wide
            window *= 0.85 if on_disk == "B" else 1.1
    print(
        json.dumps(
            {
                "encode_s": encode_s,
                "write_s": write_s,
                "save_s": save_s,
                "size": len(bytes_a),
                "sha_a": hashlib.sha256(bytes_a).hexdigest(),
                "sha_b": hashlib.sha256(bytes_b).hexdigest(),
                "trials": results,
            }
        )
    )


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
