"""The autosave's copy on the UI thread: ``Autosave.record()`` at 2,000 board items.

The autosave copies the meeting (agenda, board, clock) on the UI thread and hands
the copy to a worker that writes it; the copy is what the scribe can feel while
typing. Baseline: the same copy of a meeting with 10 items, in turn with it.
"""

from __future__ import annotations

import statistics
import tempfile
from datetime import datetime
from pathlib import Path

from benchmarks import app_parts
from benchmarks.data_folder import NAMES, meeting_with
from benchmarks.runs import alternate, paired_ratio, timed, verdict
from intervisie_desktop.domain.clock import FakeClock
from intervisie_desktop.domain.engine import Participants, SessionEngine
from intervisie_desktop.domain.methods import load_method_library
from intervisie_desktop.store.repository import DataFolder

SIZES = (10, 2000)
GOAL_MS = 2.0
ROUNDS = 100


def measure(sizes: tuple[int, ...] = SIZES, rounds: int = ROUNDS) -> dict[int, list[float]]:
    """Seconds per copy, by the number of board items."""
    library = load_method_library()
    with (
        tempfile.TemporaryDirectory(prefix="intervisie-bench-") as base,
        DataFolder.open(Path(base)) as store,
    ):
        keepers = {}
        for items in sizes:
            meeting = meeting_with(library, items, datetime.now().astimezone())
            clock = FakeClock()
            engine = SessionEngine(meeting.blocks, clock, Participants(NAMES[:5], NAMES[4]))
            engine.start()
            clock.advance(90)
            keepers[items] = app_parts.keeper(store, meeting, engine)
        for items, keeper in keepers.items():
            if len(keeper.record().board.items) != items:
                raise RuntimeError("the copy does not hold the whole board")
        return alternate({n: timed(k.record) for n, k in keepers.items()}, rounds)


def report(rounds: int = ROUNDS) -> bool:
    results = measure(SIZES, rounds)
    small, large = min(SIZES), max(SIZES)
    ms = {n: statistics.median(s) * 1000 for n, s in results.items()}
    met = ms[large] < GOAL_MS
    print(f"Autosave's copy on the UI thread, Autosave.record() ({rounds} paired rounds)")
    print(
        f"  {small:,} items {ms[small]:.2f} ms; {large:,} items {ms[large]:.2f} ms; "
        f"ratio {paired_ratio(results[large], results[small]):.1f}x   "
        f"(goal < {GOAL_MS:.0f} ms at {large:,}: {verdict(met)})"
    )
    return met


if __name__ == "__main__":
    from PySide6.QtCore import QCoreApplication

    application = QCoreApplication([])
    report()
