"""Keep the Vietnamese translation in step with the source.

    python -m tools.translations update   # lupdate the .ts, lrelease both .qm, report
    python -m tools.translations status   # report only (exit 1 when something is missing)

``make translations`` runs ``update``. The tests in tests/i18n use the same
functions, so what they check is what this tool builds.

Files (resources/translations/):

- ``cjm_desktop_vi.ts``: every text of the interface, extracted by
  ``pyside6-lupdate`` from :func:`lupdate_sources`, translated by hand.
- ``qtbase_vi.ts``: the words of Qt's own widgets the app shows (standard
  buttons, text-field menus, file and colour dialogs), written by hand with
  Qt's source texts; lupdate does not touch it.
- ``*.qm``: compiled by ``pyside6-lrelease``; committed, so a checkout, a
  wheel or a PyInstaller bundle runs without the Qt tools.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "cjm_desktop"
TRANSLATIONS = ROOT / "resources" / "translations"
APP_TS = TRANSLATIONS / "cjm_desktop_vi.ts"
QT_TS = TRANSLATIONS / "qtbase_vi.ts"
#: The Qt layers: the only code that can translate (model, io, layout, export import no Qt).
SOURCE_DIRS = ("app", "canvas", "commands", "editing")
#: Templates of the no-Qt layers, marked with cjm_desktop.message.QT_TR_NOOP: the
#: file errors of io (the window translates them) and the model's integrity problems.
TEMPLATE_FILES = ("io/texts.py", "model/journey_map.py", "model/fields.py", "model/integrity.py", "teams/describe.py", "teams/resolve.py",
                  "exchange/texts.py")

_PLACEHOLDER = re.compile(r"%\d")
_MNEMONIC = re.compile(r"&(?!&)(.)")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    translation: str
    kind: str  # "" (finished), "unfinished", "vanished", "obsolete"
    locations: tuple[str, ...] = ()

    @property
    def where(self) -> str:
        return ", ".join(self.locations) or "(no location)"


def lupdate_sources() -> list[Path]:
    files = [PACKAGE / "i18n.py"] + [PACKAGE / name for name in TEMPLATE_FILES]
    for folder in SOURCE_DIRS:
        files += sorted((PACKAGE / folder).rglob("*.py"))
    return files


def qt_tool(name: str) -> str:
    """``pyside6-lupdate`` / ``pyside6-lrelease`` of the running Python's environment."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if not found:
        raise FileNotFoundError(f"{name} not found; it comes with PySide6 (pip install PySide6-Essentials)")
    return found


def qt_tools_available() -> bool:
    try:
        qt_tool("pyside6-lupdate"), qt_tool("pyside6-lrelease")
    except FileNotFoundError:
        return False
    return True


def lupdate(ts: Path, sources: Optional[Iterable[Path]] = None) -> None:
    """Merge the texts of ``sources`` into ``ts``: new ones unfinished, removed ones dropped."""
    files = [str(p) for p in (sources or lupdate_sources())]
    subprocess.run([qt_tool("pyside6-lupdate"), "-silent", "-no-obsolete", *files, "-ts", str(ts)],
                   check=True, capture_output=True, text=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([qt_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                   check=True, capture_output=True, text=True)


def read_ts(path: Path) -> list[Message]:
    out = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            locations = tuple(f"{loc.get('filename', '')}:{loc.get('line', '')}"
                              for loc in message.iter("location"))
            out.append(Message(
                context=name,
                source=message.findtext("source") or "",
                comment=message.findtext("comment") or "",
                translation=(translation.text or "") if translation is not None else "",
                kind=translation.get("type", "") if translation is not None else "unfinished",
                locations=locations,
            ))
    return out


def read_qm(path: Path) -> set[tuple[str, str, str, str]]:
    """(context, source, comment, translation) of every message in a compiled .qm.

    Compares two .qm files by content, whatever lrelease version wrote them.
    """
    data = path.read_bytes()
    pos, found = 16, set()  # 16 bytes of magic number
    while pos + 5 <= len(data):
        tag, length = data[pos], struct.unpack(">I", data[pos + 1:pos + 5])[0]
        block, pos = data[pos + 5:pos + 5 + length], pos + 5 + length
        if tag != 0x69:  # the messages block
            continue
        p, current = 0, {}
        while p < len(block):
            t = block[p]
            p += 1
            if t == 1:  # end of a message
                found.add((current.get(7, ""), current.get(6, ""), current.get(8, ""), "\x00".join(current.get(3, []))))
                current = {}
                continue
            if t in (5, 9):  # obsolete tags without data
                continue
            n = struct.unpack(">I", block[p:p + 4])[0]
            p += 4
            if t == 3:  # a translation, UTF-16
                text = "" if n == 0xFFFFFFFF else block[p:p + n].decode("utf-16-be")
                current.setdefault(3, []).append(text)
                p += 0 if n == 0xFFFFFFFF else n
            else:
                current[t] = block[p:p + n].decode("utf-8")
                p += n
    return found


def problems(messages: Iterable[Message]) -> list[str]:
    """What is wrong in a translation: missing, stale, or a broken placeholder or accelerator."""
    out = []
    for m in messages:
        label = f"{m.source!r} ({m.where})"
        if m.kind == "unfinished":
            out.append(f"not translated: {label}")
            continue
        if m.kind in ("vanished", "obsolete"):
            out.append(f"no longer in the source (run make translations): {label}")
            continue
        if not m.translation.strip():
            out.append(f"empty translation: {label}")
            continue
        if sorted(_PLACEHOLDER.findall(m.source)) != sorted(_PLACEHOLDER.findall(m.translation)):
            out.append(f"placeholders differ: {label} -> {m.translation!r}")
        source_keys = _MNEMONIC.findall(m.source)
        keys = _MNEMONIC.findall(m.translation)
        if len(source_keys) != len(keys):
            out.append(f"accelerator (&) missing or doubled: {label} -> {m.translation!r}")
        elif keys and not (keys[0].isascii() and keys[0].isalnum()):
            out.append(f"accelerator on a letter no keyboard has: {label} -> {m.translation!r}")
    return out


def status(ts: Path = APP_TS) -> int:
    messages = read_ts(ts)
    found = problems(messages)
    done = sum(1 for m in messages if m.kind == "")
    print(f"{ts.name}: {done} of {len(messages)} texts translated")
    for line in found:
        print("  " + line)
    return 1 if found else 0


def update() -> int:
    lupdate(APP_TS)
    for ts in (APP_TS, QT_TS):
        lrelease(ts, ts.with_suffix(".qm"))
    return max(status(APP_TS), status(QT_TS))


def main(argv: Optional[list[str]] = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    command = args[0] if args else "status"
    if command == "update":
        return update()
    if command == "status":
        return max(status(APP_TS), status(QT_TS))
    print(__doc__.strip().splitlines()[0], file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
