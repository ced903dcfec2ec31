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
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from intervisie_desktop.domain.agenda import build_agenda
from intervisie_desktop.domain.board import BoardItem, ItemKind
from intervisie_desktop.domain.meeting import Meeting
from intervisie_desktop.domain.methods import MethodLibrary, load_method_library
from intervisie_desktop.store import crypto
from intervisie_desktop.store.repository import DataFolder

ROOT = Path(__file__).resolve().parent.parent
AUTOSAVE_GOAL_MS = 20.0
OPEN_GOAL_RATIO = 1.3
DEFAULT_KILLS = 200


def _meeting(library: MethodLibrary, items: int, created: datetime) -> Meeting:
    method = library.get("tienstappen")
    meeting = Meeting(
        title=method.name.nl,
        method_id=method.id,
        created=created,
        case_question="Hoe kan ik vaker nee zeggen tegen extra taken?",
        blocks=build_agenda(method, library.rules_for(method)),
    )
    kinds = list(ItemKind)
    for number in range(items):
        meeting.board.add(
            BoardItem(
                kind=kinds[number % len(kinds)],
                text=f"Bord-item {number}: een vraag, advies of notitie van gewone lengte.",
                author=("Anna", "Bram", "Chris", "Dewi")[number % 4],
            )
        )
    return meeting


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
    meeting = _meeting(library, items, datetime.now().astimezone())
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


def _fill(root: Path, library: MethodLibrary, meetings: int) -> None:
    now = datetime.now().astimezone()
    with DataFolder.open(root) as folder:
        for number in range(meetings):
            meeting = _meeting(library, 40, now - timedelta(days=7 * number))
            folder.save_meeting(meeting)
        folder.list_meetings()


def _alternate(actions: dict[str, Callable[[], object]], rounds: int) -> dict[str, float]:
    """Median seconds of each action, run in turn so a busy machine slows all alike."""
    for action in actions.values():
        action()  # warm the file cache: we compare opening, not disk reads
    times: dict[str, list[float]] = {name: [] for name in actions}
    for _ in range(rounds):
        for name, action in actions.items():
            start = time.perf_counter()
            action()
            times[name].append(time.perf_counter() - start)
    return {name: statistics.median(values) for name, values in times.items()}


def _open(root: Path, listing: bool) -> Callable[[], object]:
    def run() -> object:
        with DataFolder.open(root) as folder:
            return folder.list_meetings() if listing else None

    return run


def _open_in_a_new_process(root: Path) -> Callable[[], object]:
    code = (
        "import sys; from pathlib import Path; "
        "from intervisie_desktop.store.repository import DataFolder; "
        "f = DataFolder.open(Path(sys.argv[1])); f.list_meetings(); f.close()"
    )
    return lambda: subprocess.run([sys.executable, "-c", code, str(root)], cwd=ROOT, check=True)


def measure_open(base: Path, library: MethodLibrary, meetings: int = 1000) -> dict[str, float]:
    empty, full = base / "empty", base / "full"
    DataFolder.open(empty).close()
    _fill(full, library, meetings)
    quick = _alternate(
        {
            "empty": _open(empty, listing=False),
            "full": _open(full, listing=False),
            "empty_list": _open(empty, listing=True),
            "full_list": _open(full, listing=True),
        },
        rounds=50,
    )
    fresh = _alternate(
        {
            "empty_process": _open_in_a_new_process(empty),
            "full_process": _open_in_a_new_process(full),
        },
        rounds=7,
    )
    index = full / "meeting-index.json"
    index.unlink()
    start = time.perf_counter()
    _open(full, listing=True)()
    rebuild = time.perf_counter() - start
    return {**quick, **fresh, "rebuild": rebuild, "meetings": meetings}


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
        ratio = o["full"] / o["empty"]
        print(
            f"  open a data folder: empty {o['empty'] * 1000:.2f} ms, "
            f"{o['meetings']:.0f} meetings {o['full'] * 1000:.2f} ms, "
            f"ratio {ratio:.2f}x   (goal <= {OPEN_GOAL_RATIO}x)"
        )
        print(
            f"  open and list the meetings: empty {o['empty_list'] * 1000:.2f} ms, "
            f"{o['meetings']:.0f} meetings {o['full_list'] * 1000:.2f} ms "
            f"(ratio {o['full_list'] / o['empty_list']:.1f}x; the index is read, no meeting file)"
        )
        print(
            f"  a fresh process that opens and lists: empty {o['empty_process'] * 1000:.0f} ms, "
            f"{o['meetings']:.0f} meetings {o['full_process'] * 1000:.0f} ms, "
            f"ratio {o['full_process'] / o['empty_process']:.2f}x"
        )
        print(f"  listing with the index lost (every file read once): {o['rebuild'] * 1000:.0f} ms")
        met &= ratio <= OPEN_GOAL_RATIO
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
