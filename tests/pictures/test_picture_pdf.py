"""Pictures in the PDF: each one image XObject however many cards and sheets show it, at print resolution."""

from __future__ import annotations

import re
import subprocess

from cjm_desktop.export import PdfOptions, export_pdf
from cjm_desktop.model import images
from tests.factories import small_map
from tests.pictures.helpers import picture_uri


def _image_objects(data: bytes) -> list[tuple[int, int]]:
    """(width, height) of every image XObject in the file (reportlab writes object dictionaries uncompressed)."""
    found = []
    for match in re.finditer(rb"<<[^<>]*/Subtype /Image[^<>]*>>", data):
        d = match.group(0)
        w = int(re.search(rb"/Width (\d+)", d).group(1))
        h = int(re.search(rb"/Height (\d+)", d).group(1))
        found.append((w, h))
    return found


def _map_with_pictures():
    m = small_map()
    shared, other = picture_uri(1600, 1000, kind="JPEG"), picture_uri(800, 600, colour=(200, 30, 30), kind="JPEG")
    for uri in (shared, other):
        m.images[images.image_id(uri)] = uri
    for card in m.cards[:3]:
        card.image = images.image_id(shared)  # one picture on three cards
    m.cards[3].image = images.image_id(other)
    m.personas[0].portrait = images.image_id(other)  # the same picture as a portrait
    return m


def test_an_a0_poster_tiled_on_a4_embeds_each_picture_once(tmp_path):
    m = _map_with_pictures()
    path = tmp_path / "tiled.pdf"
    result = export_pdf(m, path, PdfOptions(paper="A0", tile="A4"))
    data = path.read_bytes()
    assert result.sheets > 4  # many sheets ...
    objects = _image_objects(data)
    # ... one XObject per picture and printed size: the shared card picture once, the
    # other once on its card and once, smaller, for the portrait circle
    assert len(objects) <= 3, objects
    assert max(max(wh) for wh in objects) <= images.IMPORT_SIDE


def test_the_poster_shows_the_pictures_and_the_logo(tmp_path):
    m = _map_with_pictures()
    m.logo = m.cards[3].image
    path = tmp_path / "poster.pdf"
    export_pdf(m, path, PdfOptions(paper="A3"))
    objects = _image_objects(path.read_bytes())
    assert len(objects) >= 2
    # a small poster needs fewer pixels than the picture has: 300 dpi of its printed size at most
    assert all(max(wh) < 1600 for wh in objects), objects
    png = tmp_path / "page"
    subprocess.run(["pdftoppm", "-r", "20", "-png", "-singlefile", str(path), str(png)], check=True)
    assert png.with_suffix(".png").stat().st_size > 0


def test_svg_and_png_exports_draw_the_pictures(tmp_path, qapp):
    from PySide6.QtGui import QImage

    from cjm_desktop.layout import LayoutEngine
    from cjm_desktop.render.qt_image import export_png, export_svg

    m = _map_with_pictures()
    export_svg(m, tmp_path / "m.svg")
    assert (tmp_path / "m.svg").read_text(encoding="utf-8").count("<image") >= 5  # four cards and the portrait
    export_png(m, tmp_path / "m.png", dpi=72, title_block=False)
    shot = QImage(str(tmp_path / "m.png"))
    lay = LayoutEngine().layout(m)
    g, r = lay.cards[m.cards[3].id], lay.rect_of(m.cards[3].id)
    box = g.content.image_box
    c = shot.pixelColor(int(r.x + box.x + box.w / 2), int(r.y + box.y + box.h / 2))
    assert abs(c.red() - 224) <= 8 and abs(c.green() - 122) <= 8  # the picture's disc, not the card's white


def test_the_png_title_block_shows_the_logo_as_the_pdf_does(tmp_path, qapp):
    from PySide6.QtGui import QImage

    from cjm_desktop.layout import LayoutEngine
    from cjm_desktop.render.qt_image import export_png
    from cjm_desktop.render.qt_title import image_frame

    m = _map_with_pictures()
    export_png(m, tmp_path / "plain.png", 72)
    m.logo = m.cards[3].image
    export_png(m, tmp_path / "logo.png", 72)
    frame = image_frame(LayoutEngine().layout(m), m)
    header, pad = frame.header, 14 * frame.unit
    top = int(frame.page_h - header.y - header.h)
    plain, logo = QImage(str(tmp_path / "plain.png")), QImage(str(tmp_path / "logo.png"))
    # what the logo changed in the right part of the band, beside the dates
    changed = [(x, y) for y in range(top, top + int(header.h)) for x in range(int(header.x + header.w * 0.6),
                                                                          int(header.x + header.w))
               if plain.pixel(x, y) != logo.pixel(x, y)]
    assert changed
    ys = [y for _, y in changed]
    xs = [x for x, _ in changed]
    # fitted, as on the PDF, in a square as high as the band less its padding, straight on the
    # band (no light square behind it): this 800 x 600 picture as wide as the square, 3/4 as high
    side = header.h - 2 * pad
    assert abs((max(xs) - min(xs)) - side) <= 3 and abs((max(ys) - min(ys)) - side * 600 / 800) <= 3
