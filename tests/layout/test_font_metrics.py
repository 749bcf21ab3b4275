"""The layout's text widths come from a table of the bundled fonts' advance widths
(resources/fonts/widths.json), and measure exactly as reportlab measures for the PDF."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase import pdfmetrics

from cjm_desktop.layout import font_metrics, text
from cjm_desktop.resources import font_path

ROOT = Path(__file__).resolve().parents[2]


def _face(bold: bool):
    text.register_fonts()
    return pdfmetrics.getFont(text.font_name(bold)).face


def test_the_shipped_table_is_the_fonts_widths():
    """After changing a font, `make font-widths` writes the table again."""
    assert font_metrics._table() == font_metrics.table_from_fonts()


@pytest.mark.parametrize("bold", [False, True])
def test_the_table_is_used_and_holds_every_character_of_the_font(bold):
    table = font_metrics._from_table(bold)
    assert table is not None
    face = _face(bold)
    assert dict(table) == face.charWidths
    assert set(table) == set(face.charToGlyph)
    assert table.default == face.defaultWidth


# Vietnamese, Latin, punctuation, and characters the font has no glyph for (CJK, emoji)
_TEXT = st.text(st.sampled_from(
    "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ ,.;:!?…–—'\"()0123456789"
    "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
    "\u00a0\u4e00\u6f22\U0001f600\u2603"), max_size=60)


@settings(max_examples=300, deadline=None)
@given(words=_TEXT, size=st.floats(min_value=4, max_value=96, allow_nan=False), bold=st.booleans())
def test_a_width_is_reportlabs_to_the_last_bit(words, size, bold):
    text.register_fonts()
    assert font_metrics.widths(bold).measure(words, size) == pdfmetrics.stringWidth(words, text.font_name(bold), size)


def test_a_table_of_another_font_file_is_not_used(monkeypatch):
    entry = font_metrics._table()["fonts"][font_path(False).name]
    monkeypatch.setitem(entry, "bytes", entry["bytes"] + 1)
    monkeypatch.setattr(font_metrics, "_loaded", {})
    assert font_metrics._from_table(False) is None
    widths = font_metrics.widths(False)  # from reportlab instead
    assert dict(widths) == _face(False).charWidths
    assert widths.measure("Khách hàng", 10) == pdfmetrics.stringWidth("Khách hàng", text.FONT_REGULAR, 10)


def test_a_missing_font_says_reinstall(monkeypatch, tmp_path):
    monkeypatch.setattr(font_metrics, "font_path", lambda bold=False: tmp_path / "NotoSans-Regular.ttf")
    with pytest.raises(font_metrics.FontMissingError, match="NotoSans-Regular.ttf.*reinstall cjm-desktop"):
        font_metrics._from_table(False)


def test_wrapping_text_loads_neither_reportlab_nor_pillow():
    """What the editor's start needs of text measures without the PDF library."""
    code = textwrap.dedent("""
        import sys
        from cjm_desktop.layout import LayoutEngine, wrap_text
        from cjm_desktop.templates.generated import generate_map
        assert wrap_text("Khách hàng phải gọi lại ba lần mới gặp được tư vấn viên", False, 10, 80)
        LayoutEngine().layout(generate_map(cards=40))
        print(sorted(m for m in sys.modules if m.split(".")[0] in ("reportlab", "PIL")))
    """)
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "[]"
