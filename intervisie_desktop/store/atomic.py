"""Atomic, private writes: the old file stays intact unless the new one is complete.

Write to a temporary file in the same folder (mode 0600), check every byte was
written, flush and fsync, then ``os.replace`` over the target and fsync the
folder. On any failure the temporary file is removed and the old file is left
byte-identical.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from pathlib import Path

TEMP_SUFFIX = ".tmp-intervisie"
PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700


class SaveError(OSError):
    """A save failed; the previous version of the file is untouched."""


def ensure_private_dir(folder: Path) -> None:
    """Create ``folder`` (and parents) and make it private (0700), also if it existed."""
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    if os.name == "posix":
        folder.chmod(PRIVATE_DIR)


def _fsync_file(fd: int) -> None:
    """Flush to the disk itself; on macOS only F_FULLFSYNC does that."""
    if sys.platform == "darwin":
        import fcntl  # noqa: PLC0415

        fcntl.fcntl(fd, fcntl.F_FULLFSYNC)
    else:
        os.fsync(fd)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
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


def write_atomic(target: Path, data: bytes) -> None:
    """Replace ``target`` with ``data`` completely, or not at all."""
    ensure_private_dir(target.parent)
    temp = target.with_name(f".{target.name}.{os.getpid()}{TEMP_SUFFIX}")
    try:
        flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
        fd = os.open(temp, flags, PRIVATE_FILE)
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                if written <= 0:
                    raise SaveError(f"could not write {target.name}: the disk accepted no data")
                view = view[written:]
            _fsync_file(fd)
        finally:
            os.close(fd)
        if temp.stat().st_size != len(data):
            raise SaveError(f"could not write {target.name} completely")
        _replace(temp, target)
        _fsync_dir(target.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        if isinstance(exc, SaveError):
            raise
        raise SaveError(f"could not save {target.name}: {exc.strerror or exc}") from exc


def remove_stale_temp_files(folder: Path) -> int:
    """Delete temporary files left by an interrupted save; returns how many."""
    removed = 0
    if folder.is_dir():
        for leftover in folder.rglob(f"*{TEMP_SUFFIX}"):
            with contextlib.suppress(OSError):
                leftover.unlink()
                removed += 1
    return removed
