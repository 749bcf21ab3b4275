"""The PDF poster: sizes, embedded fonts, Vietnamese text out of the PDF, glyph check,
title block, appendix, progress, cancellation and atomic writing."""

from __future__ import annotations

import os
import unicodedata

import pytest

from cjm_desktop import __version__
from cjm_desktop.export import (
    ExportCancelled, ExportError, MissingGlyphsError, PdfOptions, export_pdf, page_size,
)
from cjm_desktop.layout.words import all_labels
from cjm_desktop.layout import LayoutEngine
from cjm_desktop.layout.text import missing_glyphs
from cjm_desktop.model import Card

from tests.export.maps import LONG_BODY, rich_map, tiny_map
from tests.export.pdftools import flat, page_sizes, pdf_fonts, pdf_text


@pytest.fixture(scope="module")
def poster(tmp_path_factory):
    m = rich_map()
    path = tmp_path_factory.mktemp("poster") / "poster.pdf"
    export_pdf(m, path, PdfOptions(paper="A1", orientation="landscape"), source_name="salon-vi.cjm")
    return m, path


@pytest.mark.parametrize("paper", ["A0", "A1", "A2", "A3", "A4", "letter", "tabloid", "500x700mm"])
@pytest.mark.parametrize("orientation", ["landscape", "portrait"])
def test_page_has_the_size_asked_for(tmp_path, paper, orientation):
    path = tmp_path / "p.pdf"
    export_pdf(tiny_map(), path, PdfOptions(paper=paper, orientation=orientation))
    assert page_sizes(path) == [pytest.approx(page_size(paper, orientation), abs=0.01)]


def test_orientation_by_default_is_the_one_that_prints_the_map_larger(tmp_path):
    from cjm_desktop.model import Lane, Stage

    tall = rich_map()  # 6 stages, 10 lanes
    wide = tiny_map()
    wide.stages.extend(Stage(title=f"Giai đoạn {i}") for i in range(12))
    wide.lanes.append(Lane(title="Ghi chú"))
    for m, expected in ((tall, "portrait"), (wide, "landscape")):
        path = tmp_path / f"{expected}.pdf"
        result = export_pdf(m, path, PdfOptions(paper="A2"))
        assert result.orientation == expected
        assert page_sizes(path) == [pytest.approx(page_size("A2", expected), abs=0.01)]


def test_fonts_are_embedded_subsets_with_unicode_maps(poster):
    _, path = poster
    fonts = pdf_fonts(path)
    assert fonts, "no fonts listed"
    for font in fonts:
        assert font["emb"] == "yes", font
        assert font["uni"] == "yes", font
    assert {f["name"].split("+")[-1] for f in fonts} == {"NotoSans-Regular", "NotoSans-Bold"}


def test_fonts_are_embedded_in_tiled_and_appendix_pages_too(tmp_path):
    path = tmp_path / "all.pdf"
    export_pdf(rich_map(), path, PdfOptions(paper="A2", tile="A4", appendix=True))
    assert all(f["emb"] == "yes" for f in pdf_fonts(path))


@pytest.mark.parametrize("phrase", ["Hành trình khách hàng", "Đánh giá", "ủng hộ"])
def test_vietnamese_comes_out_of_the_pdf_as_typed(poster, phrase):
    _, path = poster
    text = flat(pdf_text(path))
    assert unicodedata.normalize("NFC", phrase) in text


def test_decomposed_input_round_trips_as_nfc(tmp_path):
    decomposed = unicodedata.normalize("NFD", "Đánh giá ủng hộ")
    assert decomposed != "Đánh giá ủng hộ"
    path = tmp_path / "nfd.pdf"
    export_pdf(tiny_map(title=decomposed), path, PdfOptions(paper="A4"))
    assert "Đánh giá ủng hộ" in flat(pdf_text(path))


def test_every_line_the_layout_shows_is_text_in_the_pdf(poster):
    m, path = poster
    text = flat(pdf_text(path))
    layout = LayoutEngine().layout(m)
    lines = [ln.text for g in layout.cards.values() for ln in g.content.lines]
    lines += [ln.text for ls in layout.stage_header_lines.values() for ln in ls]
    lines += [ln.text for ls in layout.lane_header_lines.values() for ln in ls]
    lines += [ln.text for p in layout.personas for ln in p.name_lines]
    assert len(lines) > 40
    missing = [t for t in lines if flat(t) not in text]
    assert not missing, missing[:5]


def test_title_block_names_title_personas_file_date_and_version(poster):
    m, path = poster
    text = flat(pdf_text(path))
    for expected in (m.title, "Chị Lan Nguyễn", "Anh Minh Trần", "salon-vi.cjm", f"cjm-desktop {__version__}",
                     m.modified.strftime("%d/%m/%Y"), "A1 ngang"):
        assert expected in text, expected
    # the legend explains the markers
    for word in ("Tích cực", "Tiêu cực", "Giả định", "Nghiên cứu"):
        assert word in text


