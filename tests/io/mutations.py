"""Corrupted .cjm files, by class, for the mutation fuzz test of ``cjm-desktop validate``.

Every mutant starts from a valid file (the golden file, the salon examples,
generated maps) and breaks it in one way. A mutant says whether the result
MUST be refused (``must_fail``): a truncated file, a missing required field, a
dangling id ... ; a few classes (flipped bytes, a removed field that has a
default) may still be a valid map, and then validate must say so.

Seeded ``random.Random`` only: the same seed gives the same files.
"""

from __future__ import annotations

import codecs
import json
import random
import unicodedata
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator, Optional

from cjm_desktop.io import ViewState, dumps_cjm
from cjm_desktop.model import LIMITS
from cjm_desktop.resources import resource
from cjm_desktop.templates.generated import generate_map

GOLDEN = Path(__file__).resolve().parent.parent / "golden" / "v1" / "full.cjm"


@dataclass(frozen=True)
class Mutant:
    kind: str  # the class of damage
    how: str  # what exactly was done, for a failure message
    data: bytes
    must_fail: bool
    sparse_size: int = 0  # > 0: write a sparse file of this size instead of ``data``


def base_files() -> list[bytes]:
    """Valid files to break: different sizes, both languages, every field used."""
    files = [GOLDEN.read_bytes()]
    for name in ("salon-vi.cjm", "salon-en.cjm"):
        path = resource("examples", name)
        if path.exists():
            files.append(path.read_bytes())
    for seed, cards in ((1, 30), (2, 120)):
        files.append(dumps_cjm(generate_map(cards=cards, stages=6, lanes=6, connectors=10, seed=seed), ViewState()))
    return files


# -- JSON helpers -----------------------------------------------------------------------

Path_ = tuple


def _walk(node: Any, path: Path_ = ()) -> Iterator[tuple[Path_, Any]]:
    yield path, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _walk(value, path + (key,))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, path + (index,))


def _get(node: Any, path: Path_) -> Any:
    for part in path:
        node = node[part]
    return node


def _set(node: Any, path: Path_, value: Any) -> None:
    _get(node, path[:-1])[path[-1]] = value


def _encode(doc: Any) -> bytes:
    return json.dumps(doc, ensure_ascii=False, indent=2).encode("utf-8")


def _where(path: Path_) -> str:
    return "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path).lstrip(".")


# What the model knows (kept here, not imported, so a model change shows up as a failure).
_REQUIRED = {"cards": ("stage_id", "lane_id"), "emotions": ("persona_id", "stage_id"),
             "connectors": ("source_id", "target_id")}
_REFERENCES = {"stage_id", "lane_id", "persona_id", "source_id", "target_id"}
_DATES = {"due", "created", "modified"}
_ENUMS = {"kind", "sentiment", "importance", "status", "evidence", "language"}
_TEXT_LIMIT = {
    "title": LIMITS.short_text, "name": LIMITS.short_text, "role": LIMITS.short_text,
    "channel": LIMITS.short_text, "owner": LIMITS.short_text, "measure": LIMITS.short_text,
    "source": LIMITS.short_text, "label": LIMITS.short_text,
    "description": LIMITS.long_text, "body": LIMITS.long_text,
}


def _map_items(doc: dict) -> list[tuple[Path_, Any]]:
    """Every (path, value) inside ``map`` (the view is its own class)."""
    return [(("map",) + p, v) for p, v in _walk(doc["map"]) if p]


# -- the classes ----------------------------------------------------------------------------


def truncated(rng: random.Random, data: bytes) -> Mutant:
    """Cut anywhere before the last closing brace (a save or a copy cut short)."""
    end = len(data.rstrip())
    cut = rng.choice([0, 1, end - 1, rng.randrange(0, end)])
    return Mutant("truncated", f"cut at byte {cut} of {len(data)}", data[:cut], True)


def flipped(rng: random.Random, data: bytes) -> Mutant:
    """1-8 bytes set to random values (a bad disk, a bad transfer). May stay valid."""
    out = bytearray(data)
    spots = [rng.randrange(len(out)) for _ in range(rng.randint(1, 8))]
    for spot in spots:
        out[spot] = rng.randrange(256)
    return Mutant("bytes flipped", f"bytes at {spots}", bytes(out), False)


def zeroed(rng: random.Random, data: bytes) -> Mutant:
    """A run of NUL bytes in place of text (what a crash can leave on some file systems)."""
    start = rng.randrange(len(data))
    length = rng.choice([1, 16, 512, 4096, len(data)])
    out = bytearray(data)
    out[start:start + length] = bytes(min(length, len(data) - start))
    if rng.random() < 0.2:
        out = bytearray(len(data))  # the whole file zeroed
        start, length = 0, len(data)
    return Mutant("zeroed block", f"{length} NUL bytes at {start}", bytes(out), True)


