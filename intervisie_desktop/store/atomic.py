"""Atomic, private writes: the old file stays intact unless the new one is complete.

Write to a temporary file (mode 0600) on the same file system, check every byte
was written, flush and fsync, then ``os.replace`` over the target and fsync the
folder. On any failure the temporary file is removed and the old file is left
byte-identical. Qt's ``QSaveFile`` was seen replacing a good file with a
truncated one on a full disk, which is why the written length is checked here.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import sys
import time
from collections.abc import Callable
from pathlib import Path

TEMP_SUFFIX = ".tmp-intervisie"
PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700

_PLAIN_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EACCES: "there is no permission to write there",
    errno.EPERM: "there is no permission to write there",
    errno.EROFS: "the disk is read-only",
    errno.EIO: "the disk reported an error",
    errno.ENOENT: "the folder no longer exists",
}


class SaveError(OSError):
    """A save failed; the previous version of the file is untouched.

    ``str(error)`` is a plain English sentence for the user.
    """

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"Could not save {name}: {reason}.")
        self.name = name
        self.reason = reason

    def __str__(self) -> str:
        return str(self.args[0])


def plain_reason(exc: OSError) -> str:
    """An ``OSError`` in words a user understands."""
    if exc.errno in _PLAIN_REASONS:
        return _PLAIN_REASONS[exc.errno]
    return (exc.strerror or str(exc) or type(exc).__name__).rstrip(".").lower()


def private_mode(mode: int, private: int) -> int:
    """``mode`` without any access for group and others (the owner's own bits stay,
    so a folder the user made read-only stays read-only)."""
    return mode & private


def ensure_private_dir(folder: Path) -> None:
    """Create ``folder`` private (0700); an existing one loses group and other access.

    Missing parents are created private too; parents that exist are left alone.
    """
    missing = []
    current = folder
    while not current.is_dir():
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    for level in reversed(missing):
        level.mkdir(mode=PRIVATE_DIR, exist_ok=True)
        if os.name == "posix":
            level.chmod(PRIVATE_DIR)  # mkdir's mode is reduced by the umask
    if os.name == "posix" and not missing:
        mode = folder.stat().st_mode & 0o777
        if mode & 0o077:
            folder.chmod(private_mode(mode, PRIVATE_DIR))


def _fsync_file(fd: int) -> None:
    """Flush to the disk itself; on macOS only F_FULLFSYNC does that."""
    if sys.platform == "darwin":
        import fcntl  # noqa: PLC0415

        fcntl.fcntl(fd, fcntl.F_FULLFSYNC)
    else:
        os.fsync(fd)


def _fsync_dir(folder: Path) -> None:
    """Make the rename durable. File systems that cannot sync a folder are accepted."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EBADF):
            raise
    finally:
        os.close(fd)


def _replace(source: Path, target: Path) -> None:
    """``os.replace``, retried briefly on Windows where scanners hold files open."""
    attempts = 5 if os.name == "nt" else 1
    for attempt in range(attempts):
        try:
            source.replace(target)
            return
        except PermissionError:
            if attempt == attempts - 1:
                raise
            time.sleep(0.05 * (attempt + 1))


def _write_all(fd: int, data: bytes, name: str) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        if written <= 0:
            raise SaveError(name, "the disk accepted no more data")
        view = view[written:]


def write_atomic(
    target: Path,
    data: bytes,
    *,
    temp_dir: Path | None = None,
    before_replace: Callable[[], None] | None = None,
    name: str | None = None,
    private_folder: bool = True,
) -> None:
    """Replace ``target`` with ``data`` completely, or not at all.

    ``temp_dir`` must be on the same file system as ``target`` (the data folder
    keeps one, so leftovers are found without listing every folder).
    ``before_replace`` runs once the new content is safely on disk, just before
    the switch (the repository keeps its backup there). ``name`` is how the file
    is called in messages. ``private_folder=False`` leaves an existing folder's
    mode alone (an export into the user's documents: the file is private, the
    folder is theirs).
    """
    label = name or target.name
    folder = temp_dir or target.parent
    temp = folder / f".{target.name}.{os.getpid()}.{secrets.token_hex(4)}{TEMP_SUFFIX}"
    try:
        if private_folder or not target.parent.is_dir():
            ensure_private_dir(target.parent)
        if temp_dir is not None:
            ensure_private_dir(temp_dir)
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        fd = os.open(temp, flags, PRIVATE_FILE)
        try:
            _write_all(fd, data, label)
            _fsync_file(fd)
            if os.fstat(fd).st_size != len(data):
                raise SaveError(label, "not every byte reached the disk")
        finally:
            os.close(fd)
        if before_replace is not None:
            before_replace()
        _replace(temp, target)
        _fsync_dir(target.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        if isinstance(exc, SaveError):
            raise
        raise SaveError(label, plain_reason(exc)) from exc


def remove_stale_temp_files(folder: Path, *, recursive: bool = True) -> int:
    """Delete temporary files left by an interrupted save; returns how many."""
    removed = 0
    if not folder.is_dir():
        return 0
    found = folder.rglob(f"*{TEMP_SUFFIX}") if recursive else folder.glob(f"*{TEMP_SUFFIX}")
    for leftover in found:
        with contextlib.suppress(OSError):
            leftover.unlink()
            removed += 1
    return removed
