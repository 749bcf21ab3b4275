"""What of the map an export shows, so that it matches the window. No Qt.

Template hint cards nobody wrote (tagged *hint* / *gợi ý*) are questions for
the consultant, not findings: they stay off the poster and the images unless
the user asks for them. Connectors and emotion curves hidden in the window's
View menu are left out of the export too.
"""

from __future__ import annotations

from typing import Iterable

from ..layout.words import is_hint
from ..model import Card, JourneyMap, LaneKind


def hint_card_ids(m: JourneyMap) -> list[str]:
    """The map's hint cards (a hint whose text was edited is a card like any other)."""
    return [c.id for c in m.cards if is_hint(c.tags)]


def plan_cards(m: JourneyMap) -> list[Card]:
    """The improvement actions (the action plan of the deck and the viewer), in reading order."""
    kinds = {lane.id: lane.kind for lane in m.lanes}
    return m.reading_order(c for c in m.cards if kinds[c.lane_id] == LaneKind.IMPROVEMENTS)


def shown_map(m: JourneyMap, include_hints: bool = False, show_connectors: bool = True,
              show_emotions: bool = True, hidden_curves: Iterable[str] = ()) -> JourneyMap:
    """``m`` as an export draws it (``m`` itself when nothing is left out)."""
    hidden = set(hint_card_ids(m)) if not include_hints else set()
    curves_off = set(hidden_curves)
    if not hidden and show_connectors and show_emotions and not curves_off:
        return m
    cards = [c for c in m.cards if c.id not in hidden]
    connectors = [k for k in m.connectors if k.source_id not in hidden and k.target_id not in hidden] \
        if show_connectors else []
    emotions = [e for e in m.emotions if e.persona_id not in curves_off] if show_emotions else []
    return m.model_copy(update={"cards": cards, "connectors": connectors, "emotions": emotions})


def as_viewed(m: JourneyMap, view=None, include_hints: bool = False, hidden_curves: Iterable[str] = ()) -> JourneyMap:
    """``m`` as an export of it shows it, with the file's view state ``view``
    (an :class:`~cjm_desktop.io.ViewState`; None shows everything) and the
    personas whose curve the window hides."""
    if view is None:
        return shown_map(m, include_hints, hidden_curves=hidden_curves)
    return shown_map(m, include_hints, view.show_connectors, view.show_emotions, hidden_curves)
