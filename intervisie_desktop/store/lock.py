"""One writer per data folder: a ``QLockFile`` in the folder.

A lock left behind by a process that was killed or crashed is taken over (when a
lock is stale, or abandoned half-written: :mod:`stale_lock`). A lock from another
computer (a USB stick not closed cleanly there), or a lock file that is not one of
ours, is reported with its own code (:mod:`lock_errors`); :func:`break_lock`
removes it once the user agrees.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QLockFile

from intervisie_desktop.store.atomic import PRIVATE_FILE
from intervisie_desktop.store.lock_errors import (
    FolderInUseError,
    FolderLockedElsewhereError,
    FolderNotWritableError,
    ForeignLockError,
)
from intervisie_desktop.store.lock_holder import LockHolder, read_holder
from intervisie_desktop.store.problems import Code, os_error_code
from intervisie_desktop.store.stale_lock import abandoned, exists, is_empty, is_stale, unheld

LOCK_FILE = "lock"
_MAX_CHAIN = 8


class FolderLock:
    """The folder's single-writer lock. Use :meth:`acquire` / :meth:`release` or ``with``."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.path = root / LOCK_FILE
        self._lock = QLockFile(str(self.path))
        self._lock.setStaleLockTime(0)

    @property
    def held(self) -> bool:
        return self._lock.isLocked()

    def holder(self) -> LockHolder | None:
        """Who holds the lock, as written in the lock file (None if it cannot be read)."""
        return read_holder(self.path)

    def acquire(self) -> None:
        """Take the lock now or raise; a stale lock of this computer is taken over."""
        _refuse_foreign(self.root, self.path)
        if self._try() or (self._clear_abandoned() and self._try()):
            self._made()
            return
        if self._lock.error() != QLockFile.LockError.LockFailedError:
            raise FolderNotWritableError(self.root, why_not_writable(self.root))
        holder = self.holder()
        if holder is None:
            if is_empty(self.path):
                raise FolderInUseError(self.root, None)  # being written by a starting app
            raise ForeignLockError(self.root)
        if holder.elsewhere:
            raise FolderLockedElsewhereError(self.root, holder)
        removing = exists(self.path.with_name(LOCK_FILE + ".rmlock"))  # someone else is
        stale = not removing and is_stale(self.path, holder)
        if stale and self._lock.removeStaleLockFile() and self._try():
            self._made()
            return
        raise FolderInUseError(self.root, holder)

    def _try(self) -> bool:
        """QLockFile creates the file with the umask's mode: private from its first byte."""
        before = os.umask(0o077) if os.name == "posix" else None
        try:
            return self._lock.tryLock(0)
        finally:
            if before is not None:
                os.umask(before)

    def _made(self) -> None:
        with contextlib.suppress(OSError):
            self.path.chmod(PRIVATE_FILE)  # QLockFile made it with the umask's mode

    def _clear_abandoned(self) -> bool:
        """Remove empty lock files left by a killed process; True if any was removed.

        ``QLockFile`` guards the removal of a stale lock with ``lock.rmlock``, whose
        removal is guarded by ``lock.rmlock.rmlock``, and so on: an empty file at any
        level blocks every level below it, so the chain is cleared from the end.
        """
        chain = [self.path]
        while len(chain) < _MAX_CHAIN and exists(chain[-1].with_name(chain[-1].name + ".rmlock")):
            chain.append(chain[-1].with_name(chain[-1].name + ".rmlock"))
        removed = False
        for path in reversed(chain):
            if abandoned(path):
                removed |= QLockFile(str(path)).removeStaleLockFile()
        return removed

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()

    def __enter__(self) -> FolderLock:
        self.acquire()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.release()


def break_lock(root: Path) -> None:
    """After the user agreed: remove a lock from another computer, or a lock file that is
    not ours. A lock that a live process on this computer holds is never broken:
    :class:`FolderInUseError`. A folder named ``lock`` is not removed either."""
    path = root / LOCK_FILE
    try:
        info = path.lstat()
    except FileNotFoundError:
        return
    if stat.S_ISDIR(info.st_mode):
        raise ForeignLockError(root)
    if stat.S_ISREG(info.st_mode) and not unheld(path):
        raise FolderInUseError(root, read_holder(path))
    path.unlink()
    for leftover in root.glob(LOCK_FILE + ".rmlock*"):
        with contextlib.suppress(OSError):
            if unheld(leftover):
                leftover.unlink()


def _refuse_foreign(root: Path, path: Path) -> None:
    """Something that is not a regular file named ``lock`` is not a lock of ours."""
    with contextlib.suppress(FileNotFoundError):
        if not stat.S_ISREG(path.lstat().st_mode):
            raise ForeignLockError(root)


def why_not_writable(root: Path) -> Code:
    """Why a file cannot be made in ``root`` (a full disk, no permission, a read-only
    disk), found by trying; QLockFile does not say."""
    try:
        with tempfile.TemporaryFile(dir=root) as probe:
            probe.write(b"\0" * 4096)
            probe.flush()
            os.fsync(probe.fileno())
    except OSError as exc:
        return os_error_code(exc)[0]
    return Code.OS_ERROR
