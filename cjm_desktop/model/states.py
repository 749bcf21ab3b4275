"""The states of a map: which one the map's own fields hold, swapping, names. No Qt.

A map holds its **current state** in its own fields (``stages``, ``lanes``,
``cards``, ``connectors``, ``emotions``; its name in ``state_name``) and any
number of **future states** in ``states`` (format version 4). The personas,
title, language, pictures and logo are shared.

In memory the window shows one state at a time, and everything (layout,
canvas, editor, commands, exports) reads the map's own fields. Showing a
future state therefore *swaps*: its content goes into the map's own fields
and the current state's content (and name) into the future state's slot of
``states``; the map remembers which state it shows (``_shown_state``).
Swapping back restores the map exactly, so showing is its own undo.
:func:`canonical` gives the map as it is written (the current state in the
own fields); :func:`~cjm_desktop.io.writing.dumps_cjm` always writes that.

A state is named by its id; the current state's "id" is ``None``.
"""

from __future__ import annotations

from typing import Optional

from .journey_map import JourneyMap, MapState

#: The lists each state has of its own.
CONTENT = ("stages", "lanes", "cards", "connectors", "emotions")

#: The name of a state the user has not named, in the map's language.
DEFAULT_CURRENT = {"vi": "Hiện trạng", "en": "Current state"}
DEFAULT_FUTURE = {"vi": "Tương lai %1", "en": "Future state %1"}


def shown_state(m: JourneyMap) -> Optional[str]:
    """The id of the state the map's own fields hold (None: the current state)."""
    return m._shown_state


def state_ids(m: JourneyMap) -> list[Optional[str]]:
    """Every state in tab order: the current state (None) first, then the future states."""
    return [None, *(state.id for state in m.states)]


def _slot(m: JourneyMap, state_id: str) -> MapState:
    for state in m.states:
        if state.id == state_id:
            return state
    raise KeyError(state_id)


def _holder_of_name(m: JourneyMap, state_id: Optional[str]):
    """(object, field) where the name of ``state_id`` is kept right now."""
    shown = m._shown_state
    if state_id == shown:
        return m, "state_name"
    if state_id is None:
        return _slot(m, shown), "name"
    return _slot(m, state_id), "name"


def state_name(m: JourneyMap, state_id: Optional[str], default: bool = True) -> str:
    """The name of a state (the default of the map's language when unnamed and ``default``)."""
    holder, field = _holder_of_name(m, state_id)
    name = getattr(holder, field)
    if name or not default:
        return name
    if state_id is None:
        return DEFAULT_CURRENT[m.language]
    return DEFAULT_FUTURE[m.language].replace("%1", str(state_ids(m).index(state_id)))


def set_state_name(m: JourneyMap, state_id: Optional[str], name: str) -> None:
    """Rename a state in place (validated: the name is short text)."""
    holder, field = _holder_of_name(m, state_id)
    setattr(holder, field, name)


def find_state(m: JourneyMap, name: str) -> Optional[str]:
    """The id of the state called ``name`` (its name as shown, case and spaces ignored).

    Raises ``KeyError`` when no state has that name.
    """
    wanted = " ".join(name.split()).casefold()
    for state_id in state_ids(m):
        if " ".join(state_name(m, state_id).split()).casefold() == wanted:
            return state_id
    raise KeyError(name)


def _swap(m: JourneyMap, state_id: str) -> None:
    """Exchange the map's own content and name with a future state's, in place.

    The lists are exchanged as objects, without validation (both sides are
    whole states already), so swapping twice gives back the very same lists.
    """
    slot = _slot(m, state_id)
    for name in CONTENT:
        own, other = m.__dict__[name], slot.__dict__[name]
        m.__dict__[name], slot.__dict__[name] = other, own
    m.__dict__["state_name"], slot.__dict__["name"] = slot.__dict__["name"], m.__dict__["state_name"]


def show_state(m: JourneyMap, state_id: Optional[str]) -> None:
    """Put the content of ``state_id`` (None: the current state) into the map's own fields, in place."""
    shown = m._shown_state
    if shown == state_id:
        return
    if state_id is not None:
        _slot(m, state_id)  # a KeyError before anything changes
    if shown is not None:
        _swap(m, shown)
    if state_id is not None:
        _swap(m, state_id)
    m._shown_state = state_id


def _swapped_copy(m: JourneyMap, state_id: str) -> JourneyMap:
    """A shallow copy of ``m`` with its own content exchanged with ``state_id``'s slot."""
    slot = _slot(m, state_id)
    own = {name: m.__dict__[name] for name in CONTENT}
    states = [s if s.id != state_id else MapState.model_construct(id=state_id, name=m.state_name, **own)
              for s in m.states]
    update = {name: slot.__dict__[name] for name in CONTENT}
    copy = m.model_copy(update={**update, "state_name": slot.name, "states": states})
    copy._shown_state = None if m._shown_state == state_id else state_id
    return copy


def canonical(m: JourneyMap) -> JourneyMap:
    """The map as written: the current state in its own fields (``m`` itself when it shows it)."""
    if m._shown_state is None:
        return m
    return _swapped_copy(m, m._shown_state)


def map_of_state(m: JourneyMap, state_id: Optional[str]) -> JourneyMap:
    """A map showing ``state_id`` in its own fields (a shallow copy; ``m`` is not changed)."""
    if state_id == m._shown_state:
        return m
    current = canonical(m)
    return current if state_id is None else _swapped_copy(current, state_id)


def content_only(m: JourneyMap) -> JourneyMap:
    """The shown state as a map without the other states (what Compare States diffs)."""
    copy = m.model_copy(update={"states": [], "state_name": ""})
    copy._shown_state = None
    return copy


def copy_of_shown(m: JourneyMap, state_id: str, name: str) -> MapState:
    """A new future state holding a deep copy of the shown state's content (same ids,
    so Compare States matches the objects of both)."""
    return MapState.model_construct(
        id=state_id, name=name, **{field: [item.model_copy(deep=True) for item in m.__dict__[field]]
                                   for field in CONTENT})



def shown_state_name(m: JourneyMap) -> str:
    """The name of the state shown, for a title block: "" when the map has only its current state."""
    return state_name(m, m._shown_state) if m.states else ""
