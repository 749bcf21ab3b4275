"""A Mermaid ``journey`` diagram imported as a map: sections → stages, tasks → action cards,
actors → personas, scores → emotion points. No Qt.

Statements end at a line end or a ``;`` (as in Mermaid); ``%%`` comments,
a ``---`` front matter block, ``accTitle``/``accDescr`` are skipped. Entity
codes (``#58;``, ``#quot;``) are decoded. Tasks of the same name in one
section are one card (the export writes a card once per score). A persona's
feeling at a stage is the mean of its tasks' scores there, mapped back onto
−3 … +3 (:func:`~.mermaid_write.from_mermaid_score`); an actor without tasks in a
section has no point there.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Optional

from pydantic import ValidationError

from ..io.messages import describe_validation_error
from ..message import Message, placed
from ..model import (Card, EmotionPoint, JourneyMap, Lane, LaneKind, Persona, Stage, next_persona_colour,
                     next_stage_colour)
from .lane_names import lane_title
from .mermaid_write import from_mermaid_score
from .source import MAX_ROWS, read_bytes, too_many
from .table import guess_language
from .texts import BAD_LINE, BAD_SCORE, NO_CONTENT, NOT_JOURNEY, NOT_UTF8, ExchangeError, problem

_ENTITY = re.compile(r"#(\w+);")
_SKIP = re.compile(r"^(accTitle|accDescr)\s*:")


def _decode(text: str) -> str:
    def one(match: re.Match) -> str:
        code = match.group(1)
        if code.isdigit():
            number = int(code)
            return chr(number) if 0 < number < 0x110000 else match.group(0)
        decoded = html.unescape(f"&{code};")
        return match.group(0) if decoded.startswith("&") else decoded

    return " ".join(_ENTITY.sub(one, text).split())


def statements(text: str, name: str = "") -> list[tuple[int, str]]:
    """(line number, statement) of each statement: comments, front matter and blank lines left out."""
    out: list[tuple[int, str]] = []
    lines = text.splitlines()
    start = 0
    if lines and lines[0].strip() == "---":
        start = next((i + 1 for i in range(1, len(lines)) if lines[i].strip() == "---"), len(lines))
    in_block = False
    for number, line in enumerate(lines[start:], start=start + 1):
        stripped = line.strip()
        if in_block:
            in_block = "}" not in stripped
            continue
        if not stripped or stripped.startswith("%%"):
            continue
        if re.match(r"^accDescr\s*\{", stripped):
            in_block = "}" not in stripped
            continue
        protected = _ENTITY.sub(lambda m: f"\x00{m.group(1)}\x01", stripped)
        for part in protected.split(";"):
            part = part.replace("\x00", "#").replace("\x01", ";").strip()
            if part:
                out.append((number, part))
        if len(out) > 2 * MAX_ROWS:
            raise too_many(name, "statements", len(out), 2 * MAX_ROWS)
    return out


class _Journey:
    def __init__(self) -> None:
        self.title = ""
        self.sections: list[tuple[str, dict[str, list[tuple[int, list[str]]]]]] = []
        self.actors: list[str] = []

    def task(self, number: int, statement: str, name: str) -> None:
        task, _, data = statement.partition(":")
        score_text, _, people = data.partition(":")
        try:
            score = int(score_text.strip())
        except ValueError:
            score = 0
        if not 1 <= score <= 5:
            raise problem(name, BAD_LINE, number, Message(BAD_SCORE, statement))
        actors = [a for a in (_decode(p) for p in people.split(",")) if a]
        for actor in actors:
            if actor not in self.actors:
                self.actors.append(actor)
        if not self.sections:
            self.sections.append(("", {}))
        self.sections[-1][1].setdefault(_decode(task), []).append((score, actors))


def _parse(text: str, name: str) -> _Journey:
    found = statements(text, name)
    if not found:
        raise problem(name, NO_CONTENT)
    if found[0][1].split()[0] != "journey":
        raise problem(name, NOT_JOURNEY)
    journey = _Journey()
    for number, statement in found[1:]:
        keyword, _, rest = statement.partition(" ")
        if keyword == "title":
            journey.title = _decode(rest)
        elif keyword == "section":
            journey.sections.append((_decode(rest), {}))
        elif not _SKIP.match(statement):
            journey.task(number, statement, name)
        if sum(len(tasks) for _, tasks in journey.sections) > MAX_ROWS:
            raise too_many(name, "tasks", MAX_ROWS + 1, MAX_ROWS)
    return journey


def _build(journey: _Journey, title: str, language: str) -> JourneyMap:
    personas: list[Persona] = []
    for actor in journey.actors:
        personas.append(Persona(name=actor, colour=next_persona_colour(p.colour for p in personas)))
    persona_of = {p.name: p for p in personas}
    lane = Lane(kind=LaneKind.ACTIONS, title=lane_title(LaneKind.ACTIONS, language))
    stages, cards, emotions = [], [], []
    for section, tasks in journey.sections:
        stage = Stage(title=section, colour=next_stage_colour(stages[-1].colour if stages else None))
        stages.append(stage)
        felt: dict[str, list[int]] = {}
        for order, (task, scored) in enumerate(tasks.items()):
            cards.append(Card(stage_id=stage.id, lane_id=lane.id, order=order, title=task))
            for score, actors in scored:
                for actor in actors:
                    felt.setdefault(actor, []).append(score)
        for actor, scores in felt.items():
            emotions.append(EmotionPoint(persona_id=persona_of[actor].id, stage_id=stage.id,
                                         score=from_mermaid_score(sum(scores) / len(scores))))
    return JourneyMap(title=journey.title or title, language=language, personas=personas, stages=stages,
                      lanes=[lane], cards=cards, emotions=emotions)


def read_mermaid(path: Path, language: Optional[str] = None) -> JourneyMap:
    """The map of the Mermaid journey at ``path``; :class:`~.texts.ExchangeError` (one line) when it cannot be."""
    path = Path(path)
    name = path.name or str(path)
    try:
        text = read_bytes(path).decode("utf-8-sig")
    except UnicodeDecodeError:
        raise problem(name, NOT_UTF8) from None
    journey = _parse(text, name)
    texts = [journey.title, *(s for s, _ in journey.sections), *(t for _, ts in journey.sections for t in ts)]
    try:
        return _build(journey, path.stem, language or guess_language(texts))
    except ValidationError as exc:
        raise ExchangeError(placed(name, describe_validation_error(exc, ""))) from None
