"""Kill an autosaving writer with SIGKILL at random moments, many times over.

A helper process (the "zygote") imports the app once and forks a fresh writer
for every round, so a round costs milliseconds instead of a Python start-up.
The writer opens the data folder (taking over the dead predecessor's lock),
reports how many temporary files survived that open, and then saves the
meeting in a loop, printing a counter after each save has returned. The parent
kills it after a random number of confirmed saves (sometimes while it is still
opening), waits until it is gone, and checks the file itself: it must parse and
hold at least the last confirmed save.

Used by ``tests/store/test_kill_writer.py`` (a few hundred kills) and by
``python -m benchmarks.storage --kills N`` (the long run).
"""

from __future__ import annotations

import contextlib
import os
import random
import select
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MEETING_ID = "c0ffee00c0ffee00"
TEMP_SUFFIX = ".tmp-intervisie"


@dataclass
class KillReport:
    kills: int = 0
    confirmed_saves: int = 0
    killed_while_opening: int = 0
    temp_files_left_by_a_kill: int = 0  # cleaned at the next open
    temp_files_after_open: int = 0  # must stay 0
    file_ahead_of_confirmed: int = 0  # the save finished, the kill came before the print
    empty_lock_files: int = 0  # killed between creating the lock file and filling it in
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def summary(self) -> str:
        return (
            f"{self.kills} kills, {self.confirmed_saves} confirmed saves, "
            f"{self.killed_while_opening} while opening, "
            f"{self.temp_files_left_by_a_kill} left a temporary file (all removed at the next "
            f"open: {self.temp_files_after_open == 0}), "
            f"{self.file_ahead_of_confirmed} saved but not yet confirmed, "
            f"{self.empty_lock_files} empty lock files taken over, "
            f"{len(self.failures)} failures, {self.seconds:.1f} s"
        )


# ----- the child side ------------------------------------------------------------------


def _say(text: str) -> None:
    os.write(1, (text + "\n").encode())


def _count_temp_files(root: Path) -> int:
    return sum(1 for _ in root.rglob(f"*{TEMP_SUFFIX}"))


def _lock_files(root: Path) -> list[Path]:
    """The lock file and QLockFile's chain of lock.rmlock, lock.rmlock.rmlock, ..."""
    return sorted(root.glob("lock*"))


def _lock_sizes(root: Path) -> str:
    """What the lock files hold, for the report: size, process id, whether it runs."""
    described = []
    for path in _lock_files(root):
        first = path.read_bytes().split(b"\n", 1)[0]
        pid = int(first) if first.isdigit() else 0
        running = False
        if pid:
            with contextlib.suppress(OSError):
                os.kill(pid, 0)
                running = True
        described.append(f"{path.name}={path.stat().st_size} pid={pid} running={running}")
    return " ".join(described)


def _writer(root: Path, items: int) -> None:
    """Runs in a forked child until it is killed."""
    from intervisie_desktop.domain.board import BoardItem, ItemKind  # noqa: PLC0415
    from intervisie_desktop.domain.meeting import Meeting  # noqa: PLC0415
    from intervisie_desktop.domain.methods import load_method_library  # noqa: PLC0415
    from intervisie_desktop.store.envelope import MissingFileError  # noqa: PLC0415
    from intervisie_desktop.store.lock_errors import FolderInUseError  # noqa: PLC0415
    from intervisie_desktop.store.repository import DataFolder  # noqa: PLC0415

    try:
        folder = DataFolder.open(root)
    except FolderInUseError:
        _say(f"busy {_lock_sizes(root)}")
        return
    temps = _count_temp_files(root)
    try:
        meeting = folder.load_meeting(MEETING_ID)
        counter = int(meeting.board.items[0].text.split()[-1])
    except MissingFileError:
        library = load_method_library()
        method = library.get("tienstappen")
        from intervisie_desktop.domain.agenda import build_agenda  # noqa: PLC0415

        meeting = Meeting(
            id=MEETING_ID,
            title=method.name.nl,
            created=time_now(),
            blocks=build_agenda(method, library.rules_for(method)),
        )
        for number in range(items):
            meeting.board.add(BoardItem(kind=ItemKind.QUESTION, text=f"vraag {number}"))
        counter = 0
        meeting.board.items[0].text = "count 0"
    _say(f"open {temps} {counter}")
    while True:
        counter += 1
        meeting.board.items[0].text = f"count {counter}"
        meeting.board.items[counter % items].answered = counter % 2 == 0
        folder.save_meeting(meeting)
        _say(f"saved {counter}")


def time_now() -> object:
    from datetime import datetime  # noqa: PLC0415

    return datetime.now().astimezone()


def zygote_main() -> None:
    """Fork a writer on every "fork" line; report its pid and when it is gone."""
    from intervisie_desktop.store import repository  # noqa: F401, PLC0415 (import once)

    root, items = Path(sys.argv[1]), int(sys.argv[2])
    pending = b""
    while True:
        while b"\n" not in pending:
            chunk = os.read(0, 64)
            if not chunk:
                return
            pending += chunk
        line, pending = pending.split(b"\n", 1)
        if line != b"fork":
            return
        pid = os.fork()
        if pid == 0:
            try:
                _writer(root, items)
            except BaseException as exc:
                _say(f"error {type(exc).__name__}: {exc}")
            finally:
                os._exit(3)
        _say(f"pid {pid}")
        os.waitpid(pid, 0)
        _say("reaped")


