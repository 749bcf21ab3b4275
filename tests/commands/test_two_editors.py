"""Two editors saving the same file never lose an acknowledged save.

Two real processes save one map in turns, 60 saves each, as fast as they can.
Every save that returned without an error must still be in the final file: a
save that would overwrite the other editor's newer file is refused (the
editor is told) because the check and the write are one step under the file's
save lock.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from cjm_desktop.io import read_cjm, write_cjm
from tests.factories import small_map

ROOT = Path(__file__).resolve().parents[2]
SAVES = 60


def test_two_editors_saving_in_turns_lose_no_acknowledged_save(tmp_path):
    path = tmp_path / "shared.cjm"
    write_cjm(path, small_map())
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    procs = [subprocess.Popen([sys.executable, "-m", "tests.commands.two_editors_driver", str(path), name, str(SAVES)],
                              cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for name in ("A", "B")]
    acknowledged = []
    for proc in procs:
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        acknowledged += out.split()
    assert len(acknowledged) == 2 * SAVES
    titles = {c.title for c in read_cjm(path).map.cards}
    lost = [t for t in acknowledged if t not in titles]
    assert lost == [], f"{len(lost)} acknowledged saves lost"
