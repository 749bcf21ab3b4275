"""A map as stable lines of text, one object per line: what ``git diff`` and
``git log -p`` compare once ``cjm-desktop git-setup`` made it the ``*.cjm``
text conversion (``cjm-desktop outline FILE``).

An unchanged object gives the same line wherever the others moved, so a line
diff of two outlines shows the semantic changes: an edited card is its old
line and its new line, a moved card leaves one cell and appears in another.
Control characters in the map's text are escaped (the outline reaches a
terminal through git). No Qt.
"""

from __future__ import annotations

import re
from typing import Iterator

from ..model import JourneyMap
from ..model import states
from ..model.states import canonical
from .workshop import shown_value

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_CARD_FIELDS = ("channel", "sentiment", "importance", "owner", "due", "measure", "status", "evidence", "source",
                "colour")
#: The characters of a picture's content id the outline shows.
PICTURE_MARK = 8


def _text(value) -> str:
    """One line: newlines as ⏎, other control characters escaped."""
    text = str(value).replace("\r\n", "\n").replace("\n", " ⏎ ")
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def _picture(word: str, image_id) -> list[str]:
    """A short marker of a picture (its content id's first characters), so a line
    diff shows a picture put on, replaced or taken off."""
    return [f"{word} {image_id[:PICTURE_MARK]}"] if image_id else []


def outline(m: JourneyMap) -> Iterator[str]:
    yield f"map: {_text(m.title)}"
    if m.description:
        yield f"  description: {_text(m.description)}"
    yield f"  language: {m.language}"
    if not m.workshop.is_default():
        yield f"  workshop: {_text(shown_value('workshop', m.workshop.model_dump(mode='json')))}"
    if m.logo:
        yield f"  logo: {m.logo[:PICTURE_MARK]}"
    for p in m.personas:
        goals = "; ".join(p.goals)
        yield " | ".join([f"persona {_text(p.name)}", f"role: {_text(p.role)}", f"colour {p.colour}"]
                         + ([f"goals: {_text(goals)}"] if goals else []) + _picture("portrait", p.portrait))
        if p.description:
            yield f"  about {_text(p.name)}: {_text(p.description)}"
    m = canonical(m)
    if m.states:
        yield f"  current state: {_text(states.state_name(m, None))}"
    yield from _state(m)
    for c in m.conflicts:
        yield f"conflict {c.kind} {_text(c.label)} {c.field or '(whole object)'}: ours {_text(c.ours)} | theirs {_text(c.theirs)}"
    for state in m.states:  # each future state's lines start with its name
        name = _text(states.state_name(m, state.id))
        yield f"state {name}"
        yield from (f"{name} ▸ {line}" for line in _state(states.map_of_state(m, state.id)))


def _state(m: JourneyMap) -> Iterator[str]:
    """The lines of the state in the map's own fields: stages, lanes, cards, connectors, curves."""
    for i, s in enumerate(m.stages, 1):
        yield " | ".join([f"stage {i}. {_text(s.title)}", f"width {s.width:g}", f"colour {s.colour}"]
                         + _picture("picture", s.image))
        if s.description:
            yield f"  about {_text(s.title)}: {_text(s.description)}"
        yield from _comments(s.comments)
    for i, lane in enumerate(m.lanes, 1):
        yield (f"lane {i}. {_text(lane.title)} ({lane.kind.value}) | height {lane.height:g}"
               + (" | collapsed" if lane.collapsed else ""))
        yield from _comments(lane.comments)
    stages = {s.id: s.title for s in m.stages}
    lanes = {lane.id: lane.title for lane in m.lanes}
    titles = {c.id: c.title for c in m.cards}
    for c in m.reading_order():
        cell = f"{_text(stages.get(c.stage_id, '?'))} · {_text(lanes.get(c.lane_id, '?'))}"
        extra = [f"{name}: {_text(getattr(c, name))}" for name in _CARD_FIELDS if getattr(c, name)]
        if c.tags:
            extra.append("tags: " + _text(", ".join(c.tags)))
        extra += _picture("picture", c.image)
        yield " | ".join([f"card [{cell}] {_text(c.title)}"] + extra)
        if c.body:
            yield f"  text: {_text(c.body)}"
        if c.votes:
            yield f"  votes: {_text(shown_value('votes', c.votes))}"
        yield from _comments(c.comments)
    for k in m.connectors:
        label = f" | {_text(k.label)}" if k.label else ""
        yield f"connector {_text(titles.get(k.source_id, '?'))} → {_text(titles.get(k.target_id, '?'))}{label}"
    names = {p.id: p.name for p in m.personas}
    for e in m.emotions:
        label = f" | {_text(e.label)}" if e.label else ""
        yield f"emotion {_text(names.get(e.persona_id, '?'))} @ {_text(stages.get(e.stage_id, '?'))}: {e.score:+d}{label}"


def _comments(comments) -> Iterator[str]:
    """One line per comment of the object above: open or resolved, who, when, the text."""
    for note in comments:
        state = "resolved" if note.resolved else "open"
        yield (f"  comment ({state}) {_text(note.author or 'anonymous')}, {note.created.isoformat()}: "
               f"{_text(note.text)}")
