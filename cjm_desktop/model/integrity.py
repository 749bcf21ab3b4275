"""The integrity of a map: broken references, ids used twice, the picture budget. No Qt."""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import images
from ..message import QT_TR_NOOP, Message, placed
from .limits import LIMITS

if TYPE_CHECKING:
    from .journey_map import JourneyMap

_NO_STAGE = QT_TR_NOOP('no stage with id "%1"')
_NO_CARD = QT_TR_NOOP('no card with id "%1"')
_TWICE = QT_TR_NOOP('id "%1" is used twice (also at %2)')


def integrity_problems(m: JourneyMap) -> list[str]:
    """Every broken reference or duplicate id, each as one line naming its place.

    The place is written as in the file, e.g.
    ``cards[12].stage_id: no stage with id "..."`` (a :class:`~cjm_desktop.message.Message`,
    which the window translates). Each future state (``states[i]``) is checked
    the same way against its own stages, lanes and cards and the shared personas:
    ids are unique within a state.
    """
    problems: list[str] = []
    try:
        images.check_budget(m.images.values())
    except images.ImageError as exc:
        problems.append(f"images: {exc}")
    problems += _missing_images(m)
    problems += _state_problems(m, m, "")
    state_ids: dict[str, int] = {}
    for n, state in enumerate(m.states):
        if state.id in state_ids:
            problems.append(placed(f"states[{n}].id", Message(_TWICE, state.id, f"states[{state_ids[state.id]}].id")))
        state_ids.setdefault(state.id, n)
        problems += _state_problems(m, state, f"states[{n}].")
    total = len(m.cards) + sum(len(state.cards) for state in m.states)
    if total > LIMITS.max_cards_all_states:
        problems.append(placed("states", Message(QT_TR_NOOP("%1 cards in all states together, at most %2"),
                                                 total, LIMITS.max_cards_all_states)))
    return problems


def _surely_sound(m: "JourneyMap", state) -> bool:
    """True when one state's content has no problem, proven with set operations
    (a 5,000-card map is checked every time it is opened); False sends it to the
    detailed checks below, which name each problem's place."""
    ids = [p.id for p in m.personas] + [s.id for s in state.stages] + [lane.id for lane in state.lanes]
    ids += [c.id for c in state.cards] + [k.id for k in state.connectors]
    for item in (*state.stages, *state.lanes, *state.cards):
        if item.comments:
            ids += [comment.id for comment in item.comments]
    if len(set(ids)) != len(ids) or len(ids) > LIMITS.max_comments + len(m.personas) + _contents(state):
        return False
    stage_ids = {s.id for s in state.stages}
    card_ids = {c.id for c in state.cards}
    if not ({c.stage_id for c in state.cards} <= stage_ids
            and {c.lane_id for c in state.cards} <= {lane.id for lane in state.lanes}):
        return False
    if state.connectors and not ({k.source_id for k in state.connectors} | {k.target_id for k in state.connectors} <= card_ids
                                 and all(k.source_id != k.target_id for k in state.connectors)):
        return False
    pairs = {(e.persona_id, e.stage_id) for e in state.emotions}
    return (len(pairs) == len(state.emotions) and {p for p, _ in pairs} <= {p.id for p in m.personas}
            and {s for _, s in pairs} <= stage_ids)


def _contents(state) -> int:
    return len(state.stages) + len(state.lanes) + len(state.cards) + len(state.connectors)


def _state_problems(m: "JourneyMap", state, prefix: str) -> list[str]:
    """The problems of one state's content (the map's own or a future state's) at ``prefix``."""
    return [] if _surely_sound(m, state) else _detailed_problems(m, state, prefix)


