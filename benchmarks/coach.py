"""The coach's check of one flip-chart item, which runs as the scribe types.

``python -m benchmarks.coach``; ``report()`` is what the runner calls. Every item
of both hand-labelled corpora is checked many times; the baselines, in the same
run and on the same items, are the least any check costs (``str.casefold()``
plus one ``re.search`` of a trivial pattern) and what adding the item to the
board costs anyway (constructing a pydantic ``BoardItem``). Goal: under 1 ms per
item, the slowest item included.
"""

from __future__ import annotations

import re
import statistics
import time
from collections.abc import Callable, Sequence

from benchmarks.coach_corpus import CORPORA, LabelledItem, load_corpus
from intervisie_desktop.domain.board import BoardItem
from intervisie_desktop.domain.coach import Coach
from intervisie_desktop.domain.methods import load_method_library

GOAL_MS = 1.0
_TRIVIAL = re.compile(r"\bwaarom\b")


def _per_item_us(
    check: Callable[[LabelledItem], object], items: Sequence[LabelledItem], rounds: int
) -> float:
    """Median over rounds of the mean time per item, in microseconds."""
    samples = []
    for _ in range(rounds):
        start = time.perf_counter_ns()
        for item in items:
            check(item)
        samples.append((time.perf_counter_ns() - start) / len(items) / 1000)
    return statistics.median(samples)


def _slowest_us(
    check: Callable[[LabelledItem], object], items: Sequence[LabelledItem], repeats: int
) -> tuple[float, str]:
    """The item with the highest median time, and that time."""
    worst = (0.0, "")
    for item in items:
        samples = []
        for _ in range(repeats):
            start = time.perf_counter_ns()
            check(item)
            samples.append((time.perf_counter_ns() - start) / 1000)
        worst = max(worst, (statistics.median(samples), item.text))
    return worst


def measure(rounds: int = 60, repeats: int = 50) -> dict[str, float | str]:
    coach = Coach(load_method_library().common_rules)
    items = [item for name in CORPORA for item in load_corpus(name)]

    def check(item: LabelledItem) -> object:
        return coach.check(item.kind, item.text, item.language)

    def trivial(item: LabelledItem) -> object:
        return _TRIVIAL.search(item.text.casefold())

    def board_item(item: LabelledItem) -> object:
        return BoardItem(kind=item.kind, text=item.text, author="Anna", block_id="b")

    for warm_up in (check, trivial, board_item):
        _per_item_us(warm_up, items, 2)
    slowest, slowest_text = _slowest_us(check, items, repeats)
    return {
        "items": len(items),
        "coach_us": _per_item_us(check, items, rounds),
        "trivial_us": _per_item_us(trivial, items, rounds),
        "board_item_us": _per_item_us(board_item, items, rounds),
        "slowest_us": slowest,
        "slowest_text": slowest_text,
    }


def report() -> bool:
    r = measure()
    coach_us, slowest = float(r["coach_us"]), float(r["slowest_us"])
    print(f"Coach: checking one flip-chart item ({r['items']} corpus items, median of rounds)")
    print(f"  casefold + one re.search   {float(r['trivial_us']):7.2f} µs")
    print(f"  pydantic BoardItem(...)    {float(r['board_item_us']):7.2f} µs")
    print(f"  coach.check                {coach_us:7.2f} µs  (goal < {GOAL_MS * 1000:.0f} µs)")
    print(f"  slowest item               {slowest:7.2f} µs  ({r['slowest_text']})")
    print(f"  ratio to casefold+search   {coach_us / float(r['trivial_us']):7.1f}x")
    print(f"  ratio to BoardItem         {coach_us / float(r['board_item_us']):7.1f}x")
    return max(coach_us, slowest) < GOAL_MS * 1000


if __name__ == "__main__":
    raise SystemExit(0 if report() else 1)
