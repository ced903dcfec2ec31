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
import stat
import sys
import time
from collections.abc import Callable
from pathlib import Path

from intervisie_desktop.store.problems import Code, ParamValue, os_error_code, technical

TEMP_SUFFIX = ".tmp-intervisie"
PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700


class SaveError(OSError):
    """A save failed; the previous version of the file is untouched.

    ``reason`` is a :class:`Code` with ``params``; the UI words it.
    """

    def __init__(self, name: str, reason: Code, **params: ParamValue) -> None:
        super().__init__(technical(reason, name, params))
        self.name = name
        self.reason = reason
        self.params: dict[str, ParamValue] = dict(params)

    @property
    def code(self) -> Code:
        return self.reason

    def __str__(self) -> str:
        return str(self.args[0])


class ReadOnlyFileError(SaveError):
    """Saving was refused to protect a file (newer version, or one that could not be read)."""


class FolderGoneError(SaveError):
    """The data folder is gone, or another folder is in its place (a USB stick pulled, a
    network share lost). Nothing was written anywhere; keep the meeting in memory."""


def save_error(name: str, exc: OSError) -> SaveError:
    """``exc`` as a :class:`SaveError` about ``name``."""
    if isinstance(exc, SaveError):
        return exc
    code, params = os_error_code(exc)
    return SaveError(name, code, **params)


def private_mode(mode: int, private: int) -> int:
    """``mode`` without any access for group and others (the owner's own bits stay,
    so a folder the user made read-only stays read-only)."""
    return mode & private


def tighten(path: Path) -> None:
    """Take group and other access away from one regular file (0644 becomes 0600); a
    link, a folder or another user's file is left alone, and so is a file system
    that refuses."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        info = path.lstat()
        if stat.S_ISREG(info.st_mode) and info.st_uid == os.geteuid() and info.st_mode & 0o077:
            path.chmod(private_mode(info.st_mode & 0o777, PRIVATE_FILE))


def ensure_private_dir(folder: Path, inside: Path | None = None) -> None:
    """Create ``folder`` private (0700); an existing one loses group and other access.

    Missing parents are created private too; parents that exist are left alone.
    With ``inside``, only folders below ``inside`` are created: if ``inside`` itself is
    gone (a USB stick pulled), ``FileNotFoundError`` is raised instead of making a new,
    empty one on whatever disk is left. A symbolic link is never followed to a folder
    that gets created or tightened: ``NotADirectoryError``.
    """
    missing = []
    current = folder
    while not _present(current, inside):
        if (current.exists() or current.is_symlink()) and not _present(current, inside):
            # (checked twice: another process may have just made the folder)
            raise NotADirectoryError(errno.ENOTDIR, "not a folder", str(current))
        if inside is not None and current == inside:
            raise FileNotFoundError(errno.ENOENT, "the folder is gone", str(current))
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


def _present(path: Path, inside: Path | None) -> bool:
    """A folder; below ``inside`` a folder itself, never a link to one (the data folder
    and what is above it may be links the user made)."""
    if inside is not None and path != inside:
        return path.is_dir() and not path.is_symlink()
    return path.is_dir()


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
            raise SaveError(name, Code.NO_MORE_DATA)
        view = view[written:]


def write_atomic(
    target: Path,
    data: bytes,
    *,
    temp_dir: Path | None = None,
    before_replace: Callable[[], None] | None = None,
    name: str | None = None,
    inside: Path | None = None,
    private_folder: bool = True,
    new_file: bool = False,
) -> None:
    """Replace ``target`` with ``data`` completely, or not at all.

    ``temp_dir`` must be on the same file system as ``target`` (the data folder
    keeps one, so leftovers are found without listing every folder).
    ``before_replace`` runs once the new content is safely on disk, just before
    the switch (the repository keeps its backup there). ``name`` is how the file
    is called in problems. ``inside``: missing folders are made only below it (see
    :func:`ensure_private_dir`). ``private_folder=False`` leaves the target's folder as
    it is (an export into the user's own folder: it must exist, and its mode is the
    user's business; a folder that is made for it is private; the file itself is
    private from its first byte).
    ``new_file``: never replace an existing file (``FileExistsError`` instead).
    """
    label = name or target.name
    folder = temp_dir or target.parent
    temp = folder / f".{target.name}.{os.getpid()}.{secrets.token_hex(4)}{TEMP_SUFFIX}"
    try:
        if private_folder:
            ensure_private_dir(target.parent, inside)
        elif not target.parent.is_dir():
            ensure_private_dir(target.parent)  # a new folder is private; one that exists is left
        if temp_dir is not None:
            ensure_private_dir(temp_dir, inside)
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        fd = os.open(temp, flags, PRIVATE_FILE)
        try:
            _write_all(fd, data, label)
            _fsync_file(fd)
            if os.fstat(fd).st_size != len(data):
                raise SaveError(label, Code.INCOMPLETE)
        finally:
            os.close(fd)
        if before_replace is not None:
            before_replace()
        if new_file:
            _place_new(temp, target)
        else:
            _replace(temp, target)
        _fsync_dir(target.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        if isinstance(exc, FileExistsError) and new_file:
            raise
        raise save_error(label, exc) from exc


def _place_new(temp: Path, target: Path) -> None:
    """Move ``temp`` to ``target`` only if nothing is there (a hard link refuses to
    replace; where there are none, a check just before)."""
    try:
        os.link(temp, target)
    except FileExistsError:
        raise
    except OSError:
        if target.exists() or target.is_symlink():
            raise FileExistsError(errno.EEXIST, "exists", str(target)) from None
        _replace(temp, target)
        return
    temp.unlink()


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
