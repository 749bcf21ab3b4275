"""The PowerPoint deck (python-pptx): its slides read back as real, editable text,
and the file opened by LibreOffice where it is installed."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
import unicodedata
import zipfile
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.util import Emu

from cjm_desktop.export.deck import export_pptx, slide_count
from cjm_desktop.export.deck_tables import TABLE_BUDGET_PT
from cjm_desktop.export.shown import plan_cards
from cjm_desktop.layout.words import label
from cjm_desktop.model import Card, JourneyMap, Lane, LaneKind, Stage

from tests.export.maps import rich_map
from tests.export.pdftools import flat, page_sizes, pdf_text
from tests.factories import BLOCK_QT

ROOT = Path(__file__).resolve().parents[2]


def _texts(shape) -> list[str]:
    if shape.has_text_frame:
        return [p.text for p in shape.text_frame.paragraphs]
    if shape.has_table:
        return [p.text for row in shape.table.rows for cell in row.cells for p in cell.text_frame.paragraphs]
    return []


def slide_text(slide) -> str:
    return "\n".join(t for shape in slide.shapes for t in _texts(shape))


def tables(slide):
    return [shape.table for shape in slide.shapes if shape.has_table]


def rows_of(table) -> list[list[str]]:
    return [[cell.text_frame.text for cell in row.cells] for row in table.rows]


@pytest.fixture
def picture(qapp):
    from cjm_desktop.render.qt_image import map_picture

    return map_picture(rich_map())


def test_the_deck_has_title_map_stages_curve_and_plan(tmp_path, picture):
    m = rich_map()
    path = tmp_path / "salon.pptx"
    result = export_pptx(m, path, picture)
    deck = Presentation(str(path))
    slides = list(deck.slides)
    assert result.slides == len(slides) == 1 + 1 + result.stage_slides + 1 + result.plan_slides
    assert result.picture and result.chart and result.stage_slides >= len(m.stages)
    assert slide_count(m) == result.slides and slide_count(m, picture=False) == result.slides - 1

    assert m.title in slide_text(slides[0]) and "Chị Lan Nguyễn" in slide_text(slides[0])
    pictures = [s for s in slides[1].shapes if s.shape_type == 13]  # MSO_SHAPE_TYPE.PICTURE
    assert len(pictures) == 1 and pictures[0].image.blob == picture
    assert slides[1].shapes.title.text == label("deck_map", "vi")
    # the picture stays on the slide
    p = pictures[0]
    assert p.left >= 0 and p.top >= 0 and p.left + p.width <= deck.slide_width and p.top + p.height <= deck.slide_height


def test_the_title_slide_shows_the_clients_logo_as_the_poster_does(tmp_path):
    from pptx.enum.shapes import MSO_SHAPE_TYPE

    from cjm_desktop.model import images
    from tests.pictures.helpers import picture_bytes, picture_uri

    m = rich_map()
    uri = picture_uri(120, 60, colour=(200, 30, 30))
    m.images[images.image_id(uri)] = uri
    m.logo = images.image_id(uri)
    m = JourneyMap.model_validate(m.model_dump(mode="json"))  # (a map as a file holds it)
    export_pptx(m, tmp_path / "logo.pptx")
    prs = Presentation(str(tmp_path / "logo.pptx"))
    title = prs.slides[0]
    [logo] = [s for s in title.shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE]
    assert logo.image.blob == picture_bytes(120, 60, colour=(200, 30, 30))  # the picture itself, not re-encoded
    assert logo.width == 2 * logo.height  # its own proportions
    assert logo.left + logo.width <= prs.slide_width and logo.top + logo.height <= Emu(int(1.6 * 914400))
    # (above the title, which starts 1.6 in down)
    export_pptx(m.model_copy(update={"logo": None}), tmp_path / "none.pptx")
    assert not [s for s in Presentation(str(tmp_path / "none.pptx")).slides[0].shapes
                if s.shape_type == MSO_SHAPE_TYPE.PICTURE]


def test_every_card_title_is_an_editable_table_cell_of_its_stage(tmp_path):
    m = rich_map()
    path = tmp_path / "salon.pptx"
    export_pptx(m, path)
    slides = list(Presentation(str(path)).slides)
    by_stage: dict[str, str] = {}
    for slide in slides[1:]:
        heading = slide.shapes.title.text.removesuffix(" " + label("continued", "vi"))
        for table in tables(slide):
            by_stage[heading] = by_stage.get(heading, "") + "\n" + "\n".join(
                p.text for row in table.rows for p in row.cells[len(row.cells) - 1].text_frame.paragraphs)
    for card in m.cards:
        stage = m.stage(card.stage_id)
        assert card.title in by_stage[stage.title].split("\n"), card.title
    first = next(s for s in slides if s.shapes.title is not None and s.shapes.title.text == m.stages[0].title)
    table = tables(first)[0]
    assert rows_of(table)[0] == [label("col_lane", "vi"), label("col_cards", "vi")]
    assert [r[0] for r in rows_of(table)[1:]] == [lane.title for lane in m.lanes]


def test_the_emotion_curve_is_a_native_chart_with_a_series_per_persona(tmp_path):
    m = rich_map()
    path = tmp_path / "salon.pptx"
    export_pptx(m, path)
    charts = [s.chart for slide in Presentation(str(path)).slides for s in slide.shapes if s.has_chart]
    assert len(charts) == 1
    chart = charts[0]
    assert list(chart.plots[0].categories) == [s.title for s in m.stages]
    series = {s.name: list(s.values) for s in chart.plots[0].series}
    for persona in m.personas:
        assert series[persona.name] == [m.emotion(persona.id, s.id).score for s in m.stages]
    assert (chart.value_axis.minimum_scale, chart.value_axis.maximum_scale) == (-3, 3)


def test_the_action_plan_lists_owner_due_measure_and_status(tmp_path):
    m = rich_map()
    path = tmp_path / "salon.pptx"
    result = export_pptx(m, path)
    slide = list(Presentation(str(path)).slides)[-1]
    assert result.plan_slides == 1 and slide.shapes.title.text == label("plan_title", "vi")
    rows = rows_of(tables(slide)[0])
    plan = plan_cards(m)
    assert len(rows) == len(plan) + 1
    for row, card in zip(rows[1:], plan):
        assert row[0] == m.stage(card.stage_id).title
        assert row[1].split("\n")[0] == card.title
        assert row[2:] == [card.owner, card.due.strftime("%d/%m/%Y"), card.measure, label(card.status, "vi")]


def test_vietnamese_is_real_nfc_text_in_the_slides_xml(tmp_path):
    decomposed = unicodedata.normalize("NFD", "Khách hàng đặt lịch trực tuyến")
    stage, lane = Stage(title=unicodedata.normalize("NFD", "Trải nghiệm")), Lane(kind=LaneKind.ACTIONS, title="Làn")
    m = JourneyMap(title="Bản đồ", stages=[stage], lanes=[lane],
                   cards=[Card(stage_id=stage.id, lane_id=lane.id, title=decomposed)])
    path = tmp_path / "vi.pptx"
    export_pptx(m, path)
    with zipfile.ZipFile(path) as z:
        xml = "".join(z.read(n).decode("utf-8") for n in z.namelist() if n.startswith("ppt/slides/slide"))
    assert unicodedata.normalize("NFC", decomposed) in xml and decomposed not in xml
    assert "Trải nghiệm" in xml
    assert 'lang="vi-VN"' in xml


def test_control_characters_and_markup_in_titles_stay_text(tmp_path):
    stage, lane = Stage(title="Giai\x01 đoạn"), Lane(title="<b>Làn</b> & co")
    m = JourneyMap(title="Bản\x0b đồ\n2", stages=[stage], lanes=[lane],
                   cards=[Card(stage_id=stage.id, lane_id=lane.id, title="</a:t><a:t>x", body="a\x00b")])
    path = tmp_path / "odd.pptx"
    export_pptx(m, path)
    slides = list(Presentation(str(path)).slides)
    assert "Bản đồ 2" in slide_text(slides[0])
    assert rows_of(tables(slides[1])[0])[1] == ["<b>Làn</b> & co", "</a:t><a:t>x"]


def test_a_crowded_stage_goes_on_over_slides_that_each_fit(tmp_path):
    stage = Stage(title="Đông")
    lanes = [Lane(kind=LaneKind.ACTIONS, title="Hành động"), Lane(kind=LaneKind.PAIN_POINTS, title="Điểm đau")]
    cards = [Card(stage_id=stage.id, lane_id=lanes[i % 2].id, order=i // 2, title=f"Thẻ số {i} " + "chữ " * (i % 30))
             for i in range(120)]
    m = JourneyMap(title="Đông", stages=[stage], lanes=lanes, cards=cards)
    path = tmp_path / "crowded.pptx"
    result = export_pptx(m, path)
    deck = Presentation(str(path))
    assert result.stage_slides > 2 and slide_count(m, picture=False) == result.slides
    seen = []
    for slide in list(deck.slides)[1:1 + result.stage_slides]:
        table = tables(slide)[0]
        assert sum(Emu(r.height).pt for r in table.rows) <= TABLE_BUDGET_PT + 0.5
        seen += [p.text for row in list(table.rows)[1:] for p in row.cells[1].text_frame.paragraphs]
    assert sorted(seen) == sorted(c.title.strip() for c in cards)
    assert label("continued", "vi") in slide_text(list(deck.slides)[2])


def test_the_deck_module_needs_no_qt(tmp_path):
    code = BLOCK_QT + textwrap.dedent(f"""
        from cjm_desktop.export.deck import export_pptx, slide_count
        from tests.export.maps import rich_map
        print(export_pptx(rich_map(), {str(tmp_path / 'q.pptx')!r}).slides)
    """)
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert int(done.stdout.split()[-1]) > 5


def soffice() -> str:
    path = shutil.which("soffice") or shutil.which("libreoffice")
    if path is None:
        pytest.skip("LibreOffice is not installed (Debian: apt-get install libreoffice-impress-nogui)")
    return path


def convert_to_pdf(document: Path, out_dir: Path) -> Path:
    """``document`` converted by LibreOffice headless, with a profile of its own (no clash with a running one)."""
    profile = (out_dir / "lo-profile").as_uri()
    subprocess.run([soffice(), f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(out_dir), str(document)], capture_output=True, timeout=240, check=True)
    pdf = out_dir / (document.stem + ".pdf")
    assert pdf.exists(), "LibreOffice wrote no PDF"
    return pdf


@pytest.mark.slow
def test_libreoffice_opens_the_deck_and_shows_the_map_titles(tmp_path, picture):
    soffice()
    m = rich_map()
    path = tmp_path / "salon.pptx"
    result = export_pptx(m, path, picture)
    pdf = convert_to_pdf(path, tmp_path)
    text = flat(pdf_text(pdf))
    for words in [m.title, *(s.title for s in m.stages), *(c.title for c in m.cards), *(p.name for p in m.personas),
                  label("plan_title", "vi")]:
        assert flat(words) in text, words
    assert len(page_sizes(pdf)) == result.slides


@pytest.mark.parametrize("m", [JourneyMap(), JourneyMap(title="Chỉ giai đoạn", stages=[Stage(title="Một")])],
                         ids=["empty", "no-lanes"])
def test_an_empty_map_still_makes_a_deck(tmp_path, m):
    path = tmp_path / "empty.pptx"
    result = export_pptx(m, path)
    deck = Presentation(str(path))
    assert len(deck.slides) == result.slides == slide_count(m, picture=False)
    assert not result.chart and result.plan_slides == 1
    assert label("none", "vi") in slide_text(list(deck.slides)[-1])
