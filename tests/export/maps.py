"""Maps built in code for the export tests (no Qt, no files)."""

from __future__ import annotations

import datetime as dt

from cjm_desktop.model import Card, Connector, EmotionPoint, JourneyMap, Lane, LaneKind, Persona, Stage

LONG_BODY = " ".join(
    f"Câu số {i}: khách hàng phải chờ rất lâu ở quầy lễ tân vì không có lịch hẹn rõ ràng." for i in range(1, 16)
)


def rich_map(language: str = "vi") -> JourneyMap:
    """A salon journey with every kind of lane and card decoration."""
    stage_names = ["Nhận biết", "Tìm hiểu", "Trải nghiệm tại Salon", "Mua hàng", "Chăm sóc sau bán",
                   "Mua lại/Giới thiệu"]
    colours = ["#3d5a80", "#5b8def", "#e07a5f", "#81b29a", "#9b5de5", "#f2cc8f"]
    stages = [Stage(title=t, description=f"Giai đoạn {i + 1}: khách hàng {t.lower()}", colour=colours[i])
              for i, t in enumerate(stage_names)]
    kinds = [
        (LaneKind.GOALS, "Mục tiêu"), (LaneKind.ACTIONS, "Hành động"), (LaneKind.TOUCHPOINTS, "Điểm chạm"),
        (LaneKind.THOUGHTS, "Suy nghĩ & câu hỏi"), (LaneKind.FEELINGS, "Cảm xúc"),
        (LaneKind.PAIN_POINTS, "Điểm đau"), (LaneKind.OPPORTUNITIES, "Cơ hội"), (LaneKind.KPIS, "Chỉ số"),
        (LaneKind.IMPROVEMENTS, "Hành động cải tiến"), (LaneKind.EVIDENCE, "Nghiên cứu"),
    ]
    lanes = [Lane(kind=k, title=t) for k, t in kinds]
    lane = {k: ln for (k, _), ln in zip(kinds, lanes)}
    lan = Persona(name="Chị Lan Nguyễn", role="Nhân viên văn phòng, 32 tuổi", colour="#d6457a")
    minh = Persona(name="Anh Minh Trần", role="Khách quen, 41 tuổi", colour="#1a7fb0")
    cards: list[Card] = []

    def add(kind, si, title, body="", **kw):
        order = sum(1 for c in cards if c.lane_id == lane[kind].id and c.stage_id == stages[si].id)
        card = Card(stage_id=stages[si].id, lane_id=lane[kind].id, order=order, title=title, body=body, **kw)
        cards.append(card)
        return card

    add(LaneKind.GOALS, 0, "Hành trình khách hàng bắt đầu", "Muốn tìm salon gần nhà, giá hợp lý.")
    add(LaneKind.GOALS, 2, "Được tư vấn đúng kiểu tóc")
    add(LaneKind.ACTIONS, 0, "Xem quảng cáo trên Facebook", "Thấy bài đăng của bạn bè.", evidence="researched",
        source="Google Analytics")
    add(LaneKind.ACTIONS, 1, "Đánh giá các salon", "Đọc nhận xét trên Google Maps và hỏi bạn bè.")
    add(LaneKind.ACTIONS, 3, "Thanh toán tại quầy")
    tp1 = add(LaneKind.TOUCHPOINTS, 0, "Trang Facebook", channel="Facebook", sentiment="positive",
              importance="high")
    tp2 = add(LaneKind.TOUCHPOINTS, 1, "Gọi điện đặt lịch", "Phải gọi hai lần mới có người nghe.",
              channel="Điện thoại", sentiment="negative", importance="medium", evidence="anecdote")
    add(LaneKind.TOUCHPOINTS, 2, "Quầy lễ tân", channel="Cửa hàng", sentiment="neutral", importance="low")
    add(LaneKind.TOUCHPOINTS, 4, "Tin nhắn Zalo chăm sóc", channel="Zalo", sentiment="positive",
        importance="medium")
    add(LaneKind.THOUGHTS, 1, "Giá có đắt không?", "Liệu có ưu đãi cho khách mới?", evidence="assumption")
    add(LaneKind.FEELINGS, 2, "Hồi hộp")
    add(LaneKind.PAIN_POINTS, 2, "Chờ quá lâu", LONG_BODY)
    add(LaneKind.PAIN_POINTS, 3, "Hóa đơn khó hiểu", "Không ghi rõ giá từng dịch vụ.")
    add(LaneKind.OPPORTUNITIES, 4, "Chăm sóc 24/7", "Trả lời tin nhắn ngoài giờ.")
    add(LaneKind.KPIS, 3, "Tỷ lệ mua lại", "Đo theo quý.", measure="Tỷ lệ mua lại từ 40%")
    add(LaneKind.KPIS, 5, "Điểm NPS", measure="NPS từ 50")
    imp1 = add(LaneKind.IMPROVEMENTS, 1, "Đặt lịch trực tuyến", "Thêm nút đặt lịch trên Facebook và website.",
               owner="Chị Hà (Marketing)", due=dt.date(2025, 3, 31), measure="Số lịch đặt online",
               status="doing")
    add(LaneKind.IMPROVEMENTS, 2, "Đào tạo lễ tân", owner="Anh Tuấn (Vận hành)", due=dt.date(2025, 5, 15),
        measure="Thời gian chờ < 10 phút", status="todo")
    add(LaneKind.IMPROVEMENTS, 4, "Tin nhắn cảm ơn sau 3 ngày", owner="Chị Mai (CSKH)",
        due=dt.date(2025, 1, 10), measure="Tỷ lệ phản hồi", status="done")
    add(LaneKind.EVIDENCE, 1, "Phỏng vấn 12 khách hàng", "Khách hàng ủng hộ việc đặt lịch online.",
        evidence="researched", source="Phỏng vấn tháng 10")
    connectors = [
        Connector(source_id=tp2.id, target_id=imp1.id, label="cải tiến"),
        Connector(source_id=tp1.id, target_id=tp2.id),
    ]
    scores_lan = [1, -1, 2, -2, 1, 3]
    scores_minh = [0, 1, 1, -1, 2, 2]
    words = ["Tò mò", "Phân vân", "Hào hứng", "Bực bội", "Yên tâm", "Vui vẻ"]
    emotions = [EmotionPoint(persona_id=lan.id, stage_id=s.id, score=v, label=words[i])
                for i, (s, v) in enumerate(zip(stages, scores_lan))]
    emotions += [EmotionPoint(persona_id=minh.id, stage_id=s.id, score=v) for s, v in zip(stages, scores_minh)]
    return JourneyMap(
        title="Hành trình khách hàng – Salon tóc" if language == "vi" else "Customer journey – hair salon",
        description="Bản đồ hiện trạng, phiên bản workshop tháng 11.",
        language=language,
        personas=[lan, minh],
        stages=stages,
        lanes=lanes,
        cards=cards,
        connectors=connectors,
        emotions=emotions,
    )


def tiny_map(title: str = "Bản đồ nhỏ") -> JourneyMap:
    stages = [Stage(title="Nhận biết"), Stage(title="Mua hàng")]
    lanes = [Lane(title="Hành động", kind=LaneKind.ACTIONS)]
    cards = [Card(stage_id=stages[0].id, lane_id=lanes[0].id, title="Xem quảng cáo")]
    return JourneyMap(title=title, stages=stages, lanes=lanes, cards=cards)
