"""The emotion curve never overshoots its points (issue 13, point 8)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cjm_desktop.layout import LayoutEngine, decor, smooth_segments
from cjm_desktop.model import EmotionPoint, JourneyMap, Lane, LaneKind, Persona, Stage

SAMPLES = [i / 32 for i in range(33)]


def _curve_map(scores, widths=None) -> JourneyMap:
    stages = [Stage(title=f"S{i}", width=widths[i] if widths else 220) for i in range(len(scores))]
    persona = Persona(name="Chị Lan")
    return JourneyMap(
        title="Đường cảm xúc", stages=stages, personas=[persona],
        lanes=[Lane(title="Hành động", kind=LaneKind.ACTIONS), Lane(title="Cảm xúc", kind=LaneKind.FEELINGS)],
        emotions=[EmotionPoint(persona_id=persona.id, stage_id=s.id, score=v) for s, v in zip(stages, scores)],
    )


def _check_between(points, segments) -> None:
    assert len(segments) == len(points) - 1
    for (p, q), seg in zip(zip(points, points[1:]), segments):
        assert seg[0] == p and seg[3] == q
        lo, hi = min(p[1], q[1]), max(p[1], q[1])
        for t in SAMPLES:
            x, y = decor.bezier_point(*seg, t)
            assert p[0] - 1e-9 <= x <= q[0] + 1e-9
            assert lo - 1e-9 <= y <= hi + 1e-9, (p, q, t, y)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.floats(1.0, 400.0), st.floats(-500.0, 500.0)), min_size=2, max_size=12))
def test_sampled_curve_stays_between_each_pair_of_points(steps):
    x, points = 0.0, []
    for dx, y in steps:
        x += dx
        points.append((x, y))
    _check_between(points, smooth_segments(points))


@settings(max_examples=100, deadline=None)
@given(st.lists(st.integers(-3, 3), min_size=2, max_size=10))
def test_map_curves_stay_between_their_scores_and_flat_between_equal_ones(scores):
    m = _curve_map(scores, [150 + 37 * (i % 4) for i in range(len(scores))])
    layout = LayoutEngine().layout(m)
    curve = layout.curves[0]
    points = [(p.x, p.y) for p in curve.points]
    _check_between(points, curve.segments)
    for seg, a, b in zip(curve.segments, scores, scores[1:]):
        if a == b:  # two neutral (or equal) stages: the curve stays on their line
            assert all(abs(decor.bezier_point(*seg, t)[1] - seg[0][1]) < 1e-9 for t in SAMPLES)


def test_two_neutral_stages_between_a_dip_do_not_sag_below_zero():
    m = _curve_map((3, 0, 0, -3))
    layout = LayoutEngine().layout(m)
    zero = layout.emotion_y(layout.feelings_lanes[0], 0)
    seg = layout.curves[0].segments[1]
    assert all(abs(decor.bezier_point(*seg, t)[1] - zero) < 1e-9 for t in SAMPLES)
