"""Appendix pages: improvement-action plan, KPIs, full text of cut cards. No Qt.

Built from reportlab platypus flowables (tables and paragraphs) laid into
frames on the export's own canvas. All user text is XML-escaped before it goes
into a Paragraph.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Optional
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import registerFontFamily
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, Paragraph, Spacer, Table, TableStyle
from reportlab.lib.colors import HexColor

from ..layout.derived import card_meta_text
from ..layout.types import MapLayout
from ..layout.style import STATUS_COLOURS, Style
from ..layout.text import FONT_BOLD, FONT_REGULAR, fit_text, register_fonts
from ..layout.words import label
from ..model import Card, JourneyMap, LaneKind
from .options import MM, ExportError

#: Longest action text shown in a table cell; longer cards are cut on the map too,
#: so their full text is in the third section, and the cell says so.
CELL_TEXT_LIMIT = 700


@dataclass(frozen=True)
class AppendixContent:
    """What the appendix lists (the rows, before any drawing)."""

    plan: list[Card]
    kpis: list[Card]
    overflow: list[Card]


def _ordered(m: JourneyMap, cards) -> list[Card]:
    stage_rank = {s.id: i for i, s in enumerate(m.stages)}
    lane_rank = {lane.id: i for i, lane in enumerate(m.lanes)}
    return sorted(cards, key=lambda c: (stage_rank[c.stage_id], lane_rank[c.lane_id], c.order))


def appendix_content(m: JourneyMap, layout: MapLayout) -> AppendixContent:
    kinds = {lane.id: lane.kind for lane in m.lanes}
    plan = _ordered(m, (c for c in m.cards if kinds[c.lane_id] == LaneKind.IMPROVEMENTS))
    kpis = _ordered(m, (c for c in m.cards if kinds[c.lane_id] == LaneKind.KPIS))
    cut = {cid for cid, g in layout.cards.items() if g.content.overflow}
    cut |= {c.id for c in plan if len(c.body) > CELL_TEXT_LIMIT}
    overflow = _ordered(m, (c for c in m.cards if c.id in cut))
    return AppendixContent(plan, kpis, overflow)


def _text(s: str) -> str:
    return escape(s).replace("\n", "<br/>")


class _Styles:
    def __init__(self, st: Style) -> None:
        register_fonts()
        registerFontFamily(FONT_REGULAR, normal=FONT_REGULAR, bold=FONT_BOLD, italic=FONT_REGULAR,
                           boldItalic=FONT_BOLD)
        self.st = st
        self.h1 = ParagraphStyle("h1", fontName=FONT_BOLD, bulletFontName=FONT_REGULAR, fontSize=14, leading=18, spaceBefore=10,
                                 spaceAfter=6, textColor=HexColor(st.header_fill))
        self.cell = ParagraphStyle("cell", fontName=FONT_REGULAR, bulletFontName=FONT_REGULAR, fontSize=7.5, leading=9.6,
                                   textColor=HexColor(st.text), alignment=TA_LEFT)
        self.head = ParagraphStyle("head", parent=self.cell, fontName=FONT_BOLD, textColor=HexColor("#ffffff"))
        self.muted = ParagraphStyle("muted", parent=self.cell, textColor=HexColor(st.muted_text))
        self.card_title = ParagraphStyle("ct", fontName=FONT_BOLD, bulletFontName=FONT_REGULAR, fontSize=9, leading=11.5, spaceBefore=6,
                                         textColor=HexColor(st.text))
        self.body = ParagraphStyle("body", fontName=FONT_REGULAR, bulletFontName=FONT_REGULAR, fontSize=8.5, leading=11.2,
                                   textColor=HexColor(st.text))
        self.where = ParagraphStyle("where", parent=self.body, fontSize=7, leading=9,
                                    textColor=HexColor(st.muted_text))


def _table(rows: list[list], widths: list[float], st: Style) -> Table:
    t = Table(rows, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), HexColor(st.header_fill)),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [HexColor("#ffffff"), HexColor("#f4f6f9")]),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, HexColor(st.grid_line)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), FONT_REGULAR),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return t


def _touchpoints(m: JourneyMap) -> dict[str, list[str]]:
    """Titles of touchpoint cards joined to each card by a connector."""
    kinds = {lane.id: lane.kind for lane in m.lanes}
    by_id = {c.id: c for c in m.cards}
    out: dict[str, list[str]] = {}
    for k in m.connectors:
        a, b = by_id.get(k.source_id), by_id.get(k.target_id)
        if a is None or b is None:
            continue
        for x, y in ((a, b), (b, a)):
            if kinds[y.lane_id] == LaneKind.TOUCHPOINTS and y.title:
                out.setdefault(x.id, []).append(y.title)
    return out


def build_story(m: JourneyMap, content: AppendixContent, frame_w: float, st: Style,
                sections: tuple[bool, bool, bool] = (True, False, False)) -> list[Flowable]:
    """The appendix as flowables: action plan, KPIs, cut cards in full (``sections[0]``),
    then the comments (``sections[1]``) and the vote results (``sections[2]``), numbered in turn."""
    from .appendix_workshop import workshop_story

    standard, comments, votes = sections
    story = _standard_story(m, content, frame_w, st) if standard else []
    return story + workshop_story(m, frame_w, st, _Styles(st), 4 if standard else 1, comments, votes)


def _standard_story(m: JourneyMap, content: AppendixContent, frame_w: float, st: Style) -> list[Flowable]:
    lang = m.language
    S = _Styles(st)
    P = Paragraph
    story: list[Flowable] = []
    sections = (
        ("plan_title", content.plan, lambda: _plan_table(m, content, frame_w, st, S)),
        ("kpi_title", content.kpis, lambda: _kpi_table(m, content, frame_w, st, S)),
    )
    for number, (title, cards, table) in enumerate(sections, start=1):
        story.append(P(_text(f"{number}. " + label(title, lang)), S.h1))
        story.append(table() if cards else P(_text(label("none", lang)), S.muted))
    story.append(P(_text("3. " + label("overflow_title", lang)), S.h1))
    if not content.overflow:
        story.append(P(_text(label("none", lang)), S.muted))
    stages = {s.id: s for s in m.stages}
    lanes = {lane.id: lane for lane in m.lanes}
    for c in content.overflow:
        lane = lanes[c.lane_id]
        story.append(P(_text(c.title or "—"), S.card_title))
        story.append(P(_text(f"{stages[c.stage_id].title} · {lane.title}"), S.where))
        if c.body:
            story.append(P(_text(c.body), S.body))
        meta = card_meta_text(c, lane.kind)
        if meta:
            story.append(P(_text(meta), S.where))
        story.append(Spacer(1, 3))
    return story


def _plan_table(m: JourneyMap, content: AppendixContent, frame_w: float, st: Style, S: "_Styles") -> Table:
    """1. The improvement actions: touchpoint or stage, action, owner, due, measure, status."""
    lang = m.language
    P = Paragraph
    stages = {s.id: s for s in m.stages}
    tps = _touchpoints(m)
    head = [P(_text(label(k, lang)), S.head) for k in
            ("col_touchpoint", "col_action", "col_owner", "col_due", "col_measure", "col_status")]
    rows = [head]
    for c in content.plan:
        where = "<br/>".join(_text(t) for t in tps.get(c.id, []))
        where = where or f'<font color="{st.muted_text}">{_text(stages[c.stage_id].title)}</font>'
        body = c.body
        note = ""
        if len(body) > CELL_TEXT_LIMIT:
            body = body[:CELL_TEXT_LIMIT].rstrip() + "…"
            note = f'<br/><font color="{st.muted_text}">→ 3. {_text(label("overflow_title", lang))}</font>'
        action = f"<b>{_text(c.title)}</b>" + (f"<br/>{_text(body)}" if body else "") + note
        status = ""
        if c.status:
            status = f'<font color="{STATUS_COLOURS[c.status]}"><b>{_text(label(c.status, lang))}</b></font>'
        rows.append([
            P(where, S.cell), P(action, S.cell), P(_text(c.owner), S.cell),
            P(c.due.strftime("%d/%m/%Y") if c.due else "", S.cell), P(_text(c.measure), S.cell),
            P(status, S.cell),
        ])
    fr = [0.17, 0.33, 0.15, 0.11, 0.14, 0.10]
    return _table(rows, [frame_w * f for f in fr], st)


def _kpi_table(m: JourneyMap, content: AppendixContent, frame_w: float, st: Style, S: "_Styles") -> Table:
    """2. The KPIs: stage, KPI, measure."""
    P = Paragraph
    stages = {s.id: s for s in m.stages}
    head = [P(_text(label(k, m.language)), S.head) for k in ("col_stage", "col_kpi", "col_measure")]
    rows = [head]
    for c in content.kpis:
        body = c.body if len(c.body) <= CELL_TEXT_LIMIT else c.body[:CELL_TEXT_LIMIT].rstrip() + "…"
        kpi = f"<b>{_text(c.title)}</b>" + (f"<br/>{_text(body)}" if body else "")
        rows.append([P(_text(stages[c.stage_id].title), S.cell), P(kpi, S.cell), P(_text(c.measure), S.cell)])
    return _table(rows, [frame_w * f for f in (0.2, 0.55, 0.25)], st)


def draw_appendix(
    c: Canvas,
    m: JourneyMap,
    layout: MapLayout,
    page_w: float,
    page_h: float,
    first_page: int,
    check: Optional[Callable[[], None]] = None,
    sections: tuple[bool, bool, bool] = (True, False, False),
) -> int:
    """Lay the appendix into as many pages as it needs; returns the page count.
    ``sections``: the standard three, the comments, the vote results (:func:`build_story`)."""
    st = layout.style
    margin = 15 * MM
    frame_w = page_w - 2 * margin
    story = build_story(m, appendix_content(m, layout), frame_w - 12, st, sections)
    pages = 0
    while story:
        if check:
            check()
        c.setPageSize((page_w, page_h))
        _page_chrome(c, m, st, page_w, page_h, margin, first_page + pages)
        frame = Frame(margin, margin + 10, frame_w, page_h - 2 * margin - 30, showBoundary=0)
        placed = 0
        while story:
            f = story[0]
            if frame.add(f, c, trySplit=0):
                story.pop(0)
                placed += 1
                continue
            parts = frame.split(f, c)
            if parts and frame.add(parts[0], c, trySplit=0):
                story[0:1] = parts[1:]
                placed += 1
            elif placed == 0:
                raise ExportError("an appendix entry is too large for a page: shorten it or leave out the appendix")
            break
        c.showPage()
        pages += 1
    return pages


def _page_chrome(c: Canvas, m: JourneyMap, st: Style, w: float, h: float, margin: float, number: int) -> None:
    lang = m.language
    head = label("appendix", lang) + (" · " + m.title if m.title else "")
    c.setFont(FONT_BOLD, 9)
    c.setFillColor(HexColor(st.muted_text))
    avail = w - 2 * margin - 60
    head = fit_text(head, True, 9, avail)
    c.drawString(margin, h - margin - 4, head)
    c.setStrokeColor(HexColor(st.grid_line))
    c.setLineWidth(0.6)
    c.line(margin, h - margin - 9, w - margin, h - margin - 9)
    c.setFont(FONT_REGULAR, 8)
    c.drawRightString(w - margin, margin - 2, label("page", lang, n=number))
