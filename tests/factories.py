"""Small maps built in code, shared by tests of every layer (no Qt here)."""

from __future__ import annotations

from cjm_desktop.model import Card, Connector, EmotionPoint, JourneyMap, Lane, LaneKind, Persona, Stage


def small_map() -> JourneyMap:
    stages = [Stage(title=t) for t in ("Nhận biết", "Tìm hiểu", "Mua hàng")]
    lanes = [Lane(title="Hành động", kind=LaneKind.ACTIONS), Lane(title="Cảm xúc", kind=LaneKind.FEELINGS)]
    persona = Persona(name="Chị Lan")
    cards = [
        Card(stage_id=stages[0].id, lane_id=lanes[0].id, order=i, title=f"A{i}") for i in range(3)
    ] + [Card(stage_id=stages[1].id, lane_id=lanes[0].id, order=0, title="B0")]
    return JourneyMap(
        title="Bản đồ",
        stages=stages,
        lanes=lanes,
        personas=[persona],
        cards=cards,
        connectors=[Connector(source_id=cards[0].id, target_id=cards[3].id)],
        emotions=[EmotionPoint(persona_id=persona.id, stage_id=s.id, score=0) for s in stages],
    )


#: Python source that makes any later import of PySide6/shiboken6 fail; put it
#: before the code of a subprocess that must prove it never loads Qt.
BLOCK_QT = '''
import sys

class BlockQt:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6"):
            raise ImportError(f"Qt is blocked here: import of {name}")
        return None

sys.meta_path.insert(0, BlockQt())
'''
