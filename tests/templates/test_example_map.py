"""The bundled worked example (what `make run` opens and screenshots show)."""

from __future__ import annotations

from cjm_desktop.io import dumps_cjm, loads_cjm

import json
import unicodedata
import uuid
from collections import Counter

import pytest

from cjm_desktop.layout.text import missing_glyphs
from cjm_desktop.model import JourneyMap, LaneKind
from cjm_desktop.resources import example_map_path, resource
from cjm_desktop.templates import build_map

SALON_STAGES = {
    "vi": ["Nhận biết", "Tìm hiểu", "Trải nghiệm tại Salon", "Mua hàng", "Chăm sóc sau bán",
           "Mua lại/Giới thiệu"],
    "en": ["Awareness", "Research", "In-salon experience", "Purchase", "After-sales care",
           "Repurchase or referral"],
}
PATHS = {"vi": example_map_path(), "en": resource("examples", "salon-en.cjm")}


def _load(lang: str) -> tuple[bytes, dict, JourneyMap]:
    raw = PATHS[lang].read_bytes()
    doc = json.loads(raw.decode("utf-8"))
    return raw, doc, JourneyMap.model_validate(doc["map"])


@pytest.fixture(scope="module", params=["vi", "en"])
def example(request):
    return request.param, *_load(request.param)


def test_the_gui_opens_the_vietnamese_example():
    assert example_map_path().name == "salon-vi.cjm"
    _, _, m = _load("vi")
    assert m.language == "vi"
    assert "Salon" in m.title
    assert [s.title for s in m.stages] == SALON_STAGES["vi"]


def test_file_is_canonical_cjm_json(example):
    lang, raw, doc, m = example
    assert list(doc) == ["format", "version", "map", "view"]
    assert doc["format"] == "cjm" and doc["version"] == 4
    # Exactly what the app's writer produces: re-saving changes no byte.
    loaded = loads_cjm(raw, "salon.cjm")
    assert raw == dumps_cjm(loaded.map, loaded.view)
    assert not raw.startswith(b"\xef\xbb\xbf")


def test_stages_match_the_salon_template(example):
    lang, _, _, m = example
    assert [s.title for s in m.stages] == SALON_STAGES[lang]
    assert [s.title for s in m.stages] == [s.title for s in build_map("salon-6", lang).stages]
    assert m.language == lang


def test_two_distinct_personas_with_profiles(example):
    _, _, _, m = example
    assert len(m.personas) == 2
    assert len({p.colour for p in m.personas}) == 2
    for p in m.personas:
        assert p.name and p.role and len(p.description) > 80 and len(p.goals) >= 2


def test_every_lane_kind_has_cards(example):
    _, _, _, m = example
    kind_of = {lane.id: lane.kind for lane in m.lanes}
    per_kind = Counter(kind_of[c.lane_id] for c in m.cards)
    assert set(per_kind) == set(LaneKind)
    assert all(lane.title for lane in m.lanes)


def test_it_reads_like_a_map_not_a_grid_fill(example):
    _, _, _, m = example
    cells = Counter((c.stage_id, c.lane_id) for c in m.cards)
    all_cells = len(m.stages) * len(m.lanes)
    assert 0.6 * all_cells < len(cells) < all_cells  # some cells left empty
    assert max(cells.values()) <= 4
    assert sum(1 for n in cells.values() if n >= 2) >= 15


def test_emotion_curves_have_highs_and_lows(example):
    _, _, _, m = example
    for p in m.personas:
        points = [m.emotion(p.id, s.id) for s in m.stages]
        assert all(points), f"{p.name} lacks a score at some stage"
        scores = [e.score for e in points]
        assert max(scores) >= 2 and min(scores) <= -2, (p.name, scores)
        assert all(e.label and len(e.label) <= 30 for e in points)
    curves = [[m.emotion(p.id, s.id).score for s in m.stages] for p in m.personas]
    assert curves[0] != curves[1]


def test_touchpoints_have_channel_sentiment_and_importance(example):
    _, _, _, m = example
    lane = next(la for la in m.lanes if la.kind is LaneKind.TOUCHPOINTS)
    touch = [c for c in m.cards if c.lane_id == lane.id]
    assert len(touch) >= 10
    assert all(c.channel and c.sentiment and c.importance for c in touch)
    assert {c.sentiment for c in touch} == {"positive", "neutral", "negative"}


