"""Printing without wasted paper (issue 13, points 3, 11, 12): the 5A template, in
Vietnamese, as an A1 poster tiled on A4 with 10 mm overlap, as a consultant prints it."""

from __future__ import annotations

import subprocess

import pytest

from cjm_desktop.export import MM, PdfOptions, export_pdf, page_size, plan_export, plan_tiles
from cjm_desktop.export.poster import GAP_UNITS, description_lines, poster_frame
from cjm_desktop.templates import build_map

from tests.export.pdftools import flat, page_sizes, pdf_text, poppler

A1_ON_A4 = PdfOptions(paper="A1", tile="A4", overlap_mm=10)


def _overlap(a0: float, a1: float, b0: float, b1: float) -> float:
    return min(a1, b1) - max(a0, b0)


@pytest.fixture(scope="module")
def five_a():
    return build_map("5a", "vi")


@pytest.fixture(scope="module")
def tiled_5a(five_a, tmp_path_factory):
    path = tmp_path_factory.mktemp("5a") / "5a-a1-on-a4.pdf"
    return path, export_pdf(five_a, path, A1_ON_A4)


def test_5a_a1_on_a4_takes_12_sheets_not_15(five_a, tiled_5a):
    path, result = tiled_5a
    plan = plan_export(five_a, A1_ON_A4)
    assert result.sheets == plan.tiles.count == 12  # was 15, with a blank first row and a 6 cm column
    assert len(page_sizes(path)) == 1 + 12
    assert (plan.tiles.cols, plan.tiles.rows) == (4, 3) and plan.tiles.orientation == "portrait"
    assert result.grid == (4, 3) and result.sheet_orientation == "portrait"


def test_every_sheet_carries_map_content(five_a, tiled_5a):
    """By the plan (each window overlaps the map by more than a centimetre) and on the
    printed page (its window is mostly the map's tinted lanes, not white paper)."""
    path, result = tiled_5a
    plan = plan_export(five_a, A1_ON_A4)
    mx, my, mw, mh = plan.frame.map_box
    for s in plan.tiles.sheets():
        assert _overlap(s.x, s.x + s.w, mx, mx + mw) > 10 * MM, s.label
        assert _overlap(s.y, s.y + s.h, my, my + mh) > 10 * MM, s.label
    dpi = 10
    out = subprocess.run([poppler("pdftoppm"), "-r", str(dpi), "-gray", "-f", "2", "-l", "13", str(path)],
                         capture_output=True, check=True).stdout
    pages, b = [], round(plan.tiles.border * dpi / 72) + 1  # the window: the sheet less its border
    while out:  # concatenated PGM files
        magic, w, h, maxval, rest = out.split(maxsplit=4)
        w, h = int(w), int(h)
        pages.append((w, h, rest[:w * h]))
        out = rest[w * h:]
    assert len(pages) == 12
    for n, (w, h, pixels) in enumerate(pages):
        window = [pixels[y * w + x] for y in range(b, h - b) for x in range(b, w - b)]
        inked = sum(v < 250 for v in window) / len(window)
        assert inked > 0.3, (n, inked)


def test_the_legend_and_footer_sit_on_sheets_with_map(five_a):
    plan = plan_export(five_a, A1_ON_A4)
    f = plan.frame
    fx, fy, fw, fh = f.footer.x, f.page_h - f.footer.y - f.footer.h, f.footer.w, f.footer.h
    holders = [s for s in plan.tiles.sheets()
               if _overlap(s.x, s.x + s.w, fx, fx + fw) > 0 and _overlap(s.y, s.y + s.h, fy, fy + fh) > 0]
    assert holders
    mx, my, mw, mh = f.map_box
    for s in holders:
        assert _overlap(s.y, s.y + s.h, my, my + mh) > 10 * MM, s.label


