"""The map as a Mermaid ``journey`` diagram (.mmd): title, a section per stage, action cards as tasks. No Qt.

Mermaid scores a task from 1 to 5; a map scores how a persona feels at a
stage from −3 to +3. Each action card becomes a task scored with the
persona's feeling at its stage, mapped by ``round(3 + score × 2/3)``:

    map     −3  −2  −1   0  +1  +2  +3
    Mermaid  1   2   2   3   4   4   5

and back by ``round((score − 3) × 1.5)`` (1 → −3, 2 → −2, 3 → 0, 4 → +2, 5 → +3).
Personas with the same score share one task line (they are its actors); when
they differ the card's task is written once per score. A card at a stage no
persona has scored gets 3 and no actors.

Mermaid reads ``:`` ``;`` ``#`` and line ends as syntax, ``%%`` as a comment and
``,`` between actors (in a persona's name); such characters are written as Mermaid's entity codes
(``#58;`` for ``:``), which its parser leaves alone and its renderer shows as
the character, and a task that would start with a keyword (``section`` …) gets
its first letter as a code too.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from ..export.files import export_target
from ..model import Card, JourneyMap, LaneKind

_SPECIAL = re.compile(r"[:;#%<>]")
_ACTOR_SPECIAL = re.compile(r"[:;#%,<>]")
_KEYWORD = re.compile(r"^(journey|title|section|accTitle|accDescr)\b", re.IGNORECASE)
EMPTY_TASK = "…"


def to_mermaid_score(score: int) -> int:
    """A map score (−3 … +3) as a Mermaid score (1 … 5)."""
    return max(1, min(5, round(3 + score * 2 / 3)))


def from_mermaid_score(score: float) -> int:
    """A Mermaid score (1 … 5, or the mean of some) as a map score (−3 … +3)."""
    return max(-3, min(3, round((score - 3) * 1.5)))


def mermaid_text_escape(text: str, special: re.Pattern = _SPECIAL) -> str:
    """``text`` on one line, its Mermaid syntax characters as entity codes."""
    text = " ".join(text.split())
    text = special.sub(lambda m: f"#{ord(m.group())};", text)
    return _KEYWORD.sub(lambda m: f"#{ord(m.group()[0])};{m.group()[1:]}", text)


def _task_lines(m: JourneyMap, card: Card, indent: str) -> list[str]:
    name = mermaid_text_escape(card.title) or EMPTY_TASK
    groups: dict[int, list[str]] = {}
    for persona in m.personas:
        point = m.emotion(persona.id, card.stage_id)
        if point is not None:
            actor = mermaid_text_escape(persona.name, _ACTOR_SPECIAL) or "?"
            groups.setdefault(to_mermaid_score(point.score), []).append(actor)
    if not groups:
        return [f"{indent}{name}: 3"]
    return [f"{indent}{name}: {score}: {', '.join(actors)}" for score, actors in groups.items()]


def mermaid_text(m: JourneyMap) -> str:
    """The ``journey`` diagram of ``m``."""
    lines = ["journey"]
    title = mermaid_text_escape(m.title)
    if title:
        lines.append(f"    title {title}")
    actions = {lane.id for lane in m.lanes if lane.kind is LaneKind.ACTIONS}
    by_stage: dict[str, list[Card]] = {}
    for card in m.reading_order(c for c in m.cards if c.lane_id in actions):
        by_stage.setdefault(card.stage_id, []).append(card)
    for stage in m.stages:
        lines.append(f"    section {mermaid_text_escape(stage.title) or EMPTY_TASK}")
        for card in by_stage.get(stage.id, ()):
            lines += _task_lines(m, card, "      ")
    return "\n".join(lines) + "\n"


def export_mermaid(m: JourneyMap, path: str | os.PathLike) -> Path:
    """Write ``m`` as a Mermaid journey to ``path`` (UTF-8), atomically."""
    target = Path(path)
    data = mermaid_text(m).encode("utf-8")
    with export_target(target) as tmp:
        tmp.write_bytes(data)
    return target
