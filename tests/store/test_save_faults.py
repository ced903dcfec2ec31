"""A save that fails at any step leaves the old file byte-identical and says why
(a code the UI words): injected failures at each step, and a genuinely full disk."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from intervisie_desktop.domain.methods import MethodLibrary
from intervisie_desktop.store import atomic
from intervisie_desktop.store.atomic import SaveError, write_atomic
from intervisie_desktop.store.problems import Code
from intervisie_desktop.store.repository import DataFolder

from .conftest import make_meeting

Fault = Callable[[pytest.MonkeyPatch], None]


def fail_open(patch: pytest.MonkeyPatch) -> None:
    real = os.open

    def failing(path: object, flags: int, mode: int = 0o777, **kw: object) -> int:
        if str(path).endswith(atomic.TEMP_SUFFIX):
            raise OSError(errno.EACCES, "Permission denied")
        return real(path, flags, mode)  # type: ignore[arg-type]

    patch.setattr(atomic.os, "open", failing)


def fail_write(patch: pytest.MonkeyPatch) -> None:
    def failing(fd: int, data: bytes) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    patch.setattr(atomic.os, "write", failing)


def fail_after_half(patch: pytest.MonkeyPatch) -> None:
    """The first write gets half in, the next one finds the disk full."""
    real = os.write
    calls = []

    def failing(fd: int, data: bytes) -> int:
        calls.append(fd)
        if len(calls) == 1:
            return real(fd, bytes(data)[: len(data) // 2])
        raise OSError(errno.ENOSPC, "No space left on device")

    patch.setattr(atomic.os, "write", failing)


def lying_short_write(patch: pytest.MonkeyPatch) -> None:
    """The system says all went in, but only half did (the QSaveFile failure)."""
    real = os.write

    def lying(fd: int, data: bytes) -> int:
        real(fd, bytes(data)[: len(data) // 2])
        return len(data)

    patch.setattr(atomic.os, "write", lying)


def zero_write(patch: pytest.MonkeyPatch) -> None:
    patch.setattr(atomic.os, "write", lambda fd, data: 0)


def fail_fsync(patch: pytest.MonkeyPatch) -> None:
    def failing(fd: int) -> None:
        raise OSError(errno.EIO, "Input/output error")

    patch.setattr(atomic.os, "fsync", failing)


def fail_replace(patch: pytest.MonkeyPatch) -> None:
    def failing(self: Path, target: object) -> Path:
        raise OSError(errno.EROFS, "Read-only file system")

    patch.setattr(atomic.Path, "replace", failing)


FAULTS: dict[str, tuple[Fault, Code]] = {
    "create the temporary file": (fail_open, Code.NO_PERMISSION),
    "write": (fail_write, Code.DISK_FULL),
    "write half, then disk full": (fail_after_half, Code.DISK_FULL),
    "short write reported as complete": (lying_short_write, Code.INCOMPLETE),
    "write accepts nothing": (zero_write, Code.NO_MORE_DATA),
    "fsync": (fail_fsync, Code.DISK_ERROR),
    "replace": (fail_replace, Code.READ_ONLY_DISK),
}


@pytest.mark.parametrize("step", FAULTS)
def test_write_atomic_failing_at_any_step_keeps_the_old_file(tmp_path: Path, step: str) -> None:
    fault, code = FAULTS[step]
    target = tmp_path / "file.json"
    write_atomic(target, b"old content " * 100)
    before = target.read_bytes()
    with pytest.MonkeyPatch.context() as patch:
        fault(patch)
        with pytest.raises(SaveError) as caught:
            write_atomic(target, b"new content that is longer " * 300)
    assert target.read_bytes() == before
    assert caught.value.name == "file.json"
    assert caught.value.reason is code
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file.json"]  # no temp file left


@pytest.mark.parametrize("step", FAULTS)
def test_a_meeting_save_failing_at_any_step_keeps_the_old_file_and_backups(
    folder: DataFolder, library: MethodLibrary, step: str
) -> None:
    fault, code = FAULTS[step]
    meeting = make_meeting(library, items=50)
    for _ in range(3):
        folder.save_meeting(meeting)
    live = folder.root / "meetings" / f"{meeting.id}.json"
    before = live.read_bytes()
    backups_before = [(b.path, b.path.read_bytes()) for b in folder.backups(live.parent.name)]
    meeting.title = "changed"
    with pytest.MonkeyPatch.context() as patch:
        fault(patch)
        with pytest.raises(SaveError) as caught:
            folder.save_meeting(meeting)
        assert caught.value.reason is code
    assert live.read_bytes() == before
    assert [(p, p.read_bytes()) for p, _ in backups_before] == backups_before
    assert list((folder.root / "temp").iterdir()) == []
    folder.save_meeting(meeting)  # and once the fault is gone, the save goes through
    assert folder.load_meeting(meeting.id).title == "changed"
    assert len(folder.backups(f"meetings/{meeting.id}.json")) == 3


def test_a_folder_sync_failure_after_the_switch_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The new file is complete and in place; only its durability is unsure, so the
    user is told and the meeting stays marked unsaved (the next autosave retries)."""
    target = tmp_path / "file.json"
    write_atomic(target, b"old")
    real = os.fsync
    calls: list[int] = []

    def second_fails(fd: int) -> None:
        calls.append(fd)
        if len(calls) == 2:
            raise OSError(errno.EIO, "Input/output error")
        real(fd)

    monkeypatch.setattr(atomic.os, "fsync", second_fails)
    with pytest.raises(SaveError) as caught:
        write_atomic(target, b"new")
    assert caught.value.reason is Code.DISK_ERROR
    assert target.read_bytes() == b"new"


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 256 KiB file system (tmpfs), so the disk genuinely fills up."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small tmpfs needs root and mount(8)")
    mount_point = tmp_path / "tiny"
    mount_point.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=256k,mode=0700", "tmpfs", str(mount_point)],
        capture_output=True,
        text=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"mounting a tmpfs is not permitted here: {mounted.stderr.strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", str(mount_point)], check=True)


def test_a_genuinely_full_disk_keeps_the_old_file(tiny_disk: Path, library: MethodLibrary) -> None:
    with DataFolder.open(tiny_disk / "data") as folder:
        meeting = make_meeting(library, items=10)
        folder.save_meeting(meeting)
        folder.save_meeting(meeting)
        live = folder.root / "meetings" / f"{meeting.id}.json"
        before = live.read_bytes()
        big = make_meeting(library, items=1500)  # larger than the whole disk
        big.id = meeting.id
        with pytest.raises(SaveError) as caught:
            folder.save_meeting(big)
        assert caught.value.reason is Code.DISK_FULL
        assert caught.value.name == f"meetings/{meeting.id}.json"
        assert live.read_bytes() == before
        assert list((folder.root / "temp").iterdir()) == []
        assert folder.load_meeting(meeting.id) == meeting
        # filling the disk to the brim with a file of our own: every size fails cleanly
        filler = tiny_disk / "filler"
        with filler.open("wb", buffering=0) as stream, pytest.raises(OSError):
            while True:
                stream.write(b"\0" * 512)
        for items in (11, 20, 60):
            grown = make_meeting(library, items=items)
            grown.id = meeting.id
            with pytest.raises(SaveError) as full:
                folder.save_meeting(grown)
            assert full.value.reason is Code.DISK_FULL
            assert live.read_bytes() == before
        filler.unlink()
        folder.save_meeting(meeting)
    assert not list(tiny_disk.rglob(f"*{atomic.TEMP_SUFFIX}"))
