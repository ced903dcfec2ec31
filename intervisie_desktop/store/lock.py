"""One writer per data folder: a ``QLockFile`` in the folder.

A lock left behind by a process that was killed or crashed is taken over. On
this computer a lock is stale when its process is gone, when the computer was
restarted since, or when no process holds the lock file's own file lock (a
live ``QLockFile`` always does) or the process with that number started only
after the lock was written (the number was given to another program). The age
of a lock alone never makes it stale: a meeting can easily run for hours, and
its lock must hold all that time. A lock from another computer (a USB stick not
closed cleanly there), or a lock file that is not one of ours, is reported with
its own code; :func:`break_lock` removes it once the user agrees.

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
import stat
import time
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QLockFile, QSysInfo

from intervisie_desktop.store.atomic import PRIVATE_FILE
from intervisie_desktop.store.envelope import DataFileError
from intervisie_desktop.store.problems import Code, ParamValue, technical
from intervisie_desktop.store.safe_read import read_regular

LOCK_FILE = "lock"
ABANDONED_AFTER = 1.0  # seconds: an empty lock file older than this was left by a crash
STARTED_AFTER_MARGIN = 2.0  # seconds: clock ticks and file times are not exact
MAX_LOCK_BYTES = 4096
_MAX_CHAIN = 8


class FolderLockError(Exception):
    """The data folder cannot be opened for writing: ``code`` and ``params`` say why."""

    def __init__(self, root: Path, code: Code, **params: ParamValue) -> None:
        super().__init__(technical(code, str(root), params))
        self.root = root
        self.code = code
        self.params: dict[str, ParamValue] = dict(params)


@dataclass(frozen=True)
class LockHolder:
    pid: int
    hostname: str
    app_name: str
    machine_id: str = ""
    boot_id: str = ""

    @property
    def elsewhere(self) -> bool:
        """Written on another computer (its name or its machine id differs)."""
        here_machine = bytes(QSysInfo.machineUniqueId().data()).decode(errors="replace")
        if self.hostname != QSysInfo.machineHostName():
            return True
        return bool(self.machine_id and here_machine and self.machine_id != here_machine)


class FolderInUseError(FolderLockError):
    """Another Intervisie Desktop on this computer has the folder open (``pid``)."""

    def __init__(self, root: Path, holder: LockHolder | None) -> None:
        super().__init__(root, Code.IN_USE, pid=holder.pid if holder else None)
        self.holder = holder


class FolderLockedElsewhereError(FolderLockError):
    """The lock was written on another computer (``host``): ask the user whether that
    computer still uses the folder; if not, :func:`break_lock`."""

    def __init__(self, root: Path, holder: LockHolder) -> None:
        super().__init__(root, Code.OTHER_COMPUTER, host=holder.hostname, pid=holder.pid)
        self.holder = holder


class ForeignLockError(FolderLockError):
    """A lock file that is not one of ours (garbage, a folder, a link): :func:`break_lock`
    after asking."""

    def __init__(self, root: Path) -> None:
        super().__init__(root, Code.LOCK_UNREADABLE)


class FolderNotWritableError(FolderLockError):
    """The folder cannot be written to (``reason``: a save code, e.g. read_only_disk)."""

    def __init__(self, root: Path, reason: Code = Code.NO_PERMISSION) -> None:
        super().__init__(root, Code.NOT_WRITABLE, reason=reason.value)


class FolderNameTakenError(FolderLockError):
    """Something that is not a folder (a file, a link) has the name of one of the app's
    folders (``name``); nothing was changed."""

    def __init__(self, root: Path, name: str, what: str) -> None:
        super().__init__(root, Code.NAME_TAKEN, name=name, type=what)


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
        if self._lock.tryLock(0) or (self._clear_abandoned() and self._lock.tryLock(0)):
            self._made()
            return
        if self._lock.error() != QLockFile.LockError.LockFailedError:
            raise FolderNotWritableError(self.root)
        holder = self.holder()
        if holder is None:
            if _is_empty(self.path):
                raise FolderInUseError(self.root, None)  # being written by a starting app
            raise ForeignLockError(self.root)
        if holder.elsewhere:
            raise FolderLockedElsewhereError(self.root, holder)
        removing = _exists(self.path.with_name(LOCK_FILE + ".rmlock"))  # someone else is
        stale = not removing and _stale(self.path, holder)
        if stale and self._lock.removeStaleLockFile() and self._lock.tryLock(0):
            self._made()
            return
        raise FolderInUseError(self.root, holder)

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
        while len(chain) < _MAX_CHAIN and _exists(chain[-1].with_name(chain[-1].name + ".rmlock")):
            chain.append(chain[-1].with_name(chain[-1].name + ".rmlock"))
        removed = False
        for path in reversed(chain):
            if _abandoned(path):
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


def _exists(path: Path) -> bool:
    return path.exists() or path.is_symlink()


def read_holder(path: Path) -> LockHolder | None:
    """The lock file's lines as ``QLockFile`` writes them (process id, program, computer,
    machine id, boot id); None if it is not such a file."""
    try:
        raw = read_regular(
            path, LOCK_FILE, limit=MAX_LOCK_BYTES, make_private=False, own_only=False
        )
        lines = raw.decode("utf-8").split("\n")
        pid = int(lines[0])
    except (DataFileError, UnicodeDecodeError, ValueError, IndexError):
        return None
    if pid <= 0 or len(lines) < 3 or not lines[2]:
        return None
    extra = [*lines[3:5], "", ""]
    return LockHolder(pid, lines[2], lines[1], extra[0], extra[1])


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
    if stat.S_ISREG(info.st_mode) and not _unheld(path):
        raise FolderInUseError(root, read_holder(path))
    path.unlink()
    for leftover in root.glob(LOCK_FILE + ".rmlock*"):
        with contextlib.suppress(OSError):
            if _unheld(leftover):
                leftover.unlink()


def _refuse_foreign(root: Path, path: Path) -> None:
    """Something that is not a regular file named ``lock`` is not a lock of ours."""
    with contextlib.suppress(FileNotFoundError):
        if not stat.S_ISREG(path.lstat().st_mode):
            raise ForeignLockError(root)


def _is_empty(path: Path) -> bool:
    try:
        return path.lstat().st_size == 0
    except OSError:
        return False


def _stale(path: Path, holder: LockHolder) -> bool:
    """A lock of this computer whose writer cannot be alive (see the module docstring).

    Elsewhere than on POSIX, ``QLockFile``'s own check is all (``os.kill`` would end
    the process there, not ask about it)."""
    if os.name != "posix":
        return False
    here_boot = bytes(QSysInfo.bootUniqueId().data()).decode(errors="replace")
    if holder.boot_id and here_boot and holder.boot_id != here_boot:
        return True  # written before the computer was last started
    try:
        os.kill(holder.pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        pass  # it exists (another user's process): look further
    try:
        written = path.stat().st_mtime
    except OSError:
        return False
    return _started_after(holder.pid, written) or _unheld(path)


def _started_after(pid: int, moment: float) -> bool:
    """Whether process ``pid`` started after ``moment`` (Linux; elsewhere unknown: False)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text(encoding="ascii").rsplit(")", 1)[1].split()
        boot = next(
            int(line.split()[1])
            for line in Path("/proc/stat").read_text(encoding="ascii").splitlines()
            if line.startswith("btime ")
        )
        started = boot + int(fields[19]) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, StopIteration):
        return False
    return started > moment + STARTED_AFTER_MARGIN


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