def test_the_fewest_sheets_are_chosen(five_a):
    plan = plan_export(five_a, A1_ON_A4)
    content, map_box = plan.frame.content_box, plan.frame.map_box
    counts = [plan_tiles(plan.poster_w, plan.poster_h, "A4", 10, orientation=o, content=content,
                         map_box=map_box).count for o in ("portrait", "landscape")]
    assert plan.tiles.count == min(counts)
    # a wide, flat poster goes on landscape sheets (5 x 2 rather than 7 x 2 portrait)
    wide = plan_tiles(1189 * MM, 300 * MM, "A4", 10, content=(0, 0, 1189 * MM, 300 * MM))
    assert (wide.orientation, wide.cols, wide.rows) == ("landscape", 5, 2)
    assert wide.count < plan_tiles(1189 * MM, 300 * MM, "A4", 10,
                                                                         orientation="portrait").count


def test_tiling_skips_the_white_margins():
    """A poster whose content is a 500 x 300 mm block in an A0 page is tiled as that block."""
    pw, ph = page_size("A0", "landscape")
    box = (300 * MM, 250 * MM, 500 * MM, 300 * MM)
    plan = plan_tiles(pw, ph, "A4", 10, content=box, map_box=box)
    assert plan.count < plan_tiles(pw, ph, "A4", 10).count
    assert plan.count == 4  # 2 x 2 landscape sheets (window 273 x 186 mm, step 263 x 176)
    for s in plan.sheets():
        assert _overlap(s.x, s.x + s.w, box[0], box[0] + box[2]) > 0
        assert _overlap(s.y, s.y + s.h, box[1], box[1] + box[3]) > 0


def test_fitted_poster_keeps_title_map_and_legend_together_and_centred():
    """A wide map on A1 portrait: width limits it; the title block hugs the map and
    the whole block is centred, instead of ~10 cm white bands above and below the map."""
    w, h = page_size("A1", "portrait")
    f = poster_frame(1600, 1400, w, h, margin_mm=10, title_block=True)
    u = f.unit
    assert f.map_w == pytest.approx(w - 20 * MM)  # fills the width
    assert f.header.y - (f.map_y + f.map_h) == pytest.approx(GAP_UNITS * u)
    assert f.map_y - (f.footer.y + f.footer.h) == pytest.approx(GAP_UNITS * 0.5 * u)
    top_white = h - (f.header.y + f.header.h)
    bottom_white = f.footer.y
    assert top_white == pytest.approx(bottom_white)
    x, y, cw, ch = f.content_box
    assert y == pytest.approx(top_white)


def test_tiled_sheets_and_assembly_page_use_row_number_and_column_letter(tiled_5a):
    path, result = tiled_5a
    assembly = flat(pdf_text(path, 1, 1))
    assert "12 tờ A4 dọc (4 cột × 3 hàng)" in assembly
    for label in ("1A", "1D", "3A", "3D"):
        assert label in assembly.split()
    second = pdf_text(path, 3, 3)
    assert "Tờ 1B · hàng 1, cột B · 2/12" in flat(second)
    assert "Tờ A1" not in flat(pdf_text(path, 2, 13))


LONG = ("Bản đồ hành trình theo mô hình 5A của Philip Kotler: nhận thức, chú ý, đặt câu hỏi, hành động và "
        "ủng hộ. Dòng này dài để thử ngắt dòng trong khối tiêu đề, tối đa ba dòng rồi dấu chấm lửng khi còn "
        "nhiều chữ hơn. Thêm chữ để chắc chắn vượt quá ba dòng trên khổ A3, và còn nữa, và còn nữa, và còn "
        "nữa, đến tận CUỐI CÙNG.")


def test_description_wraps_to_three_lines_then_an_ellipsis(five_a, tmp_path):
    lines = description_lines(LONG, 300, 9)
    assert len(lines) == 3 and lines[-1].endswith("…")
    assert len(description_lines("Ngắn.", 300, 9)) == 1
    m = five_a.model_copy(update={"description": LONG})
    path = tmp_path / "desc.pdf"
    export_pdf(m, path, PdfOptions(paper="A3"))
    text = flat(pdf_text(path, 1, 1))
    assert "Bản đồ hành trình theo mô hình 5A" in text and "ba dòng" in text  # beyond the first line
    assert "CUỐI CÙNG" not in text and "…" in text
