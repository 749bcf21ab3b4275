"""The map as SVG text, drawn from the layout and ``layout/decor``'s shapes, for the HTML viewer. No Qt.

It draws what the PDF painter draws, in the same order (persona strip, lanes,
stage headers, scale, connectors, cards, labels, curves), with real text
(``<text>``, the bundled font named by the viewer's CSS) so that a browser can
search, select and zoom it. Each card is a ``<g class="card" data-i="N">``
(N its place in the viewer's data) and each emotion curve a
``<g class="curve" data-persona="ID">``, for the viewer's script. Every piece of
map text is escaped; characters no XML may hold are dropped. Each picture the map
shows (a card's, a stage's, a persona's portrait) is one ``<image>`` holding its
``data:`` URI from the map's image table, defined once and placed by ``<use>``:
fitted whole on a light ground, or cropped to a portrait's circle.
"""

from __future__ import annotations

import html
import re
from typing import Iterable, Optional

from ..layout import decor
from ..layout.channel_row import CHIP_FILL, CHIP_RADIUS, stage_channel_rows
from ..layout.shapes import Badge, CardMarker, Caption, Label, Pill, Stroke
from ..layout.style import text_on
from ..layout.types import CardGeometry, MapLayout, Rect, TextLine
from ..model import Card, JourneyMap, LaneKind, images
from ..model.channels import ICON_STROKE_WIDTH, catalogue

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def esc(text: str) -> str:
    """``text`` safe inside an element or a quoted attribute."""
    return html.escape(_NOT_XML.sub("", text), quote=True)


def num(v: float) -> str:
    """A coordinate, short: at most one decimal."""
    s = f"{v:.1f}"
    return s[:-2] if s.endswith(".0") else s


def _stroke(s: Stroke) -> str:
    dash = f' stroke-dasharray="{" ".join(num(d) for d in s.dash)}"' if s.dash else ""
    cap = "round" if s.cap == "round" else "butt"
    return f'stroke="{s.colour}" stroke-width="{num(s.width)}" stroke-linecap="{cap}"{dash}'


def _points(points: Iterable[tuple[float, float]]) -> str:
    return " ".join(f"{num(x)},{num(y)}" for x, y in points)


def text_line(line: TextLine, dx: float = 0.0, dy: float = 0.0, fill: Optional[str] = None) -> str:
    """One layout text line at its baseline; its role names the colour class."""
    cls = "" if fill else {"muted": "m", "hint": "h", "header": "hd"}.get(line.role, "")
    if line.bold:
        cls = (cls + " b").strip()
    attrs = f' class="{cls}"' if cls else ""
    if fill:
        attrs += f' fill="{fill}"'
    return f'<text x="{num(line.x + dx)}" y="{num(line.y + dy)}" font-size="{num(line.size)}"{attrs}>{esc(line.text)}</text>'


def label(lab: Label) -> str:
    weight = ' class="b"' if lab.bold else ""
    return (f'<text x="{num(lab.cx)}" y="{num(lab.baseline)}" font-size="{num(lab.size)}" text-anchor="middle" '
            f'fill="{lab.colour}"{weight}>{esc(lab.text)}</text>')


def pill(p: Pill) -> str:
    r = p.rect
    stroke = _stroke(p.stroke) if p.stroke else 'stroke="none"'
    return (f'<rect x="{num(r.x)}" y="{num(r.y)}" width="{num(r.w)}" height="{num(r.h)}" rx="{num(p.radius)}" '
            f'fill="{p.fill}" {stroke}/>' + label(p.label))


def caption(cap: Caption, colour: str) -> str:
    anchor = ' text-anchor="end"' if cap.align == "right" else ""
    weight = ' class="b"' if cap.bold else ""
    return (f'<text x="{num(cap.x)}" y="{num(cap.y)}" font-size="{num(cap.size)}" fill="{colour}"{anchor}{weight}>'
            f'{esc(cap.text)}</text>')


