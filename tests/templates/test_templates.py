"""Every template builds a valid map in both languages with the exact stages of DOMAIN.md."""

from __future__ import annotations

import json
import unicodedata

import pytest
from pydantic import ValidationError

from cjm_desktop.layout.text import missing_glyphs
from cjm_desktop.model import JourneyMap, LaneKind
from cjm_desktop.templates import (
    TEMPLATE_IDS,
    UnknownTemplateError,
    build_map,
    list_templates,
)
from cjm_desktop.templates.spec import TemplateSpec

# The stage tables of DOMAIN.md, written out by hand.
EXPECTED_STAGES = {
    "5a": {
        "vi": ["Nhận thức", "Chú ý", "Đặt câu hỏi", "Hành động", "Ủng hộ"],
        "en": ["Aware", "Appeal", "Ask", "Act", "Advocate"],
    },
    "coleman-8": {
        "vi": ["Đánh giá", "Thừa nhận", "Xác nhận", "Khởi động", "Thích ứng", "Hoàn thành",
               "Đón nhận", "Truyền bá"],
        "en": ["Assess", "Admit", "Affirm", "Activate", "Acclimate", "Accomplish", "Adopt",
               "Advocate"],
    },
    "value-journey-8": {
        "vi": ["Nhận thức", "Gắn kết", "Đăng ký", "Chuyển đổi", "Hứng thú",
               "Nâng cấp giá trị (upsell)", "Ủng hộ", "Quảng bá"],
        "en": ["Aware", "Engage", "Subscribe", "Convert", "Excite", "Ascend", "Advocate",
               "Promote"],
    },
    "inbound-4": {
        "vi": ["Thu hút", "Chuyển đổi", "Chốt đơn hàng", "Hài lòng"],
        "en": ["Attract", "Convert", "Close", "Delight"],
    },
    "salon-6": {
        "vi": ["Nhận biết", "Tìm hiểu", "Trải nghiệm tại Salon", "Mua hàng", "Chăm sóc sau bán",
               "Mua lại/Giới thiệu"],
        "en": ["Awareness", "Research", "In-salon experience", "Purchase", "After-sales care",
               "Repurchase or referral"],
    },
    "people-funnel-5": {
        "vi": ["Người xa lạ", "Người truy cập", "Khách hàng tiềm năng", "Người mua hàng",
               "Khách hàng thân thiết"],
        "en": ["Stranger", "Visitor", "Lead", "Buyer", "Loyal fan"],
    },
    "blank": {
        "vi": ["Giai đoạn 1", "Giai đoạn 2", "Giai đoạn 3", "Giai đoạn 4"],
        "en": ["Stage 1", "Stage 2", "Stage 3", "Stage 4"],
    },
}

STANDARD_LANES = [
    LaneKind.GOALS, LaneKind.ACTIONS, LaneKind.TOUCHPOINTS, LaneKind.THOUGHTS,
    LaneKind.FEELINGS, LaneKind.PAIN_POINTS, LaneKind.OPPORTUNITIES, LaneKind.IMPROVEMENTS,
]

ALL = [(t, lang) for t in TEMPLATE_IDS for lang in ("vi", "en")]


def test_the_seven_template_ids_in_order_blank_first():
    assert TEMPLATE_IDS == ("blank", "5a", "coleman-8", "value-journey-8", "inbound-4",
                            "salon-6", "people-funnel-5")
    assert set(EXPECTED_STAGES) == set(TEMPLATE_IDS)


@pytest.mark.parametrize("template_id,lang", ALL)
def test_template_builds_a_valid_map_with_the_exact_stages(template_id, lang):
    m = build_map(template_id, lang)
    assert [s.title for s in m.stages] == EXPECTED_STAGES[template_id][lang]
    assert m.language == lang
    # A dump of the map validates again: the file writer can store it.
    again = JourneyMap.model_validate(m.model_dump(mode="json"))
    assert [s.id for s in again.stages] == [s.id for s in m.stages]


@pytest.mark.parametrize("template_id,lang", ALL)
def test_template_has_the_standard_lanes_persona_and_neutral_curve(template_id, lang):
    m = build_map(template_id, lang)
    assert [lane.kind for lane in m.lanes] == STANDARD_LANES
    assert all(lane.title for lane in m.lanes)
    assert len(m.personas) == 1 and m.personas[0].name
    assert len(m.emotions) == len(m.stages)
    assert {e.stage_id for e in m.emotions} == {s.id for s in m.stages}
    assert all(e.score == 0 and e.persona_id == m.personas[0].id for e in m.emotions)


