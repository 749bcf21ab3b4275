"""PNG and SVG of the whole map (Qt, offscreen)."""

from __future__ import annotations

import math
import os
import xml.etree.ElementTree as ET

import pytest

from cjm_desktop.export import ExportError
from cjm_desktop.layout import LayoutEngine
from cjm_desktop.layout.style import LANE_COLOURS
from cjm_desktop.model import LaneKind

from tests.export.maps import rich_map

pytestmark = pytest.mark.gui


@pytest.fixture
def image(qapp):
    from cjm_desktop.render import qt_image as module

    return module


@pytest.mark.parametrize("dpi", [36, 72, 150])
def test_png_size_follows_the_dpi(image, tmp_path, dpi):
    m = rich_map()
    layout = LayoutEngine().layout(m)
    path = tmp_path / "map.png"
    size = image.export_png(m, path, dpi, title_block=False)
    from PySide6.QtGui import QImage

    img = QImage(str(path))
    assert (img.width(), img.height()) == size
    assert size == (math.ceil(layout.width * dpi / 72), math.ceil(layout.height * dpi / 72))
    assert round(img.dotsPerMeterX() * 0.0254) == dpi


def test_png_shows_the_map(image, tmp_path):
    """Lane-kind accent bars and the header fill are where the layout puts them."""
    from PySide6.QtGui import QColor, QImage

    m = rich_map()
    layout = LayoutEngine().layout(m)
    path = tmp_path / "map.png"
    image.export_png(m, path, 72, title_block=False)
    img = QImage(str(path))
    touch = next(ln for ln in m.lanes if ln.kind == LaneKind.TOUCHPOINTS)
    r = layout.lane_headers[touch.id]
    accent = QColor(img.pixel(int(r.x + 2), int(r.y + r.h / 2)))
    assert accent.name() == LANE_COLOURS[LaneKind.TOUCHPOINTS][1]
    corner = QColor(img.pixel(int(layout.corner.x + 5), int(layout.corner.bottom - 3)))
    assert corner.name() == layout.style.header_fill


def test_png_too_large_says_which_dpi_works(image, tmp_path):
    from cjm_desktop.templates.generated import generate_map

    m = generate_map(cards=400, stages=20, lanes=12, connectors=0)
    with pytest.raises(ExportError) as info:
        image.export_png(m, tmp_path / "huge.png", 1200)
    message = str(info.value)
    assert "use at most" in message and "dpi" in message and "\n" not in message
    assert not os.listdir(tmp_path)


def test_png_dpi_out_of_range(image, tmp_path):
    with pytest.raises(ExportError, match="dpi must be 10 to 1200"):
        image.export_png(rich_map(), tmp_path / "x.png", 5)


def test_svg_is_xml_with_the_map_text_and_size(image, tmp_path):
    m = rich_map()
    layout = LayoutEngine().layout(m)
    path = tmp_path / "map.svg"
    image.export_svg(m, path, title_block=False)
    root = ET.parse(path).getroot()
    assert root.tag.endswith("svg")
    view = [float(v) for v in root.get("viewBox").split()]
    assert view == pytest.approx([0, 0, layout.width, layout.height], abs=0.01)
    texts = {"".join(t.itertext()) for t in root.iter("{http://www.w3.org/2000/svg}text")}
    for expected in ("Hành trình khách hàng bắt đầu", "Đánh giá các salon", "Chị Lan Nguyễn", "Trang Facebook"):
        assert expected in texts
    fonts = {t.get("font-family") for t in root.iter("{http://www.w3.org/2000/svg}text")}
    assert fonts == {"Noto Sans"}


def test_image_export_is_atomic(image, tmp_path, monkeypatch):
    path = tmp_path / "keep.png"
    path.write_bytes(b"old")
    from cjm_desktop.render import qt_painter

    def boom(*args):
        raise RuntimeError("paint failed")

    monkeypatch.setattr(qt_painter, "paint_map", boom)
    with pytest.raises(RuntimeError):
        image.export_png(rich_map(), path, 50)
    assert path.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["keep.png"]


@pytest.mark.parametrize("dpi", [72, 96, 300])
def test_qt_draws_text_at_the_layout_widths(qapp, dpi):
    """Qt, drawing the bundled font, gives a line the width the layout measured,
    so lines end inside their cards on screen, PNG and SVG as in the PDF."""
    from PySide6.QtGui import QImage

    from cjm_desktop.render.qt_fonts import text_advance
    from cjm_desktop.layout.text import text_width

    img = QImage(10, 10, QImage.Format.Format_RGB32)
    img.setDotsPerMeterX(round(dpi / 0.0254))
    img.setDotsPerMeterY(round(dpi / 0.0254))
    for text, bold, size in [("Hành trình khách hàng", False, 8.0), ("Đánh giá các salon", True, 9.5),
                             ("Chăm sóc sau bán · 31/03/2025", False, 7.0), ("ủng hộ", True, 6.5)]:
        qt = text_advance(text, size, bold, img)
        assert qt == pytest.approx(text_width(text, bold, size), rel=0.003), text


def test_drawn_line_ends_where_the_layout_says(qapp):
    """Ink of a drawn line stops at x + the layout's width (not 5 % further, as
    Qt's whole-pixel advances at small sizes would put it)."""
    from PySide6.QtGui import QColor, QImage, QPainter

    from cjm_desktop.render.qt_fonts import draw_text
    from cjm_desktop.layout.text import text_width

    text, size = "Đánh giá các salon, chăm sóc khách hàng", 9.5
    width = text_width(text, True, size)
    img = QImage(int(width) + 60, 30, QImage.Format.Format_RGB32)
    img.setDotsPerMeterX(round(72 / 0.0254))
    img.setDotsPerMeterY(round(72 / 0.0254))
    img.fill(0xFFFFFFFF)
    p = QPainter(img)
    p.setPen(QColor("#000000"))
    draw_text(p, 10, 20, text, size, True)
    p.end()
    inked = [x for x in range(img.width()) for y in range(img.height()) if QColor(img.pixel(x, y)).lightness() < 128]
    assert min(inked) == pytest.approx(10, abs=2)
    assert max(inked) == pytest.approx(10 + width, abs=2)