def junk_appended(rng: random.Random, data: bytes) -> Mutant:
    """Two saves mixed: something after the end of the JSON."""
    tail = rng.choice([data, data[: rng.randrange(1, len(data))], b"}", b"\n,", b"x", "rác".encode()])
    return Mutant("junk after the end", f"{len(tail)} bytes appended", data + tail, True)


def field_removed(rng: random.Random, data: bytes) -> Mutant:
    """A field deleted: refused when required or when its id is referenced, else defaulted."""
    doc = json.loads(data)
    m = doc["map"]
    choices: list[tuple[Path_, bool]] = [((key,), key != "view") for key in doc]
    referenced = {v for p, v in _walk(m) if p and p[-1] in _REFERENCES}
    for collection, items in m.items():
        if not isinstance(items, list):
            choices.append((("map", collection), False))
            continue
        for i, item in enumerate(items):
            for key in item:
                required = key in _REQUIRED.get(collection, ()) or (key == "id" and item["id"] in referenced)
                choices.append((("map", collection, i, key), required))
    path, required = rng.choice(choices)
    del _get(doc, path[:-1])[path[-1]]
    return Mutant("field removed", f"removed {_where(path)}", _encode(doc), required)


def _wrong_value(rng: random.Random, key: Any, value: Any) -> Any:
    """A value of another JSON type that no lax conversion turns back into ``value``'s type."""
    text_like = ["abc", "nhiều", ""]
    if isinstance(value, bool):
        options = [[value], {"v": value}, "có lẽ", 2, -1]
    elif isinstance(value, (int, float)):
        options = [[value], {"v": value}, "mười", "1,5", 0.5 if isinstance(value, int) else "abc"]
    elif isinstance(value, str):
        options = [[value], {"v": value}, True, False]
        if key not in _DATES:
            options += [17, -3.5]
        if key in _DATES or key in _ENUMS or key == "colour" or key in _REFERENCES or key == "id":
            options += ["không phải", "2024-13-45"]
    elif isinstance(value, list):
        options = [text_like[0], 3, {"0": value[:1]}, True, None]
    elif isinstance(value, dict):
        options = [text_like[1], 4, [value], False, None]
    else:  # null: an optional field that is empty
        options = [[1], {"v": 1}]
    return rng.choice(options)


def wrong_type(rng: random.Random, data: bytes) -> Mutant:
    """One value in the header or the map replaced by a value of a wrong type."""
    doc = json.loads(data)
    items = [((key,), doc[key]) for key in ("format", "version", "map")] + _map_items(doc)
    items = [(p, v) for p, v in items if not (v is None and p[-1] not in ("colour",))]
    path, value = rng.choice(items)
    new = _wrong_value(rng, path[-1], value)
    _set(doc, path, new)
    return Mutant("wrong type", f"{_where(path)}: {str(value)[:30]!r} -> {str(new)[:30]!r}", _encode(doc), True)


def dangling(rng: random.Random, data: bytes) -> Mutant:
    """A reference to nothing, an id used twice, a connector to itself, an id that is no uuid."""
    doc = json.loads(data)
    m = doc["map"]
    refs = [p for p, _ in _map_items(doc) if p[-1] in _REFERENCES]
    ids = [p for p, _ in _map_items(doc) if p[-1] == "id" and len(p) == 4]
    how = rng.choice(["reference", "reference", "duplicate", "self", "not-uuid"])
    if how == "duplicate" and len(ids) >= 2:
        a, b = rng.sample(ids, 2)
        _set(doc, b, _get(doc, a))
        what = f"{_where(b)} = {_where(a)}"
    elif how == "self" and m.get("connectors"):
        i = rng.randrange(len(m["connectors"]))
        m["connectors"][i]["target_id"] = m["connectors"][i]["source_id"]
        what = f"map.connectors[{i}] joins a card to itself"
    elif how == "not-uuid":
        path = rng.choice(refs + ids)
        _set(doc, path, rng.choice(["card-1", "", "12345", "ở-đây", "g" * 36]))
        what = f"{_where(path)} is not a uuid"
    else:
        path = rng.choice(refs)
        _set(doc, path, str(uuid.UUID(int=rng.getrandbits(128), version=4)))
        what = f"{_where(path)} points at nothing"
    return Mutant("ids dangling", what, _encode(doc), True)


