"""The shared decorations (layout/decor.py) every renderer draws."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cjm_desktop.layout import LayoutEngine, decor
from cjm_desktop.layout.types import Rect
from cjm_desktop.layout.text import missing_glyphs, text_width
from cjm_desktop.model import LaneKind

from tests.export.maps import rich_map


@pytest.fixture(scope="module")
def mapped():
    m = rich_map()
    return m, LayoutEngine().layout(m)


def test_markers_follow_the_card_fields(mapped):
    m, layout = mapped
    tp = next(c for c in m.cards if c.title == "Gọi điện đặt lịch")
    markers = decor.card_markers(tp, layout.cards[tp.id], "vi")
    assert [mk.kind for mk in markers] == ["sentiment", "importance", "evidence"]
    assert markers[0].symbol == "minus" and markers[1].level == 2
    assert markers[2].symbol == "K"  # anecdote: "kể lại"
    assert decor.card_markers(tp, layout.cards[tp.id], "en")[2].symbol == "S"
    plain = next(c for c in m.cards if c.title == "Thanh toán tại quầy")
    assert decor.card_markers(plain, layout.cards[plain.id]) == []


def test_markers_stay_in_the_badge_column_clear_of_the_text(mapped):
    m, layout = mapped
    st = layout.style
    seen = 0
    for card in m.cards:
        g = layout.cards[card.id]
        text_right = max((ln.x + text_width(ln.text, ln.bold, ln.size) for ln in g.content.lines), default=0)
        assert text_right <= g.box.w - st.card_padding - 10 + 0.01
        for mk in decor.card_markers(card, g, m.language, st.card_padding):
            seen += 1
            left = mk.x if mk.kind == "importance" else mk.x - mk.radius
            assert left >= g.box.w - st.card_padding - 10 - 0.01, (card.title, mk)
            assert mk.x + mk.radius <= g.box.w
            assert 0 <= mk.y - mk.radius and mk.y + mk.radius <= g.box.h + 0.5, (card.title, mk)
    assert seen >= 15


def test_arrow_head_points_along_the_last_segment_into_the_target(mapped):
    _, layout = mapped
    for conn in layout.connectors:
        tip, b1, b2 = decor.arrow_head(conn)
        assert tip == conn.end
        base = ((b1[0] + b2[0]) / 2, (b1[1] + b2[1]) / 2)
        assert math.dist(base, tip) == pytest.approx(decor.ARROW_LENGTH)
        assert math.dist(b1, b2) == pytest.approx(2 * decor.ARROW_HALF_WIDTH)
        # the base sits back along the last segment (end - the last corner)
        tx, ty = conn.end[0] - conn.points[-2][0], conn.end[1] - conn.points[-2][1]
        bx, by = tip[0] - base[0], tip[1] - base[1]
        assert tx * bx + ty * by > 0


def test_stage_chevrons_interlock():
    a = decor.chevron(Rect(0, 0, 100, 50), first=True)
    b = decor.chevron(Rect(100, 0, 100, 50), first=False)
    assert len(a) == 5 and len(b) == 6
    tip = a[2]
    notch = b[-1]
    assert tip[1] == notch[1] == 25
    # the point nests in the next one's notch, a constant white gap between them
    assert notch[0] - tip[0] == pytest.approx(decor.STAGE_GAP)
    assert b[0][0] - a[1][0] == pytest.approx(decor.STAGE_GAP)


def test_emotion_scale_spans_minus_three_to_three(mapped):
    _, layout = mapped
    scale = decor.emotion_scale(layout)
    lane = next(lid for lid in layout.lane_order if lid in layout.feelings_lanes)
    assert scale.lane_id == lane
    assert [s for s, _ in scale.ticks] == [3, 2, 1, 0, -1, -2, -3]
    ys = [y for _, y in scale.ticks]
    assert ys == sorted(ys)
    assert scale.zero_y == layout.emotion_y(lane, 0)
    header = layout.lane_headers[lane]
    assert header.y < ys[0] and ys[-1] < header.bottom
    assert missing_glyphs([decor.scale_label(s) for s in range(-3, 4)]) == []


def test_no_scale_without_a_feelings_lane(mapped):
    m, _ = mapped
    m2 = m.model_copy(deep=True)
    m2.lanes[:] = [ln for ln in m2.lanes if ln.kind != LaneKind.FEELINGS]
    m2.cards[:] = [c for c in m2.cards if c.lane_id in {ln.id for ln in m2.lanes}]
    assert decor.emotion_scale(LayoutEngine().layout(m2)) is None


def test_captions_sit_in_the_corner_and_the_persona_strip(mapped):
    m, layout = mapped
    caps = decor.map_captions(layout, "vi")
    assert [c.text for c in caps] == ["Chân dung khách hàng", "Giai đoạn", "Làn"]
    k = layout.corner
    for cap in caps[1:]:
        assert cap.on_dark and k.contains(cap.x - 1, cap.y - 1)
    # the strip's title ends before the first persona circle
    first_circle = min(p.circle.x for p in layout.personas)
    assert caps[0].x + text_width(caps[0].text, True, caps[0].size) < first_circle


def test_point_labels_of_two_personas_at_one_stage_face_away(mapped):
    m, layout = mapped
    offsets = decor.point_label_offsets(layout)
    assert [len(row) for row in offsets] == [len(c.points) for c in layout.curves]
    checked = 0
    for si in range(len(m.stages)):
        (a, oa), (b, ob) = [(c.points[si], offsets[ci][si]) for ci, c in enumerate(layout.curves)]
        if a.y == b.y:
            assert oa * ob < 0  # one above, one below
            continue
        upper, lower = (oa, ob) if a.y < b.y else (ob, oa)
        assert upper < 0 < lower, (si, a.score, b.score)
        checked += 1
    assert checked >= 4
    # a lone point keeps its label above, except at the top of the scale
    alone = LayoutEngine().layout(m)
    del alone.curves[1:]
    single = decor.point_label_offsets(alone)[0]
    for pt, off in zip(alone.curves[0].points, single):
        assert (off > 0) == (pt.score == 3)


@pytest.mark.parametrize("language, personas, stages, lanes", [
    ("vi", "Chân dung khách hàng", "Giai đoạn", "Làn"),
    ("en", "Personas", "Stages", "Lanes"),
])
def test_the_words_on_the_map_come_from_the_one_words_module(language, personas, stages, lanes):
    from cjm_desktop.layout.words import card_count, label

    m = rich_map(language)
    layout = LayoutEngine().layout(m)
    assert [c.text for c in decor.map_captions(layout, language)] == [personas, stages, lanes]
    assert [label(k, language) for k in ("personas", "stages", "lanes")] == [personas, stages, lanes]
    assert card_count(1, language) == {"vi": "1 thẻ", "en": "1 card"}[language]
    assert card_count(4, language) == {"vi": "4 thẻ", "en": "4 cards"}[language]


def test_template_hint_cards_are_tagged_with_the_map_word():
    from cjm_desktop.layout.words import label
    from cjm_desktop.templates import HINT_TAG

    assert HINT_TAG == {"vi": label("hint", "vi"), "en": label("hint", "en")} == {"vi": "gợi ý", "en": "hint"}


def test_decor_strokes_carry_width_colour_and_dash(mapped):
    _, layout = mapped
    st = layout.style
    ticks, zero = decor.scale_strokes(st)
    assert (ticks.colour, ticks.width, ticks.dash, ticks.cap) == (st.grid_line, 0.4, (1.0, 2.5), "flat")
    assert (zero.width, zero.dash) == (0.9, (4.0, 3.0))
    halo, line = decor.curve_strokes("#123456")
    assert (halo.colour, halo.width, line.colour, line.width) == ("#ffffff", decor.CURVE_HALO_WIDTH, "#123456",
                                                                  decor.CURVE_WIDTH)
    assert decor.grid_stroke(st) == decor.Stroke(st.grid_line, 0.6)
    assert decor.card_border(st, "#ff0000").colour == "#ff0000"


def _outline_as_defined(conn):
    """connector_outline written plainly from its definition: each corner a quarter
    circle of radius min(CONNECTOR_CORNER_RADIUS, half of each run beside it), the
    line stopping at the shaft end (or at the last corner when the head covers the
    last run). The outline the painters draw must be exactly this."""
    pts = list(conn.points)
    shaft = decor.connector_shaft_end(conn)
    if len(pts) > 2 and math.dist(pts[-2], pts[-1]) <= math.dist(shaft, pts[-1]):
        pts.pop()
    else:
        (px, py), (ex, ey) = pts[-2], pts[-1]
        pts[-1] = (shaft[0], ey) if py == ey else (ex, shaft[1]) if px == ex else shaft

    def unit(p, q):
        n = math.dist(p, q) or 1.0
        return (q[0] - p[0]) / n, (q[1] - p[1]) / n

    ops = [("M", pts[0])]
    for p0, p, p1 in zip(pts, pts[1:], pts[2:]):
        r = min(decor.CONNECTOR_CORNER_RADIUS, math.dist(p0, p) / 2, math.dist(p, p1) / 2)
        if r < 0.05:
            ops.append(("L", p))
            continue
        u, v = unit(p0, p), unit(p, p1)
        a = (p[0] - u[0] * r, p[1] - u[1] * r)
        b = (p[0] + v[0] * r, p[1] + v[1] * r)
        k = r * decor.BEZIER_QUARTER
        ops.append(("L", a))
        ops.append(("C", (a[0] + u[0] * k, a[1] + u[1] * k), (b[0] - v[0] * k, b[1] - v[1] * k), b))
    ops.append(("L", pts[-1]))
    return ops


def test_every_routed_connector_outline_is_the_one_its_definition_gives(mapped):
    routes = mapped[1].connectors
    assert routes
    for conn in routes:
        assert decor.connector_outline(conn) == _outline_as_defined(conn)


_steps = st.lists(st.tuples(st.booleans(), st.sampled_from([-40.0, -9.5, -3.0, -0.06, 0.04, 2.5, 7.0, 10.0, 61.25])),
                  min_size=1, max_size=6)


@settings(max_examples=300, deadline=None)
@given(start=st.tuples(st.floats(-500, 500), st.floats(-500, 500)), steps=_steps)
def test_any_orthogonal_outline_is_the_one_its_definition_gives(start, steps):
    """Runs across and down of any length, short ones included (corners smaller
    than the radius, or none), as routing and a drag's preview make them."""
    from cjm_desktop.layout.types import ConnectorGeometry

    x, y = start
    coords = [x, y]
    for across, d in steps:
        x, y = (x + d, y) if across else (x, y + d)
        coords += [x, y]
    conn = ConnectorGeometry("k", tuple(coords), "")
    assert decor.connector_outline(conn) == _outline_as_defined(conn)
