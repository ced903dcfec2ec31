"""One data file at a time: read it, write it with a backup, set a bad one aside.

- Before a file is replaced, the previous version is kept (see :mod:`backups`).
- A file that cannot be read is moved, untouched, into ``quarantine/`` and
  reported as a :class:`Problem` that names the newest good backup. It is never
  overwritten: if it cannot be moved, writing to its name is refused.
- Something that is not a regular file of this user where a data file belongs
  (a link, a folder, a pipe, another user's file) is reported and left alone
  (see :mod:`safe_read`); writing to its name is refused too.
- A file written by a newer app version is read-only: writing it is refused.
- With a cipher, every file and every backup is encrypted; no plain text of an
  encrypted folder's file ever reaches a temporary file or a backup, and a plain
  file found there is never trusted.
- Every write first checks that the data folder is still the one that was
  opened: a pulled USB stick is never silently replaced by a new, empty folder.

Names are paths relative to the data folder with ``/`` (``meetings/ab12.json``);
they appear in problems and are authenticated in encrypted files.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
from pathlib import Path

from intervisie_desktop.store import backups, safe_read
from intervisie_desktop.store.atomic import (
    FolderGoneError,
    ReadOnlyFileError,
    SaveError,
    tighten,
    write_atomic,
)
from intervisie_desktop.store.backups import BACKUP_DIR, KEEP_BACKUPS, TEMP_DIR
from intervisie_desktop.store.envelope import (
    Cipher,
    DataFileError,
    FileKind,
    LoadedFile,
    MissingFileError,
    ModelT,
    decode_kind,
    encode_file,
)
from intervisie_desktop.store.file_names import item_id_of, item_name, what_of
from intervisie_desktop.store.problems import Backup, Code, Params, ParamValue, Problem
from intervisie_desktop.store.quarantine import QUARANTINE_DIR, quarantine
from intervisie_desktop.store.safe_read import LeftAloneError, check_entry, read_regular

__all__ = ["BACKUP_DIR", "KEEP_BACKUPS", "QUARANTINE_DIR", "TEMP_DIR", "Backup", "Problem"]
__all__ += ["ReadOnlyFileError", "item_id_of", "item_name", "tighten"]  # for meetings.py


def stamp_of(info: os.stat_result) -> tuple[int, int]:
    return info.st_mtime_ns, info.st_size


class FileStore:
    """Reads and writes the files of one data folder (see the module docstring)."""

    def __init__(
        self, root: Path, cipher: Cipher | None = None, identity: tuple[int, int] | None = None
    ) -> None:
        self.root = root
        self.cipher = cipher
        self.identity = identity  # (device, inode) of the folder as opened
        self._problems: dict[str, Problem] = {}
        self._read_only: set[str] = set()
        self._blocked: set[str] = set()

    # ----- names and places ---------------------------------------------------------

    def path(self, name: str) -> Path:
        return self.root.joinpath(*name.split("/"))

    @property
    def problems(self) -> list[Problem]:
        return list(self._problems.values())

    def cipher_for(self, kind: FileKind[ModelT]) -> Cipher | None:
        return self.cipher if kind.encrypted else None

    def is_read_only(self, name: str) -> bool:
        return name in self._read_only

    def dismiss(self, name: str) -> None:
        """The user has seen the problem; the file stays in quarantine (or in place)."""
        self._problems.pop(name, None)

    def check_root(self, name: str) -> None:
        """Raise :class:`FolderGoneError` when the data folder is not the one opened."""
        if self.identity is None:
            return
        try:
            info = self.root.stat()
        except OSError:
            raise FolderGoneError(name, Code.FOLDER_GONE) from None
        if not stat.S_ISDIR(info.st_mode) or (info.st_dev, info.st_ino) != self.identity:
            raise FolderGoneError(name, Code.FOLDER_REPLACED)

    # ----- reading ------------------------------------------------------------------

    def read(self, kind: FileKind[ModelT], name: str) -> LoadedFile[ModelT]:
        """Read and validate; a bad file is quarantined (or left alone) and its
        :class:`DataFileError` raised."""
        try:
            raw = read_regular(self.path(name), name)
            loaded = decode_kind(kind, raw, name, self.cipher_for(kind))
        except MissingFileError:
            raise
        except LeftAloneError as exc:
            self.leave_alone(kind, name, exc.reason, exc.params)
            raise
        except DataFileError as exc:
            self.set_aside(kind, name, exc.reason, exc.params)
            raise
        if loaded.read_only:
            self._read_only.add(name)
        else:
            self._read_only.discard(name)
        if loaded.migrated_from is not None:
            backups.keep_original(self.root, name, loaded.migrated_from)
        return loaded

    def read_item(self, kind: FileKind[ModelT], folder: str, item_id: str) -> LoadedFile[ModelT]:
        """Read ``<folder>/<id>.json``; the id inside must match the file name."""
        name = item_name(folder, item_id)
        loaded = self.read(kind, name)
        if getattr(loaded.data, "id", item_id) != item_id:
            self.set_aside(kind, name, Code.ID_MISMATCH, {})
            raise DataFileError(name, Code.ID_MISMATCH)
        return loaded

    def read_all(self, kind: FileKind[ModelT], folder: str) -> list[ModelT]:
        """Every file of a folder that can be read; bad ones go to :attr:`problems`."""
        found = []
        for item_id in self.ids_in(folder):
            with contextlib.suppress(DataFileError):
                found.append(self.read_item(kind, folder, item_id).data)
        return found

    def ids_in(self, folder: str) -> list[str]:
        """The ids of the ``<id>.json`` entries in a folder, sorted."""
        ids = []
        with contextlib.suppress(OSError), os.scandir(self.root / folder) as entries:
            ids = [i for i in (item_id_of(e.name) for e in entries) if i is not None]
        return sorted(ids)

    def set_aside(self, kind: FileKind[ModelT], name: str, reason: Code, params: Params) -> Problem:
        """Move a bad file into quarantine (untouched) and report it."""
        moved: Path | None = None
        try:
            self.check_root(name)
            moved = quarantine(self.root, name, reason, params, self.cipher_for(kind))
            self._blocked.discard(name)
        except OSError:
            moved = None
            if self.path(name).exists():
                self._blocked.add(name)
        return self._report(kind, name, reason, params, moved=moved)

    def leave_alone(
        self, kind: FileKind[ModelT], name: str, reason: Code, params: Params
    ) -> Problem:
        """Report something that is not a regular file of this user; never touch it."""
        self._blocked.add(name)
        return self._report(kind, name, reason, params, left_alone=True)

    def _report(
        self,
        kind: FileKind[ModelT],
        name: str,
        reason: Code,
        params: Params,
        *,
        moved: Path | None = None,
        left_alone: bool = False,
    ) -> Problem:
        backup = backups.newest_good_backup(self.root, kind, name, self.cipher_for(kind))
        problem = Problem(name, what_of(kind), reason, dict(params), moved, backup, left_alone)
        self._problems[name] = problem
        return problem

    # ----- writing ------------------------------------------------------------------

    def write(self, kind: FileKind[ModelT], name: str, data: ModelT) -> tuple[int, int]:
        """Save atomically, keeping the previous version as a backup; returns the file stamp."""
        if name in self._read_only:
            raise ReadOnlyFileError(name, Code.NEWER_VERSION)
        self._refuse_if_blocked(name)
        content = encode_file(kind, data, name, self.cipher_for(kind))
        return self.write_bytes(kind, name, content, keep_backup=True)

    def _refuse_if_blocked(self, name: str) -> None:
        if name in self._blocked and (self.path(name).exists() or self.path(name).is_symlink()):
            raise ReadOnlyFileError(name, Code.BLOCKED)
        self._blocked.discard(name)

    def write_bytes(
        self, kind: FileKind[ModelT], name: str, content: bytes, *, keep_backup: bool
    ) -> tuple[int, int]:
        limit = safe_read.MAX_FILE_BYTES
        if len(content) > limit:  # it could not be read again
            raise SaveError(name, Code.TOO_LARGE, size=len(content), limit=limit)
        self.check_root(name)
        path = self.path(name)
        self._check_target(kind, name, path)

        def backup() -> None:
            backups.keep_backup(self.root, kind, name, path, self.cipher_for(kind))

        write_atomic(
            path,
            content,
            temp_dir=self.root / TEMP_DIR,
            before_replace=backup if keep_backup else None,
            name=name,
            inside=self.root if self.identity is not None else None,
        )
        if keep_backup:
            backups.rotate(self.root, name)
        return stamp_of(path.stat())

    def _check_target(self, kind: FileKind[ModelT], name: str, path: Path) -> None:
        """What is there may be replaced: nothing, or a regular file of this user; and in a
        folder opened without its key, never an encrypted file (no plain text over it)."""
        try:
            check_entry(path, name)
        except MissingFileError:
            return
        except LeftAloneError as exc:
            self.leave_alone(kind, name, exc.reason, exc.params)
            raise ReadOnlyFileError(name, Code.BLOCKED) from None
        except DataFileError as exc:
            raise SaveError(name, Code.OS_ERROR, **_error_of(exc)) from None
        if kind.encrypted and self.cipher is None and backups.starts_encrypted(path):
            raise ReadOnlyFileError(name, Code.NO_KEY)

    def delete(self, name: str) -> None:
        """Remove a file and all its backups."""
        self.check_root(name)
        with contextlib.suppress(FileNotFoundError):
            self.path(name).unlink()
        shutil.rmtree(backups.backup_folder(self.root, name), ignore_errors=True)
        for forget in (self._read_only, self._blocked):
            forget.discard(name)
        self._problems.pop(name, None)

    # ----- backups ------------------------------------------------------------------

    def backups(self, name: str) -> list[Backup]:
        """All kept versions of a file, newest first."""
        return backups.list_backups(self.root, name)

    def newest_good_backup(self, kind: FileKind[ModelT], name: str) -> Backup | None:
        return backups.newest_good_backup(self.root, kind, name, self.cipher_for(kind))

    def restore_backup(
        self, kind: FileKind[ModelT], name: str, backup: Backup | None = None
    ) -> LoadedFile[ModelT]:
        """Put a backup (the newest good one if none is given) back in place.

        A file still in the way that cannot be read is set aside first, never
        overwritten; something left alone (a link, another user's file) stays, and
        restoring is refused.
        """
        path = self.path(name)
        if name in self._blocked and (path.exists() or path.is_symlink()):
            problem = self._problems.get(name)
            if problem is not None and problem.left_alone:
                raise ReadOnlyFileError(name, Code.BLOCKED)
            reason = problem.reason if problem else Code.BLOCKED
            self.set_aside(kind, name, reason, problem.params if problem else {})
            if name in self._blocked:
                raise ReadOnlyFileError(name, Code.BLOCKED)
        chosen = backup or self.newest_good_backup(kind, name)
        if chosen is None:
            raise DataFileError(name, Code.NO_GOOD_BACKUP)
        cipher = self.cipher_for(kind)
        raw = read_regular(chosen.path, name)
        loaded = decode_kind(kind, raw, name, cipher)
        content = raw if loaded.read_only else encode_file(kind, loaded.data, name, cipher)
        self._blocked.discard(name)
        self._read_only.discard(name)
        self.write_bytes(kind, name, content, keep_backup=path.exists())
        if loaded.read_only:
            self._read_only.add(name)
        self._problems.pop(name, None)
        return loaded


def _error_of(exc: DataFileError) -> dict[str, ParamValue]:
    return {"error": exc.params.get("error", exc.reason.value)}