@pytest.mark.parametrize("template_id,lang", ALL)
def test_text_is_in_the_chosen_language_and_nfc(template_id, lang):
    m = build_map(template_id, lang)
    texts = m.all_text()
    assert all(unicodedata.is_normalized("NFC", t) for t in texts)
    assert missing_glyphs(texts) == []  # the bundled font prints every character
    vietnamese = set("ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")
    joined = " ".join(texts).lower()
    if lang == "vi":
        assert vietnamese & set(joined)
    else:
        assert not vietnamese & set(joined), joined


def test_title_defaults_to_the_template_name_and_can_be_given():
    names = {t.id: t.name for t in list_templates("en")}
    assert build_map("inbound-4", "en").title == names["inbound-4"]
    assert build_map("inbound-4", "vi", title="Hành trình của chị Lan").title == \
        "Hành trình của chị Lan"


def test_every_call_gives_fresh_ids():
    a, b = build_map("coleman-8"), build_map("coleman-8")
    ids_a = {x.id for x in [*a.stages, *a.lanes, *a.cards, *a.personas]}
    ids_b = {x.id for x in [*b.stages, *b.lanes, *b.cards, *b.personas]}
    assert len(ids_a) == len(a.stages) + len(a.lanes) + len(a.cards) + len(a.personas)
    assert not ids_a & ids_b
    # Editing one map does not touch the other.
    a.stages[0].title = "Đổi tên"
    assert b.stages[0].title == "Đánh giá"


def test_framework_templates_carry_hint_cards_and_blank_has_none():
    assert build_map("blank").cards == []
    for template_id in TEMPLATE_IDS[1:]:
        m = build_map(template_id, "vi")
        assert m.cards, template_id
        touch = next(lane for lane in m.lanes if lane.kind is LaneKind.TOUCHPOINTS)
        first_cell = m.cards_in(m.stages[0].id, touch.id)
        assert first_cell and first_cell[0].title, f"{template_id}: no touchpoint hint at stage 1"
        assert all("gợi ý" in c.tags for c in m.cards)
        # Cards of one cell are numbered 0, 1, 2 ...
        for s in m.stages:
            for lane in m.lanes:
                assert [c.order for c in m.cards_in(s.id, lane.id)] == \
                    list(range(len(m.cards_in(s.id, lane.id))))


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_list_templates(lang):
    infos = list_templates(lang)
    assert [t.id for t in infos] == list(TEMPLATE_IDS)
    for info in infos:
        assert info.name and info.description
        assert info.stage_count == len(EXPECTED_STAGES[info.id][lang])
    assert len({t.name for t in infos}) == len(infos)


def test_unknown_template_id_lists_the_valid_ones():
    with pytest.raises(UnknownTemplateError) as err:
        build_map("six-sigma")
    message = str(err.value)
    assert "six-sigma" in message
    for template_id in TEMPLATE_IDS:
        assert template_id in message
    assert "\n" not in message
    assert isinstance(err.value, ValueError)


def test_unknown_language_is_refused():
    with pytest.raises(ValueError, match="vi, en"):
        build_map("5a", "fr")
    with pytest.raises(ValueError):
        list_templates("de")


def _data(template_id: str) -> dict:
    from importlib import resources
    text = resources.files("cjm_desktop.templates").joinpath(
        "data", f"{template_id}.json").read_text(encoding="utf-8")
    return json.loads(text)


def test_a_broken_template_file_fails_loudly():
    good = _data("5a")
    TemplateSpec.model_validate(good)
    missing_en = json.loads(json.dumps(good))
    del missing_en["stages"][0]["title"]["en"]
    bad_kind = json.loads(json.dumps(good))
    bad_kind["lanes"][0]["kind"] = "moods"
    hint_off_grid = json.loads(json.dumps(good))
    hint_off_grid["hints"][0]["stage"] = 99
    empty_title = json.loads(json.dumps(good))
    empty_title["stages"][1]["title"]["vi"] = " "
    for broken in (missing_en, bad_kind, hint_off_grid, empty_title):
        with pytest.raises(ValidationError):
            TemplateSpec.model_validate(broken)
