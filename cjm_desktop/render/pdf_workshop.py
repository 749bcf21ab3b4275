"""The workshop's marks on the PDF poster: open-comment badges and vote dots. No Qt.

Drawn over the map only when the export asks for comments or votes; the
shapes are :mod:`cjm_desktop.layout.workshop_marks`', as on the canvas
(:mod:`.qt_workshop`).
"""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from ..layout import workshop_marks as marks
from ..layout.types import MapLayout
from ..model import JourneyMap
from ..model.votes import open_comments
from .pdf_ops import Pen


def draw_workshop_marks(c: Canvas, layout: MapLayout, m: JourneyMap, comments: bool, votes: bool) -> None:
    """Badges (``comments``) and dots (``votes``) in map coordinates, as :class:`~.pdf_painter.PdfMapPainter` draws."""
    if not (comments or votes):
        return
    pen = Pen(c, layout.height, layout.style)
    st = layout.style
    c.saveState()
    if comments:
        for items, rects in ((m.stages, layout.stage_headers), (m.lanes, layout.lane_headers)):
            for item in items:
                badge = marks.header_comment_badge(rects[item.id], open_comments(item)) if item.comments else None
                if badge is not None and item.id in rects:
                    pen.pill(badge)
    for card in m.cards:
        g = layout.cards.get(card.id)
        if g is None:
            continue
        r = layout.card_rect(g)
        if votes and card.votes:
            dots, more = marks.card_vote_dots(marks.dot_colours(card, m.workshop.participants),
                                              st.card_stripe, st.card_padding, r.x, r.y)
            pen.apply_stroke(marks.DOT_RING)
            for dot in dots:
                pen.fill(dot.colour)
                pen.circle(dot.x, dot.y, dot.radius, fill=True, stroke=True)
            if more is not None:
                pen.pill(more)
        if comments and card.comments:
            badge = marks.card_comment_badge(r.w, open_comments(card), r.x, r.y)
            if badge is not None:
                pen.pill(badge)
    c.restoreState()
