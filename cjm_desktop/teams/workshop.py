"""Comments and dot votes in diffs and merges. No Qt.

A merge combines comments as a list matched by id (both sides' new comments
kept, a comment resolved or deleted on one side and untouched on the other
follows that side; changed on both sides, ours stands) and votes per
participant (each participant's dots three-way; changed differently on both
sides, ours stand), so no comment and no dot of either side is lost to a
conflict. A diff names them in words: "2 comments, 1 open", "Lan 2, Minh 1".
"""

from __future__ import annotations

from typing import Any, Optional

#: Fields merged here instead of as one value.
WORKSHOP_FIELDS = ("comments", "votes")


def merge_comments(b: Optional[list], o: list, t: list) -> list[dict]:
    """Ours in our order, then theirs' new ones; ``b`` None when the base is not known (a two-way merge)."""
    base = {c["id"]: c for c in b or []}
    theirs = {c["id"]: c for c in t}
    out = []
    for c in o:
        if c["id"] in theirs:
            tc = theirs[c["id"]]
            out.append(tc if b is not None and c == base.get(c["id"]) else c)  # their edit of an untouched one
        elif b is None or c["id"] not in base or c != base[c["id"]]:
            out.append(c)  # ours is new, or they deleted one we changed: kept
    ours = {c["id"] for c in o}
    for c in t:
        if c["id"] not in ours and (b is None or c["id"] not in base or c != base[c["id"]]):
            out.append(c)  # theirs is new, or we deleted one they changed: kept
    return out


def merge_votes(b: Optional[dict], o: dict, t: dict) -> dict[str, int]:
    """Each participant's dots merged three-way (ours where both changed them differently)."""
    base = b or {}
    out: dict[str, int] = {}
    for name in list(o) + [n for n in t if n not in o] + [n for n in base if n not in o and n not in t]:
        bo, oo, to = base.get(name, 0), o.get(name, 0), t.get(name, 0)
        if b is None:
            dots = oo or to
        else:
            dots = to if oo == bo else oo
        if dots > 0:
            out[name] = dots
    return out


def merge_field(fld: str, b: Any, o: Any, t: Any, unknown: Any) -> Any:
    """A workshop field merged (``unknown``: the two-way merge's base that nobody knows)."""
    known = None if b is unknown else b
    if fld == "comments":
        return merge_comments(known if known is not None or b is unknown else [], o or [], t or [])
    return merge_votes(known if known is not None or b is unknown else {}, o or {}, t or {})


def shown_value(fld: str, value: Any) -> Optional[str]:
    """A comments list or a votes table in words; None for any other field."""
    if fld == "comments" and isinstance(value, list):
        if not value:
            return "—"
        opened = sum(1 for c in value if isinstance(c, dict) and not c.get("resolved"))
        return f"{len(value)} comment{'s' if len(value) != 1 else ''}, {opened} open"
    if fld == "votes" and isinstance(value, dict):
        return ", ".join(f"{name or 'anonymous'} {dots}" for name, dots in value.items()) or "—"
    if fld == "workshop" and isinstance(value, dict):
        names = ", ".join(value.get("participants") or []) or "no participants"
        return f"{value.get('dots_per_participant')} dots each, {names}"
    return None
