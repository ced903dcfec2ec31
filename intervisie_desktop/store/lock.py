"""One writer per data folder: a ``QLockFile`` in the folder.

A lock left behind by a process that was killed or crashed is taken over:
``QLockFile`` checks whether the process named in the lock file still runs (on
this computer). The age of a lock alone never makes it stale (stale time 0):
a meeting can easily run for hours, and its lock must hold all that time.
A lock from another computer (a shared USB stick) is only broken on request.

One gap in ``QLockFile`` is closed here: a process killed between creating the
lock file and writing its process id into it leaves an *empty* lock file, which
``QLockFile`` can never call stale (the same holds for the ``.rmlock`` file it
uses while removing a stale lock). Such a file is taken over once it is older
than a moment (a live process fills it in within microseconds) and no process
holds its file lock.
"""

from __future__ import annotations

import contextlib
import os
import time
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QLockFile

from intervisie_desktop.store.atomic import PRIVATE_FILE

LOCK_FILE = "lock"
ABANDONED_AFTER = 1.0  # seconds: an empty lock file older than this was left by a crash
_MAX_CHAIN = 8


class FolderLockError(Exception):
    """The data folder cannot be opened for writing; ``str()`` says why in plain words."""


@dataclass(frozen=True)
class LockHolder:
    pid: int
    hostname: str
    app_name: str


class FolderInUseError(FolderLockError):
    def __init__(self, root: Path, holder: LockHolder | None) -> None:
        where = ""
        if holder is not None:
            where = f" (process {holder.pid} on {holder.hostname or 'this computer'})"
        super().__init__(
            f"The data folder {root} is already in use by another Intervisie Desktop{where}. "
            "Close that one first, or choose another data folder."
        )
        self.root = root
        self.holder = holder


class FolderNotWritableError(FolderLockError):
    def __init__(self, root: Path) -> None:
        super().__init__(
            f"The data folder {root} cannot be written to. "
            "Check that the disk is not read-only and that you may write there, "
            "or choose another data folder."
        )
        self.root = root


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
        """Who holds the lock, as written in the lock file (None if unknown)."""
        info = self._lock.getLockInfo()
        if not isinstance(info, tuple) or len(info) != 3:
            return None
        pid, hostname, app_name = info
        return LockHolder(int(pid), str(hostname), str(app_name))

    def acquire(self) -> None:
        """Take the lock now or raise; a stale lock of a dead process is taken over."""
        if self._lock.tryLock(0) or (self._clear_abandoned() and self._lock.tryLock(0)):
            with contextlib.suppress(OSError):
                self.path.chmod(PRIVATE_FILE)  # QLockFile made it with the umask's mode
            return
        error = self._lock.error()
        if error == QLockFile.LockError.LockFailedError:
            raise FolderInUseError(self.root, self.holder())
        raise FolderNotWritableError(self.root)

    def _clear_abandoned(self) -> bool:
        """Remove empty lock files left by a killed process; True if any was removed.

        ``QLockFile`` guards the removal of a stale lock with ``lock.rmlock``, whose
        removal is guarded by ``lock.rmlock.rmlock``, and so on: an empty file at any
        level blocks every level below it, so the chain is cleared from the end.
        """
        chain = [self.path]
        while len(chain) < _MAX_CHAIN and _exists(chain[-1].with_name(chain[-1].name + ".rmlock")):
            chain.append(chain[-1].with_name(chain[-1].name + ".rmlock"))
        removed = False
        for path in reversed(chain):
            if _abandoned(path):
                removed |= QLockFile(str(path)).removeStaleLockFile()
        return removed

    def break_lock(self) -> bool:
        """Remove a lock the user says is left over (e.g. from another computer)."""
        return self._lock.removeStaleLockFile()

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


def _exists(path: Path) -> bool:
    return path.exists() or path.is_symlink()


def _abandoned(path: Path) -> bool:
    """An empty lock file, not just created, on which no process holds a file lock."""
    try:
        stat = path.stat()
    except OSError:
        return False
    return stat.st_size == 0 and time.time() - stat.st_mtime > ABANDONED_AFTER and _unheld(path)


def _unheld(path: Path) -> bool:
    """No process holds a file lock on ``path`` (where file locks exist)."""
    try:
        import fcntl  # noqa: PLC0415 (POSIX only)
    except ImportError:
        return True
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    else:
        fcntl.flock(fd, fcntl.LOCK_UN)
        return True
    finally:
        os.close(fd)
