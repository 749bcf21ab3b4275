"""A stage's picture drawn in its header: the layout makes room once for every painter,
the canvas (tinted when zoomed far out), the PDF poster and PNG export draw it, and a
picture file dropped on a stage header becomes its picture (one undo step)."""

from __future__ import annotations

import subprocess

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from PIL import Image

from cjm_desktop.export import PdfOptions, export_pdf
from cjm_desktop.layout import LayoutEngine
from cjm_desktop.layout.style import DEFAULT_STYLE, STAGE_PICTURE_BAND, tint
from cjm_desktop.model import images
from cjm_desktop.render.qt_image import export_png
from tests.canvas.conftest import make_canvas
from tests.canvas.test_drop_and_edit import send_drop
from tests.factories import small_map
from tests.pictures.helpers import picture_file, picture_uri
from tests.pictures.test_picture_canvas import _files, _option

DISC = (224, 122, 95)  # the centre of every helper picture


def _close(colour, expected, slack=6) -> bool:
    return all(abs(a - b) <= slack for a, b in zip(colour, expected))


def _with_stage_picture(m, index=1):
    uri = picture_uri(400, 300, colour=(20, 120, 200))
    m.images[images.image_id(uri)] = uri
    m.stages[index].image = images.image_id(uri)
    return m


def test_every_stage_header_grows_when_one_stage_shows_a_picture():
    plain = LayoutEngine().layout(small_map())
    m = _with_stage_picture(small_map())
    lay = LayoutEngine().layout(m)
    grown = DEFAULT_STYLE.stage_header_height + STAGE_PICTURE_BAND
    assert {r.h for r in lay.stage_headers.values()} == {grown}  # one row: every header lines up
    assert lay.corner.h == grown and lay.height == plain.height + STAGE_PICTURE_BAND
    picture = lay.stage_pictures[m.stages[1].id]
    head = lay.stage_headers[m.stages[1].id]
    assert picture.image == m.stages[1].image
    assert head.x < picture.box.x and picture.box.right < head.right and picture.box.bottom < head.bottom
    assert picture.box.y > max(t.y for t in lay.stage_header_lines[m.stages[1].id])  # under the title
    assert set(lay.stage_pictures) == {m.stages[1].id}


def test_a_stage_picture_through_the_editor_is_one_undo_step_and_the_canvas_draws_it(qtbot, tmp_path):
    canvas = make_canvas(qtbot, small_map())
    m, scene = canvas.map, canvas.scene
    stage = m.stages[0]
    before = scene.layout.stage_headers[stage.id].h
    assert scene.map_editor.set_picture_from_file("stages", stage.id, picture_file(tmp_path / "s.png", 300, 200))
    assert scene.layout == LayoutEngine(scene.layout.style).layout(m)  # the scene's layout is the full one
    item = scene.stage_item(stage.id)
    picture = scene.layout.stage_pictures[stage.id]
    head = scene.layout.stage_headers[stage.id]
    target = QImage(int(head.w), int(head.h), QImage.Format_ARGB32)
    target.fill(0)
    painter = QPainter(target)
    item.paint(painter, _option(), None)
    painter.end()
    b = picture.box
    centre = target.pixelColor(int(b.x - head.x + b.w / 2), int(b.y - head.y + b.h / 2))
    assert _close((centre.red(), centre.green(), centre.blue()), DISC)
    canvas.doc.undo_stack.undo()
    assert m.stage(stage.id).image is None and scene.layout.stage_headers[stage.id].h == before
    assert scene.stage_item(stage.id).picture is None


def test_zoomed_far_out_a_stage_picture_is_a_tinted_block(qtbot):
    canvas = make_canvas(qtbot, _with_stage_picture(small_map()))
    stage = canvas.map.stages[1]
    head = canvas.scene.layout.stage_headers[stage.id]
    b = canvas.scene.layout.stage_pictures[stage.id].box
    target = QImage(int(head.w * 0.3) + 2, int(head.h * 0.3) + 2, QImage.Format_ARGB32)
    target.fill(0)
    painter = QPainter(target)
    painter.scale(0.3, 0.3)  # level of detail 0.3: blocks
    canvas.scene.stage_item(stage.id).paint(painter, _option(), None)
    painter.end()
    centre = target.pixelColor(int((b.x - head.x + b.w / 2) * 0.3), int((b.y - head.y + b.h / 2) * 0.3))
    block = QImage(1, 1, QImage.Format_ARGB32)
    block.fill(0)
    p = QPainter(block)
    from cjm_desktop.canvas.items.base import qcolor

    p.fillRect(QRectF(0, 0, 1, 1), qcolor(tint(stage.colour, 0.55)))
    p.end()
    assert centre == block.pixelColor(0, 0)


def test_a_picture_file_dropped_on_a_stage_header_becomes_its_picture(qtbot, tmp_path):
    canvas = make_canvas(qtbot, small_map())
    m = canvas.map
    stage = m.stages[2]
    head = canvas.scene.layout.stage_headers[stage.id]
    path = picture_file(tmp_path / "header.jpg", 500, 320, kind="JPEG")
    drop = send_drop(canvas, _files(path), canvas.at(head.x + head.w / 2, head.y + head.h / 2))
    assert drop.isAccepted()
    assert images.check_data_uri(m.images[m.stage(stage.id).image]).width == 500
    assert len(m.cards) == len(small_map().cards)  # no card was made
    assert canvas.doc.undo_stack.count() == 1
    canvas.doc.undo_stack.undo()
    assert m.stage(stage.id).image is None


