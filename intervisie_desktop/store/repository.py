"""The data folder: groups, meetings (one file each), own methods and settings.

``DataFolder.open`` takes the folder's single-writer lock, makes the folders
private and removes what an interrupted save left behind. It reads no meeting:
the list of meetings comes from a small index (see :mod:`meetings`), so opening
a folder with years of meetings costs the same as opening an empty one.

Every method is safe to call from a worker thread (one call at a time is
enforced); the UI runs the slow ones (saving a large meeting, encryption) off
its own thread. Every problem is an exception or a :class:`Problem` with a
code (see :mod:`problems`); the UI words it.
"""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path
from types import TracebackType

from pydantic import BaseModel

from intervisie_desktop.domain.group import Group
from intervisie_desktop.domain.meeting import Meeting, new_meeting_id
from intervisie_desktop.domain.settings import Settings
from intervisie_desktop.store import crypto, folder_encryption, folder_open
from intervisie_desktop.store.atomic import FolderGoneError
from intervisie_desktop.store.envelope import encode_file
from intervisie_desktop.store.file_kinds import kind_for
from intervisie_desktop.store.file_names import item_name
from intervisie_desktop.store.files import Backup, FileStore, Problem, stamp_of
from intervisie_desktop.store.folder_open import GROUPS
from intervisie_desktop.store.folder_upkeep import tighten_all
from intervisie_desktop.store.formats import GROUP, MEETING
from intervisie_desktop.store.group_planning import GroupPlanning
from intervisie_desktop.store.key_file import ENCRYPTING_MARKER
from intervisie_desktop.store.lock import FolderLock, break_lock
from intervisie_desktop.store.lock_errors import FolderNotWritableError
from intervisie_desktop.store.meeting_index import INDEX, INDEX_FILE, MeetingSummary
from intervisie_desktop.store.meetings import MEETINGS, MeetingShelf
from intervisie_desktop.store.method_shelf import MethodShelf
from intervisie_desktop.store.problems import Code
from intervisie_desktop.store.retention_keeper import RetentionKeeper
from intervisie_desktop.store.settings_file import read_settings, write_settings
from intervisie_desktop.store.shelf import Shelf
from intervisie_desktop.store.unfinished import to_recheck, unfinished
from intervisie_desktop.store.vanished_folder import save_copy, take_back

PassphraseRequiredError = crypto.PassphraseRequiredError

__all__ = ["ENCRYPTING_MARKER", "DataFolder", "PassphraseRequiredError"]


