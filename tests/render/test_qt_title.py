"""PNG and SVG carry the PDF poster's title block and legend (issue 13, point 10)."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from cjm_desktop.layout import LayoutEngine
from cjm_desktop.templates import build_map

pytestmark = pytest.mark.gui


@pytest.fixture
def image(qapp):
    from cjm_desktop.render import qt_image as module

    return module


def _svg_text(path) -> str:
    """The drawn text (``<text>`` elements, not the file's ``<title>``/``<desc>``)."""
    root = ET.parse(path).getroot()
    texts = [el for el in root.iter() if el.tag.endswith("}text") or el.tag == "text"]
    return " ".join(t.strip() for el in texts for t in el.itertext() if t.strip())


def test_svg_has_the_title_description_personas_and_legend(image, tmp_path):
    m = build_map("5a", "vi")
    m = m.model_copy(update={"description": "Hành trình của khách hàng theo mô hình 5A."})
    path = tmp_path / "5a.svg"
    image.export_svg(m, path)
    text = _svg_text(path)
    assert "Mô hình 5A (Kotler)" in text
    assert "Hành trình của khách hàng theo mô hình 5A." in text
    assert "Chân dung khách hàng:" in text  # the personas line of the header
    assert "Đường cảm xúc" in text  # the legend's emotion-curve group
    assert text.count(m.personas[0].name) >= 3  # map, header, legend
    plain = tmp_path / "plain.svg"
    image.export_svg(m, plain, title_block=False)
    assert "Đường cảm xúc" not in _svg_text(plain)
    assert "Hành trình của khách hàng theo mô hình 5A." not in _svg_text(plain)


def test_png_has_the_header_band_above_the_map(image, tmp_path):
    from PySide6.QtGui import QColor, QImage

    from cjm_desktop.render.qt_title import image_frame

    m = build_map("5a", "vi")
    layout = LayoutEngine().layout(m)
    path = tmp_path / "5a.png"
    w, h = image.export_png(m, path, 72)
    frame = image_frame(layout, m)
    img = QImage(str(path))
    assert (img.width(), img.height()) == (w, h)
    assert h > layout.height + 100  # the header and legend are added, the map keeps its size
    header = frame.header
    top = frame.page_h - header.y - header.h
    inside = QColor(img.pixel(int(header.x + header.w / 2), int(top + 4 * frame.unit)))
    assert inside.name() == layout.style.header_fill.lower()
    # the legend row below the map has ink (the curve sample and words)
    legend_top = int(frame.page_h - frame.footer.y - frame.footer.h)
    dark = sum(QColor(img.pixel(x, y)).lightness() < 200
               for y in range(legend_top, min(h, legend_top + int(frame.footer.h)))
               for x in range(0, w, 2))
    assert dark > 50
    plain = tmp_path / "plain.png"
    assert image.export_png(m, plain, 72, title_block=False) == image.png_size(layout, 72)


def test_cli_png_and_svg_take_no_title_block(tmp_path):
    from cjm_desktop.io import write_cjm
    from tests.export.test_export_cli import run

    src = tmp_path / "5a.cjm"
    write_cjm(src, build_map("5a", "vi"))
    assert run(str(src), "-o", str(tmp_path / "a.svg")) == 0
    assert run(str(src), "-o", str(tmp_path / "b.svg"), "--no-title-block") == 0
    assert "Đường cảm xúc" in _svg_text(tmp_path / "a.svg")
    assert "Đường cảm xúc" not in _svg_text(tmp_path / "b.svg")
    assert run(str(src), "-o", str(tmp_path / "c.png"), "--no-title-block", "--dpi", "30") == 0


def test_the_logo_sits_on_the_title_band_as_in_the_pdf(image, tmp_path):
    """The client's logo is drawn straight on the dark band, without the light square a
    card's picture box has (the PDF poster draws it so)."""
    import io

    from PIL import Image
    from PySide6.QtGui import QColor, QImage

    from cjm_desktop.layout import decor
    from cjm_desktop.model import images
    from cjm_desktop.render.qt_title import image_frame

    logo = Image.new("RGBA", (64, 64), (0, 0, 0, 0))  # transparent, with a red disc in the middle
    logo.paste((220, 30, 30, 255), (16, 16, 48, 48))
    out = io.BytesIO()
    logo.save(out, "PNG")
    uri = images.data_uri("png", out.getvalue())
    m = build_map("5a", "vi")
    m.images[images.image_id(uri)] = uri
    m.logo = images.image_id(uri)
    layout = LayoutEngine().layout(m)
    path = tmp_path / "logo.png"
    image.export_png(m, path, 72)
    frame = image_frame(layout, m)
    img = QImage(str(path))
    header = frame.header
    top = frame.page_h - header.y - header.h
    pad = 14 * frame.unit
    side = header.h - 2 * pad
    colours = {QColor(img.pixel(int(x), int(top + pad + side * f))).name()
               for x in range(int(header.x), int(header.right)) for f in (0.1, 0.5)}
    assert "#dc1e1e" in colours  # the logo is there
    assert decor.PICTURE_GROUND not in colours  # on the band itself, not on a light square
