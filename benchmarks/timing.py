"""Timing helpers and the result of one measure.

Every sample records wall time (``time.perf_counter``) and the process's CPU
time (``time.process_time``) side by side: on a loaded machine the wall time
grows with other processes' work while the CPU time mostly does not.
"""

from __future__ import annotations

import gc
import math
import statistics
import time
from dataclasses import dataclass, field
from typing import Callable, Optional


@dataclass
class Samples:
    """Wall and CPU seconds of repeated runs of one thing."""

    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)

    def add(self, wall: float, cpu: float) -> None:
        self.wall.append(wall)
        self.cpu.append(cpu)

    @property
    def runs(self) -> int:
        return len(self.wall)

    @property
    def median(self) -> float:
        return statistics.median(self.wall)

    @property
    def median_cpu(self) -> float:
        return statistics.median(self.cpu) if self.cpu else float("nan")

    @property
    def p95(self) -> float:
        return percentile(self.wall, 95)

    @property
    def p95_cpu(self) -> float:
        return percentile(self.cpu, 95)

    @property
    def worst(self) -> float:
        return max(self.wall)


def percentile(values: list[float], q: float) -> float:
    """The ``q``-th percentile by the nearest-rank rule: the smallest value that
    at least ``q`` % of the values do not exceed (of 20 runs, the 19th)."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q / 100.0 * len(ordered)) - 1)]


class Stopwatch:
    """``with Stopwatch() as sw: ...`` then ``sw.wall`` / ``sw.cpu`` in seconds."""

    wall = 0.0
    cpu = 0.0

    def __enter__(self) -> "Stopwatch":
        self._cpu = time.process_time()
        self._wall = time.perf_counter()
        return self

    def __exit__(self, *exc) -> None:
        self.wall = time.perf_counter() - self._wall
        self.cpu = time.process_time() - self._cpu


def sample(fn: Callable[[], object], runs: int, setup: Optional[Callable[[], object]] = None,
           samples: Optional[Samples] = None) -> Samples:
    """Run ``fn`` ``runs`` times (``setup`` before each, untimed); a collection
    of the garbage before each run keeps one run's garbage out of the next."""
    out = samples if samples is not None else Samples()
    for _ in range(runs):
        if setup is not None:
            setup()
        gc.collect()
        with Stopwatch() as sw:
            fn()
        out.add(sw.wall, sw.cpu)
    return out


@dataclass
class Result:
    """One row of the table (and one entry of bench-results.json).

    ``value`` and ``cpu`` are medians in ``unit``; ``met`` is None when the
    measure has no target (an informative row).
    """

    key: str
    label: str
    unit: str  # "s", "ms" or "MB"
    value: float
    cpu: Optional[float]
    runs: int
    target: str
    met: Optional[bool]
    notes: str = ""
    details: dict = field(default_factory=dict)

    def as_json(self) -> dict:
        return {
            "key": self.key, "label": self.label, "unit": self.unit,
            "median": round(self.value, 6), "cpu_median": None if self.cpu is None else round(self.cpu, 6),
            "runs": self.runs, "target": self.target, "met": self.met, "notes": self.notes,
            "details": self.details,
        }


def seconds_in(unit: str, seconds: float) -> float:
    return seconds * 1000.0 if unit == "ms" else seconds


def speed_check() -> float:
    """CPU milliseconds of a fixed pure-Python loop (the best of three): how fast
    this machine runs Python just now. On a shared virtual machine it can differ by
    half from one minute to the next, and every row of the run with it; taken at
    the start and the end of a run, it tells a slow stretch from a slow change."""
    best = float("inf")
    for _ in range(3):
        began = time.process_time()
        total = 0
        for i in range(300_000):
            total += i * i
        best = min(best, time.process_time() - began)
    return round(best * 1000, 1)
