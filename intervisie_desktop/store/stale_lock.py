"""When a lock left behind may be taken over.

On this computer a lock is stale when its process is gone, when the computer was
restarted since, or when no process holds the lock file's own file lock (a live
``QLockFile`` always does) or the process with that number started only after the
lock was written (the number was given to another program). The age of a lock
alone never makes it stale: a meeting can easily run for hours, and its lock must
hold all that time.

One gap in ``QLockFile`` is closed here: a process killed between creating the lock
file and writing its process id into it leaves an *empty* lock file, which
``QLockFile`` can never call stale (the same holds for the ``.rmlock`` file it uses
while removing a stale lock). Such a file is *abandoned* once it is older than a
moment (a live process fills it in within microseconds) and no process holds its
file lock.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from PySide6.QtCore import QSysInfo

from intervisie_desktop.store.lock_holder import LockHolder

ABANDONED_AFTER = 1.0  # seconds: an empty lock file older than this was left by a crash
STARTED_AFTER_MARGIN = 2.0  # seconds: clock ticks and file times are not exact


def exists(path: Path) -> bool:
    return path.exists() or path.is_symlink()


def is_empty(path: Path) -> bool:
    try:
        return path.lstat().st_size == 0
    except OSError:
        return False


def is_stale(path: Path, holder: LockHolder) -> bool:
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
    return _started_after(holder.pid, written) or unheld(path)


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


def abandoned(path: Path) -> bool:
    """An empty lock file, not just created, on which no process holds a file lock."""
    try:
        stat = path.stat()
    except OSError:
        return False
    return stat.st_size == 0 and time.time() - stat.st_mtime > ABANDONED_AFTER and unheld(path)


def unheld(path: Path) -> bool:
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
