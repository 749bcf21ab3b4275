"""Comments and vote results in the PDF appendix (export --comments / --votes), left out unless asked."""

from __future__ import annotations

from pathlib import Path

from cjm_desktop.app.cli import main as cli_main
from cjm_desktop.export.options import PdfOptions
from cjm_desktop.export.pdf import export_pdf
from cjm_desktop.io import read_cjm
from tests.export.pdftools import flat, pdf_text

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "v4" / "workshop.cjm"


def _export(tmp_path, **options) -> tuple[object, str]:
    m = read_cjm(GOLDEN).map
    out = tmp_path / "m.pdf"
    result = export_pdf(m, out, PdfOptions(paper="A3", force_missing_glyphs=True, **options))
    return result, flat(pdf_text(out))


def test_comments_are_left_out_unless_asked(tmp_path):
    result, text = _export(tmp_path)
    assert result.appendix_pages == 0
    assert "Cần số liệu" not in text and "Bình luận" not in text


def test_comments_and_votes_go_into_the_appendix_keyed_to_their_cards(tmp_path):
    result, text = _export(tmp_path, comments=True, votes=True)
    assert result.appendix_pages == 1
    appendix = text[text.index("Phụ lục"):]
    assert "1. Bình luận" in appendix and "2. Kết quả bình chọn" in appendix
    assert "Kế hoạch hành động" not in appendix  # only the sections asked for
    comments = appendix[appendix.index("1. Bình luận"):appendix.index("2. Kết quả")]
    # the stage's and the lane's first, then the card's, each with author, date, text and state
    assert comments.index("Giai đoạn: Trải nghiệm tại Salon") < comments.index("Làn: Bảng phân cảnh") \
        < comments.index("Chờ ở quầy lễ tân")
    assert "Lan (điều phối) 14/05/2024 09:30 Khách chờ quá 20 phút có bỏ về không? Cần số liệu. Mở" in comments
    assert "Minh 14/05/2024 10:05 Đã hỏi 12 khách: 3 người bỏ về" in comments and "Đã xử lý" in comments
    assert "Ẩn danh" in comments  # the comment without an author
    votes = appendix[appendix.index("2. Kết quả"):]
    assert "1 4 Chờ ở quầy lễ tân Trải nghiệm tại Salon Điểm chạm Lan 2, Minh 1, Ẩn danh 1" in votes
    assert "2 3 Hỏi bạn bè Nhận biết Hành động Hương 3" in votes
    assert votes.index("Chờ ở quầy lễ tân") < votes.index("Hỏi bạn bè")


def test_with_the_standard_appendix_the_workshop_sections_follow_it(tmp_path):
    _, text = _export(tmp_path, appendix=True, votes=True)
    assert "3. Nội dung đầy đủ" in text and "4. Kết quả bình chọn" in text and "Bình luận" not in text


def test_cli_export_comments_and_votes(tmp_path, capsys):
    out = tmp_path / "poster.pdf"
    code = cli_main.main(["export", str(GOLDEN), "-o", str(out), "--paper", "A3", "--comments", "--votes",
                          "--force-missing-glyphs"])
    assert code == 0, capsys.readouterr().err
    assert "1 appendix page" in capsys.readouterr().out
    text = flat(pdf_text(out))
    assert "1. Bình luận" in text and "2. Kết quả bình chọn" in text


def test_cli_comments_is_pdf_only(tmp_path, capsys):
    code = cli_main.main(["export", str(GOLDEN), "-o", str(tmp_path / "m.png"), "--comments"])
    assert code != 0 and "--comments applies to PDF export only" in capsys.readouterr().err
