"""Lock messages that tell the truth: a lock from another computer is a question for
the user (and can be broken), a process id that now belongs to another program
is not a writer, a lock file that is not one of ours has its own code, and a
file where one of the app's folders belongs is not "a read-only disk"."""

from __future__ import annotations

import errno
import os
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile

from intervisie_desktop.store.lock import FolderLock, break_lock, why_not_writable
from intervisie_desktop.store.lock_errors import FolderLockError
from intervisie_desktop.store.problems import Code
from intervisie_desktop.store.repository import DataFolder


def qt_lock_lines(tmp_path: Path) -> list[str]:
    """The lines QLockFile writes on this computer (pid, program, host, machine, boot)."""
    probe = QLockFile(str(tmp_path / "probe.lock"))
    assert probe.tryLock(0)
    lines = (tmp_path / "probe.lock").read_text(encoding="utf-8").split("\n")
    probe.unlock()
    return lines


def place_lock(data_dir: Path, lines: list[str], age: float = 3600) -> Path:
    data_dir.mkdir(mode=0o700, exist_ok=True)
    lock = data_dir / "lock"
    lock.write_text("\n".join(lines), encoding="utf-8")
    old = time.time() - age
    os.utime(lock, (old, old))
    return lock


@pytest.fixture
def sleeper() -> Iterator[subprocess.Popen[bytes]]:
    """A live process of the same program (Python) that has nothing to do with us."""
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
    yield child
    child.kill()
    child.wait()


def test_a_lock_from_another_computer_is_a_question_and_can_be_broken(
    data_dir: Path, tmp_path: Path
) -> None:
    lines = qt_lock_lines(tmp_path)
    lines[0], lines[2], lines[3] = "4242", "kantoor-pc", "0" * 32
    place_lock(data_dir, lines)
    with pytest.raises(FolderLockError) as caught:
        DataFolder.open(data_dir)
    assert caught.value.code is Code.OTHER_COMPUTER
    assert caught.value.params["host"] == "kantoor-pc"
    assert caught.value.params["pid"] == 4242
    break_lock(data_dir)  # the user said: that computer is not using it
    with DataFolder.open(data_dir):
        pass


@pytest.mark.slow
def test_a_process_id_now_used_by_another_program_is_not_a_writer(
    data_dir: Path, tmp_path: Path, sleeper: subprocess.Popen[bytes]
) -> None:
    lines = qt_lock_lines(tmp_path)
    lines[0] = str(sleeper.pid)  # the writer died; its number went to the sleeper
    place_lock(data_dir, lines, age=3600)  # written long before the sleeper started
    with DataFolder.open(data_dir):
        pass


@pytest.mark.parametrize("content", [b"hello\nworld\n", b"\xff\xfe\x00garbage", b"-1\n\n\n"])
def test_a_lock_file_that_is_not_ours_has_its_own_code(data_dir: Path, content: bytes) -> None:
    data_dir.mkdir(mode=0o700)
    (data_dir / "lock").write_bytes(content)
    old = time.time() - 3600
    os.utime(data_dir / "lock", (old, old))
    with pytest.raises(FolderLockError) as caught:
        DataFolder.open(data_dir)
    assert caught.value.code is Code.LOCK_UNREADABLE
    break_lock(data_dir)
    with DataFolder.open(data_dir):
        pass


@pytest.mark.parametrize("name", ["temp", "backups", "quarantine", "meetings"])
def test_a_file_where_a_folder_belongs_is_named(data_dir: Path, name: str) -> None:
    data_dir.mkdir(mode=0o700)
    (data_dir / name).write_text("not a folder", encoding="utf-8")
    with pytest.raises(FolderLockError) as caught:
        DataFolder.open(data_dir)
    assert caught.value.code is Code.NAME_TAKEN
    assert caught.value.params["name"] == name
    assert (data_dir / name).read_text(encoding="utf-8") == "not a folder"


def test_a_link_where_a_folder_belongs_is_not_followed(data_dir: Path, tmp_path: Path) -> None:
    outside = tmp_path / "somebody-elses"
    outside.mkdir()
    outside.chmod(0o755)
    data_dir.mkdir(mode=0o700)
    (data_dir / "meetings").symlink_to(outside)
    with pytest.raises(FolderLockError) as caught:
        DataFolder.open(data_dir)
    assert caught.value.code is Code.NAME_TAKEN
    assert stat.S_IMODE(outside.stat().st_mode) == 0o755  # never made "private"
    assert list(outside.iterdir()) == []


def test_the_lock_file_is_private_from_its_first_byte(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not 0644 until chmod'ed afterwards: made under a private umask."""
    monkeypatch.setattr(FolderLock, "_made", lambda _self: None)  # no tightening after
    before = os.umask(0o022)
    try:
        lock = FolderLock(tmp_path)
        lock.acquire()
        mode = stat.S_IMODE((tmp_path / "lock").stat().st_mode)
        lock.release()
    finally:
        os.umask(before)
    assert mode == 0o600
    assert os.umask(before) == before  # the process's umask is given back


def test_a_full_disk_is_named_as_such_not_as_no_permission(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_space(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_space)
    assert why_not_writable(tmp_path) is Code.DISK_FULL
    monkeypatch.undo()
    assert why_not_writable(tmp_path) is Code.OS_ERROR  # writable: the lock failed otherwise