def rect(x: float, y: float, w: float, h: float, fill: str, extra: str = "") -> str:
    return f'<rect x="{num(x)}" y="{num(y)}" width="{num(w)}" height="{num(h)}" fill="{fill}"{extra}/>'


def line(x0: float, y0: float, x1: float, y1: float) -> str:
    return f'<line x1="{num(x0)}" y1="{num(y0)}" x2="{num(x1)}" y2="{num(y1)}"/>'


def icon_defs(channel_ids) -> str:
    """A ``<symbol>`` per channel icon used, from the catalogue's path commands (drawn as the PDF draws them)."""
    out = []
    for cid in channel_ids:
        ch = catalogue().get(cid)
        d = " ".join(cmd[0] + " ".join(num(v) for v in cmd[1:]) for cmd in ch.commands)
        paint = (f'fill="none" stroke="{ch.colour}" stroke-width="{num(ICON_STROKE_WIDTH)}" stroke-linecap="round" '
                 f'stroke-linejoin="round"' if ch.paint == "stroke" else f'fill="{ch.colour}" fill-rule="nonzero"')
        size = num(catalogue().size)
        out.append(f'<symbol id="ch-{cid}" viewBox="0 0 {size} {size}"><path d="{d}" {paint}/></symbol>')
    return f"<defs>{''.join(out)}</defs>" if out else ""


def icon_use(channel_id: str, box: Rect) -> str:
    return f'<use href="#ch-{channel_id}" x="{num(box.x)}" y="{num(box.y)}" width="{num(box.w)}" height="{num(box.h)}"/>'


