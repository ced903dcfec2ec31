"""The wrapped data key of an encrypted folder: ``key.json``, its backup, and the signs
that tell a folder is encrypted even when the key file is gone.

``key.json`` holds the data key wrapped by the passphrase (see :mod:`crypto`). A
copy is kept as ``backups/key-<id>.json`` and follows every change of
passphrase, so one damaged file does not lose every note, and an old passphrase
opens no copy. A folder counts as encrypted when there is a key file or its
backup, or when a data file starts with the encryption marker; then the app
asks for the passphrase or reports the missing key, and never writes plain
text there.
"""

from __future__ import annotations

import contextlib
import os
import re
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from intervisie_desktop.store.atomic import write_atomic
from intervisie_desktop.store.backups import BACKUP_DIR, TEMP_DIR
from intervisie_desktop.store.envelope import (
    ENCRYPTED_MAGIC,
    DataFileError,
    FileKind,
    decode_kind,
    encode_file,
)
from intervisie_desktop.store.problems import Code
from intervisie_desktop.store.quarantine import quarantine
from intervisie_desktop.store.safe_read import read_regular

KEY_FILE = "key.json"
ENCRYPTING_MARKER = "encrypting"  # the switch to encryption was begun (see repository)
MIN_MEMORY_KIB = 65536  # 64 MiB
MIN_ITERATIONS = 3
MAX_KEY_FILE_BYTES = 64 * 1024
_NO_FOLLOW: int = getattr(os, "O_NOFOLLOW", 0)
_NON_BLOCKING: int = getattr(os, "O_NONBLOCK", 0)
_BACKUP = re.compile(r"^key-[0-9a-f]{16}\.json$")
_DATA_FOLDERS = ("meetings", "groups", "methods")
_INDEX_FILE = "meeting-index.json"


class KeyFileData(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    kdf: Literal["argon2id"] = "argon2id"
    salt: str = Field(max_length=256)
    memory_cost: int = Field(ge=MIN_MEMORY_KIB, le=4 * 1024 * 1024)
    iterations: int = Field(ge=MIN_ITERATIONS, le=100)
    lanes: int = Field(ge=1, le=64)
    key_id: str = Field(pattern=r"^[0-9a-f]{16}$")
    nonce: str = Field(max_length=256)
    wrapped_key: str = Field(max_length=1024)


KEY_KIND = FileKind("intervisie-desktop/key", 1, KeyFileData, "key", indent=2)


def backup_path(root: Path, key_id: str) -> Path:
    return root / BACKUP_DIR / f"key-{key_id}.json"


def key_backups(root: Path) -> list[Path]:
    """The key's backups (normally one), newest first."""
    found = []
    with contextlib.suppress(OSError), os.scandir(root / BACKUP_DIR) as entries:
        found = [
            (e.stat(follow_symlinks=False).st_mtime_ns, Path(e.path))
            for e in entries
            if _BACKUP.match(e.name) and e.is_file(follow_symlinks=False)
        ]
    return [path for _, path in sorted(found, reverse=True)]


def read_key(path: Path, name: str = KEY_FILE) -> tuple[KeyFileData, bytes]:
    """One key file, checked; :class:`DataFileError` (or its subclasses) if it is not."""
    raw = read_regular(path, name, limit=MAX_KEY_FILE_BYTES)
    return decode_kind(KEY_KIND, raw, name).data, raw


def good_backup(root: Path) -> tuple[KeyFileData, bytes] | None:
    """The newest backup of the key that can be read, if any."""
    for path in key_backups(root):
        with contextlib.suppress(DataFileError):
            return read_key(path, f"{BACKUP_DIR}/{path.name}")
    return None


def write_key(root: Path, key_file: KeyFileData) -> None:
    """``key.json``, then its backup (both atomic); other backups of the key go."""
    content = encode_file(KEY_KIND, key_file, KEY_FILE)
    write_atomic(root / KEY_FILE, content, temp_dir=root / TEMP_DIR, name=KEY_FILE, inside=root)
    keep_backup(root, key_file.key_id, content)


def keep_backup(root: Path, key_id: str, content: bytes) -> None:
    target = backup_path(root, key_id)
    write_atomic(target, content, temp_dir=root / TEMP_DIR, name=target.name, inside=root)
    for other in key_backups(root):
        if other != target:
            with contextlib.suppress(OSError):
                other.unlink()


def sync_backup(root: Path) -> None:
    """Make the backup equal to a good ``key.json`` (after a crash between the two
    writes, or for a folder encrypted by an older version without a backup)."""
    with contextlib.suppress(DataFileError, OSError):
        key_file, raw = read_key(root / KEY_FILE)
        target = backup_path(root, key_file.key_id)
        with contextlib.suppress(OSError, DataFileError):
            if read_regular(target, target.name, limit=MAX_KEY_FILE_BYTES) == raw:
                return
        keep_backup(root, key_file.key_id, raw)


def restore_from_backup(root: Path) -> None:
    """Put the newest good backup back as ``key.json``; a damaged key file (or whatever
    is in its place) is moved into quarantine first. Raises :class:`DataFileError`
    (``NO_GOOD_BACKUP``) when there is no backup that can be read."""
    found = good_backup(root)
    if found is None:
        raise DataFileError(KEY_FILE, Code.NO_GOOD_BACKUP)
    key_path = root / KEY_FILE
    if key_path.exists() or key_path.is_symlink():
        quarantine(root, KEY_FILE, Code.KEY_DAMAGED, {}, None)
    write_atomic(key_path, found[1], temp_dir=root / TEMP_DIR, name=KEY_FILE, inside=root)


def looks_encrypted(root: Path) -> bool:
    """Whether anything in the folder says it is encrypted (see the module docstring).

    Quick for the usual folders: a key file or its backup answers at once; a plain
    folder is recognised by its meeting list, and only without one are the data
    files' first bytes looked at.
    """
    key = root / KEY_FILE
    if key.exists() or key.is_symlink():
        return True
    if key_backups(root):
        return True
    index = root / _INDEX_FILE
    if index.is_file() and not index.is_symlink():
        return _starts_encrypted(index)
    for folder in _DATA_FOLDERS:
        with contextlib.suppress(OSError), os.scandir(root / folder) as entries:
            for entry in entries:
                if (
                    entry.name.endswith(".json")
                    and entry.is_file(follow_symlinks=False)
                    and _starts_encrypted(Path(entry.path))
                ):
                    return True
    return False


def _starts_encrypted(path: Path) -> bool:
    try:
        fd = os.open(path, os.O_RDONLY | _NO_FOLLOW | _NON_BLOCKING)
    except OSError:
        return False
    try:
        return os.read(fd, len(ENCRYPTED_MAGIC)) == ENCRYPTED_MAGIC
    except OSError:
        return False
    finally:
        os.close(fd)