def test_no_title_block_leaves_only_the_map(tmp_path):
    path = tmp_path / "bare.pdf"
    export_pdf(rich_map(), path, PdfOptions(paper="A1", title_block=False), source_name="salon-vi.cjm")
    text = flat(pdf_text(path))
    assert "salon-vi.cjm" not in text and "cjm-desktop" not in text
    assert "Đặt lịch trực tuyến" in text


def test_english_map_prints_english_words(tmp_path):
    path = tmp_path / "en.pdf"
    export_pdf(rich_map(language="en"), path, PdfOptions(paper="A2"))
    text = flat(pdf_text(path))
    assert "Personas" in text and "Positive" in text and "Updated" in text
    assert "Tích cực" not in text


# -- glyph check -------------------------------------------------------------------
def _map_with(text: str):
    m = tiny_map()
    m.cards.append(Card(stage_id=m.stages[0].id, lane_id=m.lanes[0].id, order=1, title=text))
    return m


def test_missing_glyphs_refuse_the_export_with_the_characters(tmp_path):
    path = tmp_path / "boxes.pdf"
    with pytest.raises(MissingGlyphsError) as info:
        export_pdf(_map_with("Chi phí ≥ 5 triệu ☃"), path, PdfOptions(paper="A4"))
    message = str(info.value)
    assert "\n" not in message
    assert "≥ (U+2265)" in message and "☃ (U+2603)" in message
    assert info.value.chars == ["≥", "☃"]
    assert not path.exists()
    assert os.listdir(tmp_path) == []  # no temp file either


def test_missing_glyphs_can_be_forced(tmp_path):
    path = tmp_path / "forced.pdf"
    export_pdf(_map_with("Mức ≥ 5"), path, PdfOptions(paper="A4", force_missing_glyphs=True))
    assert path.stat().st_size > 0


def test_vietnamese_has_every_glyph():
    alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
    tones = [unicodedata.normalize("NFC", v + t) for v in "aăâeêioôơuưy" for t in "\u0300\u0301\u0303\u0309\u0323"]
    assert missing_glyphs([alphabet, alphabet.upper(), *tones, *(t.upper() for t in tones)]) == []


def test_every_word_the_export_prints_has_a_glyph():
    words = all_labels()  # the words on the map itself (corner, persona strip) are among them
    assert missing_glyphs(words) == []


# -- appendix ----------------------------------------------------------------------
@pytest.fixture(scope="module")
def with_appendix(tmp_path_factory):
    m = rich_map()
    path = tmp_path_factory.mktemp("appendix") / "appendix.pdf"
    result = export_pdf(m, path, PdfOptions(paper="A2", appendix=True))
    return m, path, result


def test_appendix_pages_are_a4_after_the_poster(with_appendix):
    _, path, result = with_appendix
    sizes = page_sizes(path)
    assert result.appendix_pages >= 1
    assert len(sizes) == 1 + result.appendix_pages
    assert sizes[1:] == [pytest.approx(page_size("A4", "portrait"), abs=0.01)] * result.appendix_pages


def test_appendix_lists_the_action_plan(with_appendix):
    m, path, result = with_appendix
    text = flat(pdf_text(path, 2))
    for expected in ("Kế hoạch hành động cải tiến", "Đặt lịch trực tuyến", "Chị Hà (Marketing)", "31/03/2025",
                     "Số lịch đặt online", "Đang làm", "Đào tạo lễ tân", "Cần làm", "Xong",
                     "Người phụ trách", "Trạng thái"):
        assert expected in text, expected
    # the touchpoint an action is joined to
    assert "Gọi điện đặt lịch" in text


def test_appendix_lists_the_kpis(with_appendix):
    _, path, _ = with_appendix
    text = flat(pdf_text(path, 2))
    assert "Chỉ số đo lường (KPI)" in text
    assert "Tỷ lệ mua lại" in text and "NPS từ 50" in text


def test_cut_cards_are_continued_in_full(with_appendix):
    m, path, _ = with_appendix
    layout = LayoutEngine().layout(m)
    cut = [g for g in layout.cards.values() if g.content.overflow]
    assert len(cut) == 1  # the long pain point
    on_map = flat(pdf_text(path, 1, 1))
    assert "Câu số 15" not in on_map  # really cut on the poster
    text = flat(pdf_text(path, 2))
    assert flat(LONG_BODY) in text


