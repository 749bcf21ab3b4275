"""Text is NFC-normalised on the way in: a decomposed Vietnamese input method
("e" + combining circumflex + combining acute) gives the same map as a
precomposed one ("ế")."""

from __future__ import annotations

import unicodedata

import pytest

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


# -- the fast member of a text type (model/fields.py ``capped_text``) ----------------------------


def test_no_character_grows_more_than_the_bound_the_fast_member_relies_on():
    """Text up to a quarter of its cap is normalised without a length count
    afterwards: that is safe only if NFD makes at most NFD_GROWTH characters of
    one, and NFC (composition after NFD) at most as many as NFD."""
    from cjm_desktop.model.fields import NFD_GROWTH

    worst = 0
    for code in range(0x110000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        ch = chr(code)
        nfd_len = len(unicodedata.normalize("NFD", ch))
        assert len(unicodedata.normalize("NFC", ch)) <= nfd_len
        worst = max(worst, nfd_len)
    assert worst == NFD_GROWTH  # the bound is tight (U+1F82 and the like), not a guess


def test_short_and_long_text_are_normalised_alike_and_capped_after_normalising():
    from cjm_desktop.model.fields import NFD_GROWTH
    from cjm_desktop.model.limits import LIMITS

    fast = LIMITS.short_text // NFD_GROWTH  # the longest title the fast member takes
    for length in (fast - 1, fast, fast + 1, LIMITS.short_text // 2):
        title = nfd("ế") * (length // 3)  # three characters each, one after NFC
        assert JourneyMap(title=title).title == "ế" * (length // 3)
        grows = "\u0958" * length  # two characters each after NFC, within the cap
        assert JourneyMap(title=grows).title == unicodedata.normalize("NFC", grows)
    too_long = "\u0958" * (LIMITS.short_text // 2 + 1)
    with pytest.raises(ValueError, match="text too long: 502 characters, at most 500"):
        JourneyMap(title=too_long)
    # three characters each after NFC: 200 fit the cap only before normalising
    with pytest.raises(ValueError, match="text too long: 600 characters, at most 500"):
        JourneyMap(title="\ufb2c" * 200)