def test_improvements_have_owner_due_measure_status(example):
    _, _, _, m = example
    lane = next(la for la in m.lanes if la.kind is LaneKind.IMPROVEMENTS)
    actions = [c for c in m.cards if c.lane_id == lane.id]
    assert len(actions) >= 5
    assert all(c.owner and c.due and c.measure and c.status for c in actions)
    assert len({c.status for c in actions}) >= 3


def test_kpis_have_measures_and_evidence_has_sources(example):
    _, _, _, m = example
    kind_of = {lane.id: lane.kind for lane in m.lanes}
    kpis = [c for c in m.cards if kind_of[c.lane_id] is LaneKind.KPIS]
    assert kpis and all(c.measure for c in kpis)
    evidence_cards = [c for c in m.cards if kind_of[c.lane_id] is LaneKind.EVIDENCE]
    assert evidence_cards and all(c.evidence and c.source for c in evidence_cards)
    levels = {c.evidence for c in m.cards if c.evidence}
    assert levels == {"assumption", "anecdote", "researched"}
    # Evidence levels are also used outside the research lane.
    assert sum(1 for c in m.cards if c.evidence and kind_of[c.lane_id] is not LaneKind.EVIDENCE) >= 5


def test_connectors_include_a_step_back(example):
    _, _, _, m = example
    assert 4 <= len(m.connectors) <= 6
    stage_index = {s.id: i for i, s in enumerate(m.stages)}
    backwards = [k for k in m.connectors
                 if stage_index[m.card(k.target_id).stage_id]
                 < stage_index[m.card(k.source_id).stage_id]]
    assert backwards
    assert all(k.label for k in m.connectors)


def test_ids_are_unique_uuid4(example):
    _, _, _, m = example
    ids = [x.id for x in [*m.personas, *m.stages, *m.lanes, *m.cards, *m.connectors]]
    assert len(ids) == len(set(ids))
    assert all(uuid.UUID(i).version == 4 for i in ids)


def test_text_is_nfc_and_printable_with_the_bundled_font(example):
    lang, _, _, m = example
    texts = m.all_text()
    assert all(unicodedata.is_normalized("NFC", t) for t in texts)
    assert missing_glyphs(texts) == []
    if lang == "vi":
        joined = " ".join(texts)
        for ch in "ăâđêôơưảạấềểữự":
            assert ch in joined, ch


def test_the_two_languages_have_the_same_shape():
    _, _, vi = _load("vi")
    _, _, en = _load("en")
    assert len(vi.cards) == len(en.cards)
    assert [la.kind for la in vi.lanes] == [la.kind for la in en.lanes]
    assert [e.score for e in vi.emotions] == [e.score for e in en.emotions]
    assert {c.id for c in vi.cards}.isdisjoint({c.id for c in en.cards})


def test_the_storyboard_shows_pictures_and_the_map_has_a_logo(example):
    lang, raw, _, m = example
    story = [lane for lane in m.lanes if lane.kind == LaneKind.STORYBOARD]
    assert len(story) == 1 and m.lanes[0] is story[0]
    frames = [c for c in m.cards if c.lane_id == story[0].id]
    assert len(frames) >= 3 and all(c.image in m.images and c.title for c in frames)
    assert m.logo in m.images and m.images[m.logo].startswith("data:image/png;")
    assert len(raw) < 400_000  # a map you can mail


@pytest.mark.parametrize("lang, top", [("vi", "Chờ 30–40 phút dù đã đặt lịch"),
                                        ("en", "A 30–40 minute wait despite booking")])
def test_both_examples_hold_two_comments_and_a_finished_vote(lang, top):
    from cjm_desktop.model.votes import dots_left, ranking

    _, _, m = _load(lang)
    notes = [n for item in (*m.stages, *m.lanes, *m.cards) for n in item.comments]
    assert len(notes) == 2 and all(n.author and n.text for n in notes)
    assert m.workshop.participants and all(dots_left(m, p) == 0 for p in m.workshop.participants)  # finished
    kinds = {lane.id: lane.kind for lane in m.lanes}
    assert {kinds[c.lane_id] for c in m.cards if c.votes} == {LaneKind.PAIN_POINTS, LaneKind.OPPORTUNITIES}
    assert ranking(m)[0].card.title == top
