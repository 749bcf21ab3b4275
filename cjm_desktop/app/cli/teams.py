"""The team commands: ``diff``, ``merge``, ``outline`` and ``git-setup``.

``diff`` exits 0 when the maps are the same, 1 when they differ, 2 on a bad
file; ``merge`` exits 0 when clean, 1 with conflicts (listed one per line),
2 on a bad input with nothing written. No Qt (see cjm_desktop/teams).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .errors import CliError

EXIT_SAME = 0
EXIT_DIFFERENT = 1


def register(subparsers) -> None:
    diff = subparsers.add_parser(
        "diff", help="what changed between two versions of a map",
        description="Print what changed from OLD.cjm to NEW.cjm, one line per change (objects matched by id). "
                    "Exit status 0 when the maps are the same, 1 when they differ, 2 on a bad file.")
    diff.add_argument("old", metavar="OLD.cjm")
    diff.add_argument("new", metavar="NEW.cjm")
    diff.add_argument("--json", action="store_true", help="the changes as JSON data")
    diff.set_defaults(func=cmd_diff)

    merge = subparsers.add_parser(
        "merge", help="three-way merge of two edited copies of a map",
        description="Merge OURS.cjm and THEIRS.cjm, two edited copies of BASE.cjm. Changes that do not overlap "
                    "combine; conflicts keep our value and are recorded in the map. Without -o the result "
                    "replaces OURS.cjm (git's merge driver: %%O %%A %%B). Exit status 0 when clean, 1 with "
                    "conflicts, 2 on a bad input (nothing written).")
    merge.add_argument("base", metavar="BASE.cjm")
    merge.add_argument("ours", metavar="OURS.cjm")
    merge.add_argument("theirs", metavar="THEIRS.cjm")
    merge.add_argument("-o", "--output", metavar="OUT.cjm", help="write the result here (default: OURS.cjm)")
    merge.add_argument("--path", metavar="NAME", help="the file's name in messages (git's %%P)")
    merge.set_defaults(func=cmd_merge)

    outline = subparsers.add_parser(
        "outline", help="print a map as text, one object per line (git's diff text conversion)",
        description="Print a map as stable text, one object per line, so a line diff shows what changed.")
    outline.add_argument("file", metavar="FILE.cjm")
    outline.set_defaults(func=cmd_outline)

    setup = subparsers.add_parser(
        "git-setup", help="let git merge and diff .cjm files with cjm-desktop",
        description="Run inside a git work tree: adds '*.cjm merge=cjm diff=cjm' to .gitattributes and sets "
                    "merge.cjm.driver and diff.cjm.textconv in the repository's config (the user's with "
                    "--global). Running it again changes nothing.")
    setup.add_argument("--global", dest="global_config", action="store_true",
                       help="set the drivers in your user config (~/.gitconfig) instead")
    setup.set_defaults(func=cmd_git_setup)


def cmd_diff(args: argparse.Namespace) -> int:
    from ...io import read_cjm
    from ...teams import change_lines, diff_maps

    old, new = read_cjm(args.old).map, read_cjm(args.new).map
    changes = diff_maps(old, new)
    if args.json:
        data = [dict(c.as_json(), text=[str(line) for line in change_lines(c)]) for c in changes]
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for change in changes:
            for line in change_lines(change):
                print(line)
    return EXIT_DIFFERENT if changes else EXIT_SAME


def cmd_merge(args: argparse.Namespace) -> int:
    from ...io import read_cjm, write_cjm
    from ...teams import conflict_line, merge_maps

    base = read_cjm(args.base).map
    ours_file = read_cjm(args.ours)
    theirs = read_cjm(args.theirs).map
    result = merge_maps(base, ours_file.map, theirs, handed_over=True)  # (read here, used no more)
    target = Path(args.output) if args.output else Path(args.ours)
    if target.is_dir():
        raise CliError("%1 is a folder; give a file name, e.g. -o %2", target, target / "merged.cjm")
    write_cjm(target, result.map, ours_file.view)
    for conflict in result.conflicts:
        print(conflict_line(conflict))
    name = args.path or (Path(args.output).name if args.output else Path(args.ours).name)
    if result.conflicts:
        n = len(result.conflicts)
        print(f"merged into {name} with {n} conflict{'s' if n != 1 else ''}: our values stand; "
              f"open the map in cjm-desktop to resolve them", file=sys.stderr)
        return 1
    print(f"merged into {name}: no conflicts", file=sys.stderr)
    return 0


def cmd_outline(args: argparse.Namespace) -> int:
    from ...io import read_cjm
    from ...teams.outline import outline

    for line in outline(read_cjm(args.file).map):
        print(line)
    return 0


def cmd_git_setup(args: argparse.Namespace) -> int:
    from ...teams.git_setup import GitSetupError, git_setup

    try:
        done = git_setup(Path.cwd(), args.global_config)
    except GitSetupError as exc:
        raise CliError(str(exc)) from None
    for key, value in done.settings:
        state = "set" if key in done.changed_settings else "already set"
        print(f"{state} in the {done.scope} config: {key} = {value}")
    if done.attributes is not None:
        state = "added to" if done.attributes_added else "already in"
        print(f"'*.cjm merge=cjm diff=cjm' {state} {done.attributes}")
        if done.attributes_added:
            print("commit .gitattributes so your team's clones merge maps the same way "
                  "(each clone runs cjm-desktop git-setup once)")
    return 0
