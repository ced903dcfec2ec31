"""Start-up to a painted main window, and peak memory, against a bare PySide6 window.

Each program is a fresh process (``--smoke``: show the window, print "painted"
after its first paint, read the data folder, quit). Measured: from spawning the
process to reading "painted"; from spawning to the process being gone (so
reading the data folder after the first paint counts too); the process's own
peak resident memory; and, for the app, the longest time its painted window did
not answer (the rest of the app loads after the first paint, mostly on a worker
thread). The app starts with an empty and with a full data folder
(30 groups, 1,000 meetings). The ``.pyc`` files are written first, as a wheel
install does. Runs alternate; ratios are medians of the round-by-round ratios.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
from functools import partial
from pathlib import Path

from benchmarks import data_folder
from benchmarks.processes import Started, compile_sources, start_until_exit
from benchmarks.runs import alternate, paired_ratio, verdict
from intervisie_desktop.domain.methods import load_method_library

RATIO_GOAL = 1.5
RATIO_STRETCH = 1.3
EXTRA_MEMORY_GOAL_MIB = 25.0
ROUNDS = 9


def programs(empty: Path, full: Path) -> dict[str, list[str]]:
    app = [str(Path(sys.executable).parent / "intervisie-desktop"), "--smoke", "--lang", "nl"]
    return {
        "bare": [sys.executable, "-m", "benchmarks.bare_window"],
        "empty": [*app, "--data-dir", str(empty)],
        "full": [*app, "--data-dir", str(full)],
        "pydantic": [sys.executable, "-m", "benchmarks.bare_pydantic_window"],
    }


def measure(rounds: int = ROUNDS) -> dict[str, list[Started]]:
    compile_sources()
    with tempfile.TemporaryDirectory(prefix="intervisie-bench-") as base:
        empty, full = Path(base) / "empty", Path(base) / "full"
        data_folder.empty(empty)
        data_folder.fill(full, load_method_library())
        contenders = {
            name: partial(start_until_exit, cmd) for name, cmd in programs(empty, full).items()
        }
        return alternate(contenders, rounds)


def report(rounds: int = ROUNDS) -> bool:
    runs = measure(rounds)
    bare = runs["bare"]
    bare_painted = [r.painted_s for r in bare]
    bare_exited = [r.exited_s for r in bare]
    bare_mib = statistics.median(r.peak_mib for r in bare)
    print(f"Start-up to a painted main window (.pyc written; {rounds} paired rounds, medians)")
    print(f"  {'':34}{'painted':>9}{'ratio':>8}{'exited':>9}{'ratio':>8}{'peak':>10}{'extra':>10}")
    labels = {
        "bare": "bare PySide6 QMainWindow",
        "empty": "app, empty data folder",
        "full": "app, 30 groups + 1,000 meetings",
        "pydantic": "bare + pydantic model (reference)",
    }
    met = True
    for name, label in labels.items():
        mine = runs[name]
        painted = [r.painted_s for r in mine]
        exited = [r.exited_s for r in mine]
        mib = statistics.median(r.peak_mib for r in mine)
        ratio = paired_ratio(painted, bare_painted)
        print(
            f"  {label:<34}{statistics.median(painted) * 1000:7.0f}ms"
            f"{ratio:7.2f}x{statistics.median(exited) * 1000:7.0f}ms"
            f"{paired_ratio(exited, bare_exited):7.2f}x"
            f"{mib:7.1f}MiB{mib - bare_mib:+7.1f}MiB"
        )
        if name in ("empty", "full"):
            met &= ratio <= RATIO_GOAL and mib - bare_mib <= EXTRA_MEMORY_GOAL_MIB
    for name in ("empty", "full"):
        pauses = [r.longest_pause_s for r in runs[name] if r.longest_pause_s is not None]
        if pauses:
            print(
                f"  {labels[name]}: the painted window did not answer for at most "
                f"{statistics.median(pauses) * 1000:.0f} ms (median) until its data folder "
                "was listed"
            )
    for name in ("empty", "full"):
        ratio = paired_ratio([r.painted_s for r in runs[name]], bare_painted)
        extra = statistics.median(r.peak_mib for r in runs[name]) - bare_mib
        print(
            f"  {labels[name]}: start-up {ratio:.2f}x the bare window "
            f"(goal <= {RATIO_GOAL}x, stretch {RATIO_STRETCH}x: "
            f"{verdict(ratio <= RATIO_GOAL)}{', stretch met' if ratio <= RATIO_STRETCH else ''}); "
            f"peak memory {extra:+.1f} MiB (goal <= +{EXTRA_MEMORY_GOAL_MIB:.0f} MiB: "
            f"{verdict(extra <= EXTRA_MEMORY_GOAL_MIB)})"
        )
    return met


if __name__ == "__main__":
    report()
