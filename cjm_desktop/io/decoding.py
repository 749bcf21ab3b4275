"""From a file's bytes to JSON values: size, encoding, JSON syntax, nesting depth.

Each check that fails raises a :class:`~cjm_desktop.io.errors.CjmLoadError`
naming the file and, where it can, the line and column - and saying whether
the file is of another kind (UTF-16, binary), damaged, or cut short.
"""

from __future__ import annotations

from typing import Any

import pydantic_core

from ..message import Message, followed, placed
from ..model import LIMITS
from . import texts
from .errors import CjmLoadError
from .messages import place

UTF8_BOM = b"\xef\xbb\xbf"


def human_size(size: int) -> str:
    """``2147483648`` -> ``"2.0 GB"``, ``67108864`` -> ``"64 MB"``."""
    for unit, factor in (("GB", 1024**3), ("MB", 1024**2), ("KB", 1024)):
        if size >= factor:
            value = size / factor
            return f"{value:.0f} {unit}" if value == int(value) else f"{value:.1f} {unit}"
    return f"{size} bytes"


def failure(name: str, template: str, *args: Any) -> CjmLoadError:
    """``name: <template filled with args>`` as a load error."""
    return CjmLoadError(placed(name, Message(template, *args)))


def too_large(name: str, size: int) -> CjmLoadError:
    return failure(name, texts.TOO_LARGE, human_size(size), human_size(LIMITS.max_file_bytes))


def _damaged(name: str, template: str, *args: Any) -> CjmLoadError:
    """A damaged file: the message, then how to get an earlier copy back."""
    return CjmLoadError(placed(name, followed(Message(template, *args), Message(texts.RESTORE))))


