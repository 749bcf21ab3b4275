"""The card outline and stripe written as raw PDF operators are the shapes
reportlab's own path calls draw (the export writes them in one string for speed)."""

from __future__ import annotations

import re

import pytest
from reportlab.pdfgen.pathobject import PDFPathObject

from cjm_desktop.export.pdf_map import KAPPA, card_outline_ops, card_stripe_ops

NUMBER = re.compile(r"-?\d*\.?\d+")


def _tokens(ops: str) -> list:
    """Operators as strings, operands as floats; reportlab's leading no-op ``n``
    (end a path that was never begun) dropped."""
    tokens = [float(t) if NUMBER.fullmatch(t) else t for t in ops.split()]
    return tokens[1:] if tokens[:1] == ["n"] else tokens


def _same(ours: str, reportlabs: str) -> None:
    a, b = _tokens(ours), _tokens(reportlabs)
    assert len(a) == len(b)
    for x, y in zip(a, b):
        if isinstance(y, float):
            assert x == pytest.approx(y, abs=0.006)
        else:
            assert x == y


@pytest.mark.parametrize("x, y, w, h", [(10.0, 20.0, 180.0, 64.5), (1234.567, 26000.25, 222.0, 31.0)])
def test_card_outline_is_reportlabs_round_rect(x, y, w, h):
    path = PDFPathObject()
    path.roundRect(x, y, w, h, 4.0)  # closes the path itself
    _same(card_outline_ops(x, y, w, h, 4.0), path.getCode())


def test_card_stripe_is_the_left_edge_with_rounded_corners():
    x, y, h, r, width = 10.0, 20.0, 60.0, 4.0, 5.0
    k = r * KAPPA
    path = PDFPathObject()
    path.moveTo(x + width, y)
    path.lineTo(x + r, y)
    path.curveTo(x + r - k, y, x, y + r - k, x, y + r)
    path.lineTo(x, y + h - r)
    path.curveTo(x, y + h - r + k, x + r - k, y + h, x + r, y + h)
    path.lineTo(x + width, y + h)
    path.close()
    _same(card_stripe_ops(x, y, h, r, width), path.getCode())
