"""The ``cjm-desktop`` command: the GUI and a command line, one program.

::

    cjm-desktop [FILE.cjm]                     open the editor (on FILE)
    cjm-desktop templates [--lang vi|en]       template ids and names
    cjm-desktop new --template ID [--lang vi|en] [--title TEXT] -o FILE.cjm [--force]
    cjm-desktop validate FILE.cjm              check a file, print a summary
    cjm-desktop schema                         print the .cjm JSON Schema
    cjm-desktop export MAP.cjm -o OUT.pdf|png|svg|xlsx|csv|mmd
    cjm-desktop import IN.xlsx|csv|mmd -o MAP.cjm [--lang vi|en] [--force]
    cjm-desktop diff OLD.cjm NEW.cjm [--json]  what changed (exit 0 same, 1 different)
    cjm-desktop merge BASE OURS THEIRS [-o OUT] three-way merge (exit 0 clean, 1 conflicts)
    cjm-desktop outline FILE.cjm               a map as text, one object per line
    cjm-desktop git-setup [--global]           let git merge and diff .cjm files

Exit codes: 0 done; 2 a problem (one line on stderr, never a traceback);
3 the GUI cannot open here and the message said what to do.
No subcommand imports PySide6: the command line works without a display.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path
from typing import Callable, NoReturn, Optional, Sequence

from ... import __version__
from ...collection import collection_paused
from . import export as cli_export
from . import importing as cli_import
from . import teams as cli_teams
from .errors import EXIT_PROBLEM, CliError

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_NO_GUI = 3

PROG = "cjm-desktop"

OUTPUT_IS_FOLDER = "%1 is a folder; give a file name, e.g. -o %2"
OUTPUT_EXISTS = "%1 already exists; add --force to overwrite it"


class _HelpFormatter(argparse.HelpFormatter):
    """Keeps subcommand names and their help on one line (argparse under-counts
    the indent of subcommands and wraps ``templates``)."""

    def __init__(self, prog: str) -> None:
        super().__init__(prog, max_help_position=28)

    def add_argument(self, action: argparse.Action) -> None:
        super().add_argument(action)
        self._action_max_length = max(self._action_max_length, 16)


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line (no usage block) with a pointer to --help."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("formatter_class", _HelpFormatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_PROBLEM, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def _map_summary(journey_map) -> str:
    def count(n: int, word: str) -> str:
        return f"{n} {word}" + ("" if n == 1 else "s")

    return ", ".join(
        (
            count(len(journey_map.stages), "stage"),
            count(len(journey_map.lanes), "lane"),
            count(len(journey_map.cards), "card"),
            count(len(journey_map.personas), "persona"),
        )
    ) + (f", {count(len(journey_map.states), 'future state')}" if journey_map.states else "")


# -- subcommands ------------------------------------------------------------------


def cmd_templates(args: argparse.Namespace) -> int:
    from ...templates import list_templates

    templates = list_templates(args.lang)
    width = max((len(t.id) for t in templates), default=0)
    for template in templates:
        print(f"{template.id:<{width}}  {template.name}")
    return EXIT_OK


def cmd_new(args: argparse.Namespace) -> int:
    from pydantic import ValidationError

    from ...io import ViewState, write_cjm
    from ...io.messages import describe_validation_error
    from ...templates import UnknownTemplateError, build_map

    output = Path(args.output)
    try:
        journey_map = build_map(args.template, lang=args.lang, title=args.title)
    except UnknownTemplateError as exc:
        raise CliError(str(exc)) from None
    except ValidationError as exc:
        raise CliError(describe_validation_error(exc, "")) from None
    if output.is_dir():
        raise CliError(OUTPUT_IS_FOLDER, output, output / "map.cjm")
    if output.exists() and not args.force:
        raise CliError(OUTPUT_EXISTS, output)
    write_cjm(output, journey_map, ViewState())
    print(f"wrote {output}: {_map_summary(journey_map)} (template {args.template}, {args.lang})")
    return EXIT_OK


def cmd_validate(args: argparse.Namespace) -> int:
    from ...io import FORMAT_VERSION, read_cjm

    loaded = read_cjm(args.file)
    name = Path(args.file).name
    print(f"{name}: valid .cjm map (format version {FORMAT_VERSION}): {_map_summary(loaded.map)}")
    return EXIT_OK


def cmd_schema(args: argparse.Namespace) -> int:
    from ...io.schema import schema_text

    sys.stdout.write(schema_text())
    return EXIT_OK


def cmd_gui(args: argparse.Namespace) -> int:
    from .gui import run_gui

    return run_gui(Path(args.file) if args.file else None)


# -- parsers ------------------------------------------------------------------------




def build_parser() -> tuple[argparse.ArgumentParser, argparse._SubParsersAction]:
    parser = _Parser(
        prog=PROG,
        usage=f"{PROG} [-h] [--version] [FILE.cjm]\n       {PROG} COMMAND [options] (see {PROG} COMMAND --help)",
        description=(
            "A desktop editor for customer journey maps. Without a command it opens the editor "
            "(on FILE.cjm if given); the commands below work without a display."
        ),
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    subparsers = parser.add_subparsers(
        dest="command", metavar="COMMAND", title="commands", prog=PROG, parser_class=_Parser
    )

    templates = subparsers.add_parser(
        "templates",
        help="list the templates: id and name, one per line",
        description="List the map templates, one per line: the id (for `new --template`) and the name.",
    )
    templates.add_argument("--lang", choices=("vi", "en"), default="vi", help="language of the names (default vi)")
    templates.set_defaults(func=cmd_templates)

    new = subparsers.add_parser(
        "new",
        help="write a new map from a template",
        description="Write a new .cjm map from a template. Refuses to overwrite a file unless --force is given.",
    )
    new.add_argument("--template", required=True, metavar="ID", help=f"template id (see `{PROG} templates`)")
    new.add_argument("--lang", choices=("vi", "en"), default="vi", help="language of the map (default vi)")
    new.add_argument("--title", metavar="TEXT", default=None, help="the map's title (default: the template's)")
    new.add_argument("-o", "--output", required=True, metavar="FILE.cjm", help="the file to write")
    new.add_argument("--force", action="store_true", help="overwrite FILE.cjm if it exists")
    new.set_defaults(func=cmd_new)

    validate = subparsers.add_parser(
        "validate",
        help="check a .cjm file and print a one-line summary",
        description=(
            "Check a .cjm file. Prints a one-line summary and exits 0 when it is valid; "
            "otherwise prints one line naming the problem and its place, and exits 2."
        ),
    )
    validate.add_argument("file", metavar="FILE.cjm")
    validate.set_defaults(func=cmd_validate)

    schema = subparsers.add_parser(
        "schema",
        help="print the JSON Schema of .cjm files",
        description="Print the JSON Schema of the .cjm file format (version the program writes).",
    )
    schema.set_defaults(func=cmd_schema)

    cli_export.register(subparsers)
    cli_import.register(subparsers)
    cli_teams.register(subparsers)
    return parser, subparsers


def _gui_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=PROG, description="Open the editor on FILE.cjm.")
    parser.add_argument("file", nargs="?", metavar="FILE.cjm")
    parser.set_defaults(func=cmd_gui, command=None)
    return parser


def _tolerant_streams() -> None:
    """A console that cannot show Vietnamese gets escapes, never a crash."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure: Optional[Callable] = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(errors="backslashreplace")
            except (ValueError, OSError):  # pragma: no cover - exotic streams
                pass


