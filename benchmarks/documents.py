"""The HTML viewer and the PowerPoint deck of the big map.

``html_export``: ``export_html`` (layout, SVG from the layout, the embedded font,
the cards' JSON, the atomic write), against the target of 2 s and a file at most
3x the SVG export of the same map (``render.qt_image.export_svg``, untimed here).
``pptx_export``: the map picture (Qt, offscreen) and ``export_pptx``; no target.
"""

from __future__ import annotations

from .common import Bench
from .timing import Result, Samples, sample

HTML_TARGET_S = 2.0
HTML_SIZE_RATIO = 3.0


def documents(b: Bench) -> list[Result]:
    from cjm_desktop.export.deck import export_pptx
    from cjm_desktop.export.html_viewer import export_html
    from cjm_desktop.render.qt_image import export_svg, map_picture

    m, out = b.journey_map, b.workdir
    html = sample(lambda: export_html(m, out / "viewer.html"), b.runs(5, 2))
    export_svg(m, out / "map.svg")
    size = {name: (out / name).stat().st_size for name in ("viewer.html", "map.svg")}
    ratio = size["viewer.html"] / size["map.svg"]
    deck = Samples()
    slides = []
    sample(lambda: slides.append(export_pptx(m, out / "deck.pptx", map_picture(m)).slides), b.runs(3, 1),
           samples=deck)
    mib = 2**20
    return [
        Result("html_export", "HTML viewer export", "s", html.median, html.median_cpu, html.runs,
               f"<= {HTML_TARGET_S:g} s, file <= {HTML_SIZE_RATIO:g}x the SVG",
               html.median <= HTML_TARGET_S and ratio <= HTML_SIZE_RATIO,
               notes=(f"{size['viewer.html'] / mib:.1f} MiB, {ratio:.2f}x the SVG export "
                      f"({size['map.svg'] / mib:.1f} MiB); font embedded"),
               details={"wall": html.wall, "cpu": html.cpu, "bytes": size["viewer.html"],
                        "svg_bytes": size["map.svg"], "size_ratio": ratio}),
        Result("pptx_export", "PowerPoint deck export", "s", deck.median, deck.median_cpu, deck.runs, "(none)",
               None, notes=f"{slides[-1]} slides, {(out / 'deck.pptx').stat().st_size / mib:.1f} MiB, map picture included",
               details={"wall": deck.wall, "cpu": deck.cpu, "slides": slides[-1],
                        "bytes": (out / "deck.pptx").stat().st_size}),
    ]
