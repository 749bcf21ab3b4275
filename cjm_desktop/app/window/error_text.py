"""File errors in the interface language.

The .cjm reader and writer (:mod:`cjm_desktop.io`, no Qt) write their one-line
errors in English, the same for the CLI and the window. The window passes
them through :func:`translate_error`, which recognises the lines a consultant
meets (missing file, no permission, empty, wrong encoding, not JSON, not a
map, too big, made by a newer version, every "cannot save" reason) and says
them in the interface language. A line it does not know - the details of an
invalid map, such as ``map.cards[12].stage_id: no stage with id "..."``,
whose places are the file's own field names - is shown as written, in
English, under a translated title.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TR_NOOP

from ...i18n import fill, tr

_KEPT_EN = " (the previous version of the file is unchanged)"
_KEPT = QT_TR_NOOP(" (the previous version of the file is unchanged)")
_RESTORE_EN = " - restore an earlier copy (cjm-desktop keeps some: File > Restore Backup…)"
_RESTORE = QT_TR_NOOP(" - restore an earlier copy (cjm-desktop keeps some: File > Restore Backup…)")
_MORE = re.compile(r" \(and ([\d,]+) more problems?\)$")

#: (what io writes after "<file name>: ", the same in the interface language).
#: Groups of the pattern fill %1, %2 ... in order.
RULES: list[tuple[re.Pattern, str]] = [(re.compile(pattern), text) for pattern, text in (
    (r"no such file \(looked in (.+)\)", QT_TR_NOOP("no such file (looked in %1)")),
    (r"cannot read the file: permission denied", QT_TR_NOOP("cannot read the file: permission denied")),
    (r"cannot read the file: (.+)", QT_TR_NOOP("cannot read the file: %1")),
    (r"is a folder, not a \.cjm map", QT_TR_NOOP("is a folder, not a .cjm map")),
    (r"is not a regular file", QT_TR_NOOP("is not a regular file")),
    (r"the file is (\S+ \S+); a \.cjm map is at most (\S+ \S+) - is this the right file\?",
     QT_TR_NOOP("the file is %1; a .cjm map is at most %2 - is this the right file?")),
    (r"the file is empty \(0 bytes\); it holds no map - was a save interrupted\?",
     QT_TR_NOOP("the file is empty (0 bytes); it holds no map - was a save interrupted?")),
    (r"the file is empty; it holds no map", QT_TR_NOOP("the file is empty; it holds no map")),
    (r"the file is (UTF-16|UTF-32) text; a \.cjm map must be UTF-8 - save it again as UTF-8",
     QT_TR_NOOP("the file is %1 text; a .cjm map must be UTF-8 - save it again as UTF-8")),
    (r"the file holds binary data, not a \.cjm map \(UTF-8 JSON text\)",
     QT_TR_NOOP("the file holds binary data, not a .cjm map (UTF-8 JSON text)")),
    (r"the file holds only zero bytes \((\S+ \S+)\); it was never completely written",
     QT_TR_NOOP("the file holds only zero bytes (%1); it was never completely written")),
    (r"line (\d+), column (\d+): byte (0x[0-9a-f]{2}) is not UTF-8 text; save the file again as UTF-8",
     QT_TR_NOOP("line %1, column %2: byte %3 is not UTF-8 text; save the file again as UTF-8")),
    (r"line (\d+), column (\d+): the file is damaged \(zero bytes in the middle of the text, as a crash can leave\)",
     QT_TR_NOOP("line %1, column %2: the file is damaged (zero bytes in the middle of the text, as a crash can leave)")),
    (r"line (\d+), column (\d+): the file is damaged \(byte (0x[0-9a-f]{2}) is not valid UTF-8 here\)",
     QT_TR_NOOP("line %1, column %2: the file is damaged (byte %3 is not valid UTF-8 here)")),
    (r"line (\d+), column (\d+): the file ends too early, in the middle of a character - "
     r"was a save interrupted or the file cut short\?",
     QT_TR_NOOP("line %1, column %2: the file ends too early, in the middle of a character - "
                "was a save interrupted or the file cut short?")),
    (r"line (\d+), column (\d+): not valid JSON: (.+)", QT_TR_NOOP("line %1, column %2: not valid JSON: %3")),
    (r"not valid JSON: (.+)", QT_TR_NOOP("not valid JSON: %1")),
    (r"made by a newer cjm-desktop \(format version (\d+)\); this version reads up to (\d+) - update cjm-desktop",
     QT_TR_NOOP("made by a newer cjm-desktop (format version %1); this version reads up to %2 - update cjm-desktop")),
    (r'not a \.cjm map: no "format" field \(a \.cjm file says "format": "cjm"\)',
     QT_TR_NOOP('not a .cjm map: no "format" field (a .cjm file says "format": "cjm")')),
    (r'not a \.cjm map: the file holds (.+), expected an object \{"format": "cjm", "version": \.\.\., "map": \.\.\.\}',
     QT_TR_NOOP('not a .cjm map: the file holds %1, expected an object {"format": "cjm", "version": ..., "map": ...}')),
    (r'format: (.+) is not "cjm"; this is not a \.cjm map', QT_TR_NOOP('format: %1 is not "cjm"; this is not a .cjm map')),
    (r"version: missing; a \.cjm file says which format version it uses",
     QT_TR_NOOP("version: missing; a .cjm file says which format version it uses")),
    (r'map: missing; a \.cjm file holds its map under "map"', QT_TR_NOOP('map: missing; a .cjm file holds its map under "map"')),
    (r"cannot save: permission denied in (.+); choose another folder or Save As",
     QT_TR_NOOP("cannot save: permission denied in %1; choose another folder or Save As")),
    (r"cannot save: the disk is full; free some space, or Save As on another drive",
     QT_TR_NOOP("cannot save: the disk is full; free some space, or Save As on another drive")),
    (r"cannot save: (.+) is read-only; choose another folder or Save As",
     QT_TR_NOOP("cannot save: %1 is read-only; choose another folder or Save As")),
    (r"cannot save: the folder (.+) no longer exists; choose another folder or Save As",
     QT_TR_NOOP("cannot save: the folder %1 no longer exists; choose another folder or Save As")),
    (r"cannot save: (.+) is not a folder \(a file has that name\); choose another folder or Save As",
     QT_TR_NOOP("cannot save: %1 is not a folder (a file has that name); choose another folder or Save As")),
    (r"cannot save: the file name is too long; Save As with a shorter name",
     QT_TR_NOOP("cannot save: the file name is too long; Save As with a shorter name")),
    (r"cannot save: a folder has that name; Save As with another name",
     QT_TR_NOOP("cannot save: a folder has that name; Save As with another name")),
    (r"cannot save: the file is read-only; Save As under another name, or make the file writable \(the file is unchanged\)",
     QT_TR_NOOP("cannot save: the file is read-only; Save As under another name, or make the file writable "
                "(the file is unchanged)")),
    (r"cannot save: (.+); try Save As in another folder", QT_TR_NOOP("cannot save: %1; try Save As in another folder")),
    (r"version: expected a whole number, found (.+)", QT_TR_NOOP("version: expected a whole number, found %1")),
    (r"version: (-?\d+) is not a format version \(the first is 1\)",
     QT_TR_NOOP("version: %1 is not a format version (the first is 1)")),
    (r"(.+): unknown top-level field \(not part of the \.cjm format\)",
     QT_TR_NOOP("%1: unknown top-level field (not part of the .cjm format)")),
    (r"(.+): nested too deeply \(more than (\d+) levels\)", QT_TR_NOOP("%1: nested too deeply (more than %2 levels)")),
)]


#: What an invalid map's place (``map.cards[12].title``) is followed by:
#: the messages of io.messages.error_message and model.integrity_problems.
DETAIL_RULES: list[tuple[re.Pattern, str]] = [(re.compile(pattern), text) for pattern, text in (
    (r"missing \(this field is required\)", QT_TR_NOOP("missing (this field is required)")),
    (r"unknown field \(not part of the \.cjm format\)", QT_TR_NOOP("unknown field (not part of the .cjm format)")),
    (r"text too long: ([\d,]+) characters, at most ([\d,]+)", QT_TR_NOOP("text too long: %1 characters, at most %2")),
    (r"too many ([\w ]+): ([\w,]+), at most ([\d,]+)", QT_TR_NOOP("too many %1: %2, at most %3")),
    (r'(.+) is not a colour like "#3d5a80"', QT_TR_NOOP('%1 is not a colour like "#3d5a80"')),
    (r"expected text, found (.+)", QT_TR_NOOP("expected text, found %1")),
    (r"expected a whole number, found (.+)", QT_TR_NOOP("expected a whole number, found %1")),
    (r"expected a number, found (.+)", QT_TR_NOOP("expected a number, found %1")),
    (r"expected true or false, found (.+)", QT_TR_NOOP("expected true or false, found %1")),
    (r"expected a list \[\.\.\.\], found (.+)", QT_TR_NOOP("expected a list [...], found %1")),
    (r"expected an object \{\.\.\.\}, found (.+)", QT_TR_NOOP("expected an object {...}, found %1")),
    (r"(.+) is not allowed; expected (.+)", QT_TR_NOOP("%1 is not allowed; expected %2")),
    (r"(.+) is too small; at least (.+)", QT_TR_NOOP("%1 is too small; at least %2")),
    (r"(.+) is too large; at most (.+)", QT_TR_NOOP("%1 is too large; at most %2")),
    (r'(.+) is not a date like "2024-06-30"', QT_TR_NOOP('%1 is not a date like "2024-06-30"')),
    (r'no stage with id "(.*)"', QT_TR_NOOP('no stage with id "%1"')),
    (r'no lane with id "(.*)"', QT_TR_NOOP('no lane with id "%1"')),
    (r'no card with id "(.*)"', QT_TR_NOOP('no card with id "%1"')),
    (r'no persona with id "(.*)"', QT_TR_NOOP('no persona with id "%1"')),
    (r'id "(.*)" is used twice \(also at (.+)\)', QT_TR_NOOP('id "%1" is used twice (also at %2)')),
    (r"a connector cannot join a card to itself", QT_TR_NOOP("a connector cannot join a card to itself")),
    (r"a second score for the same persona and stage", QT_TR_NOOP("a second score for the same persona and stage")),
)]
_PLACE = re.compile(r"((?:map|view)(?:\.\w+|\[\d+\]|\[\"[^\"]*\"\])*): (.+)")


def _rule_text(template: str) -> str:
    return tr(template)


def _apply(rules: list[tuple[re.Pattern, str]], text: str) -> str | None:
    for pattern, template in rules:
        match = pattern.fullmatch(text)
        if match:
            return fill(_rule_text(template), *match.groups())
    return None


def translate_detail(text: str) -> str:
    """What is wrong with one value (an inspector field, a place in a file), translated when known."""
    return _apply(DETAIL_RULES, text) or text


def translate_error(line: str) -> str:
    """``line`` (a CjmError's one line) in the interface language when it is a known one.

    The file name before the first ``": "``, the places in the file
    (``map.cards[12].title``) and the values (folders, sizes, line numbers)
    are kept; a part it does not know stays as written.
    """
    name, sep, rest = line.partition(": ")
    if not sep:
        return line
    tail = ""
    for english, text in ((_KEPT_EN, _KEPT), (_RESTORE_EN, _RESTORE)):
        if rest.endswith(english):
            rest, tail = rest[: -len(english)], _rule_text(text) + tail
    more = _MORE.search(rest)
    if more:
        rest = rest[: more.start()]
        tail = fill(_rule_text(QT_TR_NOOP(" (and %1 more problems)")), int(more.group(1).replace(",", ""))) + tail
    known = _apply(RULES, rest)
    if known is None:
        place = _PLACE.fullmatch(rest)
        known = f"{place.group(1)}: {translate_detail(place.group(2))}" if place else rest
    return f"{name}: {known}{tail}"
