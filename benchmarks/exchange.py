"""Excel both ways: the map exported as an .xlsx workbook and that workbook imported again."""

from __future__ import annotations

from .common import Bench
from .timing import Result, Samples, sample


def xlsx(b: Bench) -> list[Result]:
    """``export_map(m, "map.xlsx")`` (Map, Cards, Action plan, Emotions sheets and the hidden map data,
    written with openpyxl's write-only mode, atomically) and ``import_map`` of that file (size and
    unpacked-size checks, openpyxl read-only mode, rows capped, every card validated, the map built);
    interleaved in this process."""
    from cjm_desktop.exchange import export_map, import_map

    m = b.journey_map
    target = b.workdir / "map.xlsx"
    written, read = Samples(), Samples()
    export_map(m, target)  # warm: openpyxl's modules
    import_map(target)
    for _ in range(b.runs(5, 3)):
        sample(lambda: export_map(m, target), 1, samples=written)
        sample(lambda: import_map(target), 1, samples=read)
    size = target.stat().st_size
    cards = f"{len(m.cards):,}-card"
    return [
        Result("xlsx_export", f"export the {cards} map as an Excel workbook", "s", written.median,
               written.median_cpu, written.runs, "<= 3 s", written.median <= 3.0,
               notes=f"{size / 2**20:.1f} MiB, 4 sheets and the hidden map data",
               details={"wall": written.wall, "cpu": written.cpu, "bytes": size}),
        Result("xlsx_import", "import that workbook (every card back)", "s", read.median, read.median_cpu,
               read.runs, "<= 3 s", read.median <= 3.0, notes="bounded read-only parse, cards validated",
               details={"wall": read.wall, "cpu": read.cpu}),
    ]
