"""Tiled printing: the sheet plan (pure) and the tiled PDF it produces."""

from __future__ import annotations

import base64
import math
import re
import zlib

import pytest

from cjm_desktop.export import MM, PdfOptions, export_pdf, page_size, plan_export, plan_tiles, sheet_label
from cjm_desktop.export.tiling import column_letter

from tests.export.pdftools import flat, page_sizes, pdf_text
from tests.export.maps import rich_map


@pytest.mark.parametrize("col, letter", [(0, "A"), (1, "B"), (25, "Z"), (26, "AA"), (27, "AB"), (701, "ZZ")])
def test_column_letters(col, letter):
    assert column_letter(col) == letter


def test_sheet_label_is_row_number_and_column_letter():
    """A label cannot be read as a paper size ("sheet A1 of an A1 poster")."""
    assert sheet_label(1, 2) == "2C"
    assert sheet_label(0, 0) == "1A"
    papers = {"A0", "A1", "A2", "A3", "A4", "A5", "B1", "B2", "B3", "B4", "B5", "C4", "C5"}
    assert not {sheet_label(r, c) for r in range(30) for c in range(30)} & papers


@pytest.mark.parametrize("poster", ["A0", "A1", "A2", "A3"])
@pytest.mark.parametrize("tile", ["A4", "A3"])
@pytest.mark.parametrize("overlap_mm", [0, 10, 25])
def test_sheets_cover_the_poster_with_the_chosen_overlap(poster, tile, overlap_mm):
    pw, ph = page_size(poster, "landscape")
    plan = plan_tiles(pw, ph, tile, overlap_mm)
    sheet_w, sheet_h = page_size(tile, plan.orientation)
    assert (plan.sheet_w, plan.sheet_h) == pytest.approx((sheet_w, sheet_h))
    overlap = overlap_mm * MM
    # the windows, stepped by window - overlap, reach past the poster's far edges ...
    assert plan.assembled_size[0] >= pw - 1e-6 and plan.assembled_size[1] >= ph - 1e-6
    # ... and one sheet fewer in either direction would not
    assert (plan.cols - 1) * plan.step_x + overlap < pw
    assert (plan.rows - 1) * plan.step_y + overlap < ph
    for s in plan.sheets():
        assert (s.w, s.h) == pytest.approx((sheet_w - 2 * plan.border, sheet_h - 2 * plan.border))
        if s.col:
            left = plan.sheet(s.row, s.col - 1)
            assert left.x + left.w - s.x == pytest.approx(overlap)  # shared band
            assert left.y == s.y
        if s.row:
            up = plan.sheet(s.row - 1, s.col)
            assert up.y + up.h - s.y == pytest.approx(overlap)
            assert up.x == s.x


def test_a0_onto_a4_sheet_count():
    pw, ph = page_size("A0", "landscape")  # 1189 x 841 mm
    plan = plan_tiles(pw, ph, "A4", 10)
    # A4 portrait window 186 x 273 mm, step 176 x 263 mm: 7 columns, 4 rows (28);
    # landscape window 273 x 186 mm, step 263 x 176: 5 columns, 5 rows (25) -> landscape wins
    assert plan.orientation == "landscape"
    assert (plan.cols, plan.rows) == (5, 5)
    assert [s.label for s in plan.sheets()][:6] == ["1A", "1B", "1C", "1D", "1E", "2A"]


def test_a_poster_smaller_than_a_sheet_is_one_sheet():
    plan = plan_tiles(200, 300, "A4", 10)
    assert plan.count == 1


def test_overlap_too_large_for_the_sheet():
    with pytest.raises(ValueError, match="overlap"):
        plan_tiles(5000, 5000, "A4", 120)


def _pdf_streams(path) -> bytes:
    """Every stream of the PDF, decoded (reportlab writes ASCII85 + Flate), joined."""
    data = path.read_bytes()
    out = []
    for m in re.finditer(rb"<<((?:(?!>>\s*stream).)*?)>>\s*stream\r?\n", data, re.S):
        head = m.group(1)
        length = int(re.search(rb"/Length (\d+)", head).group(1))
        body = data[m.end():m.end() + length]
        if b"ASCII85Decode" in head:
            body = base64.a85decode(body.strip().removesuffix(b"~>"))
        if b"FlateDecode" in head:
            body = zlib.decompress(body)
        out.append(body)
    return b"\n".join(out)


TILED = PdfOptions(paper="A1", orientation="landscape", tile="A4", overlap_mm=10)


@pytest.fixture(scope="module")
def tiled(tmp_path_factory):
    path = tmp_path_factory.mktemp("tiled") / "poster.pdf"
    result = export_pdf(rich_map(), path, TILED, source_name="salon.cjm")
    return path, result


def test_tiled_pdf_has_an_assembly_page_and_one_page_per_sheet(tiled):
    path, result = tiled
    plan = plan_export(rich_map(), TILED).tiles
    sizes = page_sizes(path)
    assert result.sheets == plan.count
    assert len(sizes) == 1 + plan.count
    a4 = page_size("A4", plan.orientation)
    for w, h in sizes[1:]:
        assert (w, h) == pytest.approx(a4, abs=0.01)


def test_every_sheet_is_labelled(tiled):
    path, result = tiled
    plan = plan_export(rich_map(), TILED).tiles
    for n, sheet in enumerate(plan.sheets(), start=2):
        text = pdf_text(path, n, n)
        head = text.split("\n")[0]
        assert re.match(rf"^{sheet.label}\b", head) or f"Tờ {sheet.label}" in text, (n, head)
        assert f"{n - 1}/{plan.count}" in text


