"""Meetings, one file each, and the index that lists them without reading them all."""

from __future__ import annotations

import contextlib
import os
from operator import attrgetter
from pathlib import Path

from intervisie_desktop.domain.meeting import Meeting
from intervisie_desktop.store.atomic import SaveError
from intervisie_desktop.store.envelope import DataFileError, decode_kind, encode_file
from intervisie_desktop.store.files import (
    FileStore,
    ReadOnlyFileError,
    item_id_of,
    item_name,
    stamp_of,
    tighten,
)
from intervisie_desktop.store.formats import MEETING
from intervisie_desktop.store.meeting_index import (
    INDEX,
    INDEX_FILE,
    MeetingIndex,
    MeetingSummary,
    read_plain_index,
    summarize,
)
from intervisie_desktop.store.problems import Code
from intervisie_desktop.store.safe_read import read_regular

MEETINGS = "meetings"
COARSE_TIME_STEP_NS = 10_000_000  # FAT and exFAT keep times in steps of this or more


class MeetingShelf:
    """Saves, loads, lists and deletes meetings; keeps the index in step.

    The index is read at the first listing, not when the folder is opened. A save
    that changes only the file's stamp (the usual autosave) does not rewrite the
    index; :meth:`flush` does that once, when the folder is closed.

    Listing trusts the index as long as nothing happened in the meetings folder
    behind its back: the folder was not changed after the index was written (or,
    once listed, after the shelf last looked), and, where the file system keeps
    coarse times, it holds the same files. Anything else
    (a crash between saving a meeting and the index, files copied in or removed by
    hand) makes it compare every file's size and time, and read the ones that
    differ. So listing 1,000 meetings costs about one file read, not 1,000 looks.
    """

    def __init__(self, files: FileStore) -> None:
        self._files = files
        self._summaries: dict[str, MeetingSummary] | None = None
        self._index_stale = False
        self._looked_at: int | None = None  # the folder's time when its files were compared
        self._newest_first: list[MeetingSummary] | None = None  # the last listing

    def save(self, meeting: Meeting) -> None:
        name = item_name(MEETINGS, meeting.id)
        known = (self._summaries or {}).get(meeting.id)
        if known is not None and known.read_only:  # so says the index: the file decides
            truth = self.from_file(meeting.id)
            if truth is not None and truth.read_only:
                raise ReadOnlyFileError(name, Code.NEWER_VERSION)
        stamp = self._files.write(MEETING, name, meeting)
        self.remember(meeting, stamp)
        self._saw_own_change()

    def remember(self, meeting: Meeting, stamp: tuple[int, int], read_only: bool = False) -> None:
        """Bring the index up to date after ``meeting`` was written."""
        if self._summaries is None:
            self._summaries = self._read_index() or {}  # checked against the files when listed
        summary = summarize(meeting, stamp, read_only)
        before = self._summaries.get(meeting.id)
        self._summaries[meeting.id] = summary
        self._newest_first = None
        if before is not None and before.same_as(summary):
            self._index_stale = True
        else:
            self._write_index()

    def load(self, meeting_id: str) -> Meeting:
        try:
            return self._files.read_item(MEETING, MEETINGS, meeting_id).data
        except DataFileError:
            self._forget(meeting_id)
            raise

    def is_read_only(self, meeting_id: str) -> bool:
        return self._files.is_read_only(item_name(MEETINGS, meeting_id))

    def delete(self, meeting_id: str) -> None:
        self._files.delete(item_name(MEETINGS, meeting_id))
        self._forget(meeting_id)
        self._saw_own_change()

    def _forget(self, meeting_id: str) -> None:
        if self._summaries is not None and self._summaries.pop(meeting_id, None) is not None:
            self._newest_first = None
            self._write_index()

    def summaries(self, *, check_files: bool = False) -> list[MeetingSummary]:
        """Every readable meeting, newest first. Only files whose size or time differs
        from the index are read, and only when the folder changed behind the index's
        back (see the class docstring) or ``check_files`` asks to compare them all; a
        bad one is quarantined and left out."""
        if self._summaries is None:
            read = self._read_index()
            known = read or {}
            unchanged = not check_files and read is not None and self._index_is_current(known)
        else:
            known = self._summaries
            unchanged = (
                not check_files
                and (folder := self._folder_time()) == self._looked_at
                and self._same_files(known, folder)
            )
        if unchanged and self._summaries is known and self._newest_first is not None:
            return list(self._newest_first)
        current = known if unchanged else self._compare_files(known)
        self._summaries = current
        self._newest_first = sorted(current.values(), key=attrgetter("created_us"), reverse=True)
        return list(self._newest_first)

    def _compare_files(self, known: dict[str, MeetingSummary]) -> dict[str, MeetingSummary]:
        """Every file's size and time against ``known``; the ones that differ are read."""
        self._looked_at = self._folder_time()
        current: dict[str, MeetingSummary] = {}
        changed = False
        for meeting_id, stamp in self._meeting_files():
            summary = known.get(meeting_id)
            if summary is None or summary.stamp != stamp:
                summary = self._summarize_file(meeting_id, stamp)
                changed = True
            if summary is not None:
                current[meeting_id] = summary
        if changed or current.keys() != known.keys():
            self._summaries = current
            self._write_index()
        return current

    def _folder_time(self) -> int | None:
        """When an entry of the meetings folder was last added, replaced or removed."""
        try:
            return (self._files.root / MEETINGS).stat().st_mtime_ns
        except OSError:
            return None

    def _index_is_current(self, known: dict[str, MeetingSummary]) -> bool:
        """The index on disk was written after the meetings folder last changed, and it
        lists exactly the files there."""
        folder = self._folder_time()
        try:
            written = self._files.path(INDEX_FILE).stat().st_mtime_ns
        except OSError:
            return False
        if folder is None or written < folder or not self._same_files(known, folder):
            return False
        self._looked_at = folder
        return True

    def _same_files(self, known: dict[str, MeetingSummary], folder_time: int | None) -> bool:
        """The meetings folder holds a file for each of ``known`` and no other.

        Where the file system keeps times to the nanosecond, a folder whose time did
        not change holds the same files, and its names need no look (1,000 names take
        longer to list than the index to read). FAT keeps times in steps of 10 ms or
        2 s: a file copied in within the same step leaves the time as it was, so
        there the names are compared. (The app compares every file at each start
        anyway, off the UI thread: see :meth:`summaries` with ``check_files``.)"""
        if folder_time is not None and folder_time % COARSE_TIME_STEP_NS:
            return True
        try:
            # Names only: Path.iterdir makes a Path, scandir a DirEntry, per meeting.
            names = os.listdir(self._files.root / MEETINGS)  # noqa: PTH208
        except OSError:
            return False
        return known.keys() == {name[:-5] for name in names if name.endswith(".json")}

    def _saw_own_change(self) -> None:
        """The shelf itself changed the folder: its own change needs no second look."""
        if self._looked_at is not None:
            self._looked_at = self._folder_time()

    def flush(self) -> None:
        if self._index_stale:
            self._write_index()

    def _meeting_files(self) -> list[tuple[str, tuple[int, int]]]:
        """(id, stamp) of every meeting file; one with loose permissions is made private."""
        found = []
        with contextlib.suppress(OSError), os.scandir(self._files.root / MEETINGS) as entries:
            for entry in entries:
                meeting_id = item_id_of(entry.name)
                if meeting_id is None:
                    continue
                with contextlib.suppress(OSError):
                    stat = entry.stat(follow_symlinks=False)
                    if stat.st_mode & 0o077:
                        tighten(Path(entry.path))  # a regular file of ours only
                    found.append((meeting_id, stamp_of(stat)))
        return found

    def from_file(self, meeting_id: str) -> MeetingSummary | None:
        """What the meeting's own file says (not the index): for decisions that cannot
        be undone, such as deleting it. None when the file cannot be read."""
        return self._summarize_file(meeting_id, (0, 0))

    def _summarize_file(self, meeting_id: str, stamp: tuple[int, int]) -> MeetingSummary | None:
        try:
            loaded = self._files.read_item(MEETING, MEETINGS, meeting_id)
        except DataFileError:
            return None
        return summarize(loaded.data, stamp, loaded.read_only)

    def _read_index(self) -> dict[str, MeetingSummary] | None:
        """The index's summaries; None when there is none this version can use (no file,
        a damaged one, another version's): then every meeting file is looked at."""
        try:
            raw = read_regular(self._files.path(INDEX_FILE), INDEX_FILE)
            cipher = self._files.cipher_for(INDEX)
            index = None if cipher is not None else read_plain_index(raw)
            if index is None:  # encrypted, or anything unusual: the full, careful way
                loaded = decode_kind(INDEX, raw, INDEX_FILE, cipher)
                if loaded.read_only:
                    return None  # another version's index: rebuilt (it has no migrations)
                index = loaded.data
        except DataFileError:
            return None  # a cache: rebuilt from the meeting files
        return index.summaries()

    def _write_index(self) -> None:
        index = MeetingIndex.of((self._summaries or {}).values())
        content = encode_file(INDEX, index, INDEX_FILE, self._files.cipher_for(INDEX))
        try:
            self._files.write_bytes(INDEX, INDEX_FILE, content, keep_backup=False)
            self._index_stale = False
        except SaveError:
            self._index_stale = True  # a cache: tried again later
