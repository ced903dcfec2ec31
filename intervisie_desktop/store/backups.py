"""The last versions of each data file, kept in ``backups/``.

Before a file is replaced, the version on disk is kept (a hard link, so keeping
it costs no copy); the last :data:`KEEP_BACKUPS` are kept, plus the file as it
was before a migration. In an encrypted folder every backup is encrypted, and a
plain backup is never restored. Keeping a backup is best effort: a backup that
cannot be made never stops the user's notes from being saved.
"""

from __future__ import annotations

import contextlib
import os
import re
from datetime import datetime
from pathlib import Path

from pydantic import BaseModel

from intervisie_desktop.store.atomic import ensure_private_dir, write_atomic
from intervisie_desktop.store.envelope import (
    ENCRYPTED_MAGIC,
    Cipher,
    DataFileError,
    FileKind,
    decode_kind,
    envelope_header,
)
from intervisie_desktop.store.problems import Backup
from intervisie_desktop.store.safe_read import read_regular

BACKUP_DIR = "backups"
TEMP_DIR = "temp"
KEEP_BACKUPS = 5
_REGULAR_BACKUP = re.compile(r"^(\d{8})\.json$")


def backup_folder(root: Path, name: str) -> Path:
    return root / BACKUP_DIR / name.removesuffix(".json")


def regular_backups(root: Path, name: str) -> list[Path]:
    """Numbered backups, oldest first."""
    folder = backup_folder(root, name)
    try:
        names = [e.name for e in os.scandir(folder) if _REGULAR_BACKUP.match(e.name)]
    except OSError:
        return []
    return [folder / n for n in sorted(names)]


def keep_backup(
    root: Path, kind: FileKind[BaseModel], name: str, path: Path, cipher: Cipher | None
) -> None:
    """Keep the version of ``name`` about to be replaced (best effort)."""
    with contextlib.suppress(OSError, DataFileError):
        if not path.is_file() or path.is_symlink():
            return
        existing = regular_backups(root, name)
        if existing and existing[-1].samefile(path):
            return  # this version was kept already (an earlier save failed later on)
        folder = backup_folder(root, name)
        ensure_private_dir(folder, root)
        number = int(existing[-1].name[:8]) + 1 if existing else 1
        target = folder / f"{number:08d}.json"
        if cipher is not None and not starts_encrypted(path):
            # a plain file in an encrypted folder (an interrupted switch): its backup is
            # encrypted too
            raw = read_regular(path, name)
            content = cipher.seal(envelope_header(raw, kind, name), raw, name)
            write_atomic(target, content, temp_dir=root / TEMP_DIR, inside=root)
            return
        link_or_copy(root, path, target)


def link_or_copy(root: Path, source: Path, target: Path) -> None:
    try:
        os.link(source, target)
    except OSError:  # no hard links here (e.g. a FAT-formatted stick)
        write_atomic(target, source.read_bytes(), temp_dir=root / TEMP_DIR, inside=root)


def rotate(root: Path, name: str) -> None:
    for old in regular_backups(root, name)[:-KEEP_BACKUPS]:
        with contextlib.suppress(OSError):
            old.unlink()


def keep_original(root: Path, name: str, version: int) -> None:
    """After a migration, the file as it was (kept until the file is deleted)."""
    folder = backup_folder(root, name)
    target = folder / f"before-migration-from-v{version}.json"
    with contextlib.suppress(OSError):
        if not target.exists():
            ensure_private_dir(folder, root)
            link_or_copy(root, root.joinpath(*name.split("/")), target)


def list_backups(root: Path, name: str) -> list[Backup]:
    """All kept versions of a file, newest first."""
    folder = backup_folder(root, name)
    try:
        entries = [e for e in os.scandir(folder) if e.name.endswith(".json")]
    except OSError:
        return []
    found = []
    for entry in entries:
        with contextlib.suppress(OSError):
            found.append(Backup(Path(entry.path), _mtime(entry.stat(follow_symlinks=False))))
    regular = [b for b in found if _REGULAR_BACKUP.match(b.path.name)]
    others = [b for b in found if not _REGULAR_BACKUP.match(b.path.name)]
    regular.sort(key=lambda b: b.path.name, reverse=True)
    others.sort(key=lambda b: b.saved, reverse=True)
    return regular + others


def newest_good_backup(
    root: Path, kind: FileKind[BaseModel], name: str, cipher: Cipher | None
) -> Backup | None:
    for backup in list_backups(root, name):
        with contextlib.suppress(DataFileError):
            decode_kind(kind, read_regular(backup.path, name), name, cipher)
            return backup
    return None


def starts_encrypted(path: Path) -> bool:
    with path.open("rb") as stream:
        return stream.read(len(ENCRYPTED_MAGIC)) == ENCRYPTED_MAGIC


def _mtime(stat: os.stat_result) -> datetime:
    return datetime.fromtimestamp(stat.st_mtime).astimezone()
