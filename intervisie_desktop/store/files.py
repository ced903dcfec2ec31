"""One data file at a time: read it, write it with a backup, set a bad one aside.

- Before a file is replaced, the previous version is kept in ``backups/``
  (the last few per file; a hard link, so keeping it costs no copy).
- A file that cannot be read is moved, untouched, into ``quarantine/`` with a
  short text saying why, and reported as a :class:`Problem` that names the
  newest good backup. It is never overwritten: if it cannot be moved, writing
  to its name is refused.
- A file written by a newer app version is read-only: writing it is refused.
- With a cipher, every file and every backup is encrypted; no plain text of an
  encrypted folder's file ever reaches a temporary file or a backup.

Names are paths relative to the data folder with ``/`` (``meetings/ab12.json``);
they appear in messages and are authenticated in encrypted files.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from intervisie_desktop.store.atomic import (
    PRIVATE_FILE,
    SaveError,
    ensure_private_dir,
    private_mode,
    write_atomic,
)
from intervisie_desktop.store.envelope import (
    ENCRYPTED_MAGIC,
    Cipher,
    DataFileError,
    FileKind,
    LoadedFile,
    MissingFileError,
    ModelT,
    decode_kind,
    encode_file,
    envelope_header,
    read_file_bytes,
)

BACKUP_DIR = "backups"
QUARANTINE_DIR = "quarantine"
TEMP_DIR = "temp"
KEEP_BACKUPS = 5
MAX_FILE_BYTES = 256 * 1024 * 1024  # a meeting with 100,000 board items is ~25 MB
_REGULAR_BACKUP = re.compile(r"^(\d{8})\.json$")
NEWER_VERSION = "it was written by a newer version of Intervisie Desktop and is kept as it is"
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")


def item_name(folder: str, item_id: str) -> str:
    """``<folder>/<id>.json``; an id that is not safe as a file name is refused."""
    if not _ID.match(item_id):
        raise ValueError(f"not a valid id for a file name: {item_id!r}")
    return f"{folder}/{item_id}.json"


def item_id_of(file_name: str) -> str | None:
    """The id in ``<id>.json``, or None for any other file (temporary files, notes)."""
    item_id = file_name.removesuffix(".json")
    return item_id if file_name.endswith(".json") and _ID.match(item_id) else None


class ReadOnlyFileError(SaveError):
    """Saving was refused to protect a file (newer version, or one that could not be read)."""


@dataclass(frozen=True)
class Backup:
    path: Path
    saved: datetime  # when that version was written


@dataclass(frozen=True)
class Problem:
    """A file that could not be read, in plain words, with what can be done about it."""

    name: str
    reason: str
    quarantined_as: Path | None
    backup: Backup | None  # the newest backup that can be read, if any

    @property
    def message(self) -> str:
        text = f"The file {self.name} could not be read: {self.reason}."
        if self.quarantined_as is not None:
            text += f" It was moved, unchanged, to {self.quarantined_as}."
        else:
            text += " It was left where it is and will not be overwritten."
        if self.backup is not None:
            when = self.backup.saved.strftime("%Y-%m-%d %H:%M")
            text += f" A backup from {when} can be restored."
        else:
            text += " There is no backup of it."
        return text


def tighten(path: Path, fd: int | None = None) -> None:
    """Take group and other access away from one file (0644 becomes 0600); a file
    system that refuses is accepted."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        mode = (os.fstat(fd) if fd is not None else path.lstat()).st_mode & 0o777
        if mode & 0o077:
            if fd is not None:
                os.fchmod(fd, private_mode(mode, PRIVATE_FILE))
            else:
                path.chmod(private_mode(mode, PRIVATE_FILE))


