"""PowerPoint export: a readout deck of the map, written with python-pptx. No Qt.

The slides: a title slide; the whole map as a picture (PNG bytes drawn by the
caller, who has Qt: :func:`cjm_desktop.render.qt_image.map_picture`); one slide
per stage (more when long) with its lanes as an editable table of card
titles; the emotion curve as a native line chart, one series per persona; the
improvement-action plan as a table. Every word is real text in the map's
language (NFC), proofed as Vietnamese or English, and the tables and the chart
stay editable in PowerPoint, Keynote and LibreOffice. The file is written
through the one atomic writer, like every export.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION, XL_LEGEND_POSITION, XL_MARKER_STYLE, XL_TICK_LABEL_POSITION
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import PP_ALIGN
from pptx.parts.image import Image
from pptx.util import Inches, Pt

from ..layout.style import DEFAULT_STYLE, Style
from ..layout.words import label
from ..model import EMOTION_MAX, EMOTION_MIN, JourneyMap, images
from .deck_tables import (CELL_SIZE, PLAN_SIZE, PLAN_WIDTHS, STAGE_WIDTHS, add_table, plan_head, plan_pages,
                          stage_head, stage_pages)
from .deck_text import add_run, clean, rgb
from .files import export_target

SLIDE_W_IN = 13.333
SLIDE_H_IN = 7.5
MARGIN_IN = 0.5
BODY_TOP_IN = 1.3
TITLE_ONLY_LAYOUT = 5
BLANK_LAYOUT = 6
DESCRIPTION_LIMIT = 700
#: The square the client's logo is fitted in, top right of the title slide, above the title.
LOGO_IN = 0.9


@dataclass(frozen=True)
class DeckResult:
    """What was written: the slide count and which kinds of slide."""

    slides: int
    stage_slides: int
    plan_slides: int
    picture: bool
    chart: bool


def export_pptx(m: JourneyMap, path: str | os.PathLike, picture: Optional[bytes] = None,
                style: Style = DEFAULT_STYLE, today: Optional[dt.date] = None) -> DeckResult:
    """Write the deck of ``m`` to ``path``; ``picture`` is the whole map as PNG (no map slide without it).

    Raises :class:`~cjm_desktop.export.options.ExportError` (one line) when
    the target cannot be written.
    """
    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(SLIDE_W_IN), Inches(SLIDE_H_IN)
    prs.core_properties.title = clean(m.title)
    prs.core_properties.language = "vi-VN" if m.language == "vi" else "en-GB"
    _title_slide(prs, m, style, today or dt.date.today())
    if picture:
        _picture_slide(prs, m, picture, style)
    stage_slides = 0
    for n, stage in enumerate(m.stages, start=1):
        heading = clean(stage.title) or label("deck_stage", m.language, n=n, count=len(m.stages))
        kicker = label("deck_stage", m.language, n=n, count=len(m.stages))
        for page, rows in enumerate(stage_pages(m, stage.id)):
            slide = _titled(prs, _continued(heading, page, m.language), style, m.language, kicker, stage.colour)
            add_table(slide, stage_head(m.language), STAGE_WIDTHS, rows, BODY_TOP_IN, m.language, style, CELL_SIZE)
            stage_slides += 1
    chart = _chart_slide(prs, m, style)
    plan_slides = 0
    for page, rows in enumerate(plan_pages(m)):
        slide = _titled(prs, _continued(label("plan_title", m.language), page, m.language), style, m.language)
        if rows:
            add_table(slide, plan_head(m.language), PLAN_WIDTHS, rows, BODY_TOP_IN, m.language, style, PLAN_SIZE)
        else:
            _text_box(slide, label("none", m.language), BODY_TOP_IN, 16, style.muted_text, m.language)
        plan_slides += 1
    with export_target(Path(path)) as tmp:
        prs.save(str(tmp))
    return DeckResult(len(prs.slides), stage_slides, plan_slides, bool(picture), chart)


def slide_count(m: JourneyMap, picture: bool = True) -> int:
    """How many slides :func:`export_pptx` writes for ``m`` (the Export dialog shows it before exporting)."""
    stages = sum(len(stage_pages(m, s.id)) for s in m.stages)
    return 1 + int(picture) + stages + int(bool(_scored(m)) and bool(m.stages)) + len(plan_pages(m))


def _scored(m: JourneyMap) -> list:
    """The personas with a score at some stage: the chart's series."""
    return [p for p in m.personas if any(m.emotion(p.id, s.id) for s in m.stages)]


def _continued(heading: str, page: int, lang: str) -> str:
    return heading if page == 0 else f"{heading} {label('continued', lang)}"


def _titled(prs, text: str, style: Style, lang: str, kicker: str = "", colour: Optional[str] = None):
    """A new slide with a real title placeholder holding ``text``, and an optional small line above it."""
    slide = prs.slides.add_slide(prs.slide_layouts[TITLE_ONLY_LAYOUT])
    title = slide.shapes.title
    title.left, title.top = Inches(MARGIN_IN), Inches(0.45)
    title.width, title.height = Inches(SLIDE_W_IN - 2 * MARGIN_IN), Inches(0.75)
    frame = title.text_frame
    frame.word_wrap = True
    paragraph = frame.paragraphs[0]
    paragraph.alignment = PP_ALIGN.LEFT
    add_run(paragraph, text, 26, lang, True, style.header_fill)
    if kicker:
        _text_box(slide, kicker, 0.18, 12, colour or style.muted_text, lang, bold=True,
                  height_in=0.3)
    return slide


