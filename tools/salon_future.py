"""The salon example's future state (format version 4): the current state copied with
the same ids, then the changes the workshop designed (booking with free slots and
all-in prices on Zalo, no wait, no surprise on the bill). Used by tools/salon_example.py.
"""

from __future__ import annotations

from cjm_desktop.model import Card, JourneyMap, MapState
from cjm_desktop.model.states import copy_of_shown

NAME = ("Tương lai: đặt lịch và giá trọn gói", "Future: booking and all-in prices")

#: card key -> its new title in the future state
RETITLED = {
    "a4": ("Đặt lịch, chọn giờ và xem giá trọn gói trên Zalo", "Books a slot and sees the all-in price on Zalo"),
    "q5": ("“Đến là được làm ngay.”", "“In the chair as soon as I arrive.”"),
    "q7": ("“Đúng giá đã báo.”", "“Exactly the price I was quoted.”"),
    "f4": ("Yên tâm", "Reassured"),
}
REMOVED = ("p3",)  # the 30–40 minute wait is gone
ADDED = ("t-zalo", 1, "touchpoints", ("Lịch trống và bảng giá trọn gói trên Zalo OA",
                                       "Free slots and all-in prices on Zalo OA"))
#: (persona key, stage index) -> (score, label)
EMOTIONS = {
    ("lan", 3): (1, ("Đúng giá đã báo", "Price as quoted")),
    ("thu", 2): (1, ("Vào ghế đúng giờ", "Seated on time")),
}


def future_state(m: JourneyMap, lang: str, key_id) -> MapState:
    """The future state of map ``m`` (in language ``lang``); ``key_id(key)`` gives a stable id."""
    i = 0 if lang == "vi" else 1
    state = copy_of_shown(m, key_id("state/future"), NAME[i])
    by_id = {c.id: c for c in state.cards}
    for key, title in RETITLED.items():
        by_id[key_id("card/" + key)].title = title[i]
    gone = {key_id("card/" + key) for key in REMOVED}
    state.cards = [c for c in state.cards if c.id not in gone]
    state.connectors = [k for k in state.connectors if not {k.source_id, k.target_id} & gone]
    key, stage, kind, title = ADDED
    lane = next(lane for lane in state.lanes if lane.kind.value == kind)
    stacked = [c for c in state.cards if c.stage_id == state.stages[stage].id and c.lane_id == lane.id]
    state.cards.append(Card(id=key_id("card/" + key), stage_id=state.stages[stage].id, lane_id=lane.id,
                            order=len(stacked), title=title[i], tags=["ý tưởng" if i == 0 else "idea"]))
    for (persona, stage), (score, label) in EMOTIONS.items():
        point = next(e for e in state.emotions
                     if e.persona_id == key_id("persona/" + persona) and e.stage_id == state.stages[stage].id)
        point.score, point.label = score, label[i]
    return MapState.model_validate(state.model_dump())