def _no_pydantic_plugins() -> None:
    """Keep pydantic from loading plugins: before the model's first class, pydantic
    would look through every installed package's entry points for its group and run
    the code they name. The editor uses none, and a shared Python's packages have
    no business running inside it; skipping the search also saves ~15 ms of every
    start (more where many packages are installed). Set before the model is imported;
    a value the user set stays."""
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Run ``cjm-desktop``; returns the exit code (see the module docstring)."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    _no_pydantic_plugins()
    if os.environ.get("CJM_DEBUG"):
        logging.basicConfig(level=logging.DEBUG)
    _tolerant_streams()
    parser, subparsers = build_parser()
    first = next((a for a in arguments if not a.startswith("-") or a == "-"), None)
    if first is None or first in subparsers.choices:
        args = parser.parse_args(arguments)
        if args.command is None:  # no command, no file: the editor on a new map
            args.func, args.file = cmd_gui, None
    else:
        if not first.lower().endswith(".cjm") and not os.path.exists(first):
            parser.error(
                f"unknown command or file {first!r}; commands: {', '.join(subparsers.choices)}"
            )
        args = _gui_parser().parse_args(arguments)
    command = f"{PROG} {args.command}" if args.command else PROG
    try:
        if args.func is cmd_gui:
            return args.func(args)
        with collection_paused():  # see cjm_desktop/collection.py
            return args.func(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `cjm-desktop schema | head`
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:  # every problem: one line, never a traceback
        from ...io import CjmError

        if isinstance(exc, (CjmError, CliError)):
            message = str(exc)
        else:
            log.debug("unexpected error", exc_info=True)
            detail = " ".join(str(exc).split())
            detail = detail if len(detail) <= 200 else detail[:199] + "…"
            message = f"unexpected error ({type(exc).__name__}: {detail}); please report this bug"
        print(f"{command}: error: {message}", file=sys.stderr)
        return EXIT_PROBLEM


if __name__ == "__main__":
    sys.exit(main())