def test_long_appendix_spans_pages_and_keeps_every_word(tmp_path):
    m = rich_map()
    lane = next(ln for ln in m.lanes if ln.kind.value == "improvements")
    for i in range(60):
        m.cards.append(Card(stage_id=m.stages[i % 6].id, lane_id=lane.id, order=10 + i,
                            title=f"Việc số {i}", owner=f"Người {i}", body=LONG_BODY if i % 10 == 0 else ""))
    path = tmp_path / "long.pdf"
    result = export_pdf(m, path, PdfOptions(paper="A3", appendix=True))
    assert result.appendix_pages >= 3
    text = flat(pdf_text(path, 2))
    for i in range(60):
        assert f"Việc số {i}" in text and f"Người {i}" in text
    assert text.count("Câu số 15:") >= 6  # long bodies are in full in section 3


def test_user_text_is_not_markup(tmp_path):
    m = rich_map()
    lane = next(ln for ln in m.lanes if ln.kind.value == "improvements")
    m.cards.append(Card(stage_id=m.stages[0].id, lane_id=lane.id, order=9,
                        title="<b>không đậm</b> & <font>", owner="A<B"))
    path = tmp_path / "markup.pdf"
    export_pdf(m, path, PdfOptions(paper="A3", appendix=True))
    text = flat(pdf_text(path, 2))
    assert "<b>không đậm</b> & <font>" in text and "A<B" in text


# -- progress, cancellation, atomic writing -----------------------------------------
def test_progress_reports_up_to_the_total(tmp_path):
    calls = []
    export_pdf(rich_map(), tmp_path / "p.pdf", PdfOptions(paper="A1", tile="A4"),
               progress=lambda done, total: calls.append((done, total)))
    assert calls
    totals = {t for _, t in calls}
    assert len(totals) == 1
    dones = [d for d, _ in calls]
    assert dones == sorted(dones)
    assert dones[-1] == totals.pop()


def test_cancel_leaves_no_file_and_keeps_the_old_one(tmp_path):
    path = tmp_path / "keep.pdf"
    path.write_bytes(b"old poster")
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(ExportCancelled):
        export_pdf(rich_map(), path, PdfOptions(paper="A1", tile="A4"), is_cancelled=cancelled)
    assert path.read_bytes() == b"old poster"
    assert sorted(os.listdir(tmp_path)) == ["keep.pdf"]


def test_a_cancel_after_the_file_is_written_does_not_report_cancelled(tmp_path):
    """A cancel that arrives once the file is in place is too late: the export succeeded."""
    path = tmp_path / "done.pdf"
    result = export_pdf(rich_map(), path, PdfOptions(paper="A2"), is_cancelled=path.exists)
    assert result.path == path and path.read_bytes().startswith(b"%PDF")
    assert sorted(os.listdir(tmp_path)) == ["done.pdf"]

def test_failure_while_drawing_leaves_no_temp_file(tmp_path):
    path = tmp_path / "fail.pdf"

    def boom(done, total):
        raise RuntimeError("disk on fire")

    with pytest.raises(RuntimeError):
        export_pdf(rich_map(), path, PdfOptions(paper="A2"), progress=boom)
    assert os.listdir(tmp_path) == []


def test_missing_folder_is_one_line(tmp_path):
    with pytest.raises(ExportError) as info:
        export_pdf(tiny_map(), tmp_path / "no" / "such" / "x.pdf")
    assert "the folder" in str(info.value) and "does not exist" in str(info.value)


def test_folder_as_target_is_one_line(tmp_path):
    with pytest.raises(ExportError, match="is a folder"):
        export_pdf(tiny_map(), tmp_path)


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_read_only_folder_is_one_line(tmp_path):
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    try:
        with pytest.raises(ExportError, match="cannot write .*Permission denied"):
            export_pdf(tiny_map(), ro / "x.pdf")
    finally:
        ro.chmod(0o700)


def test_written_file_gets_normal_permissions(tmp_path):
    path = tmp_path / "perm.pdf"
    export_pdf(tiny_map(), path, PdfOptions(paper="A4"))
    umask = os.umask(0)
    os.umask(umask)
    assert path.stat().st_mode & 0o777 == 0o666 & ~umask


def test_export_is_fsynced_like_a_saved_map(tmp_path, monkeypatch):
    """One atomic writer for maps and exports: the file reaches the disk before
    the rename, and the folder after it."""
    import stat

    synced = []
    real_fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (synced.append(stat.S_ISDIR(os.fstat(fd).st_mode)), real_fsync(fd)))
    export_pdf(tiny_map(), tmp_path / "synced.pdf", PdfOptions(paper="A4"))
    assert synced == [False, True]
    assert os.listdir(tmp_path) == ["synced.pdf"]


def test_unwritable_folder_is_one_line_and_leaves_nothing(tmp_path, monkeypatch):
    import tempfile

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(ExportError) as info:
        export_pdf(tiny_map(), tmp_path / "x.pdf")
    assert str(info.value) == f"cannot write {tmp_path / 'x.pdf'}: Permission denied"
    assert os.listdir(tmp_path) == []
