"""Whole-folder chores: encrypting what is there, making everything private, dates.

These walk the whole data folder, so they run on request (turning encryption
on, a maintenance step), never on every start.
"""

from __future__ import annotations

import calendar
import contextlib
import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from pydantic import BaseModel

from intervisie_desktop.store.atomic import PRIVATE_DIR, PRIVATE_FILE, private_mode, write_atomic
from intervisie_desktop.store.envelope import DataFileError, FileKind, envelope_header
from intervisie_desktop.store.files import (
    BACKUP_DIR,
    QUARANTINE_DIR,
    TEMP_DIR,
    FileStore,
    starts_encrypted,
)
from intervisie_desktop.store.meeting_index import INDEX_FILE

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
        relative = path.parent.relative_to(backups).as_posix()
        found.append((path, f"{relative}.json"))
    return found


def encrypt_all(files: FileStore, kind_for: KindFor) -> int:
    """Encrypt every plain file and backup in place (no plain copy is kept); returns how
    many. A file that cannot be read is quarantined; such a backup is deleted."""
    cipher = files.cipher
    if cipher is None:
        raise ValueError("encrypting needs a cipher")
    done = 0
    for name in _live_names(files.root):
        kind = kind_for(name)
        path = files.path(name)
        if kind is None or not kind.encrypted or not path.is_file() or starts_encrypted(path):
            continue
        raw = path.read_bytes()
        try:
            sealed = cipher.seal(envelope_header(raw, kind, name), raw, name)
        except DataFileError as exc:
            if name == INDEX_FILE:
                path.unlink()
            else:
                files.set_aside(kind, name, exc.reason)
            continue
        files.write_bytes(kind, name, sealed, keep_backup=False)
        done += 1
    for path, name in _backup_files(files.root):
        kind = kind_for(name)
        if kind is None or not kind.encrypted or starts_encrypted(path):
            continue
        raw = path.read_bytes()
        try:
            sealed = cipher.seal(envelope_header(raw, kind, name), raw, name)
        except DataFileError:
            path.unlink()  # unreadable anyway, and must not stay as plain text
            continue
        write_atomic(path, sealed, temp_dir=files.root / TEMP_DIR)
        done += 1
    return done


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
        mode = path.lstat().st_mode & 0o777
        if not path.is_symlink() and mode & 0o077:
            path.chmod(private_mode(mode, private))
            return 1
    return 0


def months_before(moment: datetime, months: int) -> datetime:
    """The same day and time ``months`` calendar months earlier (the 31st becomes the
    month's last day). A moment without a time zone is taken as local time."""
    if moment.tzinfo is None:
        moment = moment.astimezone()
    total = moment.year * 12 + (moment.month - 1) - months
    year, month = divmod(total, 12)
    day = min(moment.day, calendar.monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)
