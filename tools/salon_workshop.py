"""The salon example's workshop, in both languages: two open comments (on a card and on
the stage "Purchase") and a finished dot vote of four staff with 3 dots each on pain
points and opportunities, on the current state. Used by tools/salon_example.py before the
future state is copied from it, so comparing the two states shows only what the workshop designed.
"""

from __future__ import annotations

from typing import Callable

from cjm_desktop.model import Comment, JourneyMap, Workshop

#: the four participants, (Vietnamese, English)
STAFF = {
    "manager": ("Chị Hương (quản lý)", "Huong (manager)"),
    "stylist": ("Anh Tuấn (thợ chính)", "Tuan (senior stylist)"),
    "desk": ("Linh (lễ tân)", "Linh (front desk)"),
    "advisor": ("Bảo (tư vấn)", "Bao (advisor)"),
}
FACILITATOR = ("Lan (điều phối)", "Lan (facilitator)")

#: the example's key of a stage or card -> its comments (key: comment id key, author, time, text)
COMMENTS = {
    "stage/3": [("comment/purchase-split", STAFF["manager"], "2025-03-12T11:40:00+07:00",
                 ("Có nên tách việc thanh toán dịch vụ và mua sản phẩm chăm sóc tóc thành hai bước riêng không?",
                  "Should paying for the service and buying hair-care products be two separate steps?"))],
    "card/p3": [("comment/wait-source", FACILITATOR, "2025-03-12T10:15:00+07:00",
                 ("Con số 32 phút lấy từ sổ hẹn tháng 2 hay tháng 3? Cần ghi rõ nguồn trước khi trình "
                  "bày với chủ salon.",
                  "Is the 32-minute figure from February's or March's booking log? Name the source before "
                  "we show it to the owner."))],
}
#: card key -> participant key -> dots
VOTES = {
    "card/p1": {"stylist": 1, "advisor": 2},
    "card/p3": {"manager": 2, "stylist": 1, "desk": 1},
    "card/o2": {"manager": 1},
    "card/o3": {"desk": 2},
    "card/o4": {"stylist": 1},
    "card/o6": {"advisor": 1},
}


def add_workshop(m: JourneyMap, lang: str, key_id: Callable[[str], str]) -> None:
    """Put the comments, votes and settings on the current state of ``m`` (``key_id``:
    the example's id of a key, the same ids in both languages' builds)."""
    i = 0 if lang == "vi" else 1
    m.workshop = Workshop(dots_per_participant=3, participants=[names[i] for names in STAFF.values()])
    objects = {o.id: o for o in (*m.stages, *m.lanes, *m.cards)}
    for key, notes in COMMENTS.items():
        objects[key_id(key)].comments = [Comment(id=key_id(cid), author=author[i], created=at, text=text[i])
                                         for cid, author, at, text in notes]
    for key, dots in VOTES.items():
        objects[key_id(key)].votes = {STAFF[who][i]: n for who, n in dots.items()}
