"""``cjm-desktop export MAP.cjm -o OUT.pdf|.png|.svg|.xlsx|.csv|.mmd|.pptx|.html``: export without a window.

Exit status 0 on success; 2 with one line on stderr for a bad argument, a map
that cannot be read, characters the font lacks, or a target that cannot be
written. A PDF or HTML export never imports Qt; PNG, SVG and the PowerPoint
deck's map picture run Qt offscreen, so no display is needed either way.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Optional

from .errors import EXIT_PROBLEM, CliError

if TYPE_CHECKING:  # the model is imported when a command runs: `--version` stays quick
    from ...model import JourneyMap

log = logging.getLogger(__name__)

PROG = "cjm-desktop export"
FORMATS = (".pdf", ".png", ".svg", ".pptx", ".html")
DECK_FORMATS = (".pptx", ".html")
#: Data for other tools (cjm_desktop.exchange): the whole map, hint cards and hidden connectors too.
DATA_FORMATS = (".xlsx", ".csv", ".mmd")
PDF_ONLY = ("paper", "orientation", "fit", "scale", "tile", "overlap", "appendix", "comments", "votes", "margin")
OPTION_NAMES = {
    "paper": "--paper", "orientation": "--orientation", "fit": "--fit", "scale": "--scale", "tile": "--tile",
    "overlap": "--overlap", "appendix": "--appendix", "comments": "--comments", "votes": "--votes", "margin": "--margin", "no_title_block": "--no-title-block",
    "dpi": "--dpi",
}


#: The export command's one-line problems (``%1`` ... filled by CliError).
NOT_A_NUMBER = '%1 needs a number, not "%2"'
UNKNOWN_TYPE = "%1: unknown output type: use a name ending in .pdf, .png, .svg, .xlsx, .csv, .mmd, .pptx or .html"
PDF_ONLY_OPTION = "%1 applies to PDF export only"
BAD_ORIENTATION = '--orientation must be landscape or portrait, not "%1"'
BAD_TILE = '--tile must be A4 or A3, not "%1"'
MISSING_GLYPHS = ("the font has no glyph for %1: replace these characters or export anyway "
                  "with --force-missing-glyphs (they would print as boxes)")


def _missing_glyphs(chars: list[str]) -> CliError:
    """The characters the font lacks (the first eight), and how to export anyway."""
    shown = ", ".join(f"{ch} (U+{ord(ch):04X})" for ch in chars[:8])
    more = f" and {len(chars) - 8} more" if len(chars) > 8 else ""
    return CliError(MISSING_GLYPHS, shown + more)


def register(subparsers) -> argparse.ArgumentParser:
    """Add the ``export`` command to a ``cli.main`` subparsers object."""
    p = subparsers.add_parser(
        "export",
        help="export a map as a PDF poster, PNG, SVG, Excel, CSV, Mermaid, PowerPoint deck or HTML viewer",
        description="Export a map as a vector PDF poster (optionally tiled over A4/A3 sheets), "
                    "a PNG at a chosen dpi, an SVG, an Excel workbook, the cards as CSV, a "
                    "Mermaid journey, a PowerPoint deck (.pptx) or a self-contained HTML viewer "
                    "(.html). Needs no display.",
    )
    p.add_argument("map", metavar="MAP.cjm", help="the map to export")
    p.add_argument("-o", "--output", required=True, metavar="OUT.pdf|.png|.svg|.xlsx|.csv|.mmd|.pptx|.html",
                   help="the file to write; its extension chooses the format")
    pdf = p.add_argument_group("PDF")
    pdf.add_argument("--paper", metavar="A0|A1|A2|A3|A4|letter|tabloid|WxHmm",
                     help="poster paper (default A0)")
    pdf.add_argument("--orientation", metavar="landscape|portrait",
                     help="default: the one in which the map prints larger")
    pdf.add_argument("--fit", action="store_true", help="fit the map to the page (the default)")
    pdf.add_argument("--scale", metavar="PERCENT",
                     help="draw at a fixed scale; with --tile the poster is as large as the map needs")
    pdf.add_argument("--margin", metavar="MM", help="page margin in mm (default 10)")
    pdf.add_argument("--tile", metavar="A4|A3", help="print the poster over office sheets")
    pdf.add_argument("--overlap", metavar="MM", help="overlap between sheets in mm (default 10)")
    pdf.add_argument("--appendix", action="store_true",
                     help="add the action plan, KPIs and the full text of cut cards")
    pdf.add_argument("--comments", action="store_true",
                     help="add the comments to the appendix, keyed to their cards, and their badges to the poster")
    pdf.add_argument("--votes", action="store_true",
                     help="add the ranking of the voted cards to the appendix, and the dots to the poster")
    p.add_argument("--no-title-block", action="store_true",
                   help="leave out the title block and legend (PDF, PNG and SVG)")
    img = p.add_argument_group("PNG")
    img.add_argument("--dpi", metavar="N", help="PNG resolution (default 150)")
    p.add_argument("--state", metavar="NAME",
                   help="the state to export, by its name (default: the current state)")
    p.add_argument("--include-hints", action="store_true",
                   help="also print the template's hint cards nobody has written (left out by default)")
    p.add_argument("--force-missing-glyphs", action="store_true",
                   help="export even if the font lacks some characters (they print as boxes)")
    p.set_defaults(func=run)
    return p


def _number(value: Optional[str], option: str, default: float) -> float:
    if value is None:
        return default
    try:
        return float(value.replace(",", "."))
    except ValueError:
        raise CliError(NOT_A_NUMBER, option, value) from None


NO_STATE = 'no state called "%1" in %2; its states are: %3'


def pick_state(m: "JourneyMap", name: Optional[str], source: Path) -> "JourneyMap":
    """The map showing the state called ``name`` (None: the current state), or a one-line CliError."""
    from ...model import states

    if name is None:
        return m
    try:
        return states.map_of_state(m, states.find_state(m, name))
    except KeyError:
        names = ", ".join(f'"{states.state_name(m, sid)}"' for sid in states.state_ids(m))
        raise CliError(NO_STATE, name, source.name, names) from None


def load_map(path: Path, include_hints: bool = False, state: Optional[str] = None) -> "JourneyMap":
    """Read a .cjm map as the window shows it (connectors and curves hidden in
    the file's view left out; template hints too unless ``include_hints``),
    showing the state called ``state`` (default: the current state);
    one-line :class:`CliError` when it cannot be read."""
    from ...export.shown import as_viewed
    from ...io import CjmError, read_cjm

    try:
        loaded = read_cjm(path)
    except CjmError as exc:
        raise CliError(exc.text) from None
    return as_viewed(pick_state(loaded.map, state, path), loaded.view, include_hints)


def run(args: argparse.Namespace) -> int:
    """Run ``export``; returns the exit status (messages go to stdout/stderr)."""
    try:
        message = _run(args)
    except CliError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return EXIT_PROBLEM
    except KeyboardInterrupt:
        print(f"{PROG}: cancelled, nothing written", file=sys.stderr)
        return 130
    print(message)
    return 0


def _given(args: argparse.Namespace, name: str) -> bool:
    value = getattr(args, name, None)
    return value not in (None, False)


def _same_file(a: Path, b: Path) -> bool:
    """Whether two paths name one file (the same path, or links to it)."""
    try:
        return a.resolve() == b.resolve() or (a.exists() and os.path.samefile(a, b))
    except OSError:
        return False


@contextmanager
def terminal_progress(name: str, stream=None):
    """A ``progress(done, total)`` that keeps one line on a terminal up to date
    ("exporting map.pdf… 45 %"), or None when stderr is not a terminal (pipes,
    logs and tests stay clean). The line is cleared when the export ends."""
    stream = stream or sys.stderr
    if not stream.isatty():
        yield None
        return
    shown = [-1]

    def progress(done: int, total: int) -> None:
        percent = 100 * done // max(1, total)
        if percent != shown[0]:
            shown[0] = percent
            stream.write(f"\rexporting {name}… {percent} %")
            stream.flush()

    try:
        yield progress
    finally:
        if shown[0] >= 0:
            stream.write("\r\x1b[K")
            stream.flush()


def _run(args: argparse.Namespace) -> str:
    from ...export.options import ExportError
    from ...export.pdf import MissingGlyphsError

    out = Path(args.output)
    if _same_file(out, Path(args.map)):
        raise CliError(f"{out.name}: that is the map itself: choose another output file")
    kind = out.suffix.lower()
    if kind not in FORMATS + DATA_FORMATS:
        raise CliError(UNKNOWN_TYPE, out.name)
    if kind != ".pdf":
        for name in PDF_ONLY:
            if _given(args, name):
                raise CliError(PDF_ONLY_OPTION, OPTION_NAMES[name])
    if kind != ".png" and _given(args, "dpi"):
        raise CliError("--dpi applies to PNG export only")
    if kind in DECK_FORMATS + DATA_FORMATS and _given(args, "no_title_block"):
        raise CliError("--no-title-block applies to PDF, PNG and SVG export only")
    if args.fit and args.scale is not None:
        raise CliError("choose either --fit or --scale, not both")
    if args.overlap is not None and not args.tile:
        raise CliError("--overlap needs --tile")

    source = Path(args.map)
    if kind in DATA_FORMATS:
        return _data(source, out, args.state)
    m = load_map(source, args.include_hints, args.state)
    try:
        if kind == ".pdf":
            return _pdf(args, m, source, out)
        if kind in DECK_FORMATS:
            return _deck(args, m, out, kind)
        return _image(args, m, out, kind)
    except MissingGlyphsError as exc:
        raise _missing_glyphs(exc.chars) from None
    except ExportError as exc:
        raise CliError(str(exc)) from None


def _pdf(args, m: "JourneyMap", source: Path, out: Path) -> str:
    from ...export import PdfOptions, export_pdf

    orientation = args.orientation.lower() if args.orientation else None
    if orientation not in (None, "landscape", "portrait"):
        raise CliError(BAD_ORIENTATION, args.orientation)
    tile = None
    if args.tile is not None:
        tile = args.tile.upper()
        if tile not in ("A4", "A3"):
            raise CliError(BAD_TILE, args.tile)
    options = PdfOptions(
        paper=args.paper or "A0",
        orientation=orientation,
        scale_percent=None if args.scale is None else _number(args.scale, "--scale", 100),
        margin_mm=_number(args.margin, "--margin", 10.0),
        title_block=not args.no_title_block,
        tile=tile,
        overlap_mm=_number(args.overlap, "--overlap", 10.0),
        appendix=args.appendix,
        comments=args.comments,
        votes=args.votes,
        force_missing_glyphs=args.force_missing_glyphs,
    )
    with terminal_progress(out.name) as progress:
        result = export_pdf(m, out, options, progress=progress, source_name=source.name)
    parts = ["poster"]
    if result.sheets:  # the plan the dialog shows: "12 sheets, A4 portrait, 4 × 3"
        cols, rows = result.grid
        parts = [f"assembly page, {result.sheets} sheets, {tile} {result.sheet_orientation}, {cols} × {rows}"]
    if result.appendix_pages:
        parts.append(f"{result.appendix_pages} appendix page{'s' if result.appendix_pages > 1 else ''}")
    what = f"{result.pages} page{'s' if result.pages > 1 else ''} ({', '.join(parts)})"
    w, h = result.poster_size_mm
    return (f"wrote {out}: {what}; poster {w:.0f} × {h:.0f} mm {result.orientation} "
            f"at {result.scale_percent:.0f} %")


def _data(source: Path, out: Path, state: Optional[str] = None) -> str:
    from ...exchange import export_map
    from ...export.options import ExportError
    from ...io import CjmError, read_cjm

    try:
        m = pick_state(read_cjm(source).map, state, source)
        export_map(m, out)
    except (CjmError, ExportError) as exc:
        raise CliError(getattr(exc, "text", str(exc))) from None
    return f"wrote {out}: {len(m.cards)} cards, {len(m.stages)} stages, {len(m.lanes)} lanes"


def _image(args, m: "JourneyMap", out: Path, kind: str) -> str:
    from ...export.pdf import check_glyphs

    missing = check_glyphs(m)
    if missing and not args.force_missing_glyphs:
        raise _missing_glyphs(missing)
    from ...render import qt_image as image  # sets QT_QPA_PLATFORM=offscreen if unset before Qt loads

    if kind == ".png":
        dpi = _number(args.dpi, "--dpi", 150)
        w, h = image.export_png(m, out, dpi, title_block=not args.no_title_block)
        return f"wrote {out}: {w} × {h} pixels at {dpi:g} dpi"
    w, h = image.export_svg(m, out, title_block=not args.no_title_block)
    return f"wrote {out}: {w:.0f} × {h:.0f} pt"


def _deck(args, m: "JourneyMap", out: Path, kind: str) -> str:
    """The PowerPoint deck (its map picture drawn by Qt, offscreen) or the HTML viewer (no Qt)."""
    from ...export.pdf import check_glyphs

    missing = check_glyphs(m)
    if missing and not args.force_missing_glyphs:
        raise _missing_glyphs(missing)
    if kind == ".html":
        from ...export.html_viewer import export_html

        result = export_html(m, out)
        return f"wrote {out}: {result.cards} cards, {result.size / 2**20:.1f} MB, opens in any browser offline"
    from ...export.deck import export_pptx
    from ...render.qt_image import map_picture

    deck = export_pptx(m, out, map_picture(m))
    return f"wrote {out}: {deck.slides} slides ({deck.stage_slides} for the stages, {deck.plan_slides} for the action plan)"


def main(argv: Optional[list[str]] = None) -> int:
    """Stand-alone entry (tests, ``python -m cjm_desktop.app.cli.export``)."""
    parser = argparse.ArgumentParser(prog="cjm-desktop")
    sub = parser.add_subparsers(dest="command", required=True)
    register(sub)
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