class DataFolder:
    """One opened data folder. Create it with :meth:`open`; :meth:`close` releases it."""

    def __init__(self, root: Path, files: FileStore, lock: FolderLock) -> None:
        self.root = root
        self._files = files
        self._lock = lock
        self._meetings = MeetingShelf(files)
        self._mutex = threading.RLock()
        self._groups = Shelf(files, self._mutex, GROUP, GROUPS)
        self.methods = MethodShelf(files, self._mutex)  # own methods, imported, exported
        self.planning = GroupPlanning(files, self._mutex)  # series, pre-talks, evaluations
        self.retention = RetentionKeeper(
            self.list_groups, self._meetings, self.planning, self._mutex
        )

    # ----- opening and closing ------------------------------------------------------

    @classmethod
    def open(cls, root: Path, cipher: crypto.FileCipher | None = None) -> DataFolder:
        """Lock and prepare the folder. Raises a ``FolderLockError`` (in use here, locked
        by another computer, a lock file that is not ours, a file where one of the
        app's folders belongs, not writable) or an ``EncryptionError`` (the passphrase
        is needed, the key file is missing or damaged, a key of another folder)."""
        root = Path(root)
        folder_open.check_access(root)
        folder_open.make_root(root)
        lock = FolderLock(root)
        lock.acquire()
        try:
            folder_open.check_key(root, cipher)
            folder_open.prepare(root)
            files = FileStore(root, cipher, folder_open.identity(root))
            folder_encryption.finish_if_begun(root, files)
        except OSError as exc:
            lock.release()
            raise FolderNotWritableError(root, Code.OS_ERROR) from exc
        except BaseException:
            lock.release()
            raise
        return cls(root, files, lock)

    @staticmethod
    def break_lock(root: Path) -> None:
        """After the user agreed: remove the lock of another computer (or a lock file that
        is not ours); see :func:`lock.break_lock`."""
        break_lock(Path(root))

    def close(self) -> None:
        """Write what is pending and release the lock."""
        with self._mutex:
            with contextlib.suppress(FolderGoneError):
                self._files.check_root(INDEX_FILE)
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

    # ----- a folder that went away ----------------------------------------------------

    def check_present(self) -> None:
        """Raise :class:`FolderGoneError` (``FOLDER_GONE`` or ``FOLDER_REPLACED``) when the
        data folder is no longer the one that was opened (a stick pulled)."""
        with self._mutex:
            self._files.check_root(INDEX_FILE)

    def reconnect(self) -> None:
        """The folder is back (the stick is in again): check it is the same folder (our
        own lock is still in it), take the lock again and save as before. Raises
        :class:`FolderGoneError` when it is still gone or another folder is there."""
        with self._mutex:
            self._lock = take_back(self.root, self._lock)
            self._files.identity = folder_open.identity(self.root)

    def save_meeting_elsewhere(self, meeting: Meeting, folder: Path) -> Path:
        """A full copy of the meeting as a new file in ``folder`` (one the user picked),
        private from its first byte, never replacing a file; returns its path. In an
        encrypted folder the copy is encrypted: put back as ``meetings/<id>.json`` it
        opens there."""
        with self._mutex:
            name = item_name(MEETINGS, meeting.id)
            content = encode_file(MEETING, meeting, name, self._files.cipher_for(MEETING))
        return save_copy(
            content, Path(folder), f"intervisie-{meeting.created:%Y-%m-%d}-{meeting.id}"
        )

    # ----- problems and backups -----------------------------------------------------

    @property
    def problems(self) -> list[Problem]:
        """Files that could not be used this session (see :class:`Problem`)."""
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
        self._groups.save(group.id, group)

    def load_group(self, group_id: str) -> Group:
        return self._groups.load(group_id)

    def list_groups(self) -> list[Group]:
        """Every group that can be read, by name; bad files go to :attr:`problems`."""
        return sorted(self._groups.all(), key=lambda g: g.name.casefold())

    def delete_group(self, group_id: str) -> None:
        """Delete the group's file (its meetings stay; they keep the group's id)."""
        self._groups.delete(group_id)

    # ----- meetings -----------------------------------------------------------------

    def save_meeting(self, meeting: Meeting) -> None:
        """Save atomically; the previous version becomes a backup. Raises :class:`SaveError`
        (the old file is untouched; keep the meeting marked unsaved), and its
        subclasses ``FolderGoneError`` (see :meth:`reconnect`) and ``ReadOnlyFileError``
        (a meeting of a newer version: see :meth:`save_as_new_meeting`)."""
        with self._mutex:
            self._meetings.save(meeting)

    def save_as_new_meeting(self, meeting: Meeting) -> Meeting:
        """The meeting saved under a new id, as this version's file (when the one it was
        read from belongs to a newer version and may not be written); returns the copy."""
        copy = meeting.model_copy(update={"id": new_meeting_id()})
        self.save_meeting(copy)
        return copy

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

    def check_meetings(self) -> list[MeetingSummary]:
        """:meth:`list_meetings` after comparing every meeting file's size and time with
        the index (and reading those that differ): for a folder changed behind the app's
        back where the file system keeps no folder times. Slow with many meetings, and
        very slow when the index was lost: the UI calls it off its own thread."""
        with self._mutex:
            return self._meetings.summaries(check_files=True)

    def unfinished_meetings(self) -> list[MeetingSummary]:
        """The meetings to offer for resuming, most recently left first (:mod:`unfinished`).
        The newest are judged from their own files: a wrong index cannot hide the one
        just interrupted."""
        listed = self.list_meetings()
        with self._mutex:
            truth = [self._meetings.from_file(meeting_id) for meeting_id in to_recheck(listed)]
        return unfinished([summary for summary in truth if summary is not None])

    def meeting_to_resume(self) -> MeetingSummary | None:
        """The one meeting to offer after a restart: the one most recently left."""
        left = self.unfinished_meetings()
        return left[0] if left else None

    def close_meeting_for_good(self, meeting_id: str) -> None:
        """The facilitator will not go on with this unfinished meeting: it is kept, and
        never offered for resuming again."""
        with self._mutex:
            meeting = self._meetings.load(meeting_id)
            if not meeting.closed:
                self._meetings.save(meeting.model_copy(update={"closed": True}))

    def delete_meeting(self, meeting_id: str) -> None:
        """Remove a meeting's file and all its backups."""
        with self._mutex:
            self._meetings.delete(meeting_id)

    # ----- encryption ---------------------------------------------------------------

    def enable_encryption(self, passphrase: str) -> None:
        """Encrypt this folder from now on, including what is already there (backups and
        quarantined files too). Slow: run it off the UI thread. If it is interrupted,
        the next :meth:`open` finishes the job."""
        with self._mutex:
            folder_encryption.enable(self.root, self._files, passphrase)

    def change_passphrase(self, old: str, new: str) -> None:
        """Re-wrap the data key (and its backup); no other file changes. Slow: run it off
        the UI thread. A wrong ``old`` raises :class:`WrongPassphraseError` and writes
        nothing."""
        with self._mutex:
            folder_encryption.change_passphrase(self.root, self._files, old, new)

    def tighten_all(self) -> int:
        """Make every file and folder private (a full walk); returns how many changed."""
        with self._mutex:
            return tighten_all(self.root)
