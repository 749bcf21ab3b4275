"""Text is NFC-normalised on the way in: a decomposed Vietnamese input method
("e" + combining circumflex + combining acute) gives the same map as a
precomposed one ("ế")."""

from __future__ import annotations

import unicodedata

from cjm_desktop.io import dumps_cjm, loads_cjm
from cjm_desktop.model import Card, Connector, EmotionPoint, JourneyMap, Lane, Persona, Stage

WORDS = "Hành trình khách hàng: Đánh giá, Thừa nhận, ủng hộ, Khởi động, tiếp xúc"


def nfd(text: str) -> str:
    out = unicodedata.normalize("NFD", text)
    assert out != text  # really decomposed
    return out


def build(text) -> JourneyMap:
    """A map whose every text field holds ``text(label)``."""
    stage = Stage(title=text("giai đoạn"), description=text("mô tả"))
    lane = Lane(title=text("làn cảm xúc"))
    persona = Persona(name=text("Chị Lan"), role=text("kế toán"), description=text("bận rộn"), goals=[text("nhanh gọn")])
    cards = [
        Card(
            stage_id=stage.id, lane_id=lane.id, title=text("Đánh giá"), body=text(WORDS),
            tags=[text("điểm đau")], channel=text("điện thoại"), owner=text("Chị Hương"),
            measure=text("thời gian chờ"), source=text("phỏng vấn"),
        ),
        Card(stage_id=stage.id, lane_id=lane.id, order=1),
    ]
    return JourneyMap(
        title=text(WORDS), description=text("Bản đồ hiện trạng"),
        stages=[stage], lanes=[lane], personas=[persona], cards=cards,
        connectors=[Connector(source_id=cards[0].id, target_id=cards[1].id, label=text("quay lại"))],
        emotions=[EmotionPoint(persona_id=persona.id, stage_id=stage.id, label=text("bực bội"))],
    )


def test_every_text_field_is_nfc():
    m = build(nfd)
    texts = m.all_text()
    assert len(texts) >= 17
    assert all(unicodedata.is_normalized("NFC", t) for t in texts)
    assert m.title == WORDS


def test_decomposed_and_precomposed_maps_are_equal():
    decomposed, precomposed = build(nfd), build(lambda t: t)
    assert decomposed.all_text() == precomposed.all_text()


def test_assignment_is_normalised():
    card = Card(stage_id=Stage().id, lane_id=Lane().id)
    card.title = nfd("Thích ứng")
    assert card.title == "Thích ứng"


def test_saved_file_is_nfc_and_reloads_equal():
    m = build(nfd)
    data = dumps_cjm(m)
    assert unicodedata.is_normalized("NFC", data.decode("utf-8"))
    assert WORDS.encode("utf-8") in data
    assert loads_cjm(data, "x.cjm").map == m
