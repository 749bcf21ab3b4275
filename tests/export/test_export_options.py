"""Paper sizes, orientation, custom sizes and option checks (pure, no PDF written)."""

from __future__ import annotations

import pytest

from cjm_desktop.export import MM, ExportError, PaperError, PdfOptions, page_size, parse_paper
from cjm_desktop.export.poster import poster_frame

# ISO 216 and ANSI sizes in points, portrait (width, height), to 0.01 pt.
EXPECTED_PT = {
    "A0": (2383.94, 3370.39),
    "A1": (1683.78, 2383.94),
    "A2": (1190.55, 1683.78),
    "A3": (841.89, 1190.55),
    "A4": (595.28, 841.89),
    "letter": (612.0, 792.0),
    "tabloid": (792.0, 1224.0),
}


@pytest.mark.parametrize("paper", sorted(EXPECTED_PT))
def test_every_paper_in_both_orientations(paper):
    w, h = EXPECTED_PT[paper]
    assert page_size(paper, "portrait") == pytest.approx((w, h), abs=0.01)
    assert page_size(paper, "landscape") == pytest.approx((h, w), abs=0.01)


@pytest.mark.parametrize("text", ["a4", "A4", " A4 ", "Letter", "TABLOID"])
def test_paper_names_ignore_case_and_spaces(text):
    assert parse_paper(text).name.lower() == text.strip().lower()


@pytest.mark.parametrize(
    "text, mm",
    [("594x841mm", (594, 841)), ("594 x 841 mm", (594, 841)), ("1000×700", (1000, 700)),
     ("297,5x420mm", (297.5, 420))],
)
def test_custom_sizes(text, mm):
    paper = parse_paper(text)
    assert (paper.width_mm, paper.height_mm) == mm
    short, long_ = sorted(mm)
    assert paper.size("portrait") == pytest.approx((short * MM, long_ * MM))
    assert paper.size("landscape") == pytest.approx((long_ * MM, short * MM))


@pytest.mark.parametrize("text", ["B5", "", "594x", "x841mm", "594x841cm", "A4 landscape", "-5x10mm"])
def test_unknown_paper_is_one_line_naming_what_works(text):
    with pytest.raises(PaperError) as info:
        parse_paper(text)
    message = str(info.value)
    assert "\n" not in message
    assert "A0" in message and "594x841mm" in message


@pytest.mark.parametrize("text", ["10x841mm", "6000x1000mm"])
def test_custom_size_out_of_range(text):
    with pytest.raises(PaperError, match="out of range: each side must be 50 to 5000 mm"):
        parse_paper(text)


@pytest.mark.parametrize(
    "options, fragment",
    [
        (PdfOptions(orientation="sideways"), "landscape or portrait"),
        (PdfOptions(scale_percent=0), "scale must be 1 to 1000"),
        (PdfOptions(paper="A4", margin_mm=200), "margin 200 mm is too large for A4"),
        (PdfOptions(tile="A5"), "tiles must be A4 or A3"),
        (PdfOptions(tile="A4", overlap_mm=80), "overlap must be 0 to 50 mm"),
    ],
)
def test_bad_options_are_refused_in_one_line(options, fragment):
    with pytest.raises(ExportError) as info:
        options.check()
    assert fragment in str(info.value)
    assert "\n" not in str(info.value)


def test_fit_fills_the_limiting_side_and_centres_the_other():
    w, h = page_size("A3", "landscape")
    f = poster_frame(2000, 500, w, h, margin_mm=10, title_block=False)
    assert f.map_w == pytest.approx(w - 20 * MM)  # width limits
    assert f.map_x == pytest.approx(10 * MM)
    assert f.map_y + f.map_h / 2 == pytest.approx(h / 2)


def test_title_block_takes_room_from_the_map():
    w, h = page_size("A1", "landscape")
    plain = poster_frame(1000, 1000, w, h, title_block=False)
    titled = poster_frame(1000, 1000, w, h, title_block=True)
    assert titled.scale < plain.scale
    assert titled.header.y >= titled.map_y + titled.map_h  # header above the map
    assert titled.footer.y + titled.footer.h <= titled.map_y  # footer below it


def test_fixed_scale_larger_than_the_page_says_what_to_do():
    w, h = page_size("A4", "landscape")
    with pytest.raises(ExportError) as info:
        poster_frame(3000, 2000, w, h, scale_percent=100, paper_label="A4 landscape")
    message = str(info.value)
    assert "at 100 % the map needs 1058 × 706 mm" in message
    assert "A4 landscape" in message and "tile" in message


def test_fixed_scale_that_fits_is_kept():
    w, h = page_size("A0", "landscape")
    f = poster_frame(1000, 800, w, h, scale_percent=150)
    assert f.scale == 1.5
    assert f.map_w == pytest.approx(1500)
