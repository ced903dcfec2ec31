"""Meetings, one file each, and the index that lists them without reading them all."""

from __future__ import annotations

import contextlib
import os
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
    summarize,
)
from intervisie_desktop.store.problems import Code
from intervisie_desktop.store.safe_read import read_regular

MEETINGS = "meetings"


class MeetingShelf:
    """Saves, loads, lists and deletes meetings; keeps the index in step.

    The index is read at the first listing, not when the folder is opened. A save
    that changes only the file's stamp (the usual autosave) does not rewrite the
    index; :meth:`flush` does that once, when the folder is closed.
    """

    def __init__(self, files: FileStore) -> None:
        self._files = files
        self._summaries: dict[str, MeetingSummary] | None = None
        self._index_stale = False

    def save(self, meeting: Meeting) -> None:
        name = item_name(MEETINGS, meeting.id)
        known = (self._summaries or {}).get(meeting.id)
        if known is not None and known.read_only:  # listed from the index, never loaded
            raise ReadOnlyFileError(name, Code.NEWER_VERSION)
        stamp = self._files.write(MEETING, name, meeting)
        self.remember(meeting, stamp)

    def remember(self, meeting: Meeting, stamp: tuple[int, int], read_only: bool = False) -> None:
        """Bring the index up to date after ``meeting`` was written."""
        if self._summaries is None:
            self._summaries = self._read_index()  # checked against the files when listed
        summary = summarize(meeting, stamp, read_only)
        before = self._summaries.get(meeting.id)
        self._summaries[meeting.id] = summary
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

    def _forget(self, meeting_id: str) -> None:
        if self._summaries is not None and self._summaries.pop(meeting_id, None) is not None:
            self._write_index()

    def summaries(self) -> list[MeetingSummary]:
        """Every readable meeting, newest first. Only files whose size or time differs
        from the index are read; a bad one is quarantined and left out."""
        known = self._summaries if self._summaries is not None else self._read_index()
        current: dict[str, MeetingSummary] = {}
        changed = False
        for meeting_id, stamp in self._meeting_files():
            summary = known.get(meeting_id)
            if summary is None or summary.stamp != stamp:
                summary = self._summarize_file(meeting_id, stamp)
                changed = True
            if summary is not None:
                current[meeting_id] = summary
        self._summaries = current
        if changed or current.keys() != known.keys():
            self._write_index()
        return sorted(current.values(), key=lambda s: s.created.timestamp(), reverse=True)

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

    def _summarize_file(self, meeting_id: str, stamp: tuple[int, int]) -> MeetingSummary | None:
        try:
            loaded = self._files.read_item(MEETING, MEETINGS, meeting_id)
        except DataFileError:
            return None
        return summarize(loaded.data, stamp, loaded.read_only)

    def _read_index(self) -> dict[str, MeetingSummary]:
        try:
            raw = read_regular(self._files.path(INDEX_FILE), INDEX_FILE)
            loaded = decode_kind(INDEX, raw, INDEX_FILE, self._files.cipher_for(INDEX))
        except DataFileError:
            return {}  # a cache: rebuilt from the meeting files
        if loaded.read_only:
            return {}  # another version's index: rebuilt (it has no migrations)
        return {s.id: s for s in loaded.data.meetings}

    def _write_index(self) -> None:
        index = MeetingIndex(meetings=list((self._summaries or {}).values()))
        content = encode_file(INDEX, index, INDEX_FILE, self._files.cipher_for(INDEX))
        try:
            self._files.write_bytes(INDEX, INDEX_FILE, content, keep_backup=False)
            self._index_stale = False
        except SaveError:
            self._index_stale = True  # a cache: tried again later
