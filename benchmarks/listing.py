"""Listing the past meetings: a data folder with 1,000 meetings against an empty one.

Measured, each in turn with the empty folder: opening the folder and listing
its meetings from the index (the goal); listing again on the open folder (what
the window does whenever it shows meetings); the same in a fresh process
(imports included); comparing every meeting file with the index, as the app
does once at each start on a worker thread; and listing after the index was
lost, when every meeting file is read once to rebuild it (also off the UI
thread in the app).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from benchmarks import data_folder
from benchmarks.processes import ROOT
from benchmarks.runs import alternate, paired_ratio, timed, verdict
from intervisie_desktop.domain.methods import load_method_library
from intervisie_desktop.store.meeting_index import INDEX_FILE
from intervisie_desktop.store.repository import DataFolder

RATIO_GOAL = 2.0
ROUNDS = 30
PROCESS_ROUNDS = 7
LOST_ROUNDS = 5


def _open_and_list(root: Path) -> Callable[[], object]:
    def run() -> object:
        with DataFolder.open(root) as folder:
            return folder.list_meetings()

    return run


def _open_and_check(root: Path) -> Callable[[], object]:
    def run() -> object:
        with DataFolder.open(root) as folder:
            return folder.check_meetings()

    return run


def _in_a_fresh_process(root: Path) -> Callable[[], object]:
    code = (
        "import sys; from pathlib import Path; "
        "from intervisie_desktop.store.repository import DataFolder; "
        "f = DataFolder.open(Path(sys.argv[1])); f.list_meetings(); f.close()"
    )
    return lambda: subprocess.run([sys.executable, "-c", code, str(root)], cwd=ROOT, check=True)


def _after_losing_the_index(root: Path) -> Callable[[], float]:
    listing = timed(_open_and_list(root))

    def run() -> float:
        (root / INDEX_FILE).unlink(missing_ok=True)
        return listing()

    return run


def measure(meetings: int = data_folder.FULL_MEETINGS) -> dict[str, dict[str, list[float]]]:
    """Seconds, per way of listing, for the empty and the full folder."""
    with tempfile.TemporaryDirectory(prefix="intervisie-bench-") as base:
        empty, full = Path(base) / "empty", Path(base) / "full"
        data_folder.empty(empty)
        data_folder.fill(full, load_method_library(), meetings=meetings)
        with DataFolder.open(full) as folder:
            if len(folder.list_meetings()) != meetings:
                raise RuntimeError("the full folder does not list every meeting")
        with DataFolder.open(empty) as open_empty, DataFolder.open(full) as open_full:
            listed = alternate(
                {"empty": timed(open_empty.list_meetings), "full": timed(open_full.list_meetings)},
                ROUNDS,
            )
        return {
            "open and list": alternate(
                {"empty": timed(_open_and_list(empty)), "full": timed(_open_and_list(full))},
                ROUNDS,
            ),
            "list, folder open": listed,
            "fresh process: import, open, list": alternate(
                {
                    "empty": timed(_in_a_fresh_process(empty)),
                    "full": timed(_in_a_fresh_process(full)),
                },
                PROCESS_ROUNDS,
            ),
            "open and check every file": alternate(
                {"empty": timed(_open_and_check(empty)), "full": timed(_open_and_check(full))},
                PROCESS_ROUNDS,
            ),
            "open and list, index lost": alternate(
                {"empty": timed(_open_and_list(empty)), "full": _after_losing_the_index(full)},
                LOST_ROUNDS,
            ),
        }


def report() -> bool:
    results = measure()
    print(f"Listing past meetings: {data_folder.FULL_MEETINGS:,} against none (paired, medians)")
    met = True
    for name, runs in results.items():
        ratio = paired_ratio(runs["full"], runs["empty"])
        empty_ms, full_ms = (statistics.median(runs[k]) * 1000 for k in ("empty", "full"))
        line = f"  {name:<36}{empty_ms:8.2f} ms{full_ms:9.2f} ms{ratio:7.1f}x"
        if name == "open and list":
            ok = ratio <= RATIO_GOAL
            met &= ok
            line += f"   (goal <= {RATIO_GOAL:.0f}x: {verdict(ok)})"
        elif name == "list, folder open":
            line += "   (reference: the index read again)"
        elif name == "open and check every file":
            line += "   (the app's start, on a worker thread)"
        elif name == "open and list, index lost":
            line += "   (rare; must not block the UI thread)"
        print(line)
    return met


if __name__ == "__main__":
    report()
