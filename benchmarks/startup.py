"""Cold start to a painted main window, and peak memory, against a bare Qt window.

Each program is started as a fresh process (``--smoke``: show the window, print
"painted" after the first paint, quit).  Time is measured from spawning the
process to reading "painted"; peak memory is the child's maximum resident set
size from ``wait4``.  Runs alternate between the two programs so that a busy
machine slows both alike; medians are compared.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = tempfile.mkdtemp(prefix="intervisie-bench-")


@dataclass
class Run:
    seconds: float
    peak_rss_mb: float


def _run_once(cmd: list[str]) -> Run:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env["INTERVISIE_DATA_DIR"] = DATA_DIR  # an empty folder of its own, the same every run
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, cwd=ROOT
    )
    assert proc.stdout is not None
    line = proc.stdout.readline().decode().strip()
    painted = time.perf_counter() - start
    proc.stdout.close()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if line != "painted" or proc.returncode != 0:
        raise RuntimeError(f"{cmd} did not paint (exit {proc.returncode}, said {line!r})")
    return Run(painted, usage.ru_maxrss / 1024)  # ru_maxrss is in KiB on Linux


def measure(rounds: int = 7) -> dict[str, float]:
    app = [str(Path(sys.executable).parent / "intervisie-desktop"), "--smoke", "--lang", "nl"]
    bare = [sys.executable, "-m", "benchmarks.bare_window"]
    bare_pydantic = [sys.executable, "-m", "benchmarks.bare_pydantic_window"]
    programs = (app, bare, bare_pydantic)
    for cmd in programs:  # warm the file cache: we compare starts, not disk reads
        _run_once(cmd)
    runs: list[list[Run]] = [[], [], []]
    for _ in range(rounds):
        for cmd, results in zip(programs, runs, strict=True):
            results.append(_run_once(cmd))
    app_runs, bare_runs, pydantic_runs = runs
    app_s = statistics.median(r.seconds for r in app_runs)
    bare_s = statistics.median(r.seconds for r in bare_runs)
    pydantic_s = statistics.median(r.seconds for r in pydantic_runs)
    app_mb = max(r.peak_rss_mb for r in app_runs)
    bare_mb = max(r.peak_rss_mb for r in bare_runs)
    return {
        "app_start_s": app_s,
        "bare_start_s": bare_s,
        "start_ratio": app_s / bare_s,
        "pydantic_ratio": pydantic_s / bare_s,
        "app_peak_mb": app_mb,
        "bare_peak_mb": bare_mb,
        "extra_memory_mb": app_mb - bare_mb,
    }


def report() -> bool:
    r = measure()
    print("Start-up to a painted main window (median of 7, fresh processes)")
    for label, key in (("bare QMainWindow", "bare"), ("intervisie-desktop", "app")):
        ms, mb = r[f"{key}_start_s"] * 1000, r[f"{key}_peak_mb"]
        print(f"  {label:<22}{ms:7.0f} ms   peak {mb:.0f} MB")
    print(f"  start-up ratio        {r['start_ratio']:7.2f}x   (goal <= 2.0x)")
    print(f"  bare + pydantic model {r['pydantic_ratio']:7.2f}x   (reference: pydantic's own cost)")
    print(f"  extra peak memory     {r['extra_memory_mb']:7.1f} MB  (goal <= 40 MB)")
    return r["start_ratio"] <= 2.0 and r["extra_memory_mb"] <= 40
