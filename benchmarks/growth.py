"""How the main costs grow with the map: open, drag per mouse move, full repaint
at fit zoom, one undo step and the A0 PDF export at three map sizes, with the
exponent of each measure's growth.

The exponent is the least-squares slope of log(time) against log(cards) over
the sizes. A measure is flagged when its exponent (of the CPU time, which the
machine's other load hardly changes) exceeds :data:`FASTER_THAN_N_LOG_N`:
n·log n itself has an exponent of 1.12 between 500 and 50,000 cards
(log(n ln n) against log n), so 1.15 leaves a small margin for noise; linear
growth is 1.0, quadratic 2.0.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from .canvas_speed import drag_samples, fit_repaint
from .common import Bench, Canvas, flush_deletes
from .files import open_samples
from .timing import Samples, sample
from .undo import push_edits, single_steps

SIZES = (500, 5_000, 50_000)
QUICK_SIZES = (100, 300, 1_000)
FASTER_THAN_N_LOG_N = 1.15

#: measure key -> (label, unit)
MEASURES = {
    "open": ("open (read + scene)", "s"),
    "drag": ("drag, per mouse move", "ms"),
    "repaint": ("full repaint at fit zoom", "ms"),
    "undo_step": ("undo step (median of single Ctrl+Z)", "ms"),
    "pdf_a0": ("A0 PDF export", "s"),
}


def map_sizes(cards: int) -> dict:
    """The generated map of ``cards`` cards: the 5,000-card benchmark map scaled so
    cells stay about as full (stages and lanes grow with the square root of the
    cards, the map in both directions; at least 5 lanes, so the feelings lane with
    the emotion curves is there) and connectors stay 6 % of the cards."""
    scale = math.sqrt(cards / 5000)
    return dict(cards=cards, stages=max(2, round(20 * scale)), lanes=max(5, round(12 * scale)),
                personas=2, connectors=max(2, round(cards * 0.06)), seed=0)


def exponent(sizes: list[int], times: list[float]) -> float:
    """Least-squares slope of log(time) against log(size)."""
    xs = [math.log(n) for n in sizes]
    ys = [math.log(t) for t in times]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)


@dataclass
class Growth:
    """The growth table: for each measure, its medians at each size."""

    sizes: list[int]
    maps: list[dict]
    samples: dict[str, list[Samples]] = field(default_factory=dict)

    def exponents(self, key: str) -> tuple[float, float]:
        """(of the wall time, of the CPU time)."""
        rows = self.samples[key]
        return (exponent(self.sizes, [s.median for s in rows]),
                exponent(self.sizes, [max(s.median_cpu, 1e-9) for s in rows]))

    def flagged(self, key: str) -> bool:
        return self.exponents(key)[1] > FASTER_THAN_N_LOG_N

    def markdown(self) -> str:
        head = ["measure"] + [f"{n:,} cards" for n in self.sizes] + ["exponent (CPU)", "exponent (wall)",
                                                                      "faster than n·log n?"]
        rows = [head, ["---"] * len(head)]
        for key, (label, unit) in MEASURES.items():
            scale = 1000.0 if unit == "ms" else 1.0
            digits = 1 if unit == "ms" else 3
            cells = [f"{s.median * scale:.{digits}f} {unit} (CPU {s.median_cpu * scale:.{digits}f})"
                     for s in self.samples[key]]
            wall_exp, cpu_exp = self.exponents(key)
            rows.append([label] + cells + [f"{cpu_exp:.2f}", f"{wall_exp:.2f}",
                                           "YES" if self.flagged(key) else "no"])
        return "\n".join("| " + " | ".join(cells) + " |" for cells in rows)

    def maps_line(self) -> str:
        return "; ".join(f"{m['cards']:,} cards: {m['stages']} stages x {m['lanes']} lanes, "
                         f"{m['connectors']:,} connectors" for m in self.maps)

    def as_json(self) -> dict:
        out = {"sizes": self.sizes, "maps": self.maps, "flag_above_exponent": FASTER_THAN_N_LOG_N, "measures": {}}
        for key, (label, unit) in MEASURES.items():
            wall_exp, cpu_exp = self.exponents(key)
            rows = self.samples[key]
            out["measures"][key] = {
                "label": label, "unit": "s", "shown_in": unit, "median": [s.median for s in rows],
                "cpu_median": [s.median_cpu for s in rows], "runs": [s.runs for s in rows],
                "exponent_wall": wall_exp, "exponent_cpu": cpu_exp, "flagged": self.flagged(key),
            }
        return out


def _one_size(b: Bench, sizes: dict, few: bool) -> dict[str, Samples]:
    """Every growth measure on a generated map of ``sizes``; ``few`` runs at the
    largest size."""
    from cjm_desktop.commands import CjmDocument
    from cjm_desktop.export import PdfOptions, export_pdf
    from cjm_desktop.io import write_cjm
    from cjm_desktop.templates.generated import generate_map

    n = sizes["cards"]
    m = generate_map(**sizes)
    path = b.workdir / f"growth-{n}.cjm"
    write_cjm(path, m)
    out: dict[str, Samples] = {}
    out["open"], _ = open_samples(path, n, 1 if few else 3)
    edits = b.runs(200, 50)
    doc = CjmDocument(m.model_copy(deep=True))
    push_edits(doc, edits)
    c = Canvas(doc=doc)
    try:
        out["undo_step"], _, _ = single_steps(c, doc.undo_stack.count())
        out["drag"], _ = drag_samples(c, 2, 20)
        out["repaint"], _ = fit_repaint(c, 3 if few else 5)
    finally:
        c.close()
    out["pdf_a0"] = sample(lambda: export_pdf(m, b.workdir / "growth.pdf", PdfOptions(paper="A0")), 1 if few else 2)
    path.unlink()
    del m, doc
    flush_deletes()
    return out


def growth(b: Bench) -> Growth:
    """The growth measures at 500, 5,000 and 50,000 cards (the quick run: 100,
    300 and 1,000), each on a map generated by :func:`map_sizes`:

    - open: ``read_cjm`` + ``CjmDocument`` + ``MapScene`` (as the open row);
    - undo step: 200 varied edits pushed (untimed, as the undo row's), the scene
      and view built, then 200 single ``undo()`` + repaint, each timed; median;
    - drag: two drags of 20 mouse moves on that canvas (as the drag row);
    - full repaint at fit zoom of that view (as the repaint row);
    - A0 PDF export (as the A0 row, without the baseline).
    """
    sizes = list(QUICK_SIZES if b.quick else SIZES)
    result = Growth(sizes, [map_sizes(n) for n in sizes], {key: [] for key in MEASURES})
    for dims in result.maps:
        b.say(f"bench:   growth at {dims['cards']:,} cards ...")
        measured = _one_size(b, dims, few=dims["cards"] > 20_000)
        for key in MEASURES:
            result.samples[key].append(measured[key])
    return result
