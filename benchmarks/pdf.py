"""The A0 poster and the A0-on-A4 tiled PDF export against plain reportlab."""

from __future__ import annotations

from .common import Bench
from .timing import Result, Samples, sample

#: What the poster draws that the plain reportlab baseline does not.
POSTER_EXTRAS = ("title block and legend, lane fills, rounded cards with colour stripes, card markers "
                 "(sentiment, evidence, status, importance), stage chevrons, 300 connector curves with "
                 "arrow heads, emotion curves with labels, persona circles")


def pdf(b: Bench) -> list[Result]:
    """A0 poster (vector PDF) with ``export_pdf`` against the plain reportlab
    baseline (:mod:`benchmarks.baseline_reportlab`: the same rectangles and text),
    interleaved in this process; both include laying the map out (a fresh
    LayoutEngine each) and writing the file. Then the A0 poster tiled on A4
    sheets, its file size against the single A0 file."""
    from cjm_desktop.export import PdfOptions, export_pdf
    from cjm_desktop.layout import LayoutEngine

    from .baseline_reportlab import baseline_poster, baseline_tiled

    m = b.journey_map
    poster, plain, tiled, plain_tiled = Samples(), Samples(), Samples(), Samples()
    out = b.workdir
    for _ in range(b.runs(3, 2)):
        sample(lambda: export_pdf(m, out / "poster.pdf", PdfOptions(paper="A0")), 1, samples=poster)
        sample(lambda: baseline_poster(LayoutEngine().layout(m), out / "plain.pdf", "A0"), 1, samples=plain)
    for _ in range(b.runs(3, 2)):
        sample(lambda: export_pdf(m, out / "tiled.pdf", PdfOptions(paper="A0", tile="A4")), 1, samples=tiled)
    sample(lambda: baseline_tiled(LayoutEngine().layout(m), out / "plain-tiled.pdf", "A0", "A4"), 1,
           samples=plain_tiled)
    size = {name: (out / name).stat().st_size for name in ("poster.pdf", "plain.pdf", "tiled.pdf", "plain-tiled.pdf")}
    ratio = poster.median / plain.median
    cpu_ratio = poster.median_cpu / plain.median_cpu
    size_ratio = size["tiled.pdf"] / size["poster.pdf"]
    mib = 2**20
    return [
        Result("pdf_a0", "A0 vector PDF export", "s", poster.median, poster.median_cpu, poster.runs,
               "<= 2 s and <= 1.3x plain reportlab", poster.median <= 2.0 and ratio <= 1.3,
               notes=(f"{ratio:.2f}x plain reportlab ({plain.median:.2f} s; CPU {cpu_ratio:.2f}x); "
                      f"{size['poster.pdf'] / mib:.1f} MiB vs {size['plain.pdf'] / mib:.1f} MiB"),
               details={"wall": poster.wall, "cpu": poster.cpu, "baseline_wall": plain.wall,
                        "baseline_cpu": plain.cpu, "ratio": ratio, "cpu_ratio": cpu_ratio,
                        "bytes": size["poster.pdf"], "baseline_bytes": size["plain.pdf"],
                        "poster_draws_besides_baseline": POSTER_EXTRAS}),
        Result("pdf_tiled", "A0 onto A4 sheets, tiled PDF export", "s", tiled.median, tiled.median_cpu,
               tiled.runs, "<= 3 s, file <= 2x the A0 file", tiled.median <= 3.0 and size_ratio <= 2.0,
               notes=(f"file {size_ratio:.2f}x the A0 file ({size['tiled.pdf'] / mib:.1f} MiB); naive "
                      f"redraw per sheet {plain_tiled.median:.1f} s, {size['plain-tiled.pdf'] / mib:.1f} MiB"),
               details={"wall": tiled.wall, "cpu": tiled.cpu, "bytes": size["tiled.pdf"], "size_ratio": size_ratio,
                        "naive_wall": plain_tiled.wall, "naive_bytes": size["plain-tiled.pdf"]}),
    ]