def _looks_utf16(data: bytes) -> bool:
    """A UTF-16 BOM, or (no BOM) NUL bytes at every other position of ASCII text."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    head = data[:200]
    if len(head) < 4:
        return False
    even, odd = head[0::2], head[1::2]
    return (even.count(0) == 0 and odd.count(0) >= 0.9 * len(odd)) or (
        odd.count(0) == 0 and even.count(0) >= 0.9 * len(even)
    )


def _looks_utf32(data: bytes) -> bool:
    """A UTF-32 BOM, or three NUL bytes out of every four of ASCII text."""
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return True
    head = data[: len(data[:400]) // 4 * 4]
    if len(head) < 8:
        return False
    quads = [head[i:i + 4] for i in range(0, len(head), 4)]
    little = sum(q[0] != 0 and q[1:] == b"\0\0\0" for q in quads)
    big = sum(q[:3] == b"\0\0\0" and q[3] != 0 for q in quads)
    return max(little, big) >= 0.9 * len(quads)


def looks_binary(data: bytes) -> bool:
    sample = data[:4096].decode("utf-8", errors="replace")
    odd = sum(ch == "\ufffd" or (ch < " " and ch not in "\t\n\r") for ch in sample)
    return odd > 0.25 * len(sample)


def _line_column(data: bytes, offset: int) -> tuple[str, str]:
    """1-based line and character column of a byte offset."""
    line = data.count(b"\n", 0, offset) + 1
    line_start = data.rfind(b"\n", 0, offset) + 1
    return str(line), str(len(data[line_start:offset].decode("utf-8", errors="replace")) + 1)


def _check_zero_bytes(data: bytes, name: str) -> None:
    """NUL bytes: a file a crash left unwritten (zeros), damaged text, or binary data."""
    if b"\x00" not in data:
        return
    text = data.replace(b"\x00", b"")
    if not text.strip():
        raise _damaged(name, texts.ZERO_BYTES, human_size(len(data)))
    if text.lstrip()[:1] in (b"{", b"[") and not looks_binary(text):
        raise _damaged(name, texts.ZEROS_INSIDE, *_line_column(data, data.index(b"\x00")))
    raise failure(name, texts.BINARY)


def _not_utf8(data: bytes, name: str, exc: UnicodeDecodeError) -> CjmLoadError:
    """Tell an 8-bit file (Latin-1, Windows-1258 ...) from a damaged or cut UTF-8 one."""
    line, column = _line_column(data, exc.start)
    if exc.end == len(data) and "end of data" in str(exc.reason):
        return failure(name, texts.CUT_SHORT, line, column)
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(ch >= "\x80" for ch in text) - bad  # characters written as valid UTF-8
    byte = f"0x{data[exc.start]:02x}"
    if good >= max(4, 4 * bad):
        return _damaged(name, texts.DAMAGED_BYTE, line, column, byte)
    return failure(name, texts.BAD_BYTE, line, column, byte)


def decode(data: bytes, name: str) -> str:
    """The text of a .cjm file (a UTF-8 BOM dropped); a load error for anything else."""
    if not data:
        raise failure(name, texts.EMPTY_FILE)
    if data.startswith(UTF8_BOM):  # Notepad and other Windows editors add one
        data = data[len(UTF8_BOM):]
        if not data.strip():
            raise failure(name, texts.EMPTY)
    if _looks_utf32(data):
        raise failure(name, texts.NOT_UTF8_FILE, "UTF-32")
    if _looks_utf16(data):
        raise failure(name, texts.NOT_UTF8_FILE, "UTF-16")
    _check_zero_bytes(data, name)
    if looks_binary(data):
        raise failure(name, texts.BINARY)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _not_utf8(data, name, exc) from None


def _char_column(text: str, line: str, column: str) -> str:
    """The parser counts UTF-8 bytes; an editor counts characters."""
    try:
        row, col = int(line), int(column)
    except ValueError:
        return column
    lines = text.split("\n", row)
    if col <= 1 or row > len(lines):
        return column
    head = lines[row - 1].encode("utf-8")[: col - 1]
    return str(len(head.decode("utf-8", errors="ignore")) + 1)


def parse_json(text: str, name: str) -> Any:
    try:
        return pydantic_core.from_json(text, allow_inf_nan=False)
    except ValueError as exc:
        if not text.lstrip()[:1] in ("{", "["):  # notes or a page renamed .cjm, not a damaged map
            raise failure(name, texts.NOT_JSON_TEXT) from None
        message = str(exc)
        head, sep, tail = message.rpartition(" at line ")
        if sep:
            message = head
        if "recursion limit" in message:
            message = f"nested too deeply (more than {LIMITS.max_json_depth} levels)"
        elif message.startswith("EOF while parsing"):
            message = "the file ends too early (" + message + ")"
        if not sep:
            raise failure(name, texts.JSON, message) from None
        line, _, column = tail.partition(" column ")
        raise failure(name, texts.JSON_AT, line, _char_column(text, line, column), message) from None


def _depth_exceeds(value: Any, limit: int) -> bool:
    """Breadth-first, level by level: ~5 ms for a 5,000-card map."""
    level = [value]
    depth = 1
    while level:
        if depth > limit:
            return True
        below = []
        for node in level:
            for child in node.values() if type(node) is dict else node:
                kind = type(child)
                if kind is dict or kind is list:
                    below.append(child)
        level = below
        depth += 1
    return False


def _deep_place(value: Any, limit: int) -> str:
    """Where the nesting first passes ``limit`` (only called on failure)."""
    loc: list = []
    node = value
    for _ in range(limit):
        items = node.items() if isinstance(node, dict) else enumerate(node)
        for key, child in items:
            if isinstance(child, (dict, list)) and _depth_exceeds(child, limit - len(loc) - 1):
                loc.append(key)
                node = child
                break
        else:
            break
    shown = place("", loc[:5]) + ("[…]" if len(loc) > 5 else "")
    return shown or "top level"


def check_depth(value: Any, name: str) -> None:
    """Refuse nesting past ``LIMITS.max_json_depth`` (a .cjm map needs ~6 levels)."""
    limit = LIMITS.max_json_depth
    if isinstance(value, (dict, list)) and _depth_exceeds(value, limit):
        raise failure(name, texts.TOO_DEEP, _deep_place(value, limit), str(limit))
