"""Maps and comparisons shared by the exchange tests (no Qt)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from cjm_desktop.io import read_cjm
from cjm_desktop.model import Card, JourneyMap, Lane, LaneKind, Stage
from cjm_desktop.templates import TEMPLATE_IDS, build_map

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "resources" / "examples").glob("*.cjm"))


def bundled_maps() -> list[tuple[str, JourneyMap]]:
    """Every bundled example and every template in both languages."""
    maps = [(p.name, read_cjm(p).map) for p in EXAMPLES]
    maps += [(f"{t}-{lang}", build_map(t, lang)) for t in TEMPLATE_IDS for lang in ("vi", "en")]
    return maps


def awkward_map() -> JourneyMap:
    """Text a spreadsheet or a CSV reader could change: formulas, escapes, control characters, NFD input."""
    stage = Stage(title="=SUM(A1:A3)")
    lanes = [Lane(title="Điểm chạm", kind=LaneKind.TOUCHPOINTS), Lane(title="Ghi chú", kind=LaneKind.CUSTOM)]
    texts = ["=1+1", "+84 90", "-3", "@mention", "'quoted", "_x0041_ stays", "bell \x07 and\r\nCRLF", "\tindent",
             "  spaces  ", "Hành trình", "a;b,c:d#e", ""]
    cards = [Card(stage_id=stage.id, lane_id=lanes[i % 2].id, order=i, title=t, body=t * 2,
                  tags=["a, b", " spaced "] if i == 0 else [], channel="Zalo", sentiment="negative",
                  importance="high", owner="Chị Lan", due=dt.date(2026, 2, 28), measure="NPS ≥ 40",
                  status="doing", evidence="researched", source="phỏng vấn 12", colour="#d64545")
             for i, t in enumerate(texts)]
    return JourneyMap(title="Khó: =cmd|' /C calc'!A0", stages=[stage], lanes=lanes, cards=cards)


def assert_cards_equal(before: JourneyMap, after: JourneyMap, notes: bool = True) -> None:
    """Every card of ``before`` is in ``after`` with every field equal (compared field by field),
    pictures excepted: they do not travel through a spreadsheet; without ``notes`` (a CSV table)
    the comments and votes do not either (a workbook keeps them in its hidden sheet)."""
    got = {c.id: c for c in after.cards}
    assert len(after.cards) == len(before.cards)
    for card in before.cards:
        assert card.id in got, card.title
        for field in Card.model_fields:
            if field == "image":
                assert getattr(got[card.id], field) is None
                continue
            if field in ("comments", "votes") and not notes:
                assert not getattr(got[card.id], field)
                continue
            assert getattr(got[card.id], field) == getattr(card, field), (card.title, field)
    after_lanes = {lane.id: lane for lane in after.lanes}
    for lane in before.lanes:
        if any(c.lane_id == lane.id for c in before.cards):
            assert (after_lanes[lane.id].title, after_lanes[lane.id].kind) == (lane.title, lane.kind)


def assert_whole_map_equal(before: JourneyMap, after: JourneyMap) -> None:
    """The cards and every other part of the map (pictures excepted)."""
    assert_cards_equal(before, after)
    skip = {"cards": True, "conflicts": True, "images": True, "logo": True, "personas": {"__all__": {"portrait"}},
            "stages": {"__all__": {"image"}},
            # the future states come back whole, their pictures excepted too
            "states": {"__all__": {"stages": {"__all__": {"image"}}, "cards": {"__all__": {"image"}}}}}
    assert after.model_dump(exclude=skip) == before.model_dump(exclude=skip)