def _detailed_problems(m: "JourneyMap", state, prefix: str) -> list[str]:
    """Each problem of one state's content, named by its place."""
    problems: list[str] = []
    seen: dict[str, str] = {}

    def claim(collection: str, items: list) -> None:
        for i, item in enumerate(items):
            where = f"{collection}[{i}].id"
            if item.id in seen:
                problems.append(placed(prefix + where, Message(_TWICE, item.id, seen[item.id])))
            else:
                seen[item.id] = prefix + where

    claim("personas", m.personas)
    claim("stages", state.stages)
    claim("lanes", state.lanes)
    claim("cards", state.cards)
    claim("connectors", state.connectors)
    problems += _comment_problems(state, claim)

    stage_ids = {s.id for s in state.stages}
    lane_ids = {lane.id for lane in state.lanes}
    card_ids = {c.id for c in state.cards}
    persona_ids = {p.id for p in m.personas}
    for i, c in enumerate(state.cards):
        if c.stage_id not in stage_ids:
            problems.append(placed(f"{prefix}cards[{i}].stage_id", Message(_NO_STAGE, c.stage_id)))
        if c.lane_id not in lane_ids:
            problems.append(placed(f"{prefix}cards[{i}].lane_id", Message(QT_TR_NOOP('no lane with id "%1"'), c.lane_id)))
    for i, k in enumerate(state.connectors):
        if k.source_id not in card_ids:
            problems.append(placed(f"{prefix}connectors[{i}].source_id", Message(_NO_CARD, k.source_id)))
        if k.target_id not in card_ids:
            problems.append(placed(f"{prefix}connectors[{i}].target_id", Message(_NO_CARD, k.target_id)))
        if k.source_id == k.target_id:
            problems.append(placed(f"{prefix}connectors[{i}]", Message(QT_TR_NOOP("a connector cannot join a card to itself"))))
    pairs: set[tuple[str, str]] = set()
    for i, e in enumerate(state.emotions):
        if e.persona_id not in persona_ids:
            problems.append(placed(f"{prefix}emotions[{i}].persona_id", Message(QT_TR_NOOP('no persona with id "%1"'), e.persona_id)))
        if e.stage_id not in stage_ids:
            problems.append(placed(f"{prefix}emotions[{i}].stage_id", Message(_NO_STAGE, e.stage_id)))
        if (e.persona_id, e.stage_id) in pairs:
            problems.append(placed(f"{prefix}emotions[{i}]", Message(QT_TR_NOOP("a second score for the same persona and stage"))))
        pairs.add((e.persona_id, e.stage_id))
    return problems


def _comment_problems(m: "JourneyMap", claim) -> list[str]:
    """Comment ids are map ids too (unique); the map holds at most ``max_comments`` comments."""
    total = 0
    for collection in ("stages", "lanes", "cards"):
        for i, item in enumerate(getattr(m, collection)):
            if item.comments:
                total += len(item.comments)
                claim(f"{collection}[{i}].comments", item.comments)
    if total > LIMITS.max_comments:
        return [placed("comments", Message(QT_TR_NOOP("%1 comments, at most %2"), total, LIMITS.max_comments))]
    return []


_NO_IMAGE = QT_TR_NOOP('no picture with id "%1"')


def _missing_images(m: "JourneyMap") -> list[str]:
    """Every picture reference that names no entry of the image table."""
    table = m.images
    if used_images(m) <= table.keys():  # the usual case, proven at once; else each place is named
        return []
    problems = []
    if m.logo is not None and m.logo not in table:
        problems.append(placed("logo", Message(_NO_IMAGE, m.logo)))
    places = [("", m, ("personas", "portrait")), ("", m, ("stages", "image")), ("", m, ("cards", "image"))]
    for n, state in enumerate(m.states):
        places += [(f"states[{n}].", state, ("stages", "image")), (f"states[{n}].", state, ("cards", "image"))]
    for prefix, holder, (collection, field) in places:
        for i, item in enumerate(getattr(holder, collection)):
            ref = getattr(item, field)
            if ref is not None and ref not in table:
                problems.append(placed(f"{prefix}{collection}[{i}].{field}", Message(_NO_IMAGE, ref)))
    return problems


def used_images(m: "JourneyMap") -> set[str]:
    """The ids of the pictures the map shows (the others are dropped on save)."""
    used = {p.portrait for p in m.personas} | {s.image for s in m.stages} | {c.image for c in m.cards}
    for state in m.states:
        used |= {s.image for s in state.stages} | {c.image for c in state.cards}
    used.add(m.logo)
    used.discard(None)
    return used
