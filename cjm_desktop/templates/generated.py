"""A large, deterministic, realistic-looking map for benchmarks and tests.

``generate_map(seed=0)`` always returns the same map (ids included), so a
benchmark compares like with like and a test can rely on its counts. Text is
Vietnamese of varied length, with some long bodies that wrap over many lines.
No Qt here.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid

from cjm_desktop.model import (
    PERSONA_PALETTE,
    Card,
    Connector,
    EmotionPoint,
    JourneyMap,
    Lane,
    LaneKind,
    Persona,
    Stage,
)

__all__ = ["generate_map"]

#: Lane kinds in map order; past the end the generator cycles through the
#: kinds other than feelings, so a map has exactly one feelings lane.
_KIND_ORDER = [
    LaneKind.GOALS, LaneKind.ACTIONS, LaneKind.TOUCHPOINTS, LaneKind.THOUGHTS,
    LaneKind.FEELINGS, LaneKind.PAIN_POINTS, LaneKind.NEEDS, LaneKind.OPPORTUNITIES,
    LaneKind.WEAK_POINTS, LaneKind.KPIS, LaneKind.IMPROVEMENTS, LaneKind.EVIDENCE,
    LaneKind.CUSTOM, LaneKind.STORYBOARD,
]
_KIND_TITLE = {
    LaneKind.GOALS: "Mục tiêu", LaneKind.ACTIONS: "Hành động", LaneKind.TOUCHPOINTS: "Điểm chạm",
    LaneKind.THOUGHTS: "Suy nghĩ & câu hỏi", LaneKind.FEELINGS: "Cảm xúc",
    LaneKind.PAIN_POINTS: "Điểm đau", LaneKind.NEEDS: "Nhu cầu tiềm ẩn",
    LaneKind.OPPORTUNITIES: "Cơ hội", LaneKind.WEAK_POINTS: "Điểm yếu của tổ chức",
    LaneKind.KPIS: "Chỉ số đo lường", LaneKind.IMPROVEMENTS: "Hành động cải tiến",
    LaneKind.EVIDENCE: "Nghiên cứu", LaneKind.CUSTOM: "Ghi chú", LaneKind.STORYBOARD: "Phân cảnh",
}
_STAGE_NAMES = [
    "Nhận biết", "Tìm hiểu", "So sánh", "Đặt lịch", "Trải nghiệm", "Thanh toán", "Nhận hàng",
    "Sử dụng", "Hỗ trợ", "Gia hạn", "Mua lại", "Giới thiệu", "Đánh giá", "Thích ứng",
]
_SUBJECTS = [
    "khách hàng", "chị Lan", "anh Minh", "nhân viên lễ tân", "tư vấn viên", "kỹ thuật viên",
    "quản lý cửa hàng", "bộ phận chăm sóc khách hàng", "người mua lần đầu", "khách quen",
]
_VERBS = [
    "tìm thông tin về", "so sánh giá của", "đặt lịch hẹn cho", "hỏi ý kiến bạn bè về",
    "đọc đánh giá về", "chờ phản hồi về", "thanh toán", "phàn nàn về", "giới thiệu",
    "quay lại mua", "nhắn tin hỏi về", "xem video hướng dẫn về", "đăng ký nhận tin về",
]
_OBJECTS = [
    "dịch vụ uốn tóc", "gói chăm sóc da", "sản phẩm dưỡng tóc", "chương trình khuyến mãi",
    "ứng dụng đặt lịch", "thẻ thành viên", "chính sách đổi trả", "trang Facebook của salon",
    "bảng giá mới", "quy trình tư vấn", "hóa đơn điện tử", "đường dây nóng", "website",
]
_TAILS = [
    "vào cuối tuần", "trên điện thoại", "trong giờ nghỉ trưa", "sau khi tan làm",
    "khi đang vội", "lần đầu tiên", "mà không tìm thấy câu trả lời", "cùng với bạn bè",
    "vì thấy quảng cáo", "nhưng phải chờ khá lâu", "và cảm thấy hài lòng",
]
_CHANNELS = [
    "Facebook", "Zalo", "Website", "Cửa hàng", "Email", "Điện thoại", "Tin nhắn SMS",
    "Quảng cáo", "Live chat", "Hội thảo", "Ứng dụng di động",
]
_OWNERS = ["Chị Hà (Marketing)", "Anh Tuấn (Vận hành)", "Chị Mai (CSKH)", "Anh Quân (IT)",
           "Chị Ngọc (Quản lý cửa hàng)"]
_MEASURES = ["Tỷ lệ mua lại", "Điểm NPS", "Thời gian chờ trung bình", "Tỷ lệ thoát trang",
             "Doanh thu mỗi khách", "Mức độ hài lòng (CSAT)"]
_SOURCES = ["Phỏng vấn 12 khách hàng", "Khảo sát qua điện thoại", "Google Analytics",
            "Ý kiến nhân viên lễ tân", "Nghiên cứu thị trường 2024"]
_FEELINGS = ["Hào hứng", "Lo lắng", "Bực bội", "Hài lòng", "Phân vân", "Vui vẻ", "Thất vọng",
             "Yên tâm", "Tò mò", "Mệt mỏi"]
_TAGS = ["ưu tiên", "nhanh", "cần kiểm chứng", "workshop", "hiện trạng", "tương lai"]
_SENTIMENTS = ("positive", "neutral", "negative")
_IMPORTANCE = ("low", "medium", "high")
_STATUS = ("todo", "doing", "done", "dropped")
_EVIDENCE = ("assumption", "anecdote", "researched")
_COLOURS = ["#e07a5f", "#3d405b", "#81b29a", "#f2cc8f", "#5b8def", "#9b5de5", "#00a6a6"]

_FIXED_TIME = dt.datetime(2024, 1, 1, 8, 0, tzinfo=dt.timezone.utc)


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _sentence(rng: random.Random) -> str:
    text = f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)} {rng.choice(_TAILS)}"
    return text[0].upper() + text[1:] + "."


def _title(rng: random.Random) -> str:
    text = f"{rng.choice(_VERBS)} {rng.choice(_OBJECTS)}"
    if rng.random() < 0.3:
        text += f" {rng.choice(_TAILS)}"
    return text[0].upper() + text[1:]


def _body(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.25:
        n = 0
    elif r < 0.80:
        n = rng.randint(1, 2)
    elif r < 0.95:
        n = rng.randint(3, 6)
    else:
        n = rng.randint(10, 25)  # a long body that overflows a card
    return " ".join(_sentence(rng) for _ in range(n))


def generate_map(
    cards: int = 5000,
    stages: int = 20,
    lanes: int = 12,
    personas: int = 2,
    connectors: int = 300,
    seed: int = 0,
) -> JourneyMap:
    """A synthetic map of the given size, identical for the same arguments.

    Parameters
    ----------
    cards, stages, lanes, personas, connectors
        How many of each. ``stages`` and ``lanes`` must be at least 1 when
        ``cards`` is positive; connectors need at least two cards.
    seed
        Seed of the ``random.Random`` that draws every id, text and field.
    """
    if min(cards, stages, lanes, personas, connectors) < 0:
        raise ValueError("sizes cannot be negative")
    if cards and (not stages or not lanes):
        raise ValueError("cards need at least one stage and one lane")
    if connectors and cards < 2:
        raise ValueError("connectors need at least two cards")
    rng = random.Random(seed)
    # the order of the draws below is the map's identity: keep it
    stage_list = [
        Stage(id=_uuid(rng), title=f"{_STAGE_NAMES[i % len(_STAGE_NAMES)]} {i + 1}",
              description=_sentence(rng), colour=_COLOURS[i % len(_COLOURS)])
        for i in range(stages)
    ]
    kinds = _lane_kinds(lanes)
    lane_list = [Lane(id=_uuid(rng), kind=k, title=_KIND_TITLE[k]) for k in kinds]
    persona_list = [
        Persona(id=_uuid(rng), name=f"Khách hàng {i + 1}", role=rng.choice(_SUBJECTS).capitalize(),
                description=_body(rng), goals=[_title(rng) for _ in range(rng.randint(1, 3))],
                colour=PERSONA_PALETTE[i % len(PERSONA_PALETTE)])
        for i in range(personas)
    ]
    card_list = _cards(rng, cards, stage_list, lane_list, kinds)
    connector_list = _connectors(rng, card_list, connectors)
    emotions = [
        EmotionPoint(persona_id=p.id, stage_id=s.id, score=rng.randint(-3, 3),
                     label=rng.choice(_FEELINGS))
        for p in persona_list for s in stage_list
    ]
    return JourneyMap(
        title=f"Bản đồ thử nghiệm ({cards} thẻ, hạt giống {seed})",
        description="Bản đồ sinh tự động để đo hiệu năng và kiểm thử.",
        language="vi",
        created=_FIXED_TIME,
        modified=_FIXED_TIME,
        personas=persona_list,
        stages=stage_list,
        lanes=lane_list,
        cards=card_list,
        connectors=connector_list,
        emotions=emotions,
    )


def _lane_kinds(lanes: int) -> list[LaneKind]:
    """:data:`_KIND_ORDER`, then the kinds other than feelings, cycling."""
    others = [k for k in _KIND_ORDER if k is not LaneKind.FEELINGS]
    return [_KIND_ORDER[i] if i < len(_KIND_ORDER) else others[(i - len(_KIND_ORDER)) % len(others)]
            for i in range(lanes)]


def _card_fields(rng: random.Random, kind: LaneKind) -> dict:
    """The kind's own fields (channel, owner, measure ...) and the odd tag, colour or evidence."""
    fields: dict = {}
    if kind is LaneKind.TOUCHPOINTS:
        fields.update(channel=rng.choice(_CHANNELS), sentiment=rng.choice(_SENTIMENTS),
                      importance=rng.choice(_IMPORTANCE))
    elif kind is LaneKind.IMPROVEMENTS:
        fields.update(owner=rng.choice(_OWNERS),
                      due=dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(365)),
                      measure=rng.choice(_MEASURES), status=rng.choice(_STATUS))
    elif kind is LaneKind.KPIS:
        fields.update(measure=rng.choice(_MEASURES))
    if kind is LaneKind.EVIDENCE or rng.random() < 0.15:
        fields.update(evidence=rng.choice(_EVIDENCE), source=rng.choice(_SOURCES))
    if rng.random() < 0.2:
        fields.update(tags=rng.sample(_TAGS, rng.randint(1, 2)))
    if rng.random() < 0.1:
        fields.update(colour=rng.choice(_COLOURS))
    return fields


