"""The salon example's workshop (Vietnamese map only): two open comments (on a card and
on the stage "Mua hàng") and a finished dot vote of four staff with 3 dots each on pain
points and opportunities, on the current state. Used by tools/salon_example.py before the
future state is copied from it, so comparing the two states shows only what the workshop designed.
"""

from __future__ import annotations

from cjm_desktop.model import Comment, JourneyMap, Workshop

#: the dot vote's settings
WORKSHOP = {'dots_per_participant': 3,
 'participants': ['Chị Hương (quản lý)', 'Anh Tuấn (thợ chính)', 'Linh (lễ tân)', 'Bảo (tư vấn)']}

#: object id (cards and stages of the Vietnamese map) -> its comments and votes
NOTES = {'04951a2c-9833-49e4-a30d-b352b7db9852': {'comments': [{'id': '0807fdda-a12b-49a2-b626-e6abdf39abf0',
                                                        'author': 'Chị Hương (quản lý)',
                                                        'created': '2025-03-12T11:40:00+07:00',
                                                        'text': 'Có nên tách việc thanh toán dịch vụ và mua '
                                                                'sản phẩm chăm sóc tóc thành hai bước riêng '
                                                                'không?',
                                                        'resolved': False}]},
 'fe9373ad-11ab-41a2-a16a-a02286a774a8': {'votes': {'Anh Tuấn (thợ chính)': 1, 'Bảo (tư vấn)': 2}},
 'd148bb39-3051-4c97-9c46-204bc7a55dd1': {'comments': [{'id': 'ae1ab52a-db9c-4b80-8a25-2b15359b6d32',
                                                        'author': 'Lan (điều phối)',
                                                        'created': '2025-03-12T10:15:00+07:00',
                                                        'text': 'Con số 32 phút lấy từ sổ hẹn tháng 2 hay '
                                                                'tháng 3? Cần ghi rõ nguồn trước khi trình '
                                                                'bày với chủ salon.',
                                                        'resolved': False}],
                                          'votes': {'Chị Hương (quản lý)': 2,
                                                    'Anh Tuấn (thợ chính)': 1,
                                                    'Linh (lễ tân)': 1}},
 'e5154899-ea65-4450-a456-9ce92067823e': {'votes': {'Chị Hương (quản lý)': 1}},
 'a130ed9d-9238-4a65-b185-bd060690491f': {'votes': {'Linh (lễ tân)': 2}},
 'bbec0120-245b-43cf-9980-b94553cbf440': {'votes': {'Anh Tuấn (thợ chính)': 1}},
 '561470fa-08c4-4865-9cc0-f7f606eb35b5': {'votes': {'Bảo (tư vấn)': 1}}}


def add_workshop(m: JourneyMap) -> None:
    """Put the comments, votes and settings on the current state of the Vietnamese map ``m``."""
    m.workshop = Workshop(**WORKSHOP)
    objects = {o.id: o for o in (*m.stages, *m.lanes, *m.cards)}
    for oid, note in NOTES.items():
        target = objects[oid]
        target.comments = [Comment(**c) for c in note.get("comments", [])]
        if "votes" in note:
            target.votes = dict(note["votes"])
