"""The offline HTML viewer: one self-contained ``.html`` file a client opens in any browser. No Qt.

The page holds the map as SVG (:mod:`.svg_map`), the cards' fields as JSON,
the action plan as a table, the bundled Noto Sans embedded as base64
``@font-face``, and the viewer's own small script and style
(``resources/viewer/``). Nothing is fetched: there is no external URL in the
file, and its Content-Security-Policy lets only that one script run (by its
hash) and only ``data:`` fonts and pictures load. Every piece of map text is
escaped in the markup and in the JSON, and the script sets text with
``textContent`` only, so a card titled ``</script>`` or ``<img onerror=…>``
stays text. Words on the page are in the map's language (``layout/words``).
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from ..layout import LayoutEngine, MapLayout
from ..layout.words import label
from ..model import Card, JourneyMap
from ..resources import font_path, resource
from .files import export_target
from .shown import plan_cards
from .svg_map import esc, map_svg

FONT_FAMILY = "CJM Noto Sans"


@dataclass(frozen=True)
class HtmlResult:
    """What was written: the file's size in bytes and the number of cards."""

    size: int
    cards: int


def _field_values(c: Card, lang: str) -> list[tuple[str, str]]:
    """A card's fields as (label, value) in the map's language, the empty ones left out."""
    fields = [
        ("col_body", c.body), ("col_tags", ", ".join(c.tags)), ("col_channel", c.channel),
        ("col_sentiment", label(c.sentiment, lang) if c.sentiment else ""),
        ("importance", label(c.importance, lang) if c.importance else ""),
        ("col_owner", c.owner), ("col_due", c.due.strftime("%d/%m/%Y") if c.due else ""),
        ("col_measure", c.measure), ("col_status", label(c.status, lang) if c.status else ""),
        ("evidence", label(c.evidence, lang) if c.evidence else ""), ("col_source", c.source),
    ]
    return [(label(key, lang), value) for key, value in fields if value]


def viewer_data(m: JourneyMap, layout: MapLayout, cards: list[Card]) -> dict:
    """What the script needs: each card's id, rectangle, title, place and fields; the words it shows."""
    lang = m.language
    stages = {s.id: s.title for s in m.stages}
    lanes = {lane.id: lane.title for lane in m.lanes}
    out = []
    for c in cards:
        g = layout.cards.get(c.id)
        r = [round(v, 1) for v in layout.card_rect(g)] if g is not None else None
        out.append({"id": c.id, "r": r, "t": c.title, "w": f"{stages[c.stage_id]} · {lanes[c.lane_id]}",
                    "f": _field_values(c, lang)})
    return {"cards": out, "words": {"matches": label("matches", lang)}}


def script_json(value) -> str:
    """JSON that cannot end its ``<script>`` element or open a comment: ``<``, ``>`` and ``&`` escaped."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _font_faces() -> str:
    faces = []
    for bold in (False, True):
        data = base64.b64encode(font_path(bold).read_bytes()).decode("ascii")
        faces.append(f'@font-face{{font-family:"{FONT_FAMILY}";font-weight:{700 if bold else 400};'
                     f'src:url(data:font/ttf;base64,{data}) format("truetype")}}')
    return "".join(faces)


def _plan(m: JourneyMap, index: dict[str, int]) -> str:
    """The action plan as an HTML table; each row names its card for the script."""
    lang = m.language
    cards = plan_cards(m)
    head = "".join(f"<th>{esc(label(k, lang))}</th>" for k in
                   ("col_stage", "col_action", "col_owner", "col_due", "col_measure", "col_status"))
    if not cards:
        return f'<section id="plan"><h2>{esc(label("plan_title", lang))}</h2><p>{esc(label("none", lang))}</p></section>'
    stages = {s.id: s.title for s in m.stages}
    rows = []
    for c in cards:
        body = f'<span class="body">{esc(c.body)}</span>' if c.body else ""
        rows.append(
            f'<tr data-i="{index[c.id]}"><td>{esc(stages[c.stage_id])}</td><td><b>{esc(c.title)}</b>{body}</td>'
            f'<td>{esc(c.owner)}</td><td>{c.due.strftime("%d/%m/%Y") if c.due else ""}</td>'
            f'<td>{esc(c.measure)}</td><td>{esc(label(c.status, lang)) if c.status else ""}</td></tr>')
    return (f'<section id="plan"><h2>{esc(label("plan_title", lang))}</h2><table><thead><tr>{head}</tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table></section>')


def _bar(m: JourneyMap) -> str:
    lang = m.language
    options = "".join(f'<option value="{esc(p.id)}">{esc(p.name)}</option>' for p in m.personas)
    logo = m.image(m.logo)  # (a PNG or JPEG data: URI of the map's checked image table, or None)
    mark = f'<img id="logo" src="{esc(logo)}" alt="">' if logo else ""
    return (
        f'<header id="bar">{mark}<h1>{esc(m.title)}</h1>'
        f'<input id="search" type="search" placeholder="{esc(label("search", lang))}" '
        f'aria-label="{esc(label("search", lang))}"><span id="count" aria-live="polite"></span>'
        f'<select id="persona" aria-label="{esc(label("personas", lang))}">'
        f'<option value="">{esc(label("all_personas", lang))}</option>{options}</select>'
        f'<button id="zoom-out" type="button" aria-label="−">−</button>'
        f'<button id="zoom-in" type="button" aria-label="+">+</button>'
        f'<button id="fit" type="button">{esc(label("fit", lang))}</button>'
        f'<button id="to-plan" type="button">{esc(label("plan_title", lang))}</button></header>'
    )


def html_document(m: JourneyMap, layout: Optional[MapLayout] = None) -> str:
    """The whole viewer page for ``m`` as text."""
    layout = layout or LayoutEngine().layout(m)
    cards = m.reading_order()
    index = {c.id: i for i, c in enumerate(cards)}
    script = resource("viewer", "viewer.js").read_text(encoding="utf-8")
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    policy = (f"default-src 'none'; script-src 'sha256-{digest}'; style-src 'unsafe-inline'; "
              "font-src data:; img-src data:; base-uri 'none'; form-action 'none'")
    css = resource("viewer", "viewer.css").read_text(encoding="utf-8")
    return "".join((
        f'<!DOCTYPE html>\n<html lang="{m.language}"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{policy}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="cjm-desktop">',
        f"<title>{esc(m.title or 'cjm-desktop')}</title>",
        f"<style>{_font_faces()}{css}</style></head><body>",
        _bar(m),
        f'<div id="viewport">{map_svg(layout, m, index)}</div>',
        '<aside id="details" hidden><button id="close" type="button" aria-label="×">×</button>'
        '<p id="d-where" class="where"></p><h2 id="d-title"></h2><dl id="d-fields"></dl></aside>',
        _plan(m, index),
        f'<p id="help">{esc(label("viewer_help", m.language))} · '
        f'{esc(label("exported", m.language, date=dt.date.today().strftime("%d/%m/%Y")))}</p>',
        f'<script type="application/json" id="cjm-data">{script_json(viewer_data(m, layout, cards))}</script>',
        f"<script>{script}</script></body></html>\n",
    ))


def export_html(m: JourneyMap, path: str | os.PathLike, layout: Optional[MapLayout] = None) -> HtmlResult:
    """Write the viewer page of ``m`` to ``path`` (atomically); one-line
    :class:`~cjm_desktop.export.options.ExportError` when it cannot be written."""
    data = html_document(m, layout).encode("utf-8", "replace")
    with export_target(Path(path)) as tmp:
        tmp.write_bytes(data)
    return HtmlResult(len(data), len(m.cards))
