"""One writer per data folder: never two, and a killed writer's lock is taken over."""

from __future__ import annotations

import os
import platform
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from intervisie_desktop.store.lock_errors import FolderInUseError, FolderNotWritableError
from intervisie_desktop.store.problems import Code
from intervisie_desktop.store.repository import DataFolder

ROOT = Path(__file__).resolve().parents[2]

# Opens the folder on "go", says whether it got it, holds it until stdin closes.
CHILD = """
import sys
from pathlib import Path
from intervisie_desktop.store.lock_errors import FolderInUseError
from intervisie_desktop.store.repository import DataFolder
print("ready", flush=True)
sys.stdin.readline()
try:
    folder = DataFolder.open(Path(sys.argv[1]))
except FolderInUseError:
    print("busy", flush=True)
else:
    print("got", flush=True)
sys.stdin.read()
"""

pytestmark = pytest.mark.slow


def start(data_dir: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, str(data_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )


def finish(children: list[subprocess.Popen[str]]) -> None:
    for child in children:
        assert child.stdin is not None
        child.stdin.close()
    for child in children:
        assert child.wait(timeout=60) == 0
        assert child.stdout is not None
        child.stdout.close()


@pytest.mark.parametrize("round_number", range(4))
def test_instances_started_at_once_never_both_write(tmp_path: Path, round_number: int) -> None:
    data_dir = tmp_path / "data"
    children = [start(data_dir) for _ in range(3)]
    try:
        for child in children:
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "ready"
        for child in children:  # as close together as the pipes allow
            assert child.stdin is not None
            child.stdin.write("go\n")
            child.stdin.flush()
        answers = []
        for child in children:
            assert child.stdout is not None
            answers.append(child.stdout.readline().strip())
    finally:
        finish(children)
    assert sorted(answers) == ["busy", "busy", "got"]


def test_a_killed_writers_lock_is_taken_over(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    child = start(data_dir)
    assert child.stdout is not None and child.stdin is not None
    assert child.stdout.readline().strip() == "ready"
    child.stdin.write("go\n")
    child.stdin.flush()
    assert child.stdout.readline().strip() == "got"
    with pytest.raises(FolderInUseError) as caught:
        DataFolder.open(data_dir)
    assert caught.value.params == {"pid": child.pid}

    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=60)
    child.stdin.close()
    child.stdout.close()
    assert (data_dir / "lock").exists()  # left behind by the dead process
    with DataFolder.open(data_dir) as folder:
        assert folder.list_meetings() == []


def test_a_second_open_in_the_same_process_is_refused(tmp_path: Path) -> None:
    with DataFolder.open(tmp_path), pytest.raises(FolderInUseError) as caught:
        DataFolder.open(tmp_path)
    assert caught.value.code is Code.IN_USE
    with DataFolder.open(tmp_path):  # released on close
        pass


def test_a_folder_that_cannot_be_created_gets_the_apps_own_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(FolderNotWritableError) as caught:
        DataFolder.open(blocker / "data")
    assert caught.value.code is Code.NOT_WRITABLE
    assert caught.value.params == {"reason": "name_taken"}


def age(path: Path, seconds: float) -> None:
    old = path.stat().st_mtime - seconds
    os.utime(path, (old, old))


@pytest.mark.parametrize("leftover", ["lock", "lock.rmlock", "lock.rmlock.rmlock"])
def test_an_empty_lock_file_left_by_a_kill_is_taken_over(tmp_path: Path, leftover: str) -> None:
    """Killed between creating a lock file and writing its process id into it; while
    removing a stale lock, QLockFile guards the removal with lock.rmlock (and that one's
    removal with lock.rmlock.rmlock), so the kill can leave an empty file at any level."""
    tmp_path.chmod(0o700)
    dead = f"{2**22 - 3}\npython3\n{platform.node()}\n"  # no such process here
    level = tmp_path / "lock"
    while level.name != leftover:  # the levels above hold a dead process's id
        level.write_text(dead, encoding="utf-8")
        level = level.with_name(level.name + ".rmlock")
    level.touch()
    with pytest.raises(FolderInUseError):  # it could be a process that is just starting
        DataFolder.open(tmp_path)
    age(level, 5)
    with DataFolder.open(tmp_path):
        pass
    assert sorted(p.name for p in tmp_path.glob("lock*")) == []


def test_an_empty_lock_file_that_a_process_holds_is_respected(tmp_path: Path) -> None:
    fcntl = pytest.importorskip("fcntl")
    lock = tmp_path / "lock"
    lock.touch()
    age(lock, 5)
    with lock.open("rb") as held:
        fcntl.flock(held.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        with pytest.raises(FolderInUseError):
            DataFolder.open(tmp_path)
    with DataFolder.open(tmp_path):
        pass