def test_the_poster_and_the_png_export_draw_a_stage_picture(tmp_path, qapp):
    m = _with_stage_picture(small_map())
    lay = LayoutEngine().layout(m)
    b = lay.stage_pictures[m.stages[1].id].box
    png = tmp_path / "map.png"
    export_png(m, png, dpi=72, title_block=False)  # one pixel per point
    with Image.open(png) as image:
        assert _close(image.convert("RGB").getpixel((int(b.x + b.w / 2), int(b.y + b.h / 2))), DISC)
    pdf = tmp_path / "map.pdf"
    export_pdf(m, pdf, PdfOptions(paper="A3", title_block=False))
    page = tmp_path / "page"
    subprocess.run(["pdftoppm", "-r", "72", "-png", "-singlefile", str(pdf), str(page)], check=True)
    with Image.open(tmp_path / "page.png") as image:
        rgb = image.convert("RGB")
        # the disc's colour is on the page (nothing else on the map is that colour)
        assert any(_close(rgb.getpixel((x, y)), DISC, 10)
                   for x in range(0, rgb.width, 2) for y in range(0, rgb.height, 2))


def test_an_a0_set_of_sheets_embeds_no_picture_again_for_its_sheets_or_assembly_page(tmp_path):
    from tests.pictures.test_picture_pdf import _image_objects

    m = _with_stage_picture(small_map())
    shared = m.stages[1].image
    for card in m.cards[:3]:
        card.image = shared  # the stage's picture on three cards too
    m.logo = shared  # and as the logo: the title block and the assembly page
    poster, tiled = tmp_path / "poster.pdf", tmp_path / "tiled.pdf"
    export_pdf(m, poster, PdfOptions(paper="A0"))
    result = export_pdf(m, tiled, PdfOptions(paper="A0", tile="A4"))
    assert result.sheets > 4
    once = _image_objects(poster.read_bytes())
    # one XObject per printed size of the one picture (card box, stage box, logo) ...
    assert 1 <= len(once) <= 3, once
    # ... and not one more for the sheets or the logo on the assembly page
    assert sorted(_image_objects(tiled.read_bytes())) == sorted(once)
    text = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(tiled), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert text.strip()  # the assembly page


def test_the_assembly_page_shows_the_logo_top_right(tmp_path):
    m = small_map()
    uri = picture_uri(300, 300, colour=(240, 190, 20))
    m.images[images.image_id(uri)] = uri
    m.logo = images.image_id(uri)
    pdf = tmp_path / "tiled.pdf"
    export_pdf(m, pdf, PdfOptions(paper="A1", tile="A4"))
    page = tmp_path / "assembly"
    subprocess.run(["pdftoppm", "-r", "72", "-png", "-singlefile", "-f", "1", "-l", "1", str(pdf), str(page)],
                   check=True)
    with Image.open(tmp_path / "assembly.png") as image:
        rgb = image.convert("RGB")
        w = rgb.width
        corner = [rgb.getpixel((x, y)) for x in range(w - 110, w - 30, 2) for y in range(30, 110, 2)]
    assert any(_close(c, DISC, 10) for c in corner) and any(_close(c, (240, 190, 20), 10) for c in corner)


def test_a_card_revealed_from_below_is_not_hidden_under_the_taller_pinned_stage_row(qtbot):
    m = _with_stage_picture(small_map())
    for lane in m.lanes:
        lane.height = 400.0  # a map taller than the view
    canvas = make_canvas(qtbot, m, size=(900, 500))
    view = canvas.view
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    card = m.cards_in(m.stages[0].id, m.lanes[0].id)[0]
    view.reveal([card.id])
    qtbot.wait(10)
    r = canvas.scene.layout.rect_of(card.id)
    top_on_screen = view.mapFromScene(r.x, r.y).y()
    header_bottom = view.mapFromScene(0, view.mapToScene(0, 0).y() + canvas.scene.layout.corner.h).y()
    assert top_on_screen >= header_bottom  # below the pinned stage row, which is 150 points high


def test_a_stage_picture_leaves_the_header_foot_to_the_stage_s_channel_row():
    from cjm_desktop.layout.channel_row import stage_channel_rows
    from cjm_desktop.model import Card, LaneKind

    m = _with_stage_picture(small_map())
    lane = m.lanes[0]
    lane.kind = LaneKind.TOUCHPOINTS
    m.cards.append(Card(stage_id=m.stages[1].id, lane_id=lane.id, title="hỏi giá", channel="Zalo"))
    lay = LayoutEngine().layout(m)
    box = lay.stage_pictures[m.stages[1].id].box
    chips = stage_channel_rows(m, lay.stage_headers)[m.stages[1].id]
    assert chips, "the stage has a channel row"
    assert all(chip.chip.y >= box.bottom for chip in chips)
