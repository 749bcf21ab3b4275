"""``cjm-desktop import IN.xlsx|IN.csv|IN.mmd -o MAP.cjm [--lang vi|en] [--force]``: a map from another tool's file.

The input's extension chooses the reader (:mod:`cjm_desktop.exchange`); the
map is written atomically as a new .cjm file. Exit status 0 on success; 2 with
one line on stderr for a file that cannot be imported or written. No Qt.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from .errors import CliError

PROG = "cjm-desktop import"
NOT_CJM = "%1: the output must be a .cjm map (e.g. -o %2)"
SAME_FILE = "%1: that is the file being imported: choose another output file"


def register(subparsers) -> argparse.ArgumentParser:
    """Add the ``import`` command to a ``cli.main`` subparsers object."""
    p = subparsers.add_parser(
        "import",
        help="make a map from an Excel workbook, a CSV table or a Mermaid journey",
        description="Make a .cjm map from an Excel workbook (.xlsx: a Cards sheet, or a grid with stages in the "
                    "first row and lanes in the first column), a CSV file (the same) or a Mermaid journey "
                    "(.mmd). Refuses to overwrite a file unless --force is given.",
    )
    p.add_argument("input", metavar="IN.xlsx|IN.csv|IN.mmd", help="the file to import")
    p.add_argument("-o", "--output", required=True, metavar="MAP.cjm", help="the map to write")
    p.add_argument("--lang", choices=("vi", "en"), default=None,
                   help="the map's language (default: the workbook's, or guessed from its text)")
    p.add_argument("--force", action="store_true", help="overwrite MAP.cjm if it exists")
    p.set_defaults(func=run)
    return p


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def run(args: argparse.Namespace) -> int:
    """Run ``import``; a problem raises (CliError or CjmError), which ``cli.main`` prints as one line."""
    from ...exchange import import_map
    from ...io import ViewState, write_cjm
    from .main import OUTPUT_EXISTS, OUTPUT_IS_FOLDER, _map_summary

    source, output = Path(args.input), Path(args.output)
    if output.is_dir():
        raise CliError(OUTPUT_IS_FOLDER, output, output / "map.cjm")
    if output.suffix.lower() != ".cjm":
        raise CliError(NOT_CJM, output.name, output.with_suffix(".cjm").name)
    if _same_file(source, output):
        raise CliError(SAME_FILE, output.name)
    if output.exists() and not args.force:
        raise CliError(OUTPUT_EXISTS, output)
    journey_map = import_map(source, args.lang)
    write_cjm(output, journey_map, ViewState())
    print(f"wrote {output}: {_map_summary(journey_map)} (from {source.name})")
    return 0
