"""Checks made when a data folder is opened: its folders, its key, and its identity.

The app's own folders (``meetings``, ``backups``, ``temp``...) are made when
missing and made private when present, but a file or a link that has one of
their names is never followed, changed or removed: it is reported
(:class:`FolderNameTakenError`). An encrypted folder is recognised from more than
its key file (see :mod:`key_file`) and is never opened without its key.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from pathlib import Path

from intervisie_desktop.store import crypto
from intervisie_desktop.store import key_file as keys
from intervisie_desktop.store.atomic import (
    PRIVATE_DIR,
    ensure_private_dir,
    private_mode,
    remove_stale_temp_files,
    tighten,
)
from intervisie_desktop.store.files import BACKUP_DIR, QUARANTINE_DIR, TEMP_DIR
from intervisie_desktop.store.group_planning import PLANNING_KINDS
from intervisie_desktop.store.lock_errors import FolderNameTakenError, FolderNotWritableError
from intervisie_desktop.store.problems import Code, os_error_code

MEETINGS = "meetings"
GROUPS = "groups"
METHODS = "methods"
FOLDERS = (MEETINGS, GROUPS, METHODS, *PLANNING_KINDS, BACKUP_DIR, QUARANTINE_DIR, TEMP_DIR)


def make_root(root: Path) -> None:
    """The data folder itself, private; :class:`FolderNotWritableError` with the reason."""
    try:
        ensure_private_dir(root)
    except OSError as exc:
        code, _ = os_error_code(exc)
        if exc.errno == errno.EEXIST:
            code = Code.NAME_TAKEN
        raise FolderNotWritableError(root, code) from exc


def check_access(root: Path) -> None:
    """The data folder (if it is there yet) is this user's, and this user may read and
    enter it (writing is tried by the lock, which then says why not); otherwise
    :class:`FolderNotWritableError` with the reason, so the user is told instead of
    seeing an empty app."""
    try:
        info = root.stat()
    except FileNotFoundError:
        return  # made by :func:`make_root`
    except OSError as exc:
        raise FolderNotWritableError(root, os_error_code(exc)[0]) from exc
    if os.name == "posix" and info.st_uid != os.geteuid():
        raise FolderNotWritableError(root, Code.OTHER_OWNER)
    if stat.S_ISDIR(info.st_mode) and not os.access(root, os.R_OK | os.X_OK):
        raise FolderNotWritableError(root, Code.NO_PERMISSION)


def identity(root: Path) -> tuple[int, int]:
    """(device, inode) of the folder: a pulled stick or another folder in its place
    shows as a different identity (see ``FileStore.check_root``)."""
    info = root.stat()
    return info.st_dev, info.st_ino


def prepare(root: Path) -> None:
    """Private folders, no leftovers of an interrupted save, private top-level and
    quarantined files.

    Meeting, group and method files are made private when they are listed (the app
    lists them at start); backups with :meth:`DataFolder.tighten_all`. Their folders
    are private already, so nobody else can reach them in the meantime.
    """
    for folder in FOLDERS:
        _own_folder(root, folder)
    remove_stale_temp_files(root / TEMP_DIR)  # every save in the folder goes through temp/
    remove_stale_temp_files(root, recursive=False)  # settings saved by version 0.1
    for small in (root, root / QUARANTINE_DIR):
        with os.scandir(small) as entries:
            for entry in entries:
                if entry.is_file(follow_symlinks=False):
                    tighten(Path(entry.path))


def _own_folder(root: Path, name: str) -> None:
    path = root / name
    try:
        info = path.lstat()
    except FileNotFoundError:
        ensure_private_dir(path, root)
        return
    if stat.S_ISLNK(info.st_mode):
        raise FolderNameTakenError(root, name, "link")
    if not stat.S_ISDIR(info.st_mode):
        raise FolderNameTakenError(root, name, "file")
    mine = os.name != "posix" or info.st_uid == os.geteuid()
    if mine and os.name == "posix" and info.st_mode & 0o077:
        path.chmod(private_mode(info.st_mode & 0o777, PRIVATE_DIR))
    if not os.access(path, os.R_OK | os.X_OK):  # chmod 000 meetings/: not an empty list
        raise FolderNotWritableError(path, Code.NO_PERMISSION)


def check_key(root: Path, cipher: crypto.FileCipher | None) -> None:
    """An encrypted folder opens only with its own key; a plain one only without."""
    if cipher is None:
        if not keys.looks_encrypted(root):
            _forget_unfinished_switch(root)
            return
        key_path = root / keys.KEY_FILE
        if key_path.exists() or key_path.is_symlink():
            raise crypto.PassphraseRequiredError()
        raise crypto.KeyFileError(Code.KEY_MISSING, backup=crypto.has_key_backup(root))
    if not (root / keys.KEY_FILE).exists():
        if keys.looks_encrypted(root):
            raise crypto.KeyFileError(Code.KEY_MISSING, backup=crypto.has_key_backup(root))
        raise crypto.EncryptionError(Code.NOT_ENCRYPTED)
    if crypto.key_id(root) != cipher.key_id:
        raise crypto.EncryptionError(Code.KEY_OF_OTHER_FOLDER)
    keys.sync_backup(root)


def _forget_unfinished_switch(root: Path) -> None:
    """The switch to encryption was begun, but the key was never written (a crash
    before it): the folder is plain, as it was."""
    with contextlib.suppress(OSError):
        (root / keys.ENCRYPTING_MARKER).unlink()
