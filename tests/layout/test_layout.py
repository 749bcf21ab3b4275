"""Geometry shared by canvas and PDF: placement, wrapping, hit testing."""

from __future__ import annotations

import unicodedata

from cjm_desktop.layout import LayoutEngine, missing_glyphs, text_width, wrap_text
from cjm_desktop.model import Card, LaneKind
from cjm_desktop.templates import build_map
from cjm_desktop.templates.generated import generate_map
from tests.factories import small_map


def test_cards_stack_in_order_inside_their_cell():
    m = small_map()
    layout = LayoutEngine().layout(m)
    s0, lane = m.stages[0], m.lanes[0]
    cell = layout.cells[(s0.id, lane.id)]
    geoms = [layout.rect_of(c.id) for c in m.cards_in(s0.id, lane.id)]
    ys = [g.y for g in geoms]
    assert ys == sorted(ys)
    for g in geoms:
        assert cell.x <= g.x and g.right <= cell.right
        assert cell.y <= g.y and g.bottom <= cell.bottom
    for a, b in zip(geoms, geoms[1:]):
        assert a.bottom < b.y  # no overlap


def test_lane_grows_to_fit_its_tallest_cell():
    m = small_map()
    lane = m.lanes[0]
    for i in range(12):
        m.cards.append(Card(stage_id=m.stages[2].id, lane_id=lane.id, order=i, title=f"Thẻ {i}", body="nội dung " * 10))
    layout = LayoutEngine().layout(m)
    bottom = max(layout.card_rect(g).bottom for g in layout.cards.values() if g.lane_id == lane.id)
    assert layout.lane_headers[lane.id].bottom >= bottom
    assert layout.lane_headers[lane.id].h > lane.height


def test_wrap_keeps_every_word_and_fits_width():
    text = "Khách hàng tìm hiểu dịch vụ qua mạng xã hội và hỏi ý kiến bạn bè trước khi đặt lịch"
    lines = wrap_text(text, False, 9, 120)
    assert len(lines) > 1
    assert " ".join(lines) == text
    assert all(text_width(line, False, 9) <= 120 for line in lines)


def test_wrap_breaks_words_longer_than_the_width_and_keeps_newlines():
    lines = wrap_text("a" * 200 + "\nhai", True, 10, 80)
    assert "".join(lines[:-1]) == "a" * 200
    assert lines[-1] == "hai"


def test_wrap_normalises_to_nfc():
    decomposed = unicodedata.normalize("NFD", "Đánh giá")
    assert wrap_text(decomposed, False, 9, 500) == ["Đánh giá"]


def test_missing_glyphs_reports_what_the_font_cannot_draw():
    assert missing_glyphs(["Hành trình khách hàng ủng hộ ơ ư đ"]) == []
    assert missing_glyphs(["ok 你好"]) == ["你", "好"]


def test_hit_testing_and_insert_index():
    m = small_map()
    layout = LayoutEngine().layout(m)
    s0, lane = m.stages[0], m.lanes[0]
    cards = [layout.rect_of(c.id) for c in m.cards_in(s0.id, lane.id)]
    x, y = cards[1].center
    assert layout.cell_at(x, y) == (s0.id, lane.id)
    assert layout.insert_index_at(s0.id, lane.id, cards[0].y + 1) == 0
    assert layout.insert_index_at(s0.id, lane.id, cards[2].bottom + 5) == 3
    assert layout.cell_at(-5, y) is None


def test_emotion_curve_points_follow_scores_and_snap_back():
    m = small_map()
    feel = next(lane for lane in m.lanes if lane.kind == LaneKind.FEELINGS)
    m.emotions[0].score = 3
    m.emotions[1].score = -3
    layout = LayoutEngine().layout(m)
    curve = layout.curves[0]
    assert curve.points[0].y < curve.points[2].y < curve.points[1].y
    for p in curve.points:
        assert layout.emotion_score_at(feel.id, p.y) == p.score
    assert layout.emotion_score_at(feel.id, -1e6) == 3
    assert layout.emotion_score_at(feel.id, 1e6) == -3
    assert len(curve.segments) == len(curve.points) - 1


def test_feelings_cards_sit_below_the_curve_band():
    m = small_map()
    feel = next(lane for lane in m.lanes if lane.kind == LaneKind.FEELINGS)
    card = Card(stage_id=m.stages[0].id, lane_id=feel.id, title="Hồi hộp")
    m.cards.append(card)
    layout = LayoutEngine().layout(m)
    lowest_curve_y = layout.emotion_y(feel.id, -3)
    assert layout.rect_of(card.id).y > lowest_curve_y


def test_collapsed_lane_hides_cards_and_connectors():
    m = small_map()
    m.lanes[0].collapsed = True
    layout = LayoutEngine().layout(m)
    assert not layout.cards
    assert not layout.connectors
    assert layout.lane_headers[m.lanes[0].id].h == layout.style.collapsed_lane_height


def test_overflowing_card_is_flagged_not_silently_cut():
    m = small_map()
    m.cards[0].body = "rất dài " * 400
    layout = LayoutEngine().layout(m)
    assert layout.cards[m.cards[0].id].content.overflow
    assert not layout.cards[m.cards[1].id].content.overflow


def test_every_template_lays_out():
    for tid in ("blank", "5a", "coleman-8", "salon-6"):
        m = build_map(tid, "vi")
        layout = LayoutEngine().layout(m)
        assert set(layout.stage_headers) == {s.id for s in m.stages}
        assert set(layout.cards) == {c.id for c in m.cards}


def test_large_map_layout_reuses_measurements():
    m = generate_map(cards=2000, stages=10, lanes=8, seed=3)
    engine = LayoutEngine()
    first = engine.layout(m)
    card = m.cards[0]
    card.title = card.title + " mới"
    second = engine.layout(m)
    assert second.cards[card.id].content is not first.cards[card.id].content
    other = m.cards[1].id
    assert second.cards[other].content is first.cards[other].content
