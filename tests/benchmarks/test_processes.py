"""The benchmark harness reads each measured process alone, not its parent."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest

from benchmarks.processes import (
    MIB,
    PEAK_FILE_ENV,
    child_env,
    cpu_seconds,
    descendants,
    running,
    start_until_exit,
    wakeups,
)

TINY = [sys.executable, "-c", "print('painted')"]


def test_a_tiny_childs_peak_memory_does_not_count_a_big_parent() -> None:
    ballast = b"x" * (200 * MIB)  # written, so resident in this (the parent) process
    assert start_until_exit(TINY).peak_mib < 50
    # The trap this guards against: wait4's figure carries the parent's pages over.
    child = subprocess.Popen(TINY, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    assert usage.ru_maxrss * 1024 >= len(ballast)


def test_how_long_the_app_did_not_answer_is_read_from_what_it_says() -> None:
    says = "print('painted'); print('loading'); print('longest pause 12.5 ms')"
    assert start_until_exit([sys.executable, "-c", says]).longest_pause_s == 0.0125
    assert start_until_exit(TINY).longest_pause_s is None  # the bare window says nothing


def test_a_childs_peak_memory_counts_what_the_child_holds() -> None:
    holds = [sys.executable, "-c", f"ballast = b'x' * {120 * MIB}; print('painted')"]
    assert start_until_exit(holds).peak_mib >= 120


def test_a_child_that_does_not_paint_is_not_measured() -> None:
    with pytest.raises(RuntimeError, match="did not say 'painted'"):
        start_until_exit([sys.executable, "-c", "print('crashed')"])


def test_the_probe_runs_a_sitecustomize_it_hides(tmp_path: Path) -> None:
    (tmp_path / "sitecustomize.py").write_text("import builtins\nbuiltins.CHAINED = True\n")
    env = child_env(**{PEAK_FILE_ENV: str(tmp_path / "peak")})
    env["PYTHONPATH"] += os.pathsep + str(tmp_path)
    code = "import builtins; print(getattr(builtins, 'CHAINED', False))"
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "True"
    assert int((tmp_path / "peak").read_text()) > 0  # and the probe itself still ran


def test_cpu_seconds_follow_the_kernels_own_count() -> None:
    before, kernel_before = cpu_seconds(os.getpid()), resource.getrusage(resource.RUSAGE_SELF)
    spent = 0.0
    while spent < 0.3:  # burn CPU (not wall time) until the kernel has counted 0.3 s
        sum(range(10_000))
        now = resource.getrusage(resource.RUSAGE_SELF)
        spent = now.ru_utime + now.ru_stime - kernel_before.ru_utime - kernel_before.ru_stime
    assert cpu_seconds(os.getpid()) - before >= 0.2


def test_every_sleep_of_the_main_thread_is_one_wake_up() -> None:
    before = wakeups(os.getpid())
    for _ in range(20):
        time.sleep(0.001)
    assert wakeups(os.getpid()) - before >= 20
    assert wakeups(os.getpid(), all_threads=True) >= wakeups(os.getpid())


def test_a_running_program_is_found_with_its_helpers_and_stopped() -> None:
    helper = (
        "import subprocess, sys, time\n"
        "subprocess.Popen([sys.executable, '-c', 'input()'], stdin=subprocess.PIPE)\n"
        "print('ready', flush=True)\n"
        "time.sleep(60)\n"
    )
    with running([sys.executable, "-c", helper], ready="ready") as pid:
        tree = descendants(pid)
        assert tree[0] == pid and len(tree) == 2
    assert not Path(f"/proc/{pid}").exists()
