"""Storage: autosave time of a large meeting, opening a data folder with a long
history, and the kill loop's counts.

``python -m benchmarks.storage [--kills N] [--dir DIR]``; ``report()`` is what the
runner calls. The folders are made in a temporary folder on the file system of
``--dir`` (default: the system's temporary folder), so the disk's real fsync cost
is measured.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from benchmarks import data_folder
from benchmarks.data_folder import meeting_with
from benchmarks.processes import ROOT
from benchmarks.runs import alternate, paired_ratio, timed, verdict
from intervisie_desktop.domain.methods import MethodLibrary, load_method_library
from intervisie_desktop.store import crypto
from intervisie_desktop.store.repository import DataFolder

AUTOSAVE_GOAL_MS = 20.0
OPEN_GOAL_RATIO = 1.3
DEFAULT_KILLS = 200


def _percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def measure_autosave(
    base: Path, library: MethodLibrary, *, items: int = 2000, saves: int = 300, encrypt: bool
) -> dict[str, float]:
    """Each save changes one item, as typing does, and replaces the whole file."""
    root = base / ("autosave-encrypted" if encrypt else "autosave")
    if encrypt:
        with DataFolder.open(root) as folder:
            folder.enable_encryption("benchmark passphrase")
    cipher = crypto.unlock(root, "benchmark passphrase") if encrypt else None
    meeting = meeting_with(library, items, datetime.now().astimezone())
    times = []
    with DataFolder.open(root, cipher) as folder:
        folder.save_meeting(meeting)
        for number in range(saves):
            meeting.board.items[number % items].text = f"getypt {number}"
            start = time.perf_counter()
            folder.save_meeting(meeting)
            times.append((time.perf_counter() - start) * 1000)
        size = (root / "meetings" / f"{meeting.id}.json").stat().st_size
    return {
        "median_ms": statistics.median(times),
        "p99_ms": _percentile(times, 0.99),
        "max_ms": max(times),
        "file_kb": size / 1024,
    }


def measure_open(base: Path, library: MethodLibrary) -> dict[str, float]:
    """Opening a data folder (lock, checks, no listing): full against empty."""
    empty, full = base / "empty", base / "full"
    data_folder.empty(empty)
    data_folder.fill(full, library)
    runs = alternate({"empty": timed(_open(empty)), "full": timed(_open(full))}, rounds=50)
    return {
        "empty": statistics.median(runs["empty"]),
        "full": statistics.median(runs["full"]),
        "ratio": paired_ratio(runs["full"], runs["empty"]),
    }


def _open(root: Path) -> Callable[[], None]:
    return lambda: DataFolder.open(root).close()


def measure_kills(base: Path, kills: int) -> str:
    sys.path.insert(0, str(ROOT))
    from tests.store.kill_loop import run_kill_loop  # noqa: PLC0415 (the tests' own machinery)

    report = run_kill_loop(base / "kills", kills, seed=int(time.time()))
    for failure in report.failures[:10]:
        print(f"    FAILURE: {failure}")
    return report.summary() + ("" if not report.failures else "  <-- FAILURES")


def report(kills: int = DEFAULT_KILLS, folder: Path | None = None) -> bool:
    library = load_method_library()
    base = Path(tempfile.mkdtemp(prefix="intervisie-bench-", dir=folder))
    try:
        print("Storage")
        met = True
        for encrypt in (False, True):
            r = measure_autosave(base, library, encrypt=encrypt)
            label = "encrypted" if encrypt else "plain"
            print(
                f"  autosave, 2,000 board items ({label}, {r['file_kb']:.0f} KB): "
                f"median {r['median_ms']:.1f} ms, p99 {r['p99_ms']:.1f} ms, "
                f"max {r['max_ms']:.1f} ms   (goal: p99 < {AUTOSAVE_GOAL_MS:.0f} ms)"
            )
            met &= r["p99_ms"] < AUTOSAVE_GOAL_MS
        o = measure_open(base, library)
        print(
            f"  open a data folder: empty {o['empty'] * 1000:.2f} ms, "
            f"{data_folder.FULL_MEETINGS:,} meetings {o['full'] * 1000:.2f} ms, "
            f"ratio {o['ratio']:.2f}x   (goal <= {OPEN_GOAL_RATIO}x: "
            f"{verdict(o['ratio'] <= OPEN_GOAL_RATIO)}; listing: python -m benchmarks.listing)"
        )
        met &= o["ratio"] <= OPEN_GOAL_RATIO
        summary = measure_kills(base, kills)
        print(f"  kill loop: {summary}")
        met &= "FAILURES" not in summary
        return met
    finally:
        shutil.rmtree(base, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=DEFAULT_KILLS, help="writers to kill")
    parser.add_argument("--dir", type=Path, default=None, help="measure on this file system")
    args = parser.parse_args()
    met = report(args.kills, args.dir)
    print("goals met" if met else "goals missed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