def huge(rng: random.Random, data: bytes) -> Mutant:
    """Text past its cap (up to 4 million characters), an id past 64, too many items, a huge number."""
    doc = json.loads(data)
    m = doc["map"]
    how = rng.choice(["text", "text", "text", "id", "list", "number"])
    if how == "text":
        texts = [p for p, v in _map_items(doc) if isinstance(v, str) and p[-1] in _TEXT_LIMIT]
        path = rng.choice(texts)
        limit = _TEXT_LIMIT[path[-1]]
        size = int(limit * 2 ** rng.uniform(0.0001, 7.5))
        _set(doc, path, ("Trải nghiệm " * (size // 12 + 1))[:size])
        what = f"{_where(path)}: {size:,} characters"
    elif how == "id":
        path = rng.choice([p for p, _ in _map_items(doc) if p[-1] == "id" or p[-1] in _REFERENCES])
        _set(doc, path, "0" * rng.choice([65, 1000, 1_000_000]))
        what = f"{_where(path)}: a long id"
    elif how == "list":
        name, cap = rng.choice([("stages", LIMITS.max_stages), ("lanes", LIMITS.max_lanes),
                                ("personas", LIMITS.max_personas)])
        m[name] = [{"title": f"{name} {i}"} for i in range(cap + rng.randint(1, 300))]
        what = f"map.{name}: {len(m[name])} items"
    else:
        numbers = [p for p, v in _map_items(doc) if isinstance(v, (int, float)) and not isinstance(v, bool)]
        path = rng.choice(numbers)
        text = rng.choice(["9" * rng.randint(20, 5000), "1e400", "-1e400", "1" + "0" * 400 + ".5"])
        return Mutant("huge values", f"{_where(path)} = {text[:12]}…", _splice_number(doc, path, text), True)
    return Mutant("huge values", what, _encode(doc), True)


def _splice_number(doc: dict, path: Path_, text: str) -> bytes:
    marker = "__NUMBER_HERE__"
    _set(doc, path, marker)
    return _encode(doc).replace(f'"{marker}"'.encode(), text.encode())


def too_big_file(rng: random.Random, data: bytes) -> Mutant:
    """A file past the 64 MB cap (sparse: costs no disk)."""
    size = LIMITS.max_file_bytes + rng.choice([1, 1024, 10**9])
    return Mutant("huge values", f"a {size:,}-byte file", b"", True, sparse_size=size)


def deep(rng: random.Random, data: bytes) -> Mutant:
    """Lists and objects nested 65 to 200,000 levels deep, somewhere in the file."""
    doc = json.loads(data)
    depth = rng.choice([LIMITS.max_json_depth + 1, 100, 1000, 20_000, 200_000])
    style = rng.choice(["[", "{", "mixed"])
    opening, closing = [], []
    for level in range(depth):
        bracket = style if style != "mixed" else ("[" if level % 2 else "{")
        opening.append('{"a":' if bracket == "{" else "[")
        closing.append("}" if bracket == "{" else "]")
    nested = "".join(opening) + "1" + "".join(reversed(closing))
    spots = [p for p, v in _walk(doc) if p]
    path = rng.choice(spots)
    return Mutant("deep nesting", f"{depth} levels of {style} at {_where(path)}", _splice_number(doc, path, nested), True)


_ENCODINGS = ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "latin-1", "cp1258", "cp1252", "utf-8-nfd-cp1258"]


def other_encoding(rng: random.Random, data: bytes) -> Mutant:
    """The same map saved by another program in UTF-16/32, Latin-1, Windows-1252 or -1258."""
    text = data.decode("utf-8")
    encoding = rng.choice(_ENCODINGS)
    if encoding == "utf-8-nfd-cp1258":  # Windows-1258 keeps Vietnamese tones as combining marks
        out = unicodedata.normalize("NFD", text).encode("cp1258", errors="replace")
    elif encoding.startswith("utf-16") or encoding.startswith("utf-32"):
        out = text.encode(encoding)
        if rng.random() < 0.3 and not encoding.endswith(("le", "be")):
            out = out[2:] if encoding == "utf-16" else out[4:]  # without its BOM
    else:
        out = text.encode(encoding, errors="replace")
    if rng.random() < 0.2:
        out = codecs.BOM_UTF8 + out  # a UTF-8 BOM in front of the wrong bytes
    return Mutant("other encodings", encoding, out, out != data and out != codecs.BOM_UTF8 + data)


def damaged_view(rng: random.Random, data: bytes) -> Mutant:
    """The view (zoom, scroll) broken: the map still opens, with the default view."""
    doc = json.loads(data)
    doc["view"] = rng.choice([None, [], "zoom", {"zoom": -5}, {"zoom": "x"}, {"scroll_x": 1e308},
                              {"unknown": 1}, {"zoom": [1]}])
    return Mutant("damaged view", f"view = {json.dumps(doc['view'])[:30]}", _encode(doc), False)


CLASSES: dict[str, Callable[[random.Random, bytes], Mutant]] = {
    "truncated": truncated,
    "bytes flipped": flipped,
    "zeroed block": zeroed,
    "junk after the end": junk_appended,
    "field removed": field_removed,
    "wrong type": wrong_type,
    "ids dangling": dangling,
    "huge values": huge,
    "deep nesting": deep,
    "other encodings": other_encoding,
    "damaged view": damaged_view,
}


def mutants(per_class: int, seed: int, bases: Optional[list[bytes]] = None) -> Iterator[Mutant]:
    """``per_class`` mutants of every class (plus two files past the size cap)."""
    rng = random.Random(seed)
    bases = bases if bases is not None else base_files()
    for make in CLASSES.values():
        for i in range(per_class):
            yield make(rng, bases[i % len(bases)])
    for _ in range(2):
        yield too_big_file(rng, bases[0])
