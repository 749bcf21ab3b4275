"""The appendix's workshop sections: the map's comments, keyed to the card, stage
or lane they are on, and the ranking of the voted cards. No Qt.

Only when asked (``export --comments`` / ``--votes``, or the Export dialog's
boxes). Every user text is XML-escaped before it goes into a Paragraph.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.platypus import Flowable, Paragraph, Table

from ..layout.style import Style
from ..layout.words import label
from ..model import Comment, JourneyMap
from ..model.votes import ANONYMOUS, ranking, voters

if TYPE_CHECKING:  # pragma: no cover
    from .appendix import _Styles


def _text(s: str) -> str:
    from .appendix import _text as escape_text

    return escape_text(s)


def commented(m: JourneyMap) -> list[tuple[str, str, list[Comment]]]:
    """(what it is on, where, comments) for each commented stage, lane and card, in map order."""
    lang = m.language
    stages = {s.id: s for s in m.stages}
    lanes = {lane.id: lane for lane in m.lanes}
    out = [(label("on_stage", lang, title=s.title), "", s.comments) for s in m.stages if s.comments]
    out += [(label("on_lane", lang, title=lane.title), "", lane.comments) for lane in m.lanes if lane.comments]
    out += [(c.title or "—", f"{stages[c.stage_id].title} · {lanes[c.lane_id].title}", c.comments)
            for c in m.reading_order(c for c in m.cards if c.comments)]
    return out


def _comments_table(m: JourneyMap, frame_w: float, st: Style, S: "_Styles") -> Table:
    from .appendix import _table

    lang = m.language
    P = Paragraph
    head = [P(_text(label(k, lang)), S.head) for k in ("col_on", "col_author", "col_date", "col_comment", "col_status")]
    rows = [head]
    for on, where, notes in commented(m):
        place = f"<b>{_text(on)}</b>" + (f'<br/><font color="{st.muted_text}">{_text(where)}</font>' if where else "")
        for note in notes:
            state = label("resolved", lang) if note.resolved else f"<b>{_text(label('open', lang))}</b>"
            rows.append([P(place, S.cell), P(_text(note.author or label("anonymous", lang)), S.cell),
                         P(note.created.strftime("%d/%m/%Y %H:%M"), S.cell), P(_text(note.text), S.cell),
                         P(state, S.cell)])
    return _table(rows, [frame_w * f for f in (0.24, 0.14, 0.13, 0.37, 0.12)], st)


def _votes_table(m: JourneyMap, frame_w: float, st: Style, S: "_Styles") -> Table:
    from .appendix import _table

    lang = m.language
    P = Paragraph
    order = voters(m)
    head = [P(_text(label(k, lang)), S.head)
            for k in ("col_rank", "col_dots", "col_card", "col_stage", "col_lane", "col_voters")]
    rows = [head]
    for line in ranking(m):
        who = ", ".join(f"{name if name != ANONYMOUS else label('anonymous', lang)} {line.card.votes[name]}"
                        for name in order if name in line.card.votes)
        rows.append([P(str(line.rank), S.cell), P(f"<b>{line.dots}</b>", S.cell), P(_text(line.card.title or "—"), S.cell),
                     P(_text(line.stage_title), S.cell), P(_text(line.lane_title), S.cell), P(_text(who), S.cell)])
    return _table(rows, [frame_w * f for f in (0.07, 0.07, 0.32, 0.17, 0.15, 0.22)], st)


def workshop_story(m: JourneyMap, frame_w: float, st: Style, S: "_Styles", first: int,
                   comments: bool, votes: bool) -> list[Flowable]:
    """The comments and vote results sections asked for, numbered from ``first``."""
    lang = m.language
    story: list[Flowable] = []
    number = first
    for asked, title, has, table in (
        (comments, "comments_title", bool(commented(m)), _comments_table),
        (votes, "votes_title", any(c.votes for c in m.cards), _votes_table),
    ):
        if not asked:
            continue
        story.append(Paragraph(_text(f"{number}. " + label(title, lang)), S.h1))
        story.append(table(m, frame_w, st, S) if has else Paragraph(_text(label("none", lang)), S.muted))
        number += 1
    return story
