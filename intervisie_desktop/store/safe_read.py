"""Reading one data file safely: only a regular file of this user, never through a link,
never more than a set size, and never hanging on something that is not a file.

Something else where a data file belongs (a link, a folder named ``x.json``, a
named pipe that would block the app, a device that never ends, a file of another
user account) is reported and left alone: not opened, not moved, not made
private, and never written over (the file store refuses to). A regular file of
this user that is far too large is refused before a byte of it is read.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from pathlib import Path

from intervisie_desktop.store.atomic import PRIVATE_FILE, private_mode
from intervisie_desktop.store.envelope import DataFileError, MissingFileError
from intervisie_desktop.store.problems import Code, ParamValue

# Far above what the app writes (a meeting of 10,000 notes is ~3 MB), and the app
# refuses to write a file larger than this, so whatever it wrote it can read again.
MAX_FILE_BYTES = 256 * 1024 * 1024
_NO_FOLLOW: int = getattr(os, "O_NOFOLLOW", 0)
_NON_BLOCKING: int = getattr(os, "O_NONBLOCK", 0)
_FLAGS: int = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)


class LeftAloneError(DataFileError):
    """Not a regular file of this user: reported, and left exactly where and as it is."""

    def __init__(self, name: str, reason: Code, **params: ParamValue) -> None:
        super().__init__(name, reason, **params)


def _kind_of(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "folder"
    if stat.S_ISFIFO(mode):
        return "fifo"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "other"


def _owned_by_someone_else(info: os.stat_result) -> bool:
    return os.name == "posix" and info.st_uid != os.geteuid()


def check_entry(
    path: Path, name: str, *, follow_links: bool = False, own_only: bool = True
) -> os.stat_result:
    """What is at ``path``, if it may be opened as a data file; else
    :class:`LeftAloneError` or :class:`MissingFileError`. A data file in the data
    folder must be this user's own and not a link; a file the user picks to import
    may be either."""
    try:
        info = path.stat() if follow_links else path.lstat()
    except FileNotFoundError:
        raise MissingFileError(name) from None
    except OSError as exc:
        raise DataFileError(name, Code.CANNOT_OPEN, error=_errno_name(exc)) from exc
    reparse: int = getattr(info, "st_reparse_tag", 0)  # a Windows link or junction
    if stat.S_ISLNK(info.st_mode) or (not follow_links and reparse):
        raise LeftAloneError(name, Code.LINK)
    if not stat.S_ISREG(info.st_mode):
        raise LeftAloneError(name, Code.NOT_A_FILE, type=_kind_of(info.st_mode))
    if own_only and _owned_by_someone_else(info):
        raise LeftAloneError(name, Code.OTHER_OWNER, owner=info.st_uid)
    return info


def read_regular(
    path: Path,
    name: str,
    *,
    limit: int | None = None,
    make_private: bool = True,
    follow_links: bool = False,
    own_only: bool = True,
) -> bytes:
    """The whole file, if it is a regular file (of this user, not a link: see
    :func:`check_entry`) of at most ``limit`` bytes (default :data:`MAX_FILE_BYTES`);
    made private on the way (through the open file, so never the target of a link)."""
    cap = MAX_FILE_BYTES if limit is None else limit
    before = check_entry(path, name, follow_links=follow_links, own_only=own_only)
    no_follow = 0 if follow_links else _NO_FOLLOW
    try:
        fd = os.open(path, _FLAGS | no_follow | _NON_BLOCKING)
    except FileNotFoundError:
        raise MissingFileError(name) from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:  # swapped for a link since the check
            raise LeftAloneError(name, Code.LINK) from None
        raise DataFileError(name, Code.CANNOT_OPEN, error=_errno_name(exc)) from exc
    try:
        info = os.fstat(fd)
        if (info.st_dev, info.st_ino) != (before.st_dev, before.st_ino):
            raise LeftAloneError(name, Code.NOT_A_FILE, type="other")  # swapped meanwhile
        if not stat.S_ISREG(info.st_mode):
            raise LeftAloneError(name, Code.NOT_A_FILE, type=_kind_of(info.st_mode))
        if info.st_size > cap:
            raise DataFileError(name, Code.TOO_LARGE, size=info.st_size, limit=cap)
        if make_private and os.name == "posix" and info.st_mode & 0o077:
            with contextlib.suppress(OSError):  # a file system without modes (FAT)
                os.fchmod(fd, private_mode(info.st_mode & 0o777, PRIVATE_FILE))
        return _read_up_to(fd, cap, name)
    except DataFileError:
        raise
    except OSError as exc:
        raise DataFileError(name, Code.CANNOT_OPEN, error=_errno_name(exc)) from exc
    finally:
        os.close(fd)


def _read_up_to(fd: int, cap: int, name: str) -> bytes:
    chunks: list[bytes] = []
    total = 0
    while True:
        chunk = os.read(fd, min(1 << 20, cap + 1 - total))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        total += len(chunk)
        if total > cap:  # it grew while being read
            raise DataFileError(name, Code.TOO_LARGE, size=total, limit=cap)


def _errno_name(exc: OSError) -> str:
    return errno.errorcode.get(exc.errno or 0, type(exc).__name__)
