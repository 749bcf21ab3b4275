"""The workshop's marks drawn with QPainter: open-comment badges and vote dots.

The shapes come from :mod:`cjm_desktop.layout.workshop_marks`; the PDF draws
the same ones (:mod:`.pdf_workshop`).
"""

from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import QPointF
from PySide6.QtGui import QPainter

from ..layout import workshop_marks as marks
from ..layout.style import Style
from ..layout.types import Rect
from .qt_painter import draw_pill
from .qt_pens import qcolor, qpen


def paint_card_marks(p: QPainter, width: float, open_comments: int, dots: Sequence[str], style: Style,
                     dx: float = 0.0, dy: float = 0.0) -> None:
    """A card's vote dots and open-comment badge (card-relative, offset by ``dx``, ``dy``)."""
    if dots:
        shown, more = marks.card_vote_dots(dots, style.card_stripe, style.card_padding, dx, dy)
        p.setPen(qpen(marks.DOT_RING))
        for dot in shown:
            p.setBrush(qcolor(dot.colour))
            p.drawEllipse(QPointF(dot.x, dot.y), dot.radius, dot.radius)
        if more is not None:
            draw_pill(p, more)
    badge = marks.card_comment_badge(width, open_comments, dx, dy)
    if badge is not None:
        draw_pill(p, badge)


def paint_header_badge(p: QPainter, rect: Rect, open_comments: int) -> None:
    """A stage's or lane's open-comment badge (map coordinates)."""
    badge = marks.header_comment_badge(rect, open_comments)
    if badge is not None:
        draw_pill(p, badge)