def read_private(path: Path, name: str) -> bytes:
    """Read a file, making it private on the way (one ``fstat``, no extra open)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    except OSError:
        return read_file_bytes(path, name)  # raises the right DataFileError
    try:
        tighten(path, fd)
        if os.fstat(fd).st_size > MAX_FILE_BYTES:
            raise DataFileError(name, "it is far too large to be an Intervisie Desktop file")
        with os.fdopen(os.dup(fd), "rb") as stream:
            return stream.read()
    except OSError as exc:
        raise DataFileError(name, f"it could not be read ({exc.strerror or exc})") from exc
    finally:
        os.close(fd)


def stamp_of(stat: os.stat_result) -> tuple[int, int]:
    return stat.st_mtime_ns, stat.st_size


class FileStore:
    """Reads and writes the files of one data folder (see the module docstring)."""

    def __init__(self, root: Path, cipher: Cipher | None = None) -> None:
        self.root = root
        self.cipher = cipher
        self._problems: dict[str, Problem] = {}
        self._read_only: set[str] = set()
        self._blocked: set[str] = set()

    # ----- names and places ---------------------------------------------------------

    def path(self, name: str) -> Path:
        return self.root.joinpath(*name.split("/"))

    def _backup_folder(self, name: str) -> Path:
        return self.root / BACKUP_DIR / name.removesuffix(".json")

    @property
    def problems(self) -> list[Problem]:
        return list(self._problems.values())

    def cipher_for(self, kind: FileKind[ModelT]) -> Cipher | None:
        return self.cipher if kind.encrypted else None

    def is_read_only(self, name: str) -> bool:
        return name in self._read_only

    def dismiss(self, name: str) -> None:
        """The user has seen the problem; the file stays in quarantine."""
        self._problems.pop(name, None)

    # ----- reading ------------------------------------------------------------------

    def read(self, kind: FileKind[ModelT], name: str) -> LoadedFile[ModelT]:
        """Read and validate; a bad file is quarantined and its :class:`DataFileError` raised."""
        try:
            raw = read_private(self.path(name), name)
            loaded = decode_kind(kind, raw, name, self.cipher_for(kind))
        except MissingFileError:
            raise
        except DataFileError as exc:
            self.set_aside(kind, name, exc.reason)
            raise
        if loaded.read_only:
            self._read_only.add(name)
        else:
            self._read_only.discard(name)
        if loaded.migrated_from is not None:
            self._keep_original(name, loaded.migrated_from)
        return loaded

    def read_item(self, kind: FileKind[ModelT], folder: str, item_id: str) -> LoadedFile[ModelT]:
        """Read ``<folder>/<id>.json``; the id inside must match the file name."""
        name = item_name(folder, item_id)
        loaded = self.read(kind, name)
        if getattr(loaded.data, "id", item_id) != item_id:
            reason = "the id inside it does not match its file name"
            self.set_aside(kind, name, reason)
            raise DataFileError(name, reason)
        return loaded

    def read_all(self, kind: FileKind[ModelT], folder: str) -> list[ModelT]:
        """Every file of a folder that can be read; bad ones go to :attr:`problems`."""
        found = []
        for item_id in self.ids_in(folder):
            with contextlib.suppress(DataFileError):
                found.append(self.read_item(kind, folder, item_id).data)
        return found

    def ids_in(self, folder: str) -> list[str]:
        """The ids of the ``<id>.json`` files in a folder, sorted."""
        ids = []
        with contextlib.suppress(OSError), os.scandir(self.root / folder) as entries:
            ids = [i for i in (item_id_of(e.name) for e in entries) if i is not None]
        return sorted(ids)

    def set_aside(self, kind: FileKind[ModelT], name: str, reason: str) -> Problem:
        """Move a bad file into quarantine (untouched) and report it."""
        moved: Path | None = None
        path = self.path(name)
        try:
            folder = self.root / QUARANTINE_DIR
            ensure_private_dir(folder)
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            base = f"{stamp}-{name.replace('/', '__')}"
            moved = folder / base
            number = 1
            while moved.exists():
                number += 1
                moved = folder / f"{base}.{number}"
            path.rename(moved)
            self._blocked.discard(name)
        except OSError:
            moved = None
            if path.exists():
                self._blocked.add(name)
        if moved is not None:
            why = f"{name} could not be read: {reason}.\nMoved here on {datetime.now():%c}.\n"
            with contextlib.suppress(SaveError):
                why_path = moved.with_name(moved.name + ".why.txt")
                write_atomic(why_path, why.encode("utf-8"), temp_dir=self.root / TEMP_DIR)
        problem = Problem(name, reason, moved, self.newest_good_backup(kind, name))
        self._problems[name] = problem
        return problem

    # ----- writing ------------------------------------------------------------------

    def write(self, kind: FileKind[ModelT], name: str, data: ModelT) -> tuple[int, int]:
        """Save atomically, keeping the previous version as a backup; returns the file stamp."""
        if name in self._read_only:
            raise ReadOnlyFileError(name, NEWER_VERSION)
        if name in self._blocked:
            raise ReadOnlyFileError(
                name, "the file there could not be read and is kept as it is (restore or delete it)"
            )
        content = encode_file(kind, data, name, self.cipher_for(kind))
        return self.write_bytes(kind, name, content, keep_backup=True)

    def write_bytes(
        self, kind: FileKind[ModelT], name: str, content: bytes, *, keep_backup: bool
    ) -> tuple[int, int]:
        path = self.path(name)

        def backup() -> None:
            self._keep_backup(kind, name, path)

        write_atomic(
            path,
            content,
            temp_dir=self.root / TEMP_DIR,
            before_replace=backup if keep_backup else None,
            name=name,
        )
        if keep_backup:
            self._rotate(name)
        return stamp_of(path.stat())

    def delete(self, name: str) -> None:
        """Remove a file and all its backups."""
        with contextlib.suppress(FileNotFoundError):
            self.path(name).unlink()
        shutil.rmtree(self._backup_folder(name), ignore_errors=True)
        for forget in (self._read_only, self._blocked):
            forget.discard(name)
        self._problems.pop(name, None)

    # ----- backups ------------------------------------------------------------------

    def _regular_backups(self, name: str) -> list[Path]:
        """Numbered backups, oldest first."""
        folder = self._backup_folder(name)
        try:
            names = [e.name for e in os.scandir(folder) if _REGULAR_BACKUP.match(e.name)]
        except OSError:
            return []
        return [folder / n for n in sorted(names)]

    def _keep_backup(self, kind: FileKind[ModelT], name: str, path: Path) -> None:
        """Keep the version about to be replaced. Best effort: a backup that cannot be
        made must not stop the user's notes from being saved."""
        with contextlib.suppress(OSError, DataFileError):
            if not path.exists():
                return
            existing = self._regular_backups(name)
            if existing and existing[-1].samefile(path):
                return  # this version was kept already (an earlier save failed later on)
            folder = self._backup_folder(name)
            ensure_private_dir(folder)
            number = int(existing[-1].name[:8]) + 1 if existing else 1
            target = folder / f"{number:08d}.json"
            cipher = self.cipher_for(kind)
            if cipher is not None and not starts_encrypted(path):
                # a plain file in an encrypted folder: its backup is encrypted too
                raw = path.read_bytes()
                content = cipher.seal(envelope_header(raw, kind, name), raw, name)
                write_atomic(target, content, temp_dir=self.root / TEMP_DIR)
                return
            self._link_or_copy(path, target)

    def _link_or_copy(self, source: Path, target: Path) -> None:
        try:
            os.link(source, target)
        except OSError:  # no hard links here (e.g. a FAT-formatted stick)
            write_atomic(target, source.read_bytes(), temp_dir=self.root / TEMP_DIR)

    def _rotate(self, name: str) -> None:
        for old in self._regular_backups(name)[:-KEEP_BACKUPS]:
            with contextlib.suppress(OSError):
                old.unlink()

    def _keep_original(self, name: str, version: int) -> None:
        """After a migration, the file as it was (kept until the file is deleted)."""
        folder = self._backup_folder(name)
        target = folder / f"before-migration-from-v{version}.json"
        with contextlib.suppress(OSError):
            if not target.exists():
                ensure_private_dir(folder)
                self._link_or_copy(self.path(name), target)

    def backups(self, name: str) -> list[Backup]:
        """All kept versions of a file, newest first."""
        folder = self._backup_folder(name)
        try:
            entries = [e for e in os.scandir(folder) if e.name.endswith(".json")]
        except OSError:
            return []
        found = []
        for entry in entries:
            with contextlib.suppress(OSError):
                found.append(Backup(Path(entry.path), _mtime(entry.stat())))
        regular = [b for b in found if _REGULAR_BACKUP.match(b.path.name)]
        others = [b for b in found if not _REGULAR_BACKUP.match(b.path.name)]
        regular.sort(key=lambda b: b.path.name, reverse=True)
        others.sort(key=lambda b: b.saved, reverse=True)
        return regular + others

    def newest_good_backup(self, kind: FileKind[ModelT], name: str) -> Backup | None:
        for backup in self.backups(name):
            with contextlib.suppress(DataFileError):
                decode_kind(kind, read_private(backup.path, name), name, self.cipher_for(kind))
                return backup
        return None

    def restore_backup(
        self, kind: FileKind[ModelT], name: str, backup: Backup | None = None
    ) -> LoadedFile[ModelT]:
        """Put a backup (the newest good one if none is given) back in place.

        A file still in the way that cannot be read is set aside first, never overwritten.
        """
        if name in self._blocked and self.path(name).exists():
            problem = self._problems.get(name)
            self.set_aside(kind, name, problem.reason if problem else "it could not be read")
            if name in self._blocked:
                raise ReadOnlyFileError(name, "the damaged file in its place cannot be moved away")
        chosen = backup or self.newest_good_backup(kind, name)
        if chosen is None:
            raise DataFileError(name, "there is no backup of it that can be read")
        cipher = self.cipher_for(kind)
        loaded = decode_kind(kind, read_private(chosen.path, name), name, cipher)
        if loaded.read_only:
            content = read_private(chosen.path, name)
        else:
            content = encode_file(kind, loaded.data, name, cipher)
        self._blocked.discard(name)
        self._read_only.discard(name)
        self.write_bytes(kind, name, content, keep_backup=self.path(name).exists())
        if loaded.read_only:
            self._read_only.add(name)
        self._problems.pop(name, None)
        return loaded


def starts_encrypted(path: Path) -> bool:
    with path.open("rb") as stream:
        return stream.read(len(ENCRYPTED_MAGIC)) == ENCRYPTED_MAGIC


def _mtime(stat: os.stat_result) -> datetime:
    return datetime.fromtimestamp(stat.st_mtime).astimezone()
