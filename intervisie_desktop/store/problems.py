"""Problems as data: every problem the store reports is a :class:`Code` and parameters.

The store makes no sentences: ``ui/problem_text.py`` words each code in the
user's language. ``str()`` of a store error is a short technical line (the code,
the file and the parameters) for logs and tests, never shown to a user, and it
never holds a file's contents (only names, numbers and codes).
"""

from __future__ import annotations

import errno
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path

ParamValue = str | int | bool | None
Params = Mapping[str, ParamValue]


class Code(StrEnum):
    """Why something could not be read, saved or opened."""

    # a file that could not be read (parameters in brackets)
    MISSING = "missing"
    EMPTY = "empty"
    NOT_TEXT = "not_text"
    CUT_OFF = "cut_off"
    DAMAGED = "damaged"  # (line, column) when known
    NOT_OURS = "not_ours"  # not an Intervisie Desktop data file at all
    OTHER_KIND = "other_kind"  # (found): another kind of Intervisie Desktop file
    BAD_VERSION = "bad_version"
    NO_MIGRATION = "no_migration"  # (version)
    MIGRATION_FAILED = "migration_failed"  # (version)
    NO_CONTENTS = "no_contents"
    INVALID = "invalid"  # (fields: "path: detail; ...", more: how many not listed)
    TOO_DEEP = "too_deep"
    ID_MISMATCH = "id_mismatch"
    TOO_LARGE = "too_large"  # (size, limit) in bytes
    NOT_A_FILE = "not_a_file"  # (type: folder, fifo, device, socket, other)
    LINK = "link"  # a symbolic link where a file belongs
    OTHER_OWNER = "other_owner"  # (owner): a file of another user account
    CANNOT_OPEN = "cannot_open"  # (error: the system's error name, e.g. EACCES)
    NO_KEY = "no_key"  # encrypted, but this folder was opened without its key
    PLAIN_IN_ENCRYPTED = "plain_in_encrypted"  # a plain file in an encrypted folder
    ENCRYPTION_HEADER = "encryption_header"  # the encryption header is damaged
    WRONG_PLACE = "wrong_place"  # an encrypted file moved from another place
    TAMPERED = "tampered"  # the encryption check failed: damaged or changed
    HEADER_MISMATCH = "header_mismatch"
    NO_GOOD_BACKUP = "no_good_backup"
    # a save that failed (the old file is untouched)
    DISK_FULL = "disk_full"
    QUOTA_FULL = "quota_full"
    NO_PERMISSION = "no_permission"
    READ_ONLY_DISK = "read_only_disk"
    DISK_ERROR = "disk_error"
    FOLDER_GONE = "folder_gone"  # the data folder is no longer there (a stick pulled)
    FOLDER_REPLACED = "folder_replaced"  # another folder is now in its place
    INCOMPLETE = "incomplete"  # not every byte reached the disk
    NO_MORE_DATA = "no_more_data"
    WRONG_TYPE = "wrong_type"  # a value of the wrong type in memory
    NOT_READABLE_BACK = "not_readable_back"  # (fields)
    NEWER_VERSION = "newer_version"  # written by a newer app: shown, never written
    BLOCKED = "blocked"  # a file that could not be read is in the way
    OS_ERROR = "os_error"  # (error)
    # the data folder
    IN_USE = "in_use"  # (pid, host)
    OTHER_COMPUTER = "other_computer"  # (host, pid): the lock of another computer
    LOCK_UNREADABLE = "lock_unreadable"  # a lock file that is not one of ours
    NOT_WRITABLE = "not_writable"  # (reason: one of the save codes)
    NAME_TAKEN = "name_taken"  # (name, type): a file where a folder of the app belongs
    # encryption
    PASSPHRASE_REQUIRED = "passphrase_required"
    WRONG_PASSPHRASE = "wrong_passphrase"
    WEAK_PASSPHRASE = "weak_passphrase"  # (minimum)
    KEY_MISSING = "key_missing"  # (backup: a backup of the key is there)
    KEY_DAMAGED = "key_damaged"  # (reason, backup)
    KEY_OF_OTHER_FOLDER = "key_of_other_folder"
    NOT_ENCRYPTED = "not_encrypted"
    ALREADY_ENCRYPTED = "already_encrypted"
    # importing a method
    BUILT_IN_ID = "built_in_id"  # (id)
    ID_EXISTS = "id_exists"  # (id)
    ENCRYPTED_EXPORT = "encrypted_export"
    # exporting a report
    UNKNOWN_FORMAT = "unknown_format"  # (suffix): neither .pdf nor .md
    RENDER_FAILED = "render_failed"  # the PDF could not be made


_BY_ERRNO = {
    errno.ENOSPC: Code.DISK_FULL,
    errno.EDQUOT: Code.QUOTA_FULL,
    errno.EACCES: Code.NO_PERMISSION,
    errno.EPERM: Code.NO_PERMISSION,
    errno.EROFS: Code.READ_ONLY_DISK,
    errno.EIO: Code.DISK_ERROR,
    errno.ENOENT: Code.FOLDER_GONE,
    errno.ENOTDIR: Code.NAME_TAKEN,
}


def os_error_code(exc: OSError) -> tuple[Code, dict[str, ParamValue]]:
    """An ``OSError`` as a code (and the system's error name when there is no better one)."""
    code = _BY_ERRNO.get(exc.errno or 0)
    if code is not None:
        return code, {}
    name = errno.errorcode.get(exc.errno or 0, type(exc).__name__)
    return Code.OS_ERROR, {"error": name}


def technical(code: Code, subject: str, params: Params) -> str:
    """``code: subject (key=value, ...)`` for logs and tests; never shown to users."""
    shown = ", ".join(f"{k}={v}" for k, v in params.items())
    return f"{code.value}: {subject}" + (f" ({shown})" if shown else "")


@dataclass(frozen=True)
class Backup:
    path: Path
    saved: datetime  # when that version was written


@dataclass(frozen=True)
class Problem:
    """A file that could not be used, with what became of it and what can be done.

    ``quarantined_as``: where it was moved, untouched; None when it was left where it
    is (``left_alone``: on purpose, because it is not a regular file of this user;
    otherwise it could not be moved). Either way the app never writes over it.
    ``backup``: the newest backup that can be read, if any.
    """

    name: str  # relative to the data folder: meetings/ab12.json
    what: str  # the kind of file: meeting, group, method, settings, meeting-index, key
    reason: Code
    params: Params = field(default_factory=dict)
    quarantined_as: Path | None = None
    backup: Backup | None = None
    left_alone: bool = False