def _text_box(slide, text: str, top_in: float, size: float, colour: str, lang: str, bold: bool = False,
              height_in: float = 0.6, left_in: float = MARGIN_IN, width_in: Optional[float] = None):
    box = slide.shapes.add_textbox(Inches(left_in), Inches(top_in),
                                   Inches(width_in or SLIDE_W_IN - 2 * MARGIN_IN), Inches(height_in))
    box.text_frame.word_wrap = True
    add_run(box.text_frame.paragraphs[0], text, size, lang, bold, colour)
    return box


def _title_slide(prs, m: JourneyMap, style: Style, today: dt.date) -> None:
    slide = prs.slides.add_slide(prs.slide_layouts[BLANK_LAYOUT])
    lang = m.language
    band = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, 0, 0, prs.slide_width, Inches(0.35))
    band.fill.solid()
    band.fill.fore_color.rgb = rgb(style.header_fill)
    band.line.fill.background()
    _text_box(slide, clean(m.title) or "—", 1.6, 40, style.header_fill, lang, bold=True, height_in=1.6)
    description = clean(m.description, one_line=False)
    if len(description) > DESCRIPTION_LIMIT:
        description = description[:DESCRIPTION_LIMIT].rstrip() + "…"
    if description:
        _text_box(slide, description, 3.4, 16, style.text, lang, height_in=1.8)
    names = [clean(p.name) for p in m.personas if clean(p.name)]
    if names:
        _text_box(slide, f"{label('personas', lang)}: {', '.join(names)}", 5.5, 14, style.muted_text, lang)
    _text_box(slide, label("exported", lang, date=today.strftime("%d/%m/%Y")), 6.5, 12, style.muted_text, lang)
    _logo(slide, m)


def _logo(slide, m: JourneyMap) -> None:
    """The client's logo (PNG or JPEG from the map's checked image table) fitted in its
    square top right, as on the poster's band; none when the map has none."""
    import io

    uri = m.image(m.logo)
    if uri is None:
        return
    try:
        info = images.check_data_uri(uri)
    except images.ImageError:
        return
    s = LOGO_IN / max(info.width, info.height)
    w, h = info.width * s, info.height * s
    slide.shapes.add_picture(io.BytesIO(info.data), Inches(SLIDE_W_IN - MARGIN_IN - w),
                             Inches(0.55 + (LOGO_IN - h) / 2), Inches(w), Inches(h))


def _picture_slide(prs, m: JourneyMap, picture: bytes, style: Style) -> None:
    """The whole map, as large as the slide allows, centred under the title."""
    import io

    slide = _titled(prs, label("deck_map", m.language), style, m.language, clean(m.title))
    px_w, px_h = Image.from_blob(picture).size
    box_w, box_h = SLIDE_W_IN - 2 * MARGIN_IN, SLIDE_H_IN - BODY_TOP_IN - 0.3
    scale = min(box_w / px_w, box_h / px_h)
    w, h = px_w * scale, px_h * scale
    slide.shapes.add_picture(io.BytesIO(picture), Inches(MARGIN_IN + (box_w - w) / 2), Inches(BODY_TOP_IN),
                             Inches(w), Inches(h))


def _chart_slide(prs, m: JourneyMap, style: Style) -> bool:
    """The emotion curve as a line chart (stages across, −3…+3 up); False when no persona has a score."""
    scored = _scored(m)
    if not scored or not m.stages:
        return False
    data = CategoryChartData()
    data.categories = [clean(s.title) or str(i) for i, s in enumerate(m.stages, start=1)]
    for p in scored:
        points = [m.emotion(p.id, s.id) for s in m.stages]
        data.add_series(clean(p.name) or "—", [pt.score if pt else None for pt in points])
    slide = _titled(prs, label("emotion", m.language), style, m.language)
    frame = slide.shapes.add_chart(XL_CHART_TYPE.LINE_MARKERS, Inches(MARGIN_IN), Inches(BODY_TOP_IN),
                                   Inches(SLIDE_W_IN - 2 * MARGIN_IN), Inches(SLIDE_H_IN - BODY_TOP_IN - 0.3), data)
    chart = frame.chart
    axis = chart.value_axis
    axis.minimum_scale, axis.maximum_scale, axis.major_unit = EMOTION_MIN, EMOTION_MAX, 1
    axis.has_major_gridlines = True
    chart.category_axis.tick_label_position = XL_TICK_LABEL_POSITION.LOW
    chart.category_axis.tick_labels.font.size = Pt(12)
    chart.has_legend = True
    chart.legend.position = XL_LEGEND_POSITION.BOTTOM
    chart.legend.include_in_layout = False
    chart.font.size = Pt(12)
    for series, p in zip(chart.plots[0].series, scored):
        _style_series(series, p.colour, [m.emotion(p.id, s.id) for s in m.stages], m.language)
    return True


def _style_series(series, colour: str, points, lang: str) -> None:
    """A persona's line in its colour, straight between the points (a smoothed line
    would overshoot the scale), with its points' labels as data labels."""
    series.smooth = False
    series.format.line.color.rgb = rgb(colour)
    series.format.line.width = Pt(2.5)
    series.marker.style = XL_MARKER_STYLE.CIRCLE
    series.marker.size = 9
    series.marker.format.fill.solid()
    series.marker.format.fill.fore_color.rgb = rgb(colour)
    for i, point in enumerate(points):
        if point and clean(point.label):
            data_label = series.points[i].data_label
            data_label.position = XL_LABEL_POSITION.ABOVE
            frame = data_label.text_frame
            add_run(frame.paragraphs[0], clean(point.label), 11, lang, False, colour)
