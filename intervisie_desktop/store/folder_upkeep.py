"""Whole-folder chores: encrypting what is there, making everything private.

These walk the whole data folder, so they run on request (turning encryption
on, a maintenance step), never on every start.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path

from pydantic import BaseModel

from intervisie_desktop.store.atomic import PRIVATE_DIR, PRIVATE_FILE, private_mode, write_atomic
from intervisie_desktop.store.backups import starts_encrypted
from intervisie_desktop.store.envelope import DataFileError, FileKind, envelope_header
from intervisie_desktop.store.files import BACKUP_DIR, QUARANTINE_DIR, TEMP_DIR, FileStore
from intervisie_desktop.store.meeting_index import INDEX_FILE
from intervisie_desktop.store.quarantine import seal_in_place
from intervisie_desktop.store.safe_read import read_regular

KindFor = Callable[[str], "FileKind[BaseModel] | None"]


def _live_names(root: Path) -> list[str]:
    """The index and every file in the data folders (``kind_for`` decides what they are)."""
    names = [INDEX_FILE]
    kept_aside = {BACKUP_DIR, QUARANTINE_DIR, TEMP_DIR}
    folders: list[str] = []
    with contextlib.suppress(OSError):
        folders = sorted(
            e.name
            for e in os.scandir(root)
            if e.is_dir(follow_symlinks=False) and e.name not in kept_aside
        )
    for folder in folders:
        with contextlib.suppress(OSError):
            names += [
                f"{folder}/{e.name}"
                for e in os.scandir(root / folder)
                if e.name.endswith(".json") and not e.name.startswith(".")
            ]
    return names


def _backup_files(root: Path) -> list[tuple[Path, str]]:
    """(backup path, name of the live file it belongs to)."""
    backups = root / BACKUP_DIR
    found = []
    for path in backups.rglob("*.json"):
        if path.parent == backups or path.is_symlink():
            continue  # the key's own backup, or not ours
        relative = path.parent.relative_to(backups).as_posix()
        found.append((path, f"{relative}.json"))
    return found


def encrypt_all(files: FileStore, kind_for: KindFor) -> int:
    """Encrypt every plain file, backup and quarantined file in place (no plain copy is
    kept); returns how many. A file that cannot be read is quarantined (encrypted);
    such a backup is deleted."""
    cipher = files.cipher
    if cipher is None:
        raise ValueError("encrypting needs a cipher")
    done = 0
    for name in _live_names(files.root):
        kind = kind_for(name)
        path = files.path(name)
        if kind is None or not kind.encrypted or not _regular(path) or starts_encrypted(path):
            continue
        try:
            raw = read_regular(path, name)
            sealed = cipher.seal(envelope_header(raw, kind, name), raw, name)
        except DataFileError as exc:
            if name == INDEX_FILE:
                path.unlink()
            else:
                files.set_aside(kind, name, exc.reason, exc.params)
            continue
        files.write_bytes(kind, name, sealed, keep_backup=False)
        done += 1
    for path, name in _backup_files(files.root):
        kind = kind_for(name)
        if kind is None or not kind.encrypted or not _regular(path) or starts_encrypted(path):
            continue
        try:
            raw = read_regular(path, name)
            sealed = cipher.seal(envelope_header(raw, kind, name), raw, name)
        except DataFileError:
            path.unlink()  # unreadable anyway, and must not stay as plain text
            continue
        write_atomic(path, sealed, temp_dir=files.root / TEMP_DIR, inside=files.root)
        done += 1
    return done + _seal_quarantine(files)


def _seal_quarantine(files: FileStore) -> int:
    """Quarantined files hold notes too: encrypted as they are (the notes beside them,
    ``*.why.txt``, hold only a file name and a code)."""
    assert files.cipher is not None
    done = 0
    with contextlib.suppress(OSError), os.scandir(files.root / QUARANTINE_DIR) as entries:
        for entry in list(entries):
            path = Path(entry.path)
            if entry.name.endswith(".why.txt") or not entry.is_file(follow_symlinks=False):
                continue
            if not starts_encrypted(path):
                with contextlib.suppress(OSError, DataFileError):
                    seal_in_place(files.root, path, files.cipher)
                    done += 1
    return done


def _regular(path: Path) -> bool:
    return path.is_file() and not path.is_symlink()


def tighten_all(root: Path) -> int:
    """No group or other access anywhere under ``root`` (folders 0700, files 0600 unless
    the owner took rights away); returns how many changed."""
    if os.name != "posix":
        return 0
    changed = 0
    for folder, subfolders, names in os.walk(root):
        for sub in subfolders:
            changed += _set_mode(Path(folder, sub), PRIVATE_DIR)
        for name in names:
            changed += _set_mode(Path(folder, name), PRIVATE_FILE)
    return changed + _set_mode(root, PRIVATE_DIR)


def _set_mode(path: Path, private: int) -> int:
    with contextlib.suppress(OSError):
        info = path.lstat()
        mode = info.st_mode & 0o777
        mine = os.name != "posix" or info.st_uid == os.geteuid()
        if not path.is_symlink() and mine and mode & 0o077:
            path.chmod(private_mode(mode, private))
            return 1
    return 0
