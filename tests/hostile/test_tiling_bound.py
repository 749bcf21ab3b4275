"""Tiling is bounded: a poster that would need more than MAX_SHEETS sheets is refused at once.

The largest grid the format allows, printed at 100 % on A4, would take
hundreds of thousands of sheets; the command answers in one line with the
count, before any drawing, and writes nothing. A ``.part`` left by a killed
export goes the next time an export to that file succeeds.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from cjm_desktop.app.cli import main as cli
from cjm_desktop.export.files import STALE_EXPORT_SECONDS
from cjm_desktop.export.tiling import MAX_SHEETS
from cjm_desktop.io import ViewState, write_cjm
from cjm_desktop.model import LIMITS, JourneyMap, Lane, Stage
from tests.factories import small_map


def test_a_poster_needing_too_many_sheets_is_refused_in_one_line(tmp_path, capsys):
    m = JourneyMap(title="Lưới lớn nhất",
                   stages=[Stage(title=f"G{i}", width=LIMITS.stage_width_max) for i in range(LIMITS.max_stages)],
                   lanes=[Lane(title=f"L{i}", height=LIMITS.lane_height_max) for i in range(LIMITS.max_lanes)])
    source = tmp_path / "huge.cjm"
    write_cjm(source, m, ViewState())
    out = tmp_path / "huge.pdf"
    start = time.perf_counter()
    code = cli.main(["export", str(source), "-o", str(out), "--tile", "A4", "--scale", "100"])
    seconds = time.perf_counter() - start
    err = capsys.readouterr().err.strip()
    assert code == 2
    assert len(err.splitlines()) == 1, err
    assert f"at most {MAX_SHEETS}" in err and "sheets" in err, err
    count = int(err.split("would take ")[1].split(" sheets")[0].replace(",", ""))
    assert count > MAX_SHEETS
    assert seconds < 10
    assert not out.exists() and not list(tmp_path.glob(".huge.pdf.*"))


def test_a_part_file_left_by_a_killed_export_goes_with_the_next_export(tmp_path, capsys):
    source = tmp_path / "m.cjm"
    write_cjm(source, small_map(), ViewState())
    out = tmp_path / "m.pdf"
    left = tmp_path / ".m.pdf.abcd1234.part"  # what a killed export leaves
    left.write_bytes(b"%PDF-1.4 cut short")
    old = time.time() - STALE_EXPORT_SECONDS - 5
    os.utime(left, (old, old))
    assert cli.main(["export", str(source), "-o", str(out), "--paper", "A3"]) == 0
    assert out.exists() and not left.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


class _Terminal:
    """A stderr that says it is a terminal and keeps what is written."""

    def __init__(self):
        self.text = ""

    def isatty(self):
        return True

    def write(self, text):
        self.text += text

    def flush(self):
        pass


def test_a_long_export_shows_progress_on_a_terminal_and_nothing_in_a_pipe(tmp_path, capsys):
    from cjm_desktop.app.cli.export import terminal_progress

    terminal = _Terminal()
    with terminal_progress("m.pdf", terminal) as progress:
        for done in range(0, 101, 5):
            progress(done, 100)
    assert "exporting m.pdf… 50 %" in terminal.text and terminal.text.endswith("\r\x1b[K")
    source = tmp_path / "m.cjm"
    write_cjm(source, small_map(), ViewState())
    assert cli.main(["export", str(source), "-o", str(tmp_path / "m.pdf")]) == 0
    assert "exporting" not in capsys.readouterr().err  # not a terminal: no progress line