def _cards(rng: random.Random, cards: int, stage_list: list[Stage], lane_list: list[Lane],
           kinds: list[LaneKind]) -> list[Card]:
    next_order: dict[tuple[int, int], int] = {}
    card_list = []
    for _ in range(cards):
        si, li = rng.randrange(len(stage_list)), rng.randrange(len(lane_list))
        order = next_order.get((si, li), 0)
        next_order[(si, li)] = order + 1
        kind = kinds[li]
        fields = _card_fields(rng, kind)
        title = rng.choice(_FEELINGS) if kind is LaneKind.FEELINGS else _title(rng)
        card_list.append(Card(id=_uuid(rng), stage_id=stage_list[si].id,
                              lane_id=lane_list[li].id, order=order, title=title,
                              body=_body(rng), **fields))
    return card_list


def _connectors(rng: random.Random, card_list: list[Card], connectors: int) -> list[Connector]:
    cards = len(card_list)
    connector_list = []
    pairs: set[tuple[int, int]] = set()
    max_pairs = cards * (cards - 1)
    while len(connector_list) < connectors and len(pairs) < max_pairs:
        a, b = rng.randrange(cards), rng.randrange(cards)
        if a == b or (a, b) in pairs:
            continue
        pairs.add((a, b))
        label = rng.choice(["", "", "quay lại", "bỏ qua bước", "chuyển kênh"])
        connector_list.append(Connector(id=_uuid(rng), source_id=card_list[a].id,
                                        target_id=card_list[b].id, label=label))
    return connector_list
