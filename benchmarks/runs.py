"""Paired runs: every contender runs once per round, in turn, so a machine that gets
busier (other work, thermal limits) slows all of them alike; figures are medians."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Mapping
from typing import TypeVar

K = TypeVar("K")
T = TypeVar("T")


def alternate(
    contenders: Mapping[K, Callable[[], T]], rounds: int, *, warm_up: bool = True
) -> dict[K, list[T]]:
    """Each contender's results, ``rounds`` of them; the order turns each round."""
    names = list(contenders)
    if warm_up:  # fill the file cache: we compare the work, not disk reads
        for name in names:
            contenders[name]()
    results: dict[K, list[T]] = {name: [] for name in names}
    for number in range(rounds):
        shift = number % len(names)
        for name in names[shift:] + names[:shift]:
            results[name].append(contenders[name]())
    return results


def timed(action: Callable[[], object]) -> Callable[[], float]:
    """``action`` as a contender that returns its duration in seconds."""

    def run() -> float:
        start = time.perf_counter()
        action()
        return time.perf_counter() - start

    return run


def paired_ratio(measured: list[float], baseline: list[float]) -> float:
    """The median of the round-by-round ratios (runs of one round were side by side)."""
    return statistics.median(m / b for m, b in zip(measured, baseline, strict=True))


def verdict(met: bool) -> str:
    return "met" if met else "MISSED"