class SvgMap:
    """Builds the SVG of one map from its layout."""

    def __init__(self, layout: MapLayout, m: JourneyMap, card_index: dict[str, int]) -> None:
        self.L, self.m, self.st = layout, m, layout.style
        self.index = card_index
        self.cards = {c.id: c for c in m.cards}
        self.kinds = {lane.id: lane.kind for lane in m.lanes}
        self.out: list[str] = []
        #: image id -> (its element's id, width, height), or None where it does not decode
        self.pictures: dict[str, Optional[tuple[str, int, int]]] = {}
        self.defs: list[str] = []

    def svg(self) -> str:
        L, st = self.L, self.st
        self.out = [
            f'<svg id="map" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {num(L.width)} {num(L.height)}" '
            f'width="{num(L.width)}" height="{num(L.height)}" fill="{st.text}" role="img" aria-label="{esc(self.m.title)}">',
            f'<style>.m,.h{{fill:{st.muted_text}}}.h{{font-style:italic}}'
            f'.hd{{fill:{st.header_text}}}.b{{font-weight:700}}'
            f'.card>rect:first-child{{stroke:{st.card_border};stroke-width:{decor.CARD_BORDER_WIDTH}}}</style>',
            rect(0, 0, L.width, L.height, st.background),
        ]
        self.rows = stage_channel_rows(self.m, L.stage_headers)
        used = {g.content.channel_icon for g in L.cards.values()} | {c.channel_id for r in self.rows.values() for c in r}
        self.out.append(icon_defs(sorted(i for i in used if i)))
        for part in (self.personas, self.lanes, self.stages, self.scale, self.connectors, self.card_layer,
                     self.connector_labels, self.curves):
            part()
        if self.defs:  # (a <use> may name an element that comes later)
            self.out.append(f'<defs>{"".join(self.defs)}</defs>')
        self.out.append("</svg>")
        return "".join(self.out)

    def personas(self) -> None:
        strip = self.L.persona_strip
        if strip.h <= 0:
            return
        out = self.out
        out.append(rect(strip.x, strip.y, strip.w, strip.h, decor.PERSONA_STRIP_FILL))
        out.append(f'<g {_stroke(decor.grid_stroke(self.st))}>{line(strip.x, strip.bottom, strip.right, strip.bottom)}</g>')
        portraits = {p.id: p.portrait for p in self.m.personas}  # (initials where none shows: badge)
        for n, g in enumerate(self.L.personas):
            out.append(f'<g class="persona" data-persona="{esc(g.persona_id)}">')
            self.badge(decor.persona_badge(g), portraits.get(g.persona_id), f"portrait-{n}")
            out.extend(text_line(t) for t in g.name_lines)
            out.append("</g>")

    def badge(self, b: Badge, portrait: Optional[str] = None, clip: str = "") -> None:
        """A persona's circle with its initials, or its portrait (an id of the map's image table)."""
        self.out.append(f'<circle cx="{num(b.cx)}" cy="{num(b.cy)}" r="{num(b.radius)}" fill="{b.fill}" '
                        f'{_stroke(b.ring)}/>')
        r = b.radius - 1
        placed = self.placed(portrait, Rect(b.cx - r, b.cy - r, 2 * r, 2 * r), "slice")
        if placed is None:
            self.out.append(label(b.initials))
            return
        self.out.append(f'<clipPath id="{clip}"><circle cx="{num(b.cx)}" cy="{num(b.cy)}" r="{num(r)}"/></clipPath>'
                        f'<g clip-path="url(#{clip})">{placed}</g>')

    def picture(self, image_id: Optional[str], box: Rect) -> None:
        """A card's or a stage's picture fitted whole on a light ground in ``box``, as the PDF has it."""
        self.out.append(rect(box.x, box.y, box.w, box.h, decor.PICTURE_GROUND))
        placed = self.placed(image_id, box, "meet")
        if placed is not None:
            self.out.append(placed)

    def placed(self, image_id: Optional[str], box: Rect, fit: str) -> Optional[str]:
        """The picture ``image_id`` scaled into ``box`` (``meet``: whole; ``slice``: filling it), or None."""
        uri = self.m.image(image_id)
        if uri is None:
            return None
        if image_id not in self.pictures:
            try:
                info = images.check_data_uri(uri)  # (its size from its header; the model checked it when read)
            except images.ImageError:
                self.pictures[image_id] = None
            else:
                self.pictures[image_id] = (f"pic-{len(self.pictures)}", info.width, info.height)
                self.defs.append(f'<image id="pic-{len(self.pictures) - 1}" href="{esc(uri)}" width="{info.width}" '
                                 f'height="{info.height}"/>')
        known = self.pictures[image_id]
        if known is None:
            return None
        ref, w, h = known
        return (f'<svg x="{num(box.x)}" y="{num(box.y)}" width="{num(box.w)}" height="{num(box.h)}" '
                f'viewBox="0 0 {w} {h}" preserveAspectRatio="xMidYMid {fit}"><use href="#{ref}"/></svg>')

    def lanes(self) -> None:
        L, st, out = self.L, self.st, self.out
        out.append('<g id="lanes">')
        for lid in L.lane_order:
            header = L.lane_headers[lid]
            fill, accent = st.lane_colours.get(self.kinds.get(lid), st.lane_colours[LaneKind.CUSTOM])
            out.append(rect(header.right, header.y, L.width - header.right, header.h, fill))
            out.append(rect(header.x, header.y, header.w, header.h, st.lane_header_fill))
            out.append(rect(header.x, header.y, decor.LANE_ACCENT_WIDTH, header.h, accent))
            out.extend(text_line(t) for t in L.lane_header_lines[lid])
        top = L.corner.bottom
        grid = [line(0, L.lane_headers[lid].bottom, L.width, L.lane_headers[lid].bottom) for lid in L.lane_order]
        grid += [line(L.stage_headers[sid].right, top, L.stage_headers[sid].right, L.height) for sid in L.stage_order]
        grid.append(line(L.corner.right, top, L.corner.right, L.height))
        out.append(f'<g {_stroke(decor.grid_stroke(st))}>{"".join(grid)}</g></g>')

    def stages(self) -> None:
        L, st, out = self.L, self.st, self.out
        k = L.corner
        out.append(rect(k.x, k.y, k.w, k.h, st.header_fill))
        x0, y0, x1, y1 = decor.corner_diagonal(L)
        out.append(f'<g {_stroke(decor.CORNER_DIAGONAL)}>{line(x0, y0, x1, y1)}</g>')
        out.append(f'<clipPath id="map-clip">{rect(0, 0, L.width, L.height, "#000")}</clipPath>')
        out.append('<g id="stages" clip-path="url(#map-clip)">')
        stages = {s.id: s for s in self.m.stages}
        for i, sid in enumerate(L.stage_order):
            colour = stages[sid].colour
            out.append(f'<polygon points="{_points(decor.chevron(L.stage_headers[sid], first=i == 0))}" fill="{colour}"/>')
            ink = text_on(colour)
            out.extend(text_line(t, fill=ink if t.role == "header" else None) for t in L.stage_header_lines[sid])
            picture = L.stage_pictures.get(sid)
            if picture is not None:
                self.picture(picture.image, picture.box)
            for chip in self.rows.get(sid, ()):  # the stage's channels, icons on white chips
                c = chip.chip
                out.append(rect(c.x, c.y, c.w, c.h, CHIP_FILL, f' rx="{num(CHIP_RADIUS)}"') + icon_use(chip.channel_id, chip.icon))
        out.append("</g>")
        for cap in decor.map_captions(L, self.m.language):
            out.append(caption(cap, decor.CAPTION_ON_DARK if cap.on_dark else st.muted_text))

    def scale(self) -> None:
        scale = decor.emotion_scale(self.L)
        if scale is None:
            return
        ticks, zero = decor.scale_strokes(self.st)
        lines = "".join(line(scale.x0, y, scale.x1, y) for score, y in scale.ticks if score != 0)
        self.out.append(f'<g {_stroke(ticks)}>{lines}</g>')
        self.out.append(f'<g {_stroke(zero)}>{line(scale.x0, scale.zero_y, scale.x1, scale.zero_y)}</g>')
        self.out.extend(caption(cap, self.st.muted_text) for cap in decor.scale_captions(scale))

    def connectors(self) -> None:
        if not self.L.connectors:
            return
        stroke = decor.connector_stroke()
        paths, heads = [], []
        for k in self.L.connectors:
            d = []
            for op in decor.connector_outline(k):
                d.append(op[0] + " ".join(f"{num(x)},{num(y)}" for x, y in op[1:]))
            paths.append(f'<path d="{"".join(d)}"/>')
            heads.append(f'<polygon points="{_points(decor.arrow_head(k))}"/>')
        self.out.append(f'<g id="connectors" fill="none" {_stroke(stroke)}>{"".join(paths)}</g>')
        self.out.append(f'<g fill="{stroke.colour}">{"".join(heads)}</g>')

    def card_layer(self) -> None:
        self.out.append('<g id="cards">')
        for g in self.L.cards.values():
            self.card(g, self.cards.get(g.card_id))
        self.out.append("</g>")

    def card(self, g: CardGeometry, card: Optional[Card]) -> None:
        r, st, out = self.L.card_rect(g), self.st, self.out
        body = decor.card_body(g, st)
        # a hint's dashed outline: inline, above the style sheet's card border
        dash = f' style="stroke:{body.border.colour};stroke-dasharray:{" ".join(num(d) for d in body.border.dash)}"' \
            if body.border.dash else ""
        out.append(f'<g class="card" data-i="{self.index.get(g.card_id, -1)}" '
                   f'transform="translate({num(r.x)} {num(r.y)})">')
        out.append(rect(0, 0, r.w, r.h, body.fill, f' rx="{num(body.radius)}"{dash}'))
        stripe = body.stripe_width
        out.append(f'<path d="M{num(stripe)},0H{num(body.radius)}A{num(body.radius)},{num(body.radius)} 0 0 0 0,'
                   f'{num(body.radius)}V{num(r.h - body.radius)}A{num(body.radius)},{num(body.radius)} 0 0 0 '
                   f'{num(body.radius)},{num(r.h)}H{num(stripe)}Z" fill="{body.stripe_colour}"/>')
        out.extend(text_line(t) for t in g.content.lines)
        if g.content.image_box is not None:  # (the box is in the card's own coordinates, as this group's)
            self.picture(g.content.image, g.content.image_box)
        if g.content.icon_box is not None:
            out.append(icon_use(g.content.channel_icon, g.content.icon_box))
        badge = decor.hint_badge(g, st, self.m.language)
        if badge is not None:
            out.append(pill(badge))
        if card is not None:
            for mk in decor.card_markers(card, g, self.m.language, st.card_padding):
                self.marker(mk)
        out.append("</g>")

    def marker(self, mk: CardMarker) -> None:
        out = self.out
        if mk.kind == "importance":
            for bar, on in decor.importance_bars(mk):
                out.append(rect(bar.x, bar.y, bar.w, bar.h, mk.colour if on else decor.IMPORTANCE_OFF))
            return
        if mk.symbol == "ring":
            out.append(f'<circle cx="{num(mk.x)}" cy="{num(mk.y)}" r="{num(decor.ring_radius(mk))}" fill="none" '
                       f'{_stroke(decor.Stroke(mk.colour, decor.MARKER_RING_WIDTH))}/>')
            return
        out.append(f'<circle cx="{num(mk.x)}" cy="{num(mk.y)}" r="{num(mk.radius)}" fill="{mk.colour}"/>')
        if mk.symbol == "half":
            h = decor.half_disc_radius(mk)
            out.append(f'<path d="M{num(mk.x)},{num(mk.y - h)}A{num(h)},{num(h)} 0 0 0 {num(mk.x)},{num(mk.y + h)}Z" '
                       f'fill="{decor.WHITE}"/>')
        elif mk.kind == "evidence":
            out.append(label(decor.evidence_letter(mk)))
        else:
            lines = "".join(line(*seg) for seg in decor.marker_symbol_lines(mk))
            if lines:
                out.append(f'<g {_stroke(decor.MARKER_SYMBOL)}>{lines}</g>')

    def connector_labels(self) -> None:
        for k in self.L.connectors:
            p = decor.connector_label_pill(k)
            if p is not None:
                self.out.append(pill(p))

    def curves(self) -> None:
        offsets = decor.point_label_offsets(self.L)
        out = self.out
        for i, curve in enumerate(self.L.curves):
            out.append(f'<g class="curve" data-persona="{esc(curve.persona_id)}">')
            if curve.segments:
                (x0, y0) = curve.segments[0][0]
                d = f"M{num(x0)},{num(y0)}" + "".join(
                    f"C{num(c1[0])},{num(c1[1])} {num(c2[0])},{num(c2[1])} {num(e[0])},{num(e[1])}"
                    for _, c1, c2, e in curve.segments)
                out.extend(f'<path d="{d}" fill="none" {_stroke(s)}/>' for s in decor.curve_strokes(curve.colour))
            for pt in curve.points:
                out.append(f'<circle cx="{num(pt.x)}" cy="{num(pt.y)}" r="{num(decor.POINT_RADIUS)}" '
                           f'fill="{curve.colour}" {_stroke(decor.POINT_RING)}/>')
            out.extend(pill(h) for h in decor.point_label_halos(curve, offsets[i], self.st))
            out.append("</g>")


def map_svg(layout: MapLayout, m: JourneyMap, card_index: dict[str, int]) -> str:
    """The whole map as one ``<svg>`` element; ``card_index`` gives each card's ``data-i``."""
    return SvgMap(layout, m, card_index).svg()
