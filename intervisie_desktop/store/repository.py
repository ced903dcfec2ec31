"""The data folder: groups, meetings (one file each), custom methods and settings.

``DataFolder.open`` takes the folder's single-writer lock, makes the folders
private and removes what an interrupted save left behind. It reads no meeting:
the list of meetings comes from a small index (see :mod:`meetings`), so opening
a folder with years of meetings costs the same as opening an empty one.

Every method is safe to call from a worker thread (one call at a time is
enforced); the UI runs the slow ones (saving a large meeting, encryption) off
its own thread.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Collection
from datetime import datetime
from pathlib import Path
from types import TracebackType

from pydantic import BaseModel

from intervisie_desktop.domain.group import Group
from intervisie_desktop.domain.meeting import Meeting
from intervisie_desktop.domain.methods import Method
from intervisie_desktop.domain.settings import Settings
from intervisie_desktop.store import crypto
from intervisie_desktop.store.atomic import ensure_private_dir, remove_stale_temp_files
from intervisie_desktop.store.envelope import FileKind
from intervisie_desktop.store.files import (
    BACKUP_DIR,
    QUARANTINE_DIR,
    TEMP_DIR,
    Backup,
    FileStore,
    Problem,
    item_name,
    stamp_of,
    tighten,
)
from intervisie_desktop.store.folder_upkeep import encrypt_all, months_before, tighten_all
from intervisie_desktop.store.formats import GROUP, MEETING, METHOD, SETTINGS
from intervisie_desktop.store.group_planning import PLANNING_KINDS, GroupPlanning
from intervisie_desktop.store.lock import FolderLock, FolderNotWritableError
from intervisie_desktop.store.meeting_index import INDEX, INDEX_FILE, MeetingSummary
from intervisie_desktop.store.meetings import MEETINGS, MeetingShelf, aware
from intervisie_desktop.store.method_files import (
    MethodImportError,
    read_method_file,
    write_method_file,
)
from intervisie_desktop.store.settings_file import SETTINGS_FILE, read_settings, write_settings

GROUPS = "groups"
METHODS = "methods"
ENCRYPTING_MARKER = "encrypting"
_KINDS: dict[str, FileKind[BaseModel]] = {
    MEETINGS: MEETING,
    GROUPS: GROUP,
    METHODS: METHOD,
    **PLANNING_KINDS,
}
FOLDERS = (*_KINDS, BACKUP_DIR, QUARANTINE_DIR, TEMP_DIR)


class PassphraseRequiredError(crypto.EncryptionError):
    def __init__(self) -> None:
        super().__init__("This data folder is encrypted: its passphrase is needed to open it.")


def kind_for(name: str) -> FileKind[BaseModel] | None:
    """Which kind of file lives at ``name`` (None: not one the repository manages)."""
    if name == INDEX_FILE:
        return INDEX
    if name == SETTINGS_FILE:
        return SETTINGS
    return _KINDS.get(name.split("/", 1)[0]) if "/" in name else None


class DataFolder:
    """One opened data folder. Create it with :meth:`open`; :meth:`close` releases it."""

    def __init__(self, root: Path, files: FileStore, lock: FolderLock) -> None:
        self.root = root
        self._files = files
        self._lock = lock
        self._meetings = MeetingShelf(files)
        self._mutex = threading.RLock()
        self.planning = GroupPlanning(files, self._mutex)  # series, pre-talks, evaluations

    # ----- opening and closing ------------------------------------------------------

    @classmethod
    def open(cls, root: Path, cipher: crypto.FileCipher | None = None) -> DataFolder:
        """Lock and prepare the folder. Raises :class:`FolderInUseError`,
        :class:`FolderNotWritableError`, :class:`PassphraseRequiredError` or another
        :class:`crypto.EncryptionError` (a key that belongs to another folder)."""
        root = Path(root)
        try:
            ensure_private_dir(root)
        except OSError as exc:
            raise FolderNotWritableError(root) from exc
        lock = FolderLock(root)
        lock.acquire()
        try:
            _check_key(root, cipher)
            _prepare(root)
            opened = cls(root, FileStore(root, cipher), lock)
            if (root / ENCRYPTING_MARKER).exists():
                opened._finish_encrypting()
        except OSError as exc:
            lock.release()
            raise FolderNotWritableError(root) from exc
        except BaseException:
            lock.release()
            raise
        return opened

    def close(self) -> None:
        """Write what is pending and release the lock."""
        with self._mutex:
            self._meetings.flush()
            self._lock.release()

    def __enter__(self) -> DataFolder:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def encrypted(self) -> bool:
        return self._files.cipher is not None

    # ----- problems and backups -----------------------------------------------------

    @property
    def problems(self) -> list[Problem]:
        """Files that could not be read this session, in plain words (see :class:`Problem`)."""
        with self._mutex:
            return self._files.problems

    def dismiss_problem(self, name: str) -> None:
        """Forget a reported problem (the file stays in quarantine, untouched)."""
        with self._mutex:
            self._files.dismiss(name)

    def backups(self, name: str) -> list[Backup]:
        """Kept versions of a file (``meetings/<id>.json`` etc.), newest first."""
        with self._mutex:
            return self._files.backups(name)

    def restore_backup(self, name: str, backup: Backup | None = None) -> BaseModel:
        """Put back a backup (default: the newest that can be read); returns its content.

        ``name`` is a :attr:`Problem.name`. Raises :class:`DataFileError` when there is
        no good backup, :class:`SaveError` when it cannot be written.
        """
        kind = kind_for(name)
        if kind is None or kind is INDEX:
            raise ValueError(f"no backups are kept for {name}")
        with self._mutex:
            loaded = self._files.restore_backup(kind, name, backup)
            if isinstance(loaded.data, Meeting):
                stamp = stamp_of(self._files.path(name).stat())
                self._meetings.remember(loaded.data, stamp, loaded.read_only)
            return loaded.data

    # ----- settings -----------------------------------------------------------------

    def load_settings(self) -> Settings:
        """The settings; a bad file is reported in :attr:`problems` and defaults are used."""
        with self._mutex:
            return read_settings(self._files).settings

    def save_settings(self, settings: Settings) -> None:
        with self._mutex:
            write_settings(self._files, settings)

    # ----- groups -------------------------------------------------------------------

    def save_group(self, group: Group) -> None:
        with self._mutex:
            self._files.write(GROUP, item_name(GROUPS, group.id), group)

    def load_group(self, group_id: str) -> Group:
        with self._mutex:
            return self._files.read_item(GROUP, GROUPS, group_id).data

    def list_groups(self) -> list[Group]:
        """Every group that can be read, by name; bad files go to :attr:`problems`."""
        with self._mutex:
            groups = [g for g in self._read_all(GROUP, GROUPS) if isinstance(g, Group)]
        return sorted(groups, key=lambda g: g.name.casefold())

    def delete_group(self, group_id: str) -> None:
        """Delete the group's file (its meetings stay; they keep the group's id)."""
        with self._mutex:
            self._files.delete(item_name(GROUPS, group_id))

    def _read_all(self, kind: FileKind[BaseModel], folder: str) -> list[BaseModel]:
        return self._files.read_all(kind, folder)

    # ----- meetings -----------------------------------------------------------------

    def save_meeting(self, meeting: Meeting) -> None:
        """Save atomically; the previous version becomes a backup. Raises :class:`SaveError`
        (the old file is untouched; keep the meeting marked unsaved)."""
        with self._mutex:
            self._meetings.save(meeting)

    def load_meeting(self, meeting_id: str) -> Meeting:
        """Read one meeting. Raises :class:`DataFileError` (a bad file is quarantined)."""
        with self._mutex:
            return self._meetings.load(meeting_id)

    def meeting_is_read_only(self, meeting_id: str) -> bool:
        """True for a meeting written by a newer app version: show it, never save it."""
        with self._mutex:
            return self._meetings.is_read_only(meeting_id)

    def list_meetings(self) -> list[MeetingSummary]:
        """Summaries of every meeting, newest first (from the index, not every file)."""
        with self._mutex:
            return self._meetings.summaries()

    def unfinished_meetings(self) -> list[MeetingSummary]:
        """Meetings that were running or paused when the app stopped: offer to resume."""
        return [s for s in self.list_meetings() if s.unfinished]

    def delete_meeting(self, meeting_id: str) -> None:
        """Remove a meeting's file and all its backups."""
        with self._mutex:
            self._meetings.delete(meeting_id)

    # ----- retention ----------------------------------------------------------------

    def apply_retention(self, now: datetime) -> list[str]:
        """Delete meetings older than their group's ``retention_months``, with their
        backups, and the group's pre-talk records and evaluations as old; returns the
        ids of the meetings deleted."""
        with self._mutex:
            limits = {
                g.id: months_before(now, g.retention_months)
                for g in self.list_groups()
                if g.retention_months
            }
            deleted = []
            for summary in self.list_meetings():
                limit = limits.get(summary.group_id or "")
                if limit is not None and aware(summary.created) < limit:
                    self._meetings.delete(summary.id)
                    deleted.append(summary.id)
            self.planning.delete_older_than(limits)
            return deleted

    # ----- custom methods -----------------------------------------------------------

    def save_method(self, method: Method) -> None:
        with self._mutex:
            self._files.write(METHOD, item_name(METHODS, method.id), method)

    def list_methods(self) -> list[Method]:
        with self._mutex:
            return [m for m in self._read_all(METHOD, METHODS) if isinstance(m, Method)]

    def delete_method(self, method_id: str) -> None:
        with self._mutex:
            self._files.delete(item_name(METHODS, method_id))

    def export_method(self, method_id: str, target: Path) -> None:
        """Write one custom method to ``target`` as a plain file to share."""
        with self._mutex:
            method = self._files.read_item(METHOD, METHODS, method_id).data
        write_method_file(method, target)

    def import_method(
        self, source: Path, *, replace: bool = False, reserved_ids: Collection[str] = ()
    ) -> Method:
        """Validate a whole method file, then save it; raises :class:`MethodImportError`.

        ``reserved_ids`` are the built-in methods' ids, which an import may not take.
        """
        method = read_method_file(source)
        if method.id in reserved_ids:
            raise MethodImportError(source.name, f"a built-in method has the id {method.id!r}")
        with self._mutex:
            name = item_name(METHODS, method.id)
            if not replace and self._files.path(name).exists():
                raise MethodImportError(source.name, f"a method with id {method.id!r} exists")
            self._files.write(METHOD, name, method)
        return method

    # ----- encryption ---------------------------------------------------------------

    def enable_encryption(self, passphrase: str) -> None:
        """Encrypt this folder from now on, including what is already there. Slow: run it
        off the UI thread. If it is interrupted, the next :meth:`open` finishes the job.

        Files already in ``quarantine/`` are left as they are (plain)."""
        with self._mutex:
            if self.encrypted:
                raise crypto.EncryptionError("This data folder is already encrypted.")
            if len(passphrase) < crypto.MIN_PASSPHRASE_LENGTH:
                raise crypto.WeakPassphraseError()
            (self.root / ENCRYPTING_MARKER).touch(mode=0o600)
            self._files.cipher = crypto.create_key(self.root, passphrase)
            self._finish_encrypting()

    def change_passphrase(self, old: str, new: str) -> None:
        """Re-wrap the data key; no other file changes. Slow: run it off the UI thread.
        A wrong ``old`` raises :class:`WrongPassphraseError` and writes nothing."""
        with self._mutex:
            if not self.encrypted:
                raise crypto.EncryptionError("This data folder is not encrypted.")
            crypto.change_passphrase(self.root, old, new)

    def _finish_encrypting(self) -> None:
        if self._files.cipher is not None:
            encrypt_all(self._files, kind_for)
            tighten_all(self.root)
        (self.root / ENCRYPTING_MARKER).unlink(missing_ok=True)

    def tighten_all(self) -> int:
        """Make every file and folder private (a full walk); returns how many changed."""
        with self._mutex:
            return tighten_all(self.root)


def _prepare(root: Path) -> None:
    """Private folders, no leftovers of an interrupted save, private top-level and
    quarantined files.

    Meeting, group and method files are made private when they are listed (the app
    lists them at start); backups with :meth:`DataFolder.tighten_all`. Their folders
    are private already, so nobody else can reach them in the meantime.
    """
    for folder in FOLDERS:
        ensure_private_dir(root / folder)
    remove_stale_temp_files(root / TEMP_DIR)  # every save in the folder goes through temp/
    remove_stale_temp_files(root, recursive=False)  # settings saved by version 0.1
    for small in (root, root / QUARANTINE_DIR):
        with os.scandir(small) as entries:
            for entry in entries:
                if entry.is_file(follow_symlinks=False):
                    tighten(Path(entry.path))


def _check_key(root: Path, cipher: crypto.FileCipher | None) -> None:
    has_key = crypto.is_encrypted_folder(root)
    if has_key and cipher is None:
        raise PassphraseRequiredError()
    if cipher is not None:
        if not has_key:
            raise crypto.EncryptionError("This data folder is not encrypted.")
        if crypto.key_id(root) != cipher.key_id:
            raise crypto.EncryptionError("That key belongs to another data folder.")
