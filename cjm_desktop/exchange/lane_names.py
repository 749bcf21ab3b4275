"""A lane's kind recognised from its name, in Vietnamese or English. No Qt.

A hand-made grid names its lanes in words ("Điểm đau", "Pain points",
"Touchpoints:"); the name is compared NFC-normalised (a decomposed
"Điểm đau" typed by a Vietnamese input method matches), case-folded, with
runs of spaces as one and a trailing colon dropped. A name not listed is a
custom lane. The default titles new lanes get on import are here too.
"""

from __future__ import annotations

import re
import unicodedata

from ..model import LaneKind

#: Each kind's names: the first Vietnamese and the first English one are its titles.
_NAMES: dict[LaneKind, tuple[tuple[str, ...], tuple[str, ...]]] = {
    LaneKind.GOALS: (("Mục tiêu", "Mục đích", "Mong muốn"), ("Goals", "Goal", "Objectives", "Customer goals")),
    LaneKind.ACTIONS: (("Hành động", "Hành động của khách hàng", "Hoạt động", "Việc khách hàng làm"),
                       ("Actions", "Action", "Customer actions", "Doing", "Activities", "Steps")),
    LaneKind.TOUCHPOINTS: (("Điểm chạm", "Điểm tiếp xúc", "Kênh"), ("Touchpoints", "Touchpoint", "Touch points",
                                                                    "Channels")),
    LaneKind.THOUGHTS: (("Suy nghĩ", "Suy nghĩ & câu hỏi", "Suy nghĩ và câu hỏi", "Câu hỏi"),
                        ("Thoughts", "Thinking", "Thoughts & questions", "Thoughts and questions", "Questions")),
    LaneKind.FEELINGS: (("Cảm xúc", "Cảm nhận", "Đường cảm xúc"), ("Feelings", "Feeling", "Emotions", "Emotion")),
    LaneKind.PAIN_POINTS: (("Điểm đau", "Nỗi đau", "Vấn đề", "Khó khăn"), ("Pain points", "Pain point", "Pains",
                                                                          "Frustrations")),
    LaneKind.NEEDS: (("Nhu cầu", "Nhu cầu tiềm ẩn"), ("Needs", "Hidden needs", "Unmet needs")),
    LaneKind.OPPORTUNITIES: (("Cơ hội", "Cơ hội cải tiến"), ("Opportunities", "Opportunity", "Ideas")),
    LaneKind.WEAK_POINTS: (("Điểm yếu", "Điểm yếu của tổ chức"), ("Weak points", "Weaknesses",
                                                                 "Organisational weak points")),
    LaneKind.KPIS: (("Chỉ số", "Chỉ số đo lường", "KPI"), ("KPIs", "KPI", "Metrics", "Success metrics")),
    LaneKind.IMPROVEMENTS: (("Hành động cải tiến", "Cải tiến", "Kế hoạch hành động"),
                            ("Improvements", "Improvement actions", "Action plan", "Improvement")),
    LaneKind.EVIDENCE: (("Bằng chứng", "Nghiên cứu", "Nguồn"), ("Evidence", "Research", "Sources")),
}

_TRAILING = re.compile(r"[\s:：]+$")


def name_key(text: str) -> str:
    """The form in which names are compared (NFC, case-folded, single spaces, no trailing colon)."""
    text = unicodedata.normalize("NFC", text).casefold()
    return _TRAILING.sub("", " ".join(text.split()))


_BY_NAME: dict[str, LaneKind] = {
    name_key(name): kind for kind, (vi, en) in _NAMES.items() for name in (*vi, *en)
}


def lane_kind(name: str) -> LaneKind:
    """The kind a lane named ``name`` holds; :attr:`LaneKind.CUSTOM` when the name is not known."""
    return _BY_NAME.get(name_key(name), LaneKind.CUSTOM)


def lane_title(kind: LaneKind, language: str) -> str:
    """The title a new lane of ``kind`` gets in a map of ``language`` ("vi" or "en")."""
    vi, en = _NAMES.get(kind, (("Ghi chú",), ("Notes",)))
    return vi[0] if language == "vi" else en[0]
