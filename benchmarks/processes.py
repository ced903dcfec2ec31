"""Starting the programs we measure, and reading what the kernel knows about them.

Every measured program runs as a fresh process. Its peak memory is its own
high-water mark (see ``probe/sitecustomize.py``); CPU time and wake-ups are read
from ``/proc`` while it runs. Linux only, like the figures in the issue.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROBE = Path(__file__).resolve().parent / "probe"
PEAK_FILE_ENV = "INTERVISIE_BENCH_PEAK_FILE"
MIB = 1024 * 1024
_TICKS = os.sysconf("SC_CLK_TCK")


def child_env(**extra: str) -> dict[str, str]:
    """The environment of a measured program: offscreen Qt unless told otherwise, and
    the peak-memory probe first on the Python path."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(PROBE), str(ROOT), os.environ.get("PYTHONPATH", "")) if p
    )
    env.update(extra)
    return env


def compile_sources() -> None:
    """Write the ``.pyc`` files a wheel install writes, so start-up is measured as users
    get it (``PYTHONDONTWRITEBYTECODE`` stops Python from writing them itself)."""
    folders = [ROOT / "intervisie_desktop", ROOT / "benchmarks"]
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", *map(str, folders)],
        check=True,
        stdout=subprocess.DEVNULL,
    )


@dataclass(frozen=True)
class Started:
    """One start of a program that prints a line when its window has painted."""

    painted_s: float  # from spawning to reading the line
    exited_s: float  # from spawning to the process being gone
    peak_mib: float  # the process's own peak resident memory
    longest_pause_s: float | None = None  # the app's --smoke: painted, not answering


def start_until_exit(cmd: Sequence[str], *, said: str = "painted", **env: str) -> Started:
    """Run ``cmd`` (a Python program) to its end; time to its line ``said`` and to exit."""
    with tempfile.TemporaryDirectory(prefix="intervisie-bench-peak-") as folder:
        peak_file = Path(folder) / "peak"
        start = time.perf_counter()
        proc = subprocess.Popen(
            cmd,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=child_env(**{PEAK_FILE_ENV: str(peak_file)}, **env),
            cwd=ROOT,
        )
        assert proc.stdout is not None
        line = proc.stdout.readline().decode().strip()
        painted = time.perf_counter() - start
        rest = proc.stdout.read().decode()
        proc.stdout.close()
        code = proc.wait()
        exited = time.perf_counter() - start
        if line != said or code != 0:
            raise RuntimeError(f"{list(cmd)} did not say {said!r} (exit {code}, said {line!r})")
        return Started(painted, exited, peak_kib(peak_file) / 1024, _longest_pause_s(rest))


def _longest_pause_s(said: str) -> float | None:
    """What the app's --smoke says after painting: "longest pause 12.3 ms", the longest
    time its painted window did not answer until the data folder was listed."""
    for line in said.splitlines():
        if line.startswith("longest pause ") and line.endswith(" ms"):
            return float(line.removeprefix("longest pause ").removesuffix(" ms")) / 1000
    return None


def peak_kib(peak_file: Path) -> int:
    try:
        return int(peak_file.read_text(encoding="ascii"))
    except (OSError, ValueError) as exc:
        raise RuntimeError(
            "the program did not report its peak memory: was it started with child_env()?"
        ) from exc


# ----- a running process, read from /proc -------------------------------------------


def descendants(pid: int) -> list[int]:
    """``pid`` and every process below it (a browser's helpers, for instance)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue  # gone meanwhile
            parents[int(entry.name)] = int(stat.rpartition(")")[2].split()[1])
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        todo.extend(child for child, parent in parents.items() if parent == current)
    return found


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time of the process (all its threads) so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / _TICKS  # utime, stime


def _switches(status_file: Path) -> int:
    for line in status_file.read_text().splitlines():
        if line.startswith("voluntary_ctxt_switches:"):
            return int(line.split()[1])
    raise RuntimeError(f"no voluntary_ctxt_switches in {status_file}")


def wakeups(pid: int, *, all_threads: bool = False) -> int:
    """How often the process's main thread (or all its threads) went to sleep and was
    woken: its voluntary context switches so far."""
    if not all_threads:
        return _switches(Path(f"/proc/{pid}/status"))
    total = 0
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            total += _switches(task / "status")
        except OSError:
            continue  # the thread ended meanwhile
    return total


@dataclass(frozen=True)
class Usage:
    cpu_s: float
    main_wakeups: int
    all_wakeups: int

    def __sub__(self, earlier: Usage) -> Usage:
        return Usage(
            self.cpu_s - earlier.cpu_s,
            self.main_wakeups - earlier.main_wakeups,
            self.all_wakeups - earlier.all_wakeups,
        )


def usage(pid: int, *, with_children: bool = False) -> Usage:
    """CPU time and wake-ups so far; of the whole process tree when asked."""
    pids = descendants(pid) if with_children else [pid]
    cpu = main = every = 0.0
    for one in pids:
        try:
            cpu += cpu_seconds(one)
            main += wakeups(one)
            every += wakeups(one, all_threads=True)
        except OSError:
            continue  # a helper process ended meanwhile
    return Usage(cpu, int(main), int(every))


@contextmanager
def running(
    cmd: Sequence[str], *, ready: str | None, timeout_s: float = 60, **env: str
) -> Iterator[int]:
    """Start ``cmd``, wait for its line ``ready`` (if any), yield its pid; stop it after."""
    proc = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=child_env(**env), cwd=ROOT
    )
    try:
        assert proc.stdout is not None
        deadline = time.monotonic() + timeout_s
        while ready is not None and (line := proc.stdout.readline().decode().strip()) != ready:
            if (not line and proc.poll() is not None) or time.monotonic() > deadline:
                raise RuntimeError(f"{list(cmd)} never said {ready!r} (exit {proc.poll()})")
        yield proc.pid
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if proc.stdout is not None:
            proc.stdout.close()