def test_assembly_page_names_every_sheet(tiled):
    path, result = tiled
    text = flat(pdf_text(path, 1, 1))
    assert "Cách ghép poster" in text
    plan = plan_export(rich_map(), TILED).tiles
    for sheet in plan.sheets():
        assert sheet.label in text.split()
    assert f"{plan.count} tờ A4" in text


def test_the_poster_is_drawn_once_and_placed_on_every_sheet(tiled):
    path, result = tiled
    assert path.read_bytes().count(b"/Subtype /Form") == 1
    # the assembly page and every sheet paint that form (the Do operator)
    streams = _pdf_streams(path)
    assert len(re.findall(rb"/FormXob\.\w+ Do", streams)) == 1 + result.sheets


def test_tiled_file_stays_close_to_the_single_poster(tiled, tmp_path):
    path, result = tiled
    single = tmp_path / "single.pdf"
    export_pdf(rich_map(), single, PdfOptions(paper="A1"), source_name="salon.cjm")
    # sheets add marks and labels, not copies of the map
    assert path.stat().st_size < single.stat().st_size * 1.6


def test_tiling_at_a_fixed_scale_makes_the_poster_as_large_as_the_map(tmp_path):
    path = tmp_path / "full-size.pdf"
    result = export_pdf(rich_map(), path, PdfOptions(tile="A4", scale_percent=100, title_block=False,
                                                     margin_mm=5))
    from cjm_desktop.layout import LayoutEngine

    layout = LayoutEngine().layout(rich_map())
    w_mm, h_mm = result.poster_size_mm
    assert w_mm == pytest.approx(layout.width / MM + 10, abs=0.1)
    assert h_mm == pytest.approx(layout.height / MM + 10, abs=0.1)
    assert result.scale_percent == pytest.approx(100)
    plan = plan_export(rich_map(), PdfOptions(tile="A4", scale_percent=100, title_block=False, margin_mm=5)).tiles
    assert result.sheets == plan.count
    assert math.isclose(len(page_sizes(path)), 1 + plan.count)



@pytest.mark.parametrize("scale", [40, 150, 400])
def test_tiling_at_a_fixed_scale_with_the_title_block_fits_the_map(scale):
    """The title block grows with the poster; the poster size must settle so the map fits."""
    from cjm_desktop.export import plan_export
    from tests.factories import small_map

    for m in (small_map(), rich_map()):
        plan = plan_export(m, PdfOptions(tile="A4", scale_percent=scale, title_block=True))
        assert plan.frame.scale == pytest.approx(scale / 100)
        assert plan.frame.map_y + plan.frame.map_h <= plan.frame.header.y + 0.01


def _ppm_pages(pdf, dpi, tmp_path, first=None, last=None):
    """Pages rendered by pdftoppm as (width, height, rows of RGB bytes)."""
    import subprocess

    from tests.export.pdftools import poppler

    cmd = [poppler("pdftoppm"), "-r", str(dpi)]
    if first:
        cmd += ["-f", str(first), "-l", str(last)]
    subprocess.run(cmd + [str(pdf), str(tmp_path / "pg")], check=True)
    pages = []
    for f in sorted(tmp_path.glob("pg-*.ppm")):
        data = f.read_bytes()
        magic, w, h, maxval, pixels = data.split(maxsplit=4)
        assert magic == b"P6" and maxval == b"255"
        w, h = int(w), int(h)
        pages.append((w, h, [pixels[y * w * 3:(y + 1) * w * 3] for y in range(h)]))
        f.unlink()
    return pages


def test_assembled_sheets_reproduce_the_poster(tmp_path):
    """Cut each sheet's window out and lay it at its place: the result is the
    poster itself (and visibly worse when the sheets are shifted by a little)."""
    dpi = 24
    k = dpi / 72
    m = rich_map()
    poster_pdf, tiled_pdf = tmp_path / "poster.pdf", tmp_path / "tiled.pdf"
    options = dict(paper="A2", orientation="landscape")
    export_pdf(m, poster_pdf, PdfOptions(**options))
    result = export_pdf(m, tiled_pdf, PdfOptions(**options, tile="A4", overlap_mm=10))
    plan = plan_export(m, PdfOptions(**options, tile="A4", overlap_mm=10)).tiles
    assert result.sheets == plan.count
    (PW, PH, poster), = _ppm_pages(poster_pdf, dpi, tmp_path)
    sheets = _ppm_pages(tiled_pdf, dpi, tmp_path, 2, 1 + plan.count)

    def assembled(shift: int) -> list[bytearray]:
        canvas = [bytearray(b"\xff" * (PW * 3)) for _ in range(PH)]
        b = round(plan.border * k)
        for sheet, (w, h, rows) in zip(plan.sheets(), sheets):
            x0, y0 = round(sheet.x * k) + shift, round(sheet.y * k) + shift
            ww, wh = round(plan.window_w * k), round(plan.window_h * k)
            for dy in range(wh):
                y = y0 + dy
                if 0 <= y < PH:
                    lo, hi = max(0, x0), min(PW, x0 + ww)
                    if lo < hi:
                        src = rows[b + dy][(b + lo - x0) * 3:(b + hi - x0) * 3]
                        canvas[y][lo * 3:hi * 3] = src
        return canvas

    def error(canvas) -> float:
        total = sum(abs(a - c) for row_a, row_c in zip(poster, canvas) for a, c in zip(row_a, row_c))
        return total / (PW * PH * 3)

    errors = {shift: error(assembled(shift)) for shift in (-2, -1, 0, 1, 2)}
    # mean difference per channel (of 255); what remains at 0 is antialiasing, since a
    # sheet's window starts at a fraction of a pixel
    assert errors[0] < 5.0
    assert errors[0] == min(errors.values())
    assert errors[2] > 2 * errors[0] and errors[-2] > 2 * errors[0]