# ----- the parent side -----------------------------------------------------------------


class _Lines:
    """Lines from the zygote and its writers, with a deadline instead of a hang."""

    def __init__(self, proc: subprocess.Popen[bytes], timeout: float) -> None:
        assert proc.stdout is not None
        self._fd = proc.stdout.fileno()
        self._buffer = b""
        self._timeout = timeout

    def next(self) -> str:
        while b"\n" not in self._buffer:
            ready, _, _ = select.select([self._fd], [], [], self._timeout)
            chunk = os.read(self._fd, 4096) if ready else b""
            if not chunk:
                raise RuntimeError("the writer process stopped answering")
            self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        return line.decode()


def _saved_counter(root: Path) -> int:
    from intervisie_desktop.store.envelope import read_kind  # noqa: PLC0415
    from intervisie_desktop.store.formats import MEETING  # noqa: PLC0415

    name = f"meetings/{MEETING_ID}.json"
    meeting = read_kind(MEETING, root / "meetings" / f"{MEETING_ID}.json", name).data
    return int(meeting.board.items[0].text.split()[-1])


def _age_empty_lock(root: Path, line: str, report: KillReport) -> None:
    """A writer found the folder locked. Only an empty lock file, left by a kill between
    creating and filling it in, may be the cause; it is taken over once it is a moment
    old. Instead of waiting for that, its time is set back."""
    empty = [p for p in _lock_files(root) if p.stat().st_size == 0]  # "busy lock=0 ..."
    if not empty:
        report.failures.append(f"a writer found the folder in use: {line}")
        return
    report.empty_lock_files += 1
    for path in empty:
        old = path.stat().st_mtime - 5
        os.utime(path, (old, old))


class _Round:
    """One writer: its lines as they come, until it is gone."""

    def __init__(self, lines: _Lines, report: KillReport, confirmed: int) -> None:
        self.lines = lines
        self.report = report
        self.confirmed = confirmed
        self.pid = 0
        self.saves = 0
        self.opened = False
        self.busy = ""
        self.ended = False

    def take(self) -> None:
        """Read and account for one line."""
        line = self.lines.next()
        word, _, rest = line.partition(" ")
        if word == "error":
            raise RuntimeError(f"the writer failed: {rest}")
        if word == "busy":
            self.busy = rest
        elif word == "reaped":
            self.ended = True
        elif word == "pid":
            self.pid = int(rest)
        elif word == "open":
            temps, counter = rest.split()
            self.opened = True
            self.report.temp_files_after_open += int(temps)
            if int(counter) < self.confirmed:
                self.report.failures.append(f"opened with save {counter} < {self.confirmed}")
        elif word == "saved":
            self.confirmed = int(rest)
            self.report.confirmed_saves += 1
            self.saves += 1


def _check_file(root: Path, report: KillReport, confirmed: int) -> None:
    """After a kill: the file parses and holds at least the last confirmed save."""
    report.temp_files_left_by_a_kill += _count_temp_files(root) > 0
    if not (root / "meetings" / f"{MEETING_ID}.json").exists():
        if confirmed:
            report.failures.append("the meeting file disappeared")
        return
    try:
        on_disk = _saved_counter(root)
    except Exception as exc:  # any failure to read is the finding
        report.failures.append(f"after kill {report.kills}: {exc}")
        return
    if on_disk < confirmed:
        report.failures.append(f"file holds save {on_disk}, {confirmed} was confirmed")
    report.file_ahead_of_confirmed += on_disk > confirmed


def run_kill_loop(root: Path, kills: int, *, seed: int = 1, items: int = 150) -> KillReport:
    """Kill ``kills`` writers at random moments; every check that fails is in ``failures``."""
    chance = random.Random(seed)
    report = KillReport()
    started = time.perf_counter()
    command = [sys.executable, "-c", "from tests.store.kill_loop import zygote_main as z; z()"]
    proc = subprocess.Popen(
        [*command, str(root), str(items)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=ROOT
    )
    assert proc.stdin is not None
    lines = _Lines(proc, timeout=30)
    confirmed = 0
    try:
        while report.kills < kills:
            proc.stdin.write(b"fork\n")
            proc.stdin.flush()
            wanted = chance.choice((0, 1, 1, 2, 3, 5, 8))  # saves before the kill (0: at once)
            writer = _Round(lines, report, confirmed)
            while not (writer.ended or (writer.pid and writer.saves >= wanted)):
                writer.take()
            if not writer.ended:
                spin_until = time.perf_counter() + chance.uniform(0, 0.004)
                while time.perf_counter() < spin_until:  # a random moment, without sleeping
                    pass
                with contextlib.suppress(ProcessLookupError):  # it may have ended already
                    os.kill(writer.pid, signal.SIGKILL)
            while not writer.ended:
                writer.take()
            confirmed = writer.confirmed
            if writer.busy:
                _age_empty_lock(root, writer.busy, report)
                continue
            report.kills += 1
            report.killed_while_opening += not writer.opened
            _check_file(root, report, confirmed)
    finally:
        proc.stdin.close()
        proc.wait(timeout=30)
        assert proc.stdout is not None
        proc.stdout.close()
    report.seconds = time.perf_counter() - started
    return report
