"""The cost of presenting: CPU-seconds per minute and wake-ups per second.

Side by side, over the same stretch of time, each as a fresh process:
- the app with the demo meeting running and the projector window shown;
- a bare PySide6 window, idle (the baseline);
- a bare window with one label counting down once a second (the least a clock costs);
- where Chromium is installed, a local countdown page in headless Chromium (a peer).
After a short settling time the CPU time (user + system, all threads) and the
voluntary context switches (how often a thread slept and was woken) are read
from ``/proc`` at the start and the end of the stretch.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

from benchmarks.processes import Usage, running, usage
from benchmarks.runs import verdict

CPU_GOAL_PER_MIN = 0.3
CLOCKS = 1  # one running countdown, shown on the projector, its preview and the timeline
WAKEUP_GOAL_PER_S = 1.0 * CLOCKS
SECONDS = 20.0
SETTLE_S = 3.0
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)
COUNTDOWN_PAGE = """<!doctype html>
<html><head><meta charset="utf-8"><title>Countdown</title>
<style>body{background:#000;color:#fff;font:20vw sans-serif;text-align:center}</style>
</head><body><div id="t">20:00</div><script>
const end = performance.now() + 20 * 60 * 1000, t = document.getElementById("t");
function tick() {
  const left = Math.max(0, Math.ceil((end - performance.now()) / 1000));
  t.textContent = Math.floor(left / 60) + ":" + String(left % 60).padStart(2, "0");
  setTimeout(tick, (end - performance.now()) % 1000 + 1);
}
tick();
</script></body></html>
"""


def chromium() -> str | None:
    for name in ("/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def measure(seconds: float = SECONDS, *, peer: bool = True) -> dict[str, Usage]:
    """What each contender used over ``seconds``, after settling."""
    with ExitStack() as stack:
        base = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="intervisie-bench-")))
        bare = [sys.executable, "-m", "benchmarks.bare_window"]
        pids = {
            "app": stack.enter_context(
                running(
                    [sys.executable, "-m", "benchmarks.presenting_app", str(base / "data")],
                    ready="presenting",
                )
            ),
            "idle": stack.enter_context(running([*bare, "--idle"], ready="shown")),
            "clock": stack.enter_context(running([*bare, "--clock"], ready="shown")),
        }
        browser = chromium() if peer else None
        if browser is not None:
            page = base / "countdown.html"
            page.write_text(COUNTDOWN_PAGE, encoding="utf-8")
            profile = base / "chromium-profile"
            command = [browser, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", page.as_uri()]
            pids["chromium"] = stack.enter_context(running(command, ready=None))
        time.sleep(SETTLE_S)
        trees = {"chromium"}
        start = {name: usage(pid, with_children=name in trees) for name, pid in pids.items()}
        time.sleep(seconds)
        end = {name: usage(pid, with_children=name in trees) for name, pid in pids.items()}
        return {name: end[name] - start[name] for name in pids}


def report(seconds: float = SECONDS) -> bool:
    used = measure(seconds)
    per_min = {name: u.cpu_s * 60 / seconds for name, u in used.items()}
    labels = {
        "idle": "bare window, idle (baseline)",
        "clock": "bare window, one label ticking",
        "app": "app presenting (demo meeting)",
        "chromium": "Chromium countdown page (peer)",
    }
    print(f"Presenting: side by side for {seconds:.0f} s after {SETTLE_S:.0f} s settling")
    print(f"  {'':34}{'CPU-s/min':>10}{'wake-ups/s':>12}{'all threads':>13}")
    for name, label in labels.items():
        if name in used:
            u = used[name]
            print(
                f"  {label:<34}{per_min[name]:10.3f}{u.main_wakeups / seconds:12.1f}"
                f"{u.all_wakeups / seconds:13.1f}"
            )
    app_cpu, app_wakeups = per_min["app"], used["app"].main_wakeups / seconds
    clock_cpu = per_min["clock"]
    cpu_ok, wakeups_ok = app_cpu <= CPU_GOAL_PER_MIN, app_wakeups <= WAKEUP_GOAL_PER_S
    print(
        f"  app: {app_cpu:.3f} CPU-s/min, {app_cpu - per_min['idle']:+.3f} over the idle window, "
        f"{_ratio(app_cpu, clock_cpu)} the ticking label "
        f"(goal <= {CPU_GOAL_PER_MIN} CPU-s/min: {verdict(cpu_ok)})"
    )
    print(
        f"  app: {app_wakeups:.1f} wake-ups/s of the UI thread "
        f"(goal <= 1 per second per visible clock, {CLOCKS} clock: {verdict(wakeups_ok)})"
    )
    if "chromium" in per_min:
        print(f"  app against Chromium's countdown page: {_ratio(app_cpu, per_min['chromium'])}")
    else:
        print("  (Chromium not installed: no peer)")
    return cpu_ok and wakeups_ok


def _ratio(value: float, baseline: float) -> str:
    return f"{value / baseline:.1f}x" if baseline > 0 else "n/a (baseline 0) x"


if __name__ == "__main__":
    report(float(sys.argv[1]) if len(sys.argv) > 1 else SECONDS)
