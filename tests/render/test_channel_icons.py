"""Channel icons: Qt and reportlab draw the same path from the one catalogue, the PDF
holds vector paths (no bitmap), the legend lists the channels used, and every
export draws every icon."""

from __future__ import annotations

import re
import subprocess

import pytest

from cjm_desktop.export import PdfOptions, export_pdf
from cjm_desktop.export.legend import legend_groups
from cjm_desktop.layout import LayoutEngine
from cjm_desktop.model import Card, JourneyMap, Lane, LaneKind, Stage
from cjm_desktop.model.channels import catalogue
from cjm_desktop.render.pdf_icons import icon_ops, placed_icon_ops
from tests.export.pdftools import flat, pdf_text, poppler
from tests.export.test_export_tiling import _pdf_streams

pytestmark = pytest.mark.gui
IDS = [c.id for c in catalogue().channels]


def every_channel_map(language: str = "vi") -> JourneyMap:
    """One touchpoint card per bundled channel (its label as the channel), and one free-text card."""
    stages = [Stage(title="Nhận biết"), Stage(title="Mua")]
    lanes = [Lane(title="Điểm chạm", kind=LaneKind.TOUCHPOINTS)]
    cards = [Card(stage_id=stages[i % 2].id, lane_id=lanes[0].id, order=i, title=f"Thẻ {i}",
                  channel=c.label(language)) for i, c in enumerate(catalogue().channels)]
    cards.append(Card(stage_id=stages[0].id, lane_id=lanes[0].id, order=99, title="Tự do", channel="Bưu điện"))
    return JourneyMap(title="Kênh", language=language, stages=stages, lanes=lanes, cards=cards)


def _pdf_path_numbers(ops: str) -> tuple[dict[str, int], list[float], list[float]]:
    """Counts of the path operators in ``ops`` and the x and y of every point."""
    counts = {"m": 0, "l": 0, "c": 0, "h": 0}
    xs, ys, nums = [], [], []
    for tok in ops.split():
        if tok in counts:
            counts[tok] += 1
            xs += nums[0::2]
            ys += nums[1::2]
            nums = []
        else:
            try:
                nums.append(float(tok))
            except ValueError:
                nums = []  # a colour or paint operator
    return counts, xs, ys


@pytest.mark.parametrize("channel_id", IDS)
def test_qt_and_reportlab_draw_the_same_path(qapp, channel_id):
    from PySide6.QtGui import QPainterPath

    from cjm_desktop.render.qt_icons import icon_qpath

    path = icon_qpath(channel_id)
    kinds = [path.elementAt(i).type for i in range(path.elementCount())]
    E = QPainterPath.ElementType
    body = icon_ops(channel_id).split("\n", 1)[1]  # after the colour (and stroke settings)
    counts, xs, ys = _pdf_path_numbers(body)
    assert kinds.count(E.MoveToElement) == counts["m"]
    assert kinds.count(E.CurveToElement) == counts["c"]
    assert kinds.count(E.LineToElement) >= counts["l"]  # Qt adds a line where a closed subpath does not end at its start
    box = path.controlPointRect()
    assert box.left() == pytest.approx(min(xs), abs=1e-3) and box.right() == pytest.approx(max(xs), abs=1e-3)
    assert box.top() == pytest.approx(min(ys), abs=1e-3) and box.bottom() == pytest.approx(max(ys), abs=1e-3)
    ch = catalogue().get(channel_id)
    paint = icon_ops(channel_id).rsplit("\n", 1)[1]
    assert paint == ("S" if ch.paint == "stroke" else "f")  # f: non-zero winding, as Qt's WindingFill
    from PySide6.QtCore import Qt

    assert path.fillRule() == Qt.FillRule.WindingFill


@pytest.mark.parametrize("channel_id", ["zalo", "facebook", "phone", "counter", "google_maps"])
def test_qt_and_the_pdf_look_the_same(qapp, tmp_path, channel_id):
    """The icon drawn big by QPainter and by the PDF (rendered by poppler) cover the same pixels."""
    from PySide6.QtGui import QColor, QImage, QPainter
    from reportlab.pdfgen.canvas import Canvas

    from cjm_desktop.render.qt_icons import draw_icon

    side = 240
    image = QImage(side, side, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    p = QPainter(image)
    draw_icon(p, channel_id, 0, 0, side)
    p.end()
    c = Canvas(str(tmp_path / "icon.pdf"), pagesize=(side, side))
    c.addLiteral(placed_icon_ops(channel_id, 0, side, side))
    c.showPage()
    c.save()
    subprocess.run([poppler("pdftoppm"), "-r", "72", "-gray", "-singlefile", str(tmp_path / "icon.pdf"),
                    str(tmp_path / "icon")], check=True)
    data = (tmp_path / "icon.pgm").read_bytes()
    _magic, w, h, _max, pixels = data.split(maxsplit=4)
    assert (int(w), int(h)) == (side, side)
    ink_pdf = {i for i, v in enumerate(pixels[: side * side]) if v < 200}
    ink_qt = {y * side + x for y in range(side) for x in range(side) if QColor(image.pixel(x, y)).lightness() < 200}
    assert len(ink_qt) > side * side * 0.04  # something was drawn
    assert len(ink_pdf ^ ink_qt) < 0.06 * len(ink_pdf | ink_qt)  # only the anti-aliased edges differ


def test_the_pdf_draws_every_icon_as_vector_paths_and_lists_them_in_the_legend(tmp_path):
    m = every_channel_map()
    path = tmp_path / "channels.pdf"
    export_pdf(m, path, PdfOptions(paper="A3"))
    pdf = path.read_bytes()
    assert not re.search(rb"/Subtype\s*/Image", pdf)  # no bitmap anywhere: the icons are paths
    content = _pdf_streams(path).decode("latin-1")
    for channel_id in IDS:
        assert icon_ops(channel_id) in content, channel_id
    text = flat(pdf_text(path))
    assert "Kênh" in text  # the legend's channel group
    for c in catalogue().channels[:6]:
        assert c.vi in text


def test_the_legend_lists_the_channels_used_once_each_in_the_map_language():
    m = every_channel_map("en")
    m.cards = [c for c in m.cards if c.channel in ("Zalo", "Phone call", "Bưu điện")]
    m.cards.append(m.cards[0].model_copy(update={"id": "x" * 8, "channel": "zalo"}))
    groups = dict(legend_groups(m, LayoutEngine().layout(m)))
    assert groups["Channels"] == [(("channel", "phone"), "Phone call"), (("channel", "zalo"), "Zalo")]
    m.cards = [c for c in m.cards if c.channel == "Bưu điện"]
    assert "Channels" not in dict(legend_groups(m, LayoutEngine().layout(m)))


def test_png_and_svg_exports_draw_every_icon(qapp, tmp_path):
    from PySide6.QtGui import QImage

    from cjm_desktop.render import qt_image

    m = every_channel_map()
    qt_image.export_png(m, tmp_path / "channels.png", dpi=72)
    assert not QImage(str(tmp_path / "channels.png")).isNull()
    qt_image.export_svg(m, tmp_path / "channels.svg")
    svg = (tmp_path / "channels.svg").read_text(encoding="utf-8")
    assert svg.count("<path") > len(IDS) * 2  # card icons and legend icons are paths


def test_cards_put_the_icon_before_their_meta_line_and_free_text_gets_none():
    m = every_channel_map()
    lay = LayoutEngine().layout(m)
    by_channel = {c.channel: lay.cards[c.id].content for c in m.cards}
    free = by_channel.pop("Bưu điện")
    assert free.channel_icon is None and free.icon_box is None
    for label, content in by_channel.items():
        box = content.icon_box
        meta = next(line for line in content.lines if line.role == "muted")
        assert content.channel_icon is not None, label
        assert meta.x >= box.x + box.w  # the text moves right of the icon
        assert box.y < meta.y < box.y + box.h + 2  # on the meta line


def test_each_stage_header_gets_a_row_of_its_touchpoints_channels(tmp_path):
    from cjm_desktop.layout.channel_row import stage_channel_rows, stage_channels

    m = every_channel_map()
    first, second = m.stages
    rows = stage_channels(m)
    ids = [c.id for c in catalogue().channels]
    assert rows[first.id] == tuple(ids[0::2]) and rows[second.id] == tuple(ids[1::2])
    lay = LayoutEngine().layout(m)
    chips = stage_channel_rows(m, lay.stage_headers)
    for sid, row in chips.items():
        header = lay.stage_headers[sid]
        assert row  # as many as fit in the header, left to right, inside it
        assert all(header.x < c.chip.x and c.chip.right < header.right and header.y < c.chip.y
                   and c.chip.bottom < header.bottom for c in row)
        assert [c.chip.x for c in row] == sorted(c.chip.x for c in row)
    path = tmp_path / "row.pdf"
    export_pdf(m, path, PdfOptions(paper="A3"))
    from cjm_desktop.render.pdf_icons import chips_ops

    content = _pdf_streams(path).decode("latin-1")
    assert chips_ops(chips[first.id], lay.height) in content
    # a map with no touchpoint lane has no channel row
    m.lanes[0].kind = LaneKind.ACTIONS
    assert stage_channels(m) == {}


def test_the_html_viewer_map_draws_each_used_icon_once_as_a_symbol():
    from cjm_desktop.export.svg_map import map_svg

    m = every_channel_map()
    lay = LayoutEngine().layout(m)
    svg = map_svg(lay, m, {c.id: i for i, c in enumerate(m.cards)})
    for channel_id in IDS:
        assert svg.count(f'<symbol id="ch-{channel_id}"') == 1
        assert f'href="#ch-{channel_id}"' in svg  # on its card (and in the stage's row)
    import xml.etree.ElementTree as ET

    ET.fromstring(svg)  # well-formed
